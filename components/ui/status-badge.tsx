// A proposal's status as a coloured label (the colour only repeats what the text says).
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";

const TONE: Record<ProposalStatus, string> = {
  DRAFT: "bg-gray-100 text-gray-800",
  SUBMITTED: "bg-blue-100 text-blue-900",
  RETURNED: "bg-amber-100 text-amber-900",
  RECEIVED: "bg-blue-100 text-blue-900",
  ASSIGNED: "bg-indigo-100 text-indigo-900",
  IN_PROGRESS: "bg-indigo-100 text-indigo-900",
  IN_REVIEW: "bg-violet-100 text-violet-900",
  APPROVED: "bg-teal-100 text-teal-900",
  SENT: "bg-green-100 text-green-900",
  ACKNOWLEDGED: "bg-green-100 text-green-900",
  FOLLOW_UP: "bg-amber-100 text-amber-900",
  CLOSED: "bg-gray-200 text-gray-800",
  MERGED: "bg-gray-200 text-gray-800",
  OUT_OF_JURISDICTION: "bg-gray-200 text-gray-800",
  WITHDRAWN: "bg-gray-200 text-gray-800",
};

export function StatusBadge({ status, t }: { status: ProposalStatus; t: Translate }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${TONE[status]}`}
    >
      {t(`status.${status}`)}
    </span>
  );
}
