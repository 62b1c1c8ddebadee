"use server";
// Changes to one user: role and placement, deactivation, a password reset shown once.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { formObject, performAction } from "@/lib/perform-action";
import { expectedErrorState, invalidInput, type ActionState } from "@/lib/action-state";
import { getTranslator } from "@/lib/i18n/server";
import { changeUserPlacement, resetUserPassword, setUserActive } from "@/lib/data/admin-users";
import { ChangePlacementForm, ResetPasswordForm, SetActiveForm } from "@/lib/schemas/admin-user";
import { showCredential, type CredentialState } from "../credential";

export async function changePlacementAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    ChangePlacementForm,
    formData,
    async (actor, input) => {
      await changeUserPlacement(actor, input);
      return (await getTranslator()).t("admin.detail.saved");
    },
    { revalidate: "/admin/users" },
  );
}

export async function setActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    SetActiveForm,
    formData,
    async (actor, input) => {
      await setUserActive(actor, input);
      return (await getTranslator()).t(
        input.active ? "admin.detail.reactivated" : "admin.detail.deactivated",
      );
    },
    { revalidate: "/admin/users" },
  );
}

export async function resetPasswordAction(
  _prev: CredentialState,
  formData: FormData,
): Promise<CredentialState> {
  const actor = await requireUser();
  const parsed = ResetPasswordForm.safeParse(formObject(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  let credential: Awaited<ReturnType<typeof resetUserPassword>>;
  try {
    credential = await resetUserPassword(actor, parsed.data);
  } catch (error) {
    return expectedErrorState(error);
  }
  revalidatePath(`/admin/users/${parsed.data.userId}`);
  const { t } = await getTranslator();
  return {
    ok: true,
    message: t("admin.result.reset"),
    userId: parsed.data.userId,
    credential: await showCredential(credential),
  };
}
