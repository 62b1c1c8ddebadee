// The answer deadline with its derived state: overdue, due soon or on track.
import type { DeadlineState } from "@/lib/workflow/proposal-status";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/format";

const TONE: Record<Exclude<DeadlineState, "none">, string> = {
  overdue: "bg-red-100 text-red-900",
  "due-soon": "bg-amber-100 text-amber-900",
  "on-track": "px-0 text-gray-800",
};
const LABEL: Record<Exclude<DeadlineState, "none">, string> = {
  overdue: "deadline.overdue",
  "due-soon": "deadline.dueSoon",
  "on-track": "deadline.onTrack",
};

export function DeadlineBadge({
  state,
  dueOn,
  t,
}: {
  state: DeadlineState;
  dueOn: Date | null;
  t: Translate;
}) {
  if (!dueOn) return <span className="text-muted">{t("common.none")}</span>;
  if (state === "none") return <span>{formatDate(dueOn)}</span>;
  return (
    <span
      className={`inline-flex flex-wrap items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium ${TONE[state]}`}
    >
      <span>{formatDate(dueOn)}</span>
      {state !== "on-track" && <strong>· {t(LABEL[state])}</strong>}
    </span>
  );
}
