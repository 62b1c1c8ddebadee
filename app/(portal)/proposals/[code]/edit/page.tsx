// The commune edits its proposal: a draft (autosaved), a submitted one until it is received, or a returned one.
import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getDraftForEditing } from "@/lib/data/proposal-drafts";
import { getProposalByRef, sessionLabel } from "@/lib/data/proposals";
import { ExpectedError } from "@/lib/errors";
import { PageHeading } from "@/components/page-heading";
import { ProposalForm } from "../../proposal-form";
import { fieldOptions, formLabels } from "../../form-data";
import { decodeRef } from "../decode-ref";
import { messagesFor } from "@/lib/i18n/translate";
import { listAttachments } from "@/lib/data/attachments";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("workflow.editProposal") };
}

export default async function EditProposalPage({ params }: Props) {
  const actor = await requireUser();
  const ref = decodeRef((await params).code);
  const [{ locale, t }, proposal] = await Promise.all([
    getTranslator(),
    getProposalByRef(actor, ref)
      .then((found) => getDraftForEditing(actor, found.id))
      .catch((error) => {
        if (error instanceof ExpectedError) notFound();
        throw error;
      }),
  ]);
  const submitLabel =
    proposal.status === "RETURNED"
      ? t("workflow.resubmit")
      : proposal.status === "SUBMITTED"
        ? t("workflow.saveChanges")
        : t("workflow.submit");
  const session = await sessionLabel(actor, proposal.sessionId);
  return (
    <>
      <PageHeading
        title={proposal.code ? `${t("workflow.editProposal")} ${proposal.code}` : t("workflow.editProposal")}
        intro={t("workflow.editIntro")}
      />
      {proposal.status === "RETURNED" && (
        <div role="note" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p className="font-medium">{t("workflow.returnedBanner")}</p>
          {proposal.returnReason && <p className="mt-1 whitespace-pre-line">{proposal.returnReason}</p>}
        </div>
      )}
      <ProposalForm
        labels={formLabels(t, { submit: submitLabel })}
        sessions={[{ id: proposal.sessionId, label: session }]}
        fields={await fieldOptions(actor, locale)}
        initial={{
          clientToken: proposal.clientToken ?? randomUUID(),
          proposalId: proposal.id,
          version: proposal.version,
          sessionId: proposal.sessionId,
          fieldId: proposal.fieldId,
          title: proposal.title,
          content: proposal.content,
        }}
        autosave={proposal.status === "DRAFT"}
        editing={proposal.status === "SUBMITTED"}
        attachments={{
          texts: messagesFor(locale, "attachments"),
          locale,
          initial: await listAttachments(actor, proposal.id),
        }}
      />
    </>
  );
}
