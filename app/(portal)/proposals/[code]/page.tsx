// One proposal: its text, where it stands, who answers it, the reply and the full timeline.
import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getAvailableActions, getProposalByRef, listFollowUps } from "@/lib/data/proposals";
import { TriagePanel } from "./_panels/triage-panel";
import { CommunePanel } from "./_panels/commune-panel";
import { DuplicatesPanel } from "./_panels/duplicates-panel";
import { AttachmentList } from "@/components/attachment-list";
import { AnswerWorkspacePanel } from "./_panels/answer-workspace";
import { can } from "@/lib/permissions";
import { deadlineWindow } from "@/lib/data/calendar";
import { ExpectedError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import { deadlineState } from "@/lib/workflow/proposal-status";
import { StatusBadge } from "@/components/ui/status-badge";
import { DeadlineBadge } from "@/components/ui/deadline-badge";
import { Timeline } from "@/components/timeline";
import { SafeHtml } from "@/components/safe-html";
import { ExpectedDates } from "./_panels/expected-dates";
import { decodeRef } from "./decode-ref";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Once per request: the page and its metadata both need the proposal.
const load = cache(async (raw: string) => {
  const actor = await requireUser();
  try {
    return await getProposalByRef(actor, decodeRef(raw));
  } catch (error) {
    if (error instanceof ExpectedError && error.code === "not-found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  const proposal = await load((await params).code);
  return { title: proposal.code ?? t("proposals.noCode") };
}

export default async function ProposalPage({ params, searchParams }: Props) {
  const proposal = await load((await params).code);
  const done = (await searchParams).done;
  const actor = await requireUser();
  const [{ locale, t }, window, actions, followUps] = await Promise.all([
    getTranslator(),
    deadlineWindow(),
    getAvailableActions(actor, proposal),
    listFollowUps(actor, proposal.id),
  ]);
  // Urging lives on the monitoring board; the one follow-up question, once asked, is not offered again.
  const panelActions = actions.filter(
    (action) => action !== "urge" && !(action === "follow_up" && followUps.length > 0),
  );
  const panelProposal = {
    id: proposal.id,
    version: proposal.version,
    code: proposal.code,
    fieldId: proposal.fieldId,
    leadAgencyId: proposal.leadAgencyId,
    coordinatingAgencyIds: proposal.assignments
      .filter((a) => a.role === "COORDINATING")
      .map((a) => a.agencyId),
  };
  const answer = proposal.answers[0];
  const lead = proposal.assignments.filter((a) => a.role === "LEAD");
  const coordinating = proposal.assignments.filter((a) => a.role === "COORDINATING");
  const agencyName = (agency: { name: string; nameEn: string }) =>
    locale === "vi" ? agency.name : agency.nameEn;
  const facts: [string, React.ReactNode][] = [
    [t("proposals.session"), `${proposal.session.code} — ${proposal.session.title}`],
    [
      t("proposals.unit"),
      proposal.unit.parent ? `${proposal.unit.name}, ${proposal.unit.parent.name}` : proposal.unit.name,
    ],
    [
      t("proposals.author"),
      proposal.author.position
        ? `${proposal.author.name} (${proposal.author.position})`
        : proposal.author.name,
    ],
    [
      t("proposals.field"),
      proposal.field ? (locale === "vi" ? proposal.field.name : proposal.field.nameEn) : t("common.none"),
    ],
    [
      t("proposals.submittedAt"),
      proposal.submittedAt ? formatDateTime(proposal.submittedAt) : t("common.none"),
    ],
    [
      t("proposals.leadAgency"),
      lead.length ? lead.map((a) => agencyName(a.agency)).join(", ") : t("common.none"),
    ],
    [
      t("proposals.coordinatingAgencies"),
      coordinating.length ? coordinating.map((a) => agencyName(a.agency)).join(", ") : t("common.none"),
    ],
    [
      t("proposals.deadline"),
      <DeadlineBadge
        key="deadline"
        dueOn={proposal.answerDueOn}
        state={deadlineState(proposal.status, proposal.answerDueOn, window.today, window.soonThreshold)}
        t={t}
      />,
    ],
  ];
  const doneStep = typeof done === "string" && /^[a-z_]{2,40}$/.test(done) ? t(`events.${done}`) : null;
  return (
    <article className="space-y-6">
      {doneStep && !doneStep.startsWith("events.") && (
        <p
          role="status"
          className="no-print rounded-lg border border-green-300 bg-green-50 p-3 font-medium text-green-900"
        >
          {t("workflow.doneBanner", { step: doneStep })}
        </p>
      )}
      <div>
        <Link href="/proposals" className="no-print text-sm text-brand-800 underline">
          ← {t("proposals.back")}
        </Link>
        <p className="mt-3 text-sm font-semibold text-muted">{proposal.code ?? t("proposals.noCode")}</p>
        <h1 className="mt-1 text-2xl font-bold">{proposal.title}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <StatusBadge status={proposal.status} t={t} />
          {proposal.raisedAtMeeting && (
            <span className="rounded bg-gray-100 px-2 py-0.5 text-xs">{t("proposals.raisedAtMeeting")}</span>
          )}
        </div>
        {actor.role === "COMMUNE_LEADER" && <ExpectedDates proposal={proposal} today={window.today} t={t} />}
      </div>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="content" className="rounded-lg border border-gray-200 bg-white p-4">
            <h2 id="content" className="mb-2 text-lg font-semibold">
              {t("proposals.content")}
            </h2>
            <p className="whitespace-pre-line">{proposal.content}</p>
            {proposal.status === "RETURNED" && proposal.returnReason && (
              <p className="mt-4 rounded bg-amber-50 p-3 text-sm">
                <strong>{t("proposals.returnReason")}:</strong> {proposal.returnReason}
              </p>
            )}
            {proposal.outOfJurisdictionNote && (
              <p className="mt-4 rounded bg-gray-100 p-3 text-sm">
                <strong>{t("proposals.outOfJurisdiction")}:</strong> {proposal.outOfJurisdictionNote}
              </p>
            )}
          </section>
          <AttachmentList proposalId={proposal.id} />
          {proposal.status !== "MERGED" && (
            <section aria-labelledby="answer" className="rounded-lg border border-gray-200 bg-white p-4">
              <h2 id="answer" className="mb-2 text-lg font-semibold">
                {t("proposals.answer")}
              </h2>
              {answer ? (
                <>
                  <p className="text-sm text-muted">
                    {agencyName(answer.agency)}
                    {answer.documentNumber &&
                      ` · ${t("proposals.documentNumber", { number: answer.documentNumber })}`}
                    {answer.documentDate &&
                      ` · ${t("proposals.answerDate", { date: formatDate(answer.documentDate) })}`}
                    {answer.state !== "APPROVED" &&
                      ` · ${t(`status.${answer.state === "IN_REVIEW" ? "IN_REVIEW" : "IN_PROGRESS"}`)}`}
                  </p>
                  <SafeHtml html={answer.content} className="mt-2" />
                  {answer.signerName && (
                    <p className="mt-3 text-sm italic">
                      {t("proposals.signedBy", { name: answer.signerName, title: answer.signerTitle ?? "" })}
                    </p>
                  )}
                </>
              ) : (
                <p className="text-muted">{t("proposals.noAnswerYet")}</p>
              )}
              {proposal.rating && (
                <p className="mt-4 text-sm">
                  <strong>{t("proposals.rating")}:</strong> {t(`rating.${proposal.rating}`)}
                  {proposal.ratingComment ? ` — ${proposal.ratingComment}` : ""}
                </p>
              )}
            </section>
          )}
          <AnswerWorkspacePanel
            actor={actor}
            proposal={{
              id: proposal.id,
              version: proposal.version,
              implementationPercent: proposal.implementationPercent,
              implementationOutcome: proposal.implementationOutcome,
            }}
            t={t}
            locale={locale}
          />
          <DuplicatesPanel proposal={proposal} />
          {followUps.length > 0 && (
            <section aria-labelledby="follow-ups" className="rounded-lg border border-gray-200 bg-white p-4">
              <h2 id="follow-ups" className="mb-2 text-lg font-semibold">
                {t("workflow.followUps")}
              </h2>
              {followUps.map((item) => (
                <div key={item.id} className="space-y-2 text-sm">
                  <p>
                    <strong>{item.askedBy.name}</strong> · {formatDateTime(item.askedAt)}
                  </p>
                  <p className="whitespace-pre-line">{item.question}</p>
                  {item.reply ? (
                    <div className="rounded bg-gray-50 p-3">
                      <p>
                        <strong>{item.answeredBy?.name}</strong> · {formatDateTime(item.answeredAt)}
                      </p>
                      <p className="whitespace-pre-line">{item.reply}</p>
                    </div>
                  ) : (
                    <p className="text-muted">{t("workflow.noReplyYet")}</p>
                  )}
                </div>
              ))}
            </section>
          )}
          {proposal.implementation.length > 0 && (
            <section
              aria-labelledby="implementation"
              className="rounded-lg border border-gray-200 bg-white p-4"
            >
              <h2 id="implementation" className="mb-2 text-lg font-semibold">
                {t("proposals.implementation")}
              </h2>
              <ul className="space-y-2">
                {proposal.implementation.map((update) => (
                  <li key={update.id} className="text-sm">
                    <strong>
                      {t(`outcome.${update.outcome}`)} · {update.percent}%
                    </strong>{" "}
                    — {formatDate(update.createdAt)} · {update.agency.shortName}
                    <p>{update.note}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <div className="min-w-0 space-y-6">
          {panelActions.length > 0 &&
            (actor.role === "COMMUNE_LEADER" || can(actor.role, "proposal.triage")) && (
              <section
                aria-labelledby="actions"
                className="no-print rounded-lg border-2 border-brand-100 bg-white p-4"
              >
                <h2 id="actions" className="mb-3 text-lg font-semibold">
                  {t("workflow.actionsTitle")}
                </h2>
                {actor.role === "COMMUNE_LEADER" ? (
                  <CommunePanel
                    proposal={panelProposal}
                    actions={panelActions}
                    t={t}
                    followUpUsed={followUps.length > 0}
                  />
                ) : (
                  <TriagePanel
                    actor={actor}
                    proposal={panelProposal}
                    actions={panelActions}
                    t={t}
                    locale={locale}
                  />
                )}
              </section>
            )}
          <section
            aria-label={t("proposals.title")}
            className="rounded-lg border border-gray-200 bg-white p-4"
          >
            <dl className="space-y-3 text-sm">
              {facts.map(([label, value]) => (
                <div key={label}>
                  <dt className="font-semibold text-muted">{label}</dt>
                  <dd className="mt-0.5">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="timeline" className="rounded-lg border border-gray-200 bg-white p-4">
            <h2 id="timeline" className="mb-3 text-lg font-semibold">
              {t("proposals.timeline")}
            </h2>
            <Timeline events={proposal.events} t={t} />
          </section>
        </div>
      </div>
    </article>
  );
}
