// Forms of field administration: create, rename and route, activate or deactivate, move up or down.
import { z } from "zod";
import { id, optionalId, requiredText, stamp } from "./admin-common";

const FieldDetails = z.object({
  name: requiredText(200),
  nameEn: requiredText(200),
  /** the routing rule: the lead agency triage proposes for proposals of this field */
  defaultLeadAgencyId: optionalId,
});

export const CreateFieldForm = FieldDetails.extend({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, "validation.required")
    .regex(/^[A-Z0-9_-]{2,40}$/, "admin.errors.codeFormat"),
});
export type CreateFieldInput = z.infer<typeof CreateFieldForm>;

export const UpdateFieldForm = FieldDetails.extend({ fieldId: id, updatedAt: stamp });
export type UpdateFieldInput = z.infer<typeof UpdateFieldForm>;

export const SetFieldActiveForm = z.object({
  fieldId: id,
  updatedAt: stamp,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type SetFieldActiveInput = z.infer<typeof SetFieldActiveForm>;

export const MoveFieldForm = z.object({
  fieldId: id,
  updatedAt: stamp,
  direction: z.enum(["up", "down"]),
});
export type MoveFieldInput = z.infer<typeof MoveFieldForm>;
