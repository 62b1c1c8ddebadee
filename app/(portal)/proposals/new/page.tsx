// A commune leader writes a new proposal for an open session.
import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { listOpenSessionsFor } from "@/lib/data/proposal-drafts";
import { PageHeading } from "@/components/page-heading";
import { ProposalForm } from "../proposal-form";
import { fieldOptions, formLabels } from "../form-data";
import { messagesFor } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("workflow.newProposal") };
}

export default async function NewProposalPage() {
  const actor = await requireUser();
  if (!can(actor.role, "proposal.create")) notFound();
  const [{ locale, t }, sessions] = await Promise.all([getTranslator(), listOpenSessionsFor(actor)]);
  const first = sessions[0];
  return (
    <>
      <PageHeading title={t("workflow.newProposal")} intro={t("workflow.newProposalIntro")} />
      {first ? (
        <ProposalForm
          labels={formLabels(t)}
          sessions={sessions.map((session) => ({
            id: session.id,
            label: `${session.code} — ${session.title}`,
          }))}
          fields={await fieldOptions(actor, locale)}
          initial={{ clientToken: randomUUID(), sessionId: first.id, title: "", content: "" }}
          autosave
          attachments={{ texts: messagesFor(locale, "attachments"), locale, initial: [] }}
        />
      ) : (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4">{t("workflow.noOpenSession")}</p>
      )}
    </>
  );
}
