// "Today" as a calendar date in Vietnam, stored as UTC midnight like PostgreSQL `date` columns.
import { TIME_ZONE } from "@/lib/format";

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function calendarDateInVietnam(instant: Date): Date {
  return new Date(`${parts.format(instant)}T00:00:00.000Z`);
}

export function todayInVietnam(now: Date = new Date()): Date {
  return calendarDateInVietnam(now);
}
