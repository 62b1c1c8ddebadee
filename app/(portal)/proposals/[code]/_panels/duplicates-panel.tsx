// Duplicates on a proposal's page: the coordinator's similar proposals and merge form, and the group the proposal
// belongs to as the caller may see it (for a merged proposal: where it went and the reply it gets from there).
import Link from "next/link";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatPercent } from "@/lib/format";
import { proposalLink } from "@/lib/data/notify";
import {
  getGroupForProposal,
  PRIMARY_STATUSES,
  suggestDuplicates,
  type DuplicateGroupView,
  type DuplicateSuggestion,
} from "@/lib/data/duplicates";
import { StatusBadge } from "@/components/ui/status-badge";
import { SafeHtml } from "@/components/safe-html";
import { DuplicatesMergeForm } from "./duplicates-merge-form";

type Props = { proposal: { id: number; code: string | null; version: number; status: ProposalStatus } };

export async function DuplicatesPanel({ proposal }: Props) {
  const actor = await requireUser();
  const mayHead = can(actor.role, "proposal.triage") && PRIMARY_STATUSES.includes(proposal.status);
  const [{ locale, t }, group, suggestions] = await Promise.all([
    getTranslator(),
    getGroupForProposal(actor, proposal.id),
    mayHead ? suggestDuplicates(actor, proposal.id) : null,
  ]);
  if (!group && !suggestions) return null;
  return (
    <section
      aria-labelledby="duplicates"
      className="space-y-4 rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="duplicates" className="text-lg font-semibold">
        {t("duplicates.title")}
      </h2>
      {group && !group.isPrimary && <MergedInto group={group} locale={locale} t={t} />}
      {group?.isPrimary && <Members group={group} t={t} />}
      {suggestions && <Suggestions proposal={proposal} suggestions={suggestions} locale={locale} t={t} />}
    </section>
  );
}

function MergedInto({ group, locale, t }: { group: DuplicateGroupView; locale: Locale; t: Translate }) {
  const { primary } = group;
  const code = primary.code ?? "";
  const answer = primary.answer;
  return (
    <div className="space-y-2">
      <p>{t("duplicates.mergedInto", { code })}</p>
      <p className="text-sm">
        {primary.status !== null ? (
          <Link
            href={proposalLink(primary.code, primary.id)}
            className="font-semibold text-brand-800 underline"
          >
            {code}
          </Link>
        ) : (
          <strong>{code}</strong>
        )}{" "}
        — {primary.title}
      </p>
      {primary.status !== null && (
        <p className="flex items-center gap-2 text-sm">
          <span className="text-muted">{t("duplicates.primaryStatus", { code })}:</span>
          <StatusBadge status={primary.status} t={t} />
        </p>
      )}
      {answer ? (
        <div className="rounded border border-gray-200 p-3">
          <p className="text-sm">{t("duplicates.answeredViaPrimary", { code })}</p>
          <p className="mt-2 text-sm text-muted">
            {locale === "vi" ? answer.agency.name : answer.agency.nameEn}
            {answer.documentNumber &&
              ` · ${t("proposals.documentNumber", { number: answer.documentNumber })}`}
            {answer.documentDate &&
              ` · ${t("proposals.answerDate", { date: formatDate(answer.documentDate) })}`}
          </p>
          <SafeHtml html={answer.content} className="mt-2" />
          {answer.signerName && (
            <p className="mt-3 text-sm italic">
              {t("proposals.signedBy", { name: answer.signerName, title: answer.signerTitle ?? "" })}
            </p>
          )}
        </div>
      ) : (
        <p className="text-sm text-muted">{t("duplicates.notAnsweredYet", { code })}</p>
      )}
    </div>
  );
}

function Members({ group, t }: { group: DuplicateGroupView; t: Translate }) {
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{t("duplicates.groupTitle")}</h3>
      <p className="text-sm">{t("duplicates.primaryOfGroup")}</p>
      {group.members.length === 0 ? (
        <p className="text-sm text-muted">{t("duplicates.noVisibleMembers")}</p>
      ) : (
        <ul aria-label={t("duplicates.members")} className="divide-y divide-gray-100 text-sm">
          {group.members.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center gap-2 py-1.5">
              <Link
                href={proposalLink(member.code, member.id)}
                className="font-semibold text-brand-800 underline"
              >
                {member.code}
              </Link>
              <span>{member.unitName}</span>
              <StatusBadge status={member.status} t={t} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Suggestions({
  proposal,
  suggestions,
  locale,
  t,
}: {
  proposal: Props["proposal"];
  suggestions: DuplicateSuggestion[];
  locale: Locale;
  t: Translate;
}) {
  if (suggestions.length === 0) {
    return (
      <div className="space-y-2">
        <h3 className="font-semibold">{t("duplicates.suggestions")}</h3>
        <p className="text-sm text-muted">{t("duplicates.noSuggestions")}</p>
      </div>
    );
  }
  const list = (
    <ul className="divide-y divide-gray-100">
      {suggestions.map((s) => (
        <li key={s.id} className="flex gap-3 py-2">
          <input
            type="checkbox"
            id={`duplicate-${s.id}`}
            name="members"
            value={`${s.id}:${s.version}`}
            disabled={!s.mergeable}
            aria-describedby={`duplicate-${s.id}-meta`}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <div className="min-w-0">
            <label htmlFor={`duplicate-${s.id}`} className="font-medium">
              {s.title}
            </label>
            <p id={`duplicate-${s.id}-meta`} className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <Link href={proposalLink(s.code, s.id)} className="text-brand-800 underline">
                {s.code}
              </Link>
              <span>{s.unitName}</span>
              <StatusBadge status={s.status} t={t} />
              <span className="text-muted">
                {t("duplicates.similarity", { percent: formatPercent(s.score, locale) })}
              </span>
              {!s.mergeable && (
                <span className="text-muted">
                  {t(s.headsGroup ? "duplicates.headsGroup" : "duplicates.notMergeable")}
                </span>
              )}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{t("duplicates.suggestions")}</h3>
      <p className="text-sm text-muted">{t("duplicates.suggestionsHint")}</p>
      {/* Nothing to tick, nothing to submit: the list alone shows what already answers the same request. */}
      {suggestions.some((s) => s.mergeable) ? (
        <DuplicatesMergeForm
          primaryId={proposal.id}
          primaryVersion={proposal.version}
          labels={{
            legend: t("duplicates.suggestions"),
            submit: t("duplicates.mergeButton"),
            submitting: t("duplicates.merging"),
          }}
        >
          {list}
        </DuplicatesMergeForm>
      ) : (
        list
      )}
    </div>
  );
}
