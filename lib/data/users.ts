// The signed-in user's own account settings.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/config";

/** Anyone may change their own language; nobody else's. */
export async function saveOwnLocale(actor: Actor, locale: Locale): Promise<void> {
  await db().user.update({ where: { id: actor.id }, data: { locale } });
}
