"use server";
// Marks the caller's own notifications as read: one (when opened) or all.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { formObject } from "@/lib/perform-action";
import { markNotificationsRead } from "@/lib/data/notifications";
import { MAX_ROW_ID } from "@/lib/row-id";
import { isPortalPath } from "@/lib/http/route-helpers";

const OpenNotification = z.object({
  id: z.coerce.number().int().positive().max(MAX_ROW_ID),
  link: z.string().max(300).refine(isPortalPath),
});

export async function markAllReadAction(): Promise<void> {
  const actor = await requireUser();
  await markNotificationsRead(actor, "all");
  revalidatePath("/", "layout");
}

export async function openNotificationAction(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const parsed = OpenNotification.safeParse(formObject(formData));
  if (!parsed.success) redirect("/notifications");
  await markNotificationsRead(actor, [parsed.data.id]);
  revalidatePath("/", "layout");
  redirect(parsed.data.link);
}
