"use server";
// Marks the caller's own notifications as read: one (when opened) or all.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { markNotificationsRead } from "@/lib/data/notifications";

const OpenNotification = z.object({
  id: z.coerce.number().int().positive(),
  link: z.string().startsWith("/").max(300),
});

export async function markAllReadAction(): Promise<void> {
  const actor = await requireUser();
  await markNotificationsRead(actor, "all");
  revalidatePath("/", "layout");
}

export async function openNotificationAction(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const parsed = OpenNotification.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/notifications");
  await markNotificationsRead(actor, [parsed.data.id]);
  revalidatePath("/", "layout");
  // Only paths inside the portal: the link is ours, but a form can be tampered with.
  redirect(parsed.data.link.startsWith("//") ? "/notifications" : parsed.data.link);
}
