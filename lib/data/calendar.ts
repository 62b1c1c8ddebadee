// The working-day calendar's exceptions (holidays, make-up working days), read once per request.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { todayInVietnam } from "@/lib/calendar/today";

export type CalendarExceptions = Map<string, "HOLIDAY" | "WORKING_DAY">;

export const loadCalendarExceptions = cache(async (): Promise<CalendarExceptions> => {
  const days = await db().calendarDay.findMany({ select: { date: true, kind: true } });
  return new Map(days.map((day) => [day.date.toISOString().slice(0, 10), day.kind]));
});

/** Today and the last day that still counts as "due soon" (three working days ahead). */
export async function deadlineWindow(now: Date = new Date()): Promise<{ today: Date; soonThreshold: Date }> {
  const today = todayInVietnam(now);
  const soonThreshold = addWorkingDays(today, 3, await loadCalendarExceptions());
  return { today, soonThreshold };
}
