// Working-day arithmetic over a calendar of exceptions (holidays, make-up working days); pure, no I/O.

/** Exceptions to the Monday–Friday week, keyed by ISO date (yyyy-MM-dd). */
export type CalendarExceptionKind = "HOLIDAY" | "WORKING_DAY";
export type CalendarExceptions = ReadonlyMap<string, CalendarExceptionKind>;

const DAY_MS = 86_400_000;

/** yyyy-MM-dd of a calendar date held as UTC midnight (the shape of PostgreSQL `date` columns). */
export function isoDateKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar date of `date` as UTC midnight (drops any time of day, read in UTC). */
function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

/**
 * Whether people work on this date: Monday–Friday unless marked HOLIDAY; Saturday and Sunday only when
 * marked WORKING_DAY (a make-up day for a bridge holiday).
 */
export function isWorkingDay(date: Date, exceptions: CalendarExceptions): boolean {
  const kind = exceptions.get(isoDateKey(date));
  if (kind === "HOLIDAY") return false;
  if (kind === "WORKING_DAY") return true;
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date on which `days` working days have passed after `start` (start itself is not counted):
 * a proposal assigned on Friday with 1 working day is due on the next working day. `days` = 0 gives
 * `start` unchanged; a negative `days` counts backwards the same way.
 */
export function addWorkingDays(start: Date, days: number, exceptions: CalendarExceptions): Date {
  if (!Number.isInteger(days)) throw new RangeError(`addWorkingDays: days must be an integer, got ${days}`);
  let current = startOfUtcDay(start);
  const step = days < 0 ? -1 : 1;
  let remaining = Math.abs(days);
  while (remaining > 0) {
    current = new Date(current.getTime() + step * DAY_MS);
    if (isWorkingDay(current, exceptions)) remaining -= 1;
  }
  return current;
}

/**
 * Working days in the interval (a, b]: the count such that addWorkingDays(a, n) lands on b when b is a
 * working day. Negative when b is before a; 0 when they are the same date.
 */
export function workingDaysBetween(a: Date, b: Date, exceptions: CalendarExceptions): number {
  const from = startOfUtcDay(a);
  const to = startOfUtcDay(b);
  if (to.getTime() === from.getTime()) return 0;
  if (to.getTime() < from.getTime()) return -workingDaysBetween(to, from, exceptions);
  let count = 0;
  for (let t = from.getTime() + DAY_MS; t <= to.getTime(); t += DAY_MS) {
    if (isWorkingDay(new Date(t), exceptions)) count += 1;
  }
  return count;
}
