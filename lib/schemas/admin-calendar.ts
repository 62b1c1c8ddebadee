// Forms of the working-day calendar: add, change and remove a holiday or a make-up working day.
import { z } from "zod";
import { CalendarDayKind } from "@/lib/generated/prisma/enums";
import { isoDate, requiredText } from "./admin-common";

const kind = z.enum(CalendarDayKind, "admin.errors.kindRequired");

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** A make-up working day is a Saturday or Sunday worked instead; on a weekday it would change nothing. */
function checkKind(value: { date: Date; kind: CalendarDayKind }, ctx: z.RefinementCtx) {
  const weekday = value.date.getUTCDay();
  if (value.kind === "WORKING_DAY" && weekday !== 0 && weekday !== 6)
    ctx.addIssue({ code: "custom", path: ["kind"], message: "admin.errors.workingDayOnWeekday" });
}

const inRange = isoDate.refine(
  (date) => date.getUTCFullYear() >= FIRST_YEAR && date.getUTCFullYear() <= LAST_YEAR,
  "admin.errors.yearOutOfRange",
);

export const AddCalendarDayForm = z
  .object({ date: inRange, kind, name: requiredText(200) })
  .superRefine(checkKind);
export type AddCalendarDayInput = z.infer<typeof AddCalendarDayForm>;

/** The day as the form showed it (wasKind, wasName): a change applies only if nobody changed it meanwhile. */
const Seen = z.object({ date: inRange, wasKind: kind, wasName: z.string().max(200) });

export const UpdateCalendarDayForm = Seen.extend({ kind, name: requiredText(200) }).superRefine(checkKind);
export type UpdateCalendarDayInput = z.infer<typeof UpdateCalendarDayForm>;

export const RemoveCalendarDayForm = Seen;
export type RemoveCalendarDayInput = z.infer<typeof RemoveCalendarDayForm>;

/** ?year= in the URL; anything unreadable means "this year". */
export const CalendarYearParam = z.coerce
  .number()
  .int()
  .min(FIRST_YEAR)
  .max(LAST_YEAR)
  .optional()
  .catch(undefined);
