// Create a dialogue session (session.manage): every current commune takes part unless the form narrows it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { getSessionFormOptions } from "@/lib/data/sessions";
import { toIsoDate } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { SessionForm } from "../session-form";
import { createSessionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("sessions.newTitle") };
}

export default async function NewSessionPage() {
  const actor = await requireUser();
  if (!can(actor.role, "session.manage")) notFound();
  const [{ locale, t }, options] = await Promise.all([getTranslator(), getSessionFormOptions(actor)]);
  const today = toIsoDate(new Date());
  const ownAgency = options.agencies.find((agency) => agency.id === actor.agencyId);
  return (
    <>
      <PageHeading title={t("sessions.newTitle")} />
      <SessionForm
        action={createSessionAction}
        hidden={{}}
        values={{
          title: "",
          theme: "",
          startsOn: today,
          endsOn: today,
          venue: "",
          agenda: "",
          allUnits: true,
          unitIds: [],
          coordinatingAgencyId: ownAgency?.id ?? "",
          submissionOpensAt: `${today}T08:00`,
          submissionClosesAt: `${today}T17:00`,
          defaultAnswerDays: 15,
          receiptDays: 10,
        }}
        units={options.units}
        agencies={options.agencies}
        submitLabel={t("sessions.form.create")}
        t={t}
        locale={locale}
      />
    </>
  );
}
