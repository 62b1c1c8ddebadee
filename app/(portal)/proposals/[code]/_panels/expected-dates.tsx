// For the commune: when to expect the province's receipt and answer, in plain words, and when that date has passed.
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/format";
import { DEADLINE_RUNNING_STATUSES } from "@/lib/workflow/proposal-status";

export function ExpectedDates({
  proposal,
  today,
  t,
}: {
  proposal: { status: ProposalStatus; answerDueOn: Date | null; receiptDueOn: Date | null };
  today: Date;
  t: Translate;
}) {
  if (proposal.status === "SUBMITTED" && proposal.receiptDueOn)
    return (
      <p className="mt-3 rounded bg-brand-50 p-3 text-sm font-medium">
        {t("proposals.receiptExpected", { date: formatDate(proposal.receiptDueOn) })}
      </p>
    );
  if (!proposal.answerDueOn || !DEADLINE_RUNNING_STATUSES.includes(proposal.status)) return null;
  const late = proposal.answerDueOn < today;
  return (
    <p
      className={`mt-3 rounded p-3 text-sm font-medium ${late ? "bg-amber-50 text-amber-900" : "bg-brand-50"}`}
    >
      {late
        ? t("proposals.expectedAnswerLate", { date: formatDate(proposal.answerDueOn) })
        : t("proposals.expectedAnswer", { date: formatDate(proposal.answerDueOn) })}
    </p>
  );
}
