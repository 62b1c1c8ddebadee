"use server";
// Form actions of the answering agencies: draft, review, approval, correction, input, notes, follow-up reply,
// implementation. Thin: who calls, parse the form, call the data layer, refresh the page, report.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { proposalPath } from "@/lib/data/proposals";
import type { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors";
import { expectedErrorState, invalidInput, type ActionState } from "@/lib/action-state";
import { getTranslator } from "@/lib/i18n/server";
import { formObject } from "@/lib/perform-action";
import * as schemas from "@/lib/schemas/answer";
import {
  addContribution,
  addInternalNote,
  approveAnswer,
  correctAnswer,
  requestAnswerChanges,
  saveAnswerDraft,
  submitAnswerForReview,
} from "@/lib/data/answers";
import { recordImplementation, replyToFollowUp } from "@/lib/data/implementation";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** This feature's expected errors carry a full catalogue key; some of them belong beside a field. */
const FIELD_OF_ERROR: Record<string, string> = {
  "answers.errors.documentNumberTaken": "documentNumber",
  "answers.errors.emptyDraft": "content",
};

async function refused(error: unknown): Promise<ActionState> {
  // Someone else moved the proposal on: refresh the page's data (and the version its forms send) at once,
  // while the forms keep what the user typed.
  if (error instanceof ExpectedError && error.code === "conflict") revalidatePath("/proposals", "layout");
  if (!(error instanceof ExpectedError) || !error.messageKey.startsWith("answers.")) {
    return expectedErrorState(error);
  }
  const { t } = await getTranslator();
  const field = FIELD_OF_ERROR[error.messageKey];
  const text = t(error.messageKey);
  return field ? { message: t("validation.fixFields"), fieldErrors: { [field]: [text] } } : { message: text };
}

async function perform<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  run: (actor: Actor, input: z.output<S>) => Promise<{ version: number; doneKey: string }>,
): Promise<ActionState> {
  const actor = await requireUser();
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  let outcome: { version: number; doneKey: string };
  try {
    outcome = await run(actor, parsed.data);
  } catch (error) {
    return refused(error);
  }
  revalidatePath("/proposals", "layout");
  // A step that moves the proposal on makes its form disappear: the page it returns to says what was done.
  // Repeatable steps (implementation updates, corrections, notes) keep their form and its message.
  const step = STEP_OF_DONE_KEY[outcome.doneKey];
  if (step) redirect(`${await proposalPath(actor, Number(formData.get("proposalId")))}?done=${step}`);
  const { t } = await getTranslator();
  return { ok: true, version: outcome.version, message: t(outcome.doneKey) };
}

const STEP_OF_DONE_KEY: Record<string, string> = {
  "answers.draft.submitted": "submit_for_review",
  "answers.review.changesRequested": "request_changes",
  "answers.review.approved": "approve",
  "answers.followUp.done": "answer_follow_up",
};

/** Saves the draft; with intent "submit" also sends it for approval (saving first, so nothing typed is lost). */
export const saveAnswerDraftAction: Action = async (_prev, formData) =>
  perform(schemas.SaveAnswerDraft, formData, async (actor, input) => {
    const saved = await saveAnswerDraft(actor, input);
    if (formData.get("intent") !== "submit")
      return { version: saved.version, doneKey: "answers.draft.saved" };
    try {
      const submitted = await submitAnswerForReview(actor, {
        proposalId: input.proposalId,
        version: saved.version,
      });
      return { version: submitted.version, doneKey: "answers.draft.submitted" };
    } catch (error) {
      revalidatePath("/proposals", "layout"); // the save went through: the forms need the new version
      throw error;
    }
  });

export const requestAnswerChangesAction: Action = async (_prev, formData) =>
  perform(schemas.RequestAnswerChanges, formData, async (actor, input) => ({
    version: (await requestAnswerChanges(actor, input)).version,
    doneKey: "answers.review.changesRequested",
  }));

export const approveAnswerAction: Action = async (_prev, formData) =>
  perform(schemas.ApproveAnswer, formData, async (actor, input) => ({
    version: (await approveAnswer(actor, input)).version,
    doneKey: "answers.review.approved",
  }));

export const correctAnswerAction: Action = async (_prev, formData) =>
  perform(schemas.CorrectAnswer, formData, async (actor, input) => ({
    version: (await correctAnswer(actor, input)).version,
    doneKey: "answers.correction.done",
  }));

export const addContributionAction: Action = async (_prev, formData) =>
  perform(schemas.AddContribution, formData, async (actor, input) => ({
    version: (await addContribution(actor, input)).version,
    doneKey: "answers.contributions.done",
  }));

export const addInternalNoteAction: Action = async (_prev, formData) =>
  perform(schemas.AddInternalNote, formData, async (actor, input) => ({
    version: (await addInternalNote(actor, input)).version,
    doneKey: "answers.notes.done",
  }));

export const replyToFollowUpAction: Action = async (_prev, formData) =>
  perform(schemas.ReplyToFollowUp, formData, async (actor, input) => ({
    version: (await replyToFollowUp(actor, input)).version,
    doneKey: "answers.followUp.done",
  }));

export const recordImplementationAction: Action = async (_prev, formData) =>
  perform(schemas.RecordImplementation, formData, async (actor, input) => ({
    version: (await recordImplementation(actor, input)).version,
    doneKey: "answers.implementation.done",
  }));
