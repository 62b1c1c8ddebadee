// A person's notification preferences: per kind, in-app and e-mail, both on unless they turned one off.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { CATALOGUES } from "@/lib/i18n/catalogues";

export type Preference = { kind: string; inApp: boolean; email: boolean };

/** Every kind the portal sends: the keys of notifications.kinds in the catalogue, so a new kind appears here. */
export function notificationKinds(): string[] {
  const notifications = CATALOGUES.vi.notifications as { kinds?: Record<string, string> } | undefined;
  return Object.keys(notifications?.kinds ?? {});
}

export async function getNotificationPreferences(actor: Actor): Promise<Preference[]> {
  const rows = await db().notificationPreference.findMany({
    where: { userId: actor.id },
    select: { kind: true, inApp: true, email: true },
  });
  const saved = new Map(rows.map((row) => [row.kind, row]));
  return notificationKinds().map((kind) => ({
    kind,
    inApp: saved.get(kind)?.inApp ?? true,
    email: saved.get(kind)?.email ?? true,
  }));
}

/** Replaces the caller's own preferences; only rows that differ from the default (both on) are kept. */
export async function saveNotificationPreferences(actor: Actor, preferences: Preference[]): Promise<void> {
  const known = new Set(notificationKinds());
  const rows = preferences
    .filter((p) => known.has(p.kind) && !(p.inApp && p.email))
    .map((p) => ({ userId: actor.id, kind: p.kind, inApp: p.inApp, email: p.email }));
  await db().$transaction([
    db().notificationPreference.deleteMany({ where: { userId: actor.id } }),
    db().notificationPreference.createMany({ data: rows, skipDuplicates: true }),
  ]);
}
