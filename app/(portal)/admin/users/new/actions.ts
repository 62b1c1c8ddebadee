"use server";
// Creates a user and hands back their initial password or one-time link, to be shown once.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { formObject } from "@/lib/perform-action";
import { expectedErrorState, invalidInput } from "@/lib/action-state";
import { ExpectedError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { createUser, EMAIL_TAKEN } from "@/lib/data/admin-users";
import { CreateUserForm } from "@/lib/schemas/admin-user";
import { showCredential, type CredentialState } from "../credential";

export async function createUserAction(_prev: CredentialState, formData: FormData): Promise<CredentialState> {
  const actor = await requireUser();
  const parsed = CreateUserForm.safeParse(formObject(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const { t } = await getTranslator();
  let created: Awaited<ReturnType<typeof createUser>>;
  try {
    created = await createUser(actor, parsed.data);
  } catch (error) {
    // A taken address belongs next to the email field, not only at the top of the form.
    if (error instanceof ExpectedError && error.messageKey === EMAIL_TAKEN)
      return { fieldErrors: { email: [t(EMAIL_TAKEN)] }, message: t("validation.fixFields") };
    return expectedErrorState(error);
  }
  revalidatePath("/admin/users");
  return {
    ok: true,
    message: t("admin.result.created", { email: created.user.email }),
    userId: created.user.id,
    credential: await showCredential(created.credential),
  };
}
