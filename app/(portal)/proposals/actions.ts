"use server";
// The commune's form actions: autosave, submit (idempotent per form), withdraw. Thin: parse, call, report.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { expectedErrorState, invalidInput, type ActionState } from "@/lib/action-state";
import { ProposalDraft, ProposalSubmission, VersionedProposal } from "@/lib/schemas/proposal";
import { saveDraft, submitProposal, withdrawProposal } from "@/lib/data/proposal-drafts";
import { proposalLink } from "@/lib/data/notify";
import { ExpectedError } from "@/lib/errors";
import { formObject, performAction } from "@/lib/perform-action";
import { z } from "zod";

export type DraftState = ActionState & { proposalId?: number; savedAt?: string };

export async function saveDraftAction(_prev: DraftState, formData: FormData): Promise<DraftState> {
  const actor = await requireUser();
  const parsed = ProposalDraft.safeParse(formObject(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const saved = await saveDraft(actor, parsed.data);
    return {
      ok: true,
      proposalId: saved.proposalId,
      version: saved.version,
      savedAt: new Date().toISOString(),
    };
  } catch (error) {
    return expectedErrorState(error);
  }
}

export async function submitProposalAction(_prev: DraftState, formData: FormData): Promise<DraftState> {
  const actor = await requireUser();
  const parsed = ProposalSubmission.safeParse(formObject(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const editing = Boolean(formData.get("editing"));
  // A retried or double-clicked submit of the same form finds the proposal already submitted: show its receipt.
  const receiptIfSubmitted = async () => {
    const already = await db().proposal.findUnique({
      where: { clientToken: parsed.data.clientToken },
      select: { code: true, status: true, unitId: true },
    });
    return already?.code && already.unitId === actor.unitId && already.status === "SUBMITTED" && !editing
      ? `${proposalLink(already.code, 0)}/receipt`
      : null;
  };
  const receipt = await receiptIfSubmitted();
  if (receipt) redirect(receipt);
  let target: string;
  try {
    const { proposalId, version, title, content, fieldId } = parsed.data;
    const current =
      proposalId === undefined
        ? null
        : await db().proposal.findUnique({ where: { id: proposalId }, select: { status: true, code: true } });
    if (current?.status === "SUBMITTED") {
      // Editing a proposal that is already submitted: saving is all there is to do.
      await saveDraft(actor, parsed.data);
      target = proposalLink(current.code, proposalId!);
    } else {
      // A form never autosaved creates its draft first (once per client token). The text and the submission then
      // go in one transaction: a submission cut off midway leaves nothing half done, and the same form sent
      // again (same version) is accepted instead of being told that someone else changed it.
      const draft =
        proposalId !== undefined && version !== undefined
          ? { proposalId, version }
          : await saveDraft(actor, parsed.data);
      const { code } = await submitProposal(actor, { ...draft, text: { title, content, fieldId } });
      target = `${proposalLink(code, 0)}/receipt`;
    }
  } catch (error) {
    // Of two clicks on the same form, the one that lost the race shows the receipt the other one got.
    const raced =
      error instanceof ExpectedError && error.code === "conflict" ? await receiptIfSubmitted() : null;
    if (!raced) return expectedErrorState(error);
    target = raced;
  }
  revalidatePath("/proposals", "layout");
  redirect(target);
}

const Withdrawal = VersionedProposal.extend({
  confirm: z.literal("on", { message: "validation.required" }),
  reason: z.string().trim().max(2000, "validation.tooLong").optional(),
});

export async function withdrawProposalAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(Withdrawal, formData, (actor, input) => withdrawProposal(actor, input), {
    done: "withdraw",
  });
}
