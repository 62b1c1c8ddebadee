import "server-only";
import { ExpectedError } from "@/lib/errors";
import type { Tx } from "./proposal-transition";

/**
 * A field chosen on a form must be one in use: an id that names no field (a stale or forged form) or a field
 * the administrator has since retired gets a clear refusal rather than a foreign-key error. The field a
 * proposal already has may stay, so that an edit of other text never fails because the field was retired.
 */
export async function assertFieldChoosable(tx: Tx, fieldId: number | null | undefined, kept?: number | null) {
  if (fieldId === null || fieldId === undefined || fieldId === kept) return;
  const field = await tx.field.findUnique({ where: { id: fieldId }, select: { active: true } });
  if (!field?.active) throw new ExpectedError("invalid", "fieldNotActive");
}
