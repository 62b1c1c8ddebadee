// The session's status as a small coloured label.
import type { Translate } from "@/lib/i18n/translate";
import type { SessionStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<SessionStatus, string> = {
  PLANNED: "bg-gray-100 text-gray-800",
  OPEN: "bg-green-100 text-green-900",
  HELD: "bg-blue-100 text-blue-900",
  CLOSED: "bg-gray-200 text-gray-700",
};

export function SessionStatusBadge({ status, t }: { status: SessionStatus; t: Translate }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${TONE[status]}`}>
      {t(`sessions.status.${status}`)}
    </span>
  );
}
