// Inputs of the proposal's own forms and of triage, as zod schemas shared by actions and the data layer.
// Messages are catalogue keys; lib/action-state.ts translates them.
import { z } from "zod";
import { calendarDate } from "@/lib/schemas/calendar-date";

// PostgreSQL's int columns end at 2^31 − 1: a larger number is no record's id or version ("not valid", not a crash).
const MAX_INT = 2_147_483_647;
const id = z.coerce.number().int().positive().max(MAX_INT, "validation.invalid");
const version = z.coerce.number().int().min(1).max(MAX_INT, "validation.invalid");
const text = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");
const optionalId = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  id.optional(),
);

export const ProposalDraft = z.object({
  clientToken: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "validation.invalid"),
  proposalId: optionalId,
  version: z.preprocess((value) => (value === "" ? undefined : value), version.optional()),
  sessionId: id,
  fieldId: optionalId,
  title: z.string().trim().max(300, "validation.tooLong"),
  content: z.string().trim().max(20_000, "validation.tooLong"),
});
export type ProposalDraft = z.infer<typeof ProposalDraft>;

/** What submitting needs on top of a draft: a real title and text. */
export const ProposalSubmission = ProposalDraft.extend({
  title: z.string().trim().min(10, "workflow.validation.titleTooShort").max(300, "validation.tooLong"),
  content: z.string().trim().min(30, "workflow.validation.contentTooShort").max(20_000, "validation.tooLong"),
});

export const VersionedProposal = z.object({ proposalId: id, version });
export const WithReason = VersionedProposal.extend({ reason: text(2000) });
export const SetField = VersionedProposal.extend({ fieldId: id });

export const Assign = VersionedProposal.extend({
  fieldId: id,
  leadAgencyId: id,
  coordinatingAgencyIds: z.array(id).max(10).default([]),
  dueOn: z.preprocess((value) => (value === "" ? undefined : value), calendarDate.optional()),
  note: z.string().trim().max(2000).optional(),
});
export type Assign = z.infer<typeof Assign>;

export const Acknowledge = VersionedProposal.extend({
  rating: z.enum(["SATISFIED", "PARTLY_SATISFIED", "NOT_SATISFIED"], {
    message: "workflow.validation.ratingRequired",
  }),
  comment: z.string().trim().max(2000).optional(),
});

export const FollowUpQuestion = VersionedProposal.extend({ question: text(2000) });

/** "id:version" pairs from the bulk forms of the list page. */
export const BulkSelection = z
  .array(z.string().regex(/^\d+:\d+$/))
  .min(1, "workflow.validation.selectSome")
  .max(200)
  .transform((pairs) =>
    pairs.map((pair) => ({ proposalId: Number(pair.split(":")[0]), version: Number(pair.split(":")[1]) })),
  );

export const BulkOperation = z.object({
  operation: z.enum(["receive", "assign", "send"], { message: "validation.required" }),
  selection: BulkSelection,
  leadAgencyId: optionalId,
  dueOn: z.preprocess((value) => (value === "" ? undefined : value), calendarDate.optional()),
});
