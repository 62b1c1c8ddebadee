// The urge form: which agency, optionally one of its proposals, and the message. Messages are catalogue keys.
import { z } from "zod";

export const UrgeForm = z.object({
  agencyId: z.coerce.number().int().positive().max(2_147_483_647),
  proposalId: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce.number().int().positive().max(2_147_483_647).optional(),
  ),
  message: z
    .string()
    .trim()
    .min(1, "validation.required")
    .min(5, "validation.tooShort")
    .max(2000, "validation.tooLong"),
});
export type UrgeForm = z.infer<typeof UrgeForm>;
