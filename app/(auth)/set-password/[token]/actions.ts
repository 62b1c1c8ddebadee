"use server";
// Sets a password through a one-time link; the link is the only authority, no session is needed.
import { expectedErrorState, invalidInput, type ActionState } from "@/lib/action-state";
import { formObject } from "@/lib/perform-action";
import { getTranslator } from "@/lib/i18n/server";
import { setPasswordWithToken } from "@/lib/data/password-tokens";
import { SetPasswordForm } from "@/lib/schemas/admin-user";

export async function setPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SetPasswordForm.safeParse(formObject(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await setPasswordWithToken(parsed.data.token, parsed.data.password);
  } catch (error) {
    return expectedErrorState(error);
  }
  const { t } = await getTranslator();
  return { ok: true, message: t("admin.setPassword.done") };
}
