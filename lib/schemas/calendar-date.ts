// A day from <input type="date"> (yyyy-MM-dd) that is a real calendar day between 1900 and 2100, as the UTC
// midnight PostgreSQL `date` columns use. JavaScript reads "2026-02-30" as 2 March, and PostgreSQL refuses year 0
// with an error: both are refused here with "invalid".
import { z } from "zod";

export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.invalid")
  // zod runs this check even when the pattern failed: an unreadable date must be "invalid", not a RangeError.
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return (
      !Number.isNaN(date.getTime()) &&
      date.toISOString().startsWith(value) &&
      value >= "1900-01-01" &&
      value <= "2100-12-31"
    );
  }, "validation.invalid")
  .transform((value) => new Date(`${value}T00:00:00.000Z`));
