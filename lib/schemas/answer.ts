// Inputs of the answer, review, contribution, note, follow-up and implementation forms; messages are catalogue keys.
import { z } from "zod";

/** Raw formatted text may be this long before sanitising (a reply letter is a few pages). */
export const MAX_ANSWER_HTML = 50_000;
export const MAX_NOTE = 5_000;

const required = { error: "validation.required" };

/** A form's empty field means "not given". */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

// PostgreSQL's int columns end at 2^31 − 1: a larger number is no record's id or version.
const id = z.coerce
  .number(required)
  .int()
  .positive("validation.invalid")
  .max(2_147_483_647, "validation.invalid");

const text = (max: number) =>
  z.string(required).trim().min(1, "validation.required").max(max, "validation.tooLong");

const Target = z.object({
  proposalId: id,
  /** the proposal's version the form was rendered with */
  version: id,
});

const Html = z.string(required).max(MAX_ANSWER_HTML, "validation.tooLong");

/** The official letter's identity: number and date, who signs it and as what. */
const Document = z.object({
  documentNumber: z
    .string(required)
    .trim()
    .min(1, "validation.required")
    .max(60, "validation.tooLong")
    .transform((value) => value.normalize("NFC")),
  documentDate: z.preprocess(
    blankToUndefined,
    z.coerce
      .date({ error: "answers.validation.date" })
      .min(new Date("2000-01-01T00:00:00Z"), "answers.validation.date")
      .max(new Date("2100-01-01T00:00:00Z"), "answers.validation.date"),
  ),
  signerName: text(200),
  signerTitle: text(200),
});

export const SaveAnswerDraft = Target.extend({
  content: Html,
  /** the draft's own version the editor started from; absent when there was no draft yet */
  answerVersion: z.preprocess(blankToUndefined, id.optional()),
});

export const SubmitAnswerForReview = Target;

export const RequestAnswerChanges = Target.extend({ comment: text(2_000) });

export const ApproveAnswer = Target.extend(Document.shape);

export const CorrectAnswer = Target.extend({ content: Html, reason: text(2_000) }).extend(Document.shape);

export const AddContribution = Target.extend({ text: text(MAX_NOTE) });

export const AddInternalNote = Target.extend({ body: text(MAX_NOTE) });

export const ReplyToFollowUp = Target.extend({ reply: text(MAX_NOTE) });

export const IMPLEMENTATION_OUTCOMES = ["IN_PROGRESS", "RESOLVED", "PARTLY_RESOLVED", "UNRESOLVED"] as const;

export const RecordImplementation = Target.extend({
  percent: z.coerce
    .number(required)
    .int("answers.validation.percent")
    .min(0, "answers.validation.percent")
    .max(100, "answers.validation.percent"),
  outcome: z.enum(IMPLEMENTATION_OUTCOMES, { error: "validation.required" }),
  note: text(2_000),
});

export type SaveAnswerDraftInput = z.input<typeof SaveAnswerDraft>;
export type SubmitAnswerForReviewInput = z.input<typeof SubmitAnswerForReview>;
export type RequestAnswerChangesInput = z.input<typeof RequestAnswerChanges>;
export type ApproveAnswerInput = z.input<typeof ApproveAnswer>;
export type CorrectAnswerInput = z.input<typeof CorrectAnswer>;
export type AddContributionInput = z.input<typeof AddContribution>;
export type AddInternalNoteInput = z.input<typeof AddInternalNote>;
export type ReplyToFollowUpInput = z.input<typeof ReplyToFollowUp>;
export type RecordImplementationInput = z.input<typeof RecordImplementation>;
