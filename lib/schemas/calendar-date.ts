// A day from <input type="date"> (yyyy-MM-dd) that is a real calendar day between 1900 and 2100, as the UTC
// midnight PostgreSQL `date` columns use. JavaScript reads "2026-02-30" as 2 March, and PostgreSQL refuses year 0
// with an error: both are refused here with "invalid". Every date field and filter of the portal uses this rule.
import { z } from "zod";

/** yyyy-MM-dd naming a real day between 1900-01-01 and 2100-12-31. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(value) &&
    value >= "1900-01-01" &&
    value <= "2100-12-31"
  );
}

export const calendarDate = z
  .string()
  .refine(isCalendarDay, "validation.invalid")
  .transform((value) => new Date(`${value}T00:00:00.000Z`));
