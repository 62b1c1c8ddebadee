// Forms of answer-template administration: create, edit, deactivate or reactivate.
import { z } from "zod";
import { id, optionalId, requiredText, stamp } from "./admin-common";

const TemplateDetails = z.object({
  name: requiredText(200),
  /** HTML from the editor; the data layer sanitises it and refuses one with no text left */
  body: z.string().max(50_000, "validation.tooLong"),
  fieldId: optionalId,
  agencyId: optionalId,
});

export const CreateTemplateForm = TemplateDetails;
export type CreateTemplateInput = z.infer<typeof CreateTemplateForm>;

export const UpdateTemplateForm = TemplateDetails.extend({ templateId: id, updatedAt: stamp });
export type UpdateTemplateInput = z.infer<typeof UpdateTemplateForm>;

export const SetTemplateActiveForm = z.object({
  templateId: id,
  updatedAt: stamp,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type SetTemplateActiveInput = z.infer<typeof SetTemplateActiveForm>;

export const TemplateFilters = z.object({
  status: z.enum(["active", "inactive", "all"]).catch("active"),
});
export type TemplateFilters = z.infer<typeof TemplateFilters>;
