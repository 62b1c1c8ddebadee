// Edit a dialogue session (session.manage); the form carries the version, so a stale form is refused.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { getSessionFormOptions } from "@/lib/data/sessions";
import { toIsoDate } from "@/lib/format";
import { toVietnamDateTimeLocal } from "@/lib/schemas/session";
import { isSessionEditable } from "@/lib/workflow/session-status";
import { PageHeading } from "@/components/page-heading";
import { SessionForm } from "../../session-form";
import { updateSessionAction } from "../../actions";
import { loadSession } from "../load-session";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("sessions.edit") };
}

export default async function EditSessionPage({ params }: Props) {
  const actor = await requireUser();
  if (!can(actor.role, "session.manage")) notFound();
  const session = await loadSession(actor, (await params).id);
  if (!isSessionEditable(session.status)) notFound();
  const [{ locale, t }, options] = await Promise.all([getTranslator(), getSessionFormOptions(actor)]);
  const chosen = new Set(session.participants.map((unit) => unit.id));
  const allUnits = options.units.length === chosen.size && options.units.every((unit) => chosen.has(unit.id));
  // Units of the session's own time that have since been merged away stay choosable.
  const units = [
    ...options.units,
    ...session.participants.filter((unit) => !options.units.some((current) => current.id === unit.id)),
  ];
  return (
    <>
      <PageHeading title={t("sessions.editTitle", { code: session.code })} />
      <SessionForm
        action={updateSessionAction}
        hidden={{ sessionId: session.id, version: session.version }}
        values={{
          title: session.title,
          theme: session.theme ?? "",
          startsOn: toIsoDate(session.startsOn),
          endsOn: toIsoDate(session.endsOn),
          venue: session.venue ?? "",
          agenda: session.agenda ?? "",
          allUnits,
          unitIds: allUnits ? [] : [...chosen],
          coordinatingAgencyId: session.coordinatingAgencyId,
          submissionOpensAt: toVietnamDateTimeLocal(session.submissionOpensAt),
          submissionClosesAt: toVietnamDateTimeLocal(session.submissionClosesAt),
          defaultAnswerDays: session.defaultAnswerDays,
          receiptDays: session.receiptDays,
        }}
        units={units}
        agencies={options.agencies}
        submitLabel={t("sessions.form.save")}
        t={t}
        locale={locale}
      />
    </>
  );
}
