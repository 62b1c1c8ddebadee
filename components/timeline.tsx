// The audit trail of a proposal as an ordered list: what happened, who did it, when, and why.
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/format";

export type TimelineEvent = {
  id: number;
  action: string;
  note: string | null;
  createdAt: Date;
  actor: { name: string };
};

export function Timeline({ events, t }: { events: TimelineEvent[]; t: Translate }) {
  return (
    <ol className="relative ml-2 border-l-2 border-gray-200">
      {events.map((event) => (
        <li key={event.id} className="mb-4 ml-4">
          <span
            aria-hidden="true"
            className="absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600"
          />
          <p className="font-medium">{t(`events.${event.action}`)}</p>
          <p className="text-sm text-muted">
            <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time> ·{" "}
            {t("events.by", { name: event.actor.name })}
          </p>
          {event.note && <p className="mt-1 whitespace-pre-line text-sm">{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
