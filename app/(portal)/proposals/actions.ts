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
  // A retried or double-clicked submit of the same form finds the proposal already submitted: show its receipt.
  const already = await db().proposal.findUnique({
    where: { clientToken: parsed.data.clientToken },
    select: { code: true, status: true, unitId: true },
  });
  if (
    already?.code &&
    already.unitId === actor.unitId &&
    already.status === "SUBMITTED" &&
    !formData.get("editing")
  ) {
    redirect(`${proposalLink(already.code, 0)}/receipt`);
  }
  let target: string;
  try {
    const saved = await saveDraft(actor, parsed.data);
    const current = await db().proposal.findUniqueOrThrow({
      where: { id: saved.proposalId },
      select: { status: true, code: true },
    });
    // Editing a proposal that is already submitted: saving is all there is to do.
    target =
      current.status === "SUBMITTED"
        ? proposalLink(current.code, saved.proposalId)
        : `${proposalLink((await submitProposal(actor, { proposalId: saved.proposalId, version: saved.version })).code, 0)}/receipt`;
  } catch (error) {
    return expectedErrorState(error);
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
