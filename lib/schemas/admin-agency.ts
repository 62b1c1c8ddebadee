// Forms of agency administration: create, edit names and place, end (or merge into a successor), reinstate.
import { z } from "zod";
import { AgencyType } from "@/lib/generated/prisma/enums";
import {
  checkbox,
  dateParam,
  id,
  isoDate,
  optionalId,
  requiredText,
  searchParam,
  stamp,
} from "./admin-common";

const agencyType = z.enum(AgencyType, "admin.errors.typeRequired");

const AgencyDetails = z.object({
  name: requiredText(300),
  nameEn: requiredText(300),
  shortName: requiredText(40),
  type: agencyType,
  parentId: optionalId,
});

export const CreateAgencyForm = AgencyDetails.extend({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, "validation.required")
    .regex(/^[A-Z0-9_-]{2,40}$/, "admin.errors.codeFormat"),
  validFrom: isoDate,
});
export type CreateAgencyInput = z.infer<typeof CreateAgencyForm>;

export const UpdateAgencyForm = AgencyDetails.extend({ agencyId: id, updatedAt: stamp });
export type UpdateAgencyInput = z.infer<typeof UpdateAgencyForm>;

/** Ends an agency on its last day in force; with a successor it is a merger (the successor takes over from the next day). */
export const EndAgencyForm = z
  .object({
    agencyId: id,
    updatedAt: stamp,
    validTo: isoDate,
    successorId: optionalId,
    /** also route the fields this agency leads to the successor (an explicit choice, never implied) */
    moveFields: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.moveFields && value.successorId === null)
      ctx.addIssue({
        code: "custom",
        path: ["moveFields"],
        message: "admin.errors.moveFieldsNeedsSuccessor",
      });
    if (value.successorId === value.agencyId)
      ctx.addIssue({ code: "custom", path: ["successorId"], message: "admin.errors.successorSelf" });
  });
export type EndAgencyInput = z.infer<typeof EndAgencyForm>;

export const ReinstateAgencyForm = z.object({ agencyId: id, updatedAt: stamp });
export type ReinstateAgencyInput = z.infer<typeof ReinstateAgencyForm>;

export const AGENCY_STATUSES = ["current", "ended", "all"] as const;

/** The agency list's filters, from the URL: as of which date, which of them, a search. */
export const AgencyFilters = z.object({
  on: dateParam,
  status: z.enum(AGENCY_STATUSES).catch("current"),
  q: searchParam,
});
export type AgencyFilters = z.infer<typeof AgencyFilters>;
