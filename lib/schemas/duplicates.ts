// Inputs of the duplicates panel: which proposals to merge into which, with the versions the page showed.
// Messages are catalogue keys; lib/action-state.ts translates them.
import { z } from "zod";

/** A group grows a few members at a time; a longer list is a mistake, not a merge. */
export const MAX_MERGE_MEMBERS = 20;

// PostgreSQL's int columns end at 2^31 − 1: a larger number is no record's id or version.
const id = z.coerce.number().int().positive().max(2_147_483_647);
const version = z.coerce.number().int().min(1).max(2_147_483_647);

export const MergeDuplicates = z
  .object({
    primaryId: id,
    primaryVersion: version,
    members: z
      .array(z.object({ id, version }))
      .min(1, "duplicates.validation.pickOne")
      .max(MAX_MERGE_MEMBERS, "duplicates.validation.tooMany"),
  })
  .refine(
    (input) => {
      const ids = input.members.map((member) => member.id);
      return new Set(ids).size === ids.length && !ids.includes(input.primaryId);
    },
    { path: ["members"], message: "duplicates.validation.invalidSelection" },
  );
export type MergeDuplicates = z.infer<typeof MergeDuplicates>;

/** The panel's form as MergeDuplicates' input: hidden primary id and version, one ticked "id:version" per member. */
export function mergeFormValues(formData: FormData): Record<string, unknown> {
  return {
    primaryId: formData.get("primaryId"),
    primaryVersion: formData.get("primaryVersion"),
    members: formData.getAll("members").map((pair) => {
      const [id, version] = String(pair).split(":");
      return { id, version };
    }),
  };
}
