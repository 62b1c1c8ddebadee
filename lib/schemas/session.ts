// Inputs of the session forms (create, edit, status step, on-behalf entry), shared by actions and the data layer.
// Messages are catalogue keys; lib/action-state.ts translates them.
import { z } from "zod";
import { SESSION_ACTIONS } from "@/lib/workflow/session-status";
import { calendarDate } from "@/lib/schemas/calendar-date";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const version = z.coerce.number().int().min(1).max(2_147_483_647);
const required = (max: number) =>
  z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((value) => (value ? value : null));

/** yyyy-MM-ddTHH:mm from <input type="datetime-local">, read as a time in Asia/Ho_Chi_Minh (UTC+7, no DST). */
const vietnamDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "validation.invalid")
  .transform((value) => new Date(`${value}:00+07:00`))
  .refine((value) => !Number.isNaN(value.getTime()), "validation.invalid");

/** The datetime-local value of an instant, in Vietnam's time. */
export function toVietnamDateTimeLocal(value: Date): string {
  return new Date(value.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

const SessionFields = z.object({
  title: required(300),
  theme: optional(300),
  startsOn: calendarDate,
  endsOn: calendarDate,
  venue: optional(300),
  agenda: optional(20_000),
  /** "on" when the checkbox "all current communes" is ticked; then unitIds is ignored */
  allUnits: z
    .string()
    .optional()
    .transform((value) => value === "on"),
  unitIds: z.array(id).max(5_000).default([]),
  coordinatingAgencyId: id,
  submissionOpensAt: vietnamDateTime,
  submissionClosesAt: vietnamDateTime,
  defaultAnswerDays: z.coerce
    .number()
    .int("validation.invalid")
    .min(1, "validation.invalid")
    .max(120, "validation.invalid"),
  receiptDays: z.coerce
    .number()
    .int("validation.invalid")
    .min(1, "validation.invalid")
    .max(60, "validation.invalid"),
});

function checkConsistency(value: z.infer<typeof SessionFields>, ctx: z.RefinementCtx) {
  if (value.endsOn < value.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "sessions.validation.endsBeforeStarts" });
  if (value.submissionClosesAt <= value.submissionOpensAt)
    ctx.addIssue({
      code: "custom",
      path: ["submissionClosesAt"],
      message: "sessions.validation.windowClosesBeforeOpens",
    });
  if (!value.allUnits && value.unitIds.length === 0)
    ctx.addIssue({ code: "custom", path: ["unitIds"], message: "sessions.validation.noUnits" });
}

export const SessionInput = SessionFields.superRefine(checkConsistency);
export type SessionInput = z.infer<typeof SessionInput>;

export const SessionUpdate = SessionFields.extend({ sessionId: id, version }).superRefine(checkConsistency);
export type SessionUpdate = z.infer<typeof SessionUpdate>;

export const SessionTransition = z.object({ sessionId: id, version, action: z.enum(SESSION_ACTIONS) });
export type SessionTransition = z.infer<typeof SessionTransition>;

export const OnBehalfProposal = z.object({
  sessionId: id,
  /** one per rendered form, so a doubled click creates one proposal */
  clientToken: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "validation.invalid"),
  unitId: id,
  fieldId: z.preprocess((value) => (value === "" || value === null ? undefined : value), id.optional()),
  title: z.string().trim().min(10, "workflow.validation.titleTooShort").max(300, "validation.tooLong"),
  content: z.string().trim().min(30, "workflow.validation.contentTooShort").max(20_000, "validation.tooLong"),
});
export type OnBehalfProposal = z.infer<typeof OnBehalfProposal>;
