"use server";
// Form actions of the session pages. Each is parse → data layer (who may, version check, audit) → refresh.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { expectedErrorState, invalidInput, type ActionState } from "@/lib/action-state";
import { formObject, performAction } from "@/lib/perform-action";
import { getTranslator } from "@/lib/i18n/server";
import { OnBehalfProposal, SessionInput, SessionTransition, SessionUpdate } from "@/lib/schemas/session";
import { createSession, transitionSession, updateSession } from "@/lib/data/sessions";
import { enterProposalOnBehalf } from "@/lib/data/session-proposals";

export async function createSessionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireUser();
  const parsed = SessionInput.safeParse(formObject(formData, ["unitIds"]));
  if (!parsed.success) return invalidInput(parsed.error);
  let id: number;
  try {
    ({ id } = await createSession(actor, parsed.data));
  } catch (error) {
    return expectedErrorState(error);
  }
  revalidatePath("/sessions", "layout");
  redirect(`/sessions/${id}`);
}

export async function updateSessionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireUser();
  const parsed = SessionUpdate.safeParse(formObject(formData, ["unitIds"]));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await updateSession(actor, parsed.data);
  } catch (error) {
    return expectedErrorState(error);
  }
  revalidatePath("/sessions", "layout");
  redirect(`/sessions/${parsed.data.sessionId}`);
}

export async function transitionSessionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    SessionTransition,
    formData,
    async (actor, input) => {
      await transitionSession(actor, input);
      const { t } = await getTranslator();
      return t("sessions.actions.done");
    },
    { revalidate: "/sessions" },
  );
}

export async function enterOnBehalfAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    OnBehalfProposal,
    formData,
    async (actor, input) => {
      const { code } = await enterProposalOnBehalf(actor, input);
      const { t } = await getTranslator();
      return t("sessions.onBehalf.created", { code });
    },
    { revalidate: "/sessions" },
  );
}
