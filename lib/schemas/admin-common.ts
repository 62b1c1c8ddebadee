// Pieces shared by the administration forms (agencies, fields, calendar, templates). Messages are catalogue keys.
import { z } from "zod";
import { isCalendarDay } from "@/lib/schemas/calendar-date";

export const MAX_ID = 2_147_483_647;

export const id = z.coerce
  .number("validation.invalid")
  .int("validation.invalid")
  .positive("validation.invalid")
  .max(MAX_ID, "validation.invalid");

/** An empty select sends "", which means "none". */
export const optionalId = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : value),
  id.nullable(),
);

export const requiredText = (max: number) =>
  z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");

/** yyyy-MM-dd from <input type="date">, as the UTC midnight PostgreSQL `date` columns use; one message per problem. */
export const isoDate = z
  .string("validation.required")
  .trim()
  .transform((value, ctx) => {
    if (!value) {
      ctx.addIssue({ code: "custom", message: "validation.required" });
      return z.NEVER;
    }
    if (!isCalendarDay(value)) {
      ctx.addIssue({ code: "custom", message: "validation.invalid" });
      return z.NEVER;
    }
    return new Date(`${value}T00:00:00.000Z`);
  });

/**
 * The record's updatedAt when the form was rendered (ISO with milliseconds). A change succeeds only while it
 * is still the stored one, so two administrators editing at once cannot overwrite each other.
 */
export const stamp = z
  .string("errors.conflict")
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, "errors.conflict")
  .transform((value) => new Date(value))
  .refine((value) => !Number.isNaN(value.getTime()), "errors.conflict");

/** A checkbox posts "on" when ticked and nothing otherwise. */
export const checkbox = z
  .string()
  .optional()
  .nullable()
  .transform((value) => value === "on");

/** A date in the URL (?on=yyyy-MM-dd); anything unreadable means "not given". */
export const dateParam = isoDate.optional().catch(undefined);

/** A search box in the URL. */
export const searchParam = z.string().trim().max(200).optional().catch(undefined);

/** The audit viewer's filters, from the URL. */
export const AuditFilters = z.object({
  entity: z.string().trim().max(60).optional().catch(undefined),
  entityId: z.string().trim().max(60).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditFilters = z.infer<typeof AuditFilters>;
