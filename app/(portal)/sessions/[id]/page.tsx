// One dialogue session: details, agenda, participants, the state of its proposals; for the coordinator the
// status steps and the form for proposals raised aloud at the dialogue.
import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { listActiveFields } from "@/lib/data/reference";
import { listImportBatches } from "@/lib/data/import-batches";
import { mayExportRegister } from "@/lib/data/session-register";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import {
  acceptsOnBehalfEntry,
  availableSessionActions,
  isSessionEditable,
} from "@/lib/workflow/session-status";
import { PageHeading } from "@/components/page-heading";
import { ActionForm } from "@/components/action-form";
import { SessionStatusBadge } from "../session-status-badge";
import { transitionSessionAction } from "../actions";
import { OnBehalfForm } from "./on-behalf-form";
import { loadSession } from "./load-session";
import { ImportEntry, RegisterDownloads } from "./session-files";
import { batchMessage } from "./import/import-messages";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("sessions.title") };
}

export default async function SessionPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const session = await loadSession(actor, (await params).id);
  const { locale, t } = await getTranslator();
  const manage = can(actor.role, "session.manage");
  const onBehalf = can(actor.role, "proposal.enter-on-behalf") && acceptsOnBehalfEntry(session.status);
  const importer = can(actor.role, "proposal.import");
  const [fields, imports] = await Promise.all([
    onBehalf ? listActiveFields(actor) : [],
    importer ? listImportBatches(actor, session.id) : [],
  ]);
  const importedId = Number((await searchParams).imported);
  const imported = imports.find((batch) => batch.id === importedId);
  const dates =
    session.endsOn.getTime() === session.startsOn.getTime()
      ? formatDate(session.startsOn)
      : `${formatDate(session.startsOn)} – ${formatDate(session.endsOn)}`;
  const details: [string, string | null][] = [
    [t("sessions.detail.theme"), session.theme],
    [t("sessions.detail.dates"), dates],
    [t("sessions.detail.venue"), session.venue],
    [
      t("sessions.detail.coordinatingAgency"),
      locale === "en" ? session.coordinatingAgency.nameEn : session.coordinatingAgency.name,
    ],
    [
      t("sessions.detail.window"),
      t("sessions.detail.windowValue", {
        opens: formatDateTime(session.submissionOpensAt),
        closes: formatDateTime(session.submissionClosesAt),
      }),
    ],
    [
      t("sessions.detail.deadlines"),
      t("sessions.detail.deadlinesValue", {
        answer: session.defaultAnswerDays,
        receipt: session.receiptDays,
      }),
    ],
  ];
  const total = session.byStatus.reduce((sum, row) => sum + row.count, 0);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/sessions" className="text-brand-800 underline">
          {t("sessions.back")}
        </Link>
      </p>
      <PageHeading title={`${session.code} · ${session.title}`}>
        <div className="flex flex-wrap items-center gap-3">
          <SessionStatusBadge status={session.status} t={t} />
          {manage && isSessionEditable(session.status) && (
            <Link
              href={`/sessions/${session.id}/edit`}
              className="rounded border border-gray-400 bg-white px-4 py-2 font-semibold hover:bg-gray-50"
            >
              {t("sessions.edit")}
            </Link>
          )}
        </div>
      </PageHeading>

      {imported && (
        <p
          role="status"
          className="mb-4 rounded-lg border border-green-300 bg-green-50 p-3 font-medium text-green-900"
        >
          {batchMessage(t, locale, "imports.done", imported)}
        </p>
      )}

      <dl className="mb-6 grid gap-x-6 gap-y-2 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
        {details
          .filter((entry): entry is [string, string] => Boolean(entry[1]))
          .map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium text-muted">{term}</dt>
              <dd className="mb-2 sm:mb-0">{value}</dd>
            </div>
          ))}
      </dl>

      {manage && availableSessionActions(session.status).length > 0 && (
        <section aria-labelledby="status-steps" className="mb-6">
          <h2 id="status-steps" className="mb-2 text-lg font-semibold">
            {t("sessions.detail.statusSteps")}
          </h2>
          <div className="flex flex-wrap gap-3">
            {availableSessionActions(session.status).map((action) => (
              <ActionForm
                key={action}
                action={transitionSessionAction}
                hidden={{ sessionId: session.id, version: session.version, action }}
                submitLabel={t(`sessions.actions.${action}`)}
                pendingLabel={t("sessions.actions.working")}
                tone={action === "close" ? "danger" : "primary"}
              />
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="agenda" className="mb-6">
        <h2 id="agenda" className="mb-2 text-lg font-semibold">
          {t("sessions.detail.agenda")}
        </h2>
        <p className="whitespace-pre-line rounded-lg border border-gray-200 bg-white p-4">
          {session.agenda ?? t("sessions.detail.noAgenda")}
        </p>
      </section>

      <section aria-labelledby="session-proposals" className="mb-6">
        <h2 id="session-proposals" className="mb-2 text-lg font-semibold">
          {t("sessions.detail.proposals")}
        </h2>
        {total === 0 ? (
          <p className="text-muted">{t("sessions.detail.noProposals")}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {session.byStatus.map((row) => (
              <li key={row.status}>
                <Link
                  href={`/proposals?session=${session.id}&status=${row.status}`}
                  className="flex justify-between rounded border border-gray-200 bg-white px-3 py-2 hover:bg-gray-50"
                >
                  <span>{t(`status.${row.status}`)}</span>
                  <span className="font-semibold text-brand-800">{formatNumber(row.count, locale)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm">
          <Link href={`/proposals?session=${session.id}`} className="text-brand-800 underline">
            {t("sessions.detail.allProposals")} ({formatNumber(total, locale)})
          </Link>
        </p>
      </section>

      <section aria-labelledby="participants" className="mb-6">
        <h2 id="participants" className="mb-2 text-lg font-semibold">
          {t("sessions.detail.participants")}
        </h2>
        <details className="rounded-lg border border-gray-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">
            {t("sessions.detail.participantsCount", {
              count: formatNumber(session.participants.length, locale),
            })}
          </summary>
          <ul className="mt-3 grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {session.participants.map((unit) => (
              <li key={unit.id}>{`${unit.name} (${unit.code})`}</li>
            ))}
          </ul>
        </details>
      </section>

      {mayExportRegister(actor) && <RegisterDownloads sessionId={session.id} t={t} />}

      {importer && (acceptsOnBehalfEntry(session.status) || imports.length > 0) && (
        <ImportEntry sessionId={session.id} latest={imports[0]} t={t} locale={locale} />
      )}

      {onBehalf && (
        <OnBehalfForm
          sessionId={session.id}
          clientToken={randomUUID()}
          units={session.participants}
          fields={fields.map((field) => ({
            id: field.id,
            name: locale === "en" ? field.nameEn : field.name,
          }))}
          t={t}
        />
      )}
    </>
  );
}
