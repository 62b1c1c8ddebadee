"use server";
// Saves the caller's own notification preferences.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formObject } from "@/lib/perform-action";
import { saveNotificationPreferences } from "@/lib/data/preferences";
import { PreferencesForm, preferencesFromForm } from "@/lib/schemas/notification-preferences";

export async function savePreferencesAction(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const parsed = PreferencesForm.safeParse(formObject(formData, ["kinds"]));
  if (!parsed.success) redirect("/settings/notifications?error=1");
  await saveNotificationPreferences(actor, preferencesFromForm(parsed.data));
  revalidatePath("/settings/notifications");
  redirect("/settings/notifications?saved=1");
}
