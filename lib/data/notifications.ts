// The signed-in user's own in-app notifications: list, unread count, mark as read. Nobody reads anyone else's.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export async function countUnread(actor: Actor): Promise<number> {
  return db().notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function listNotifications(actor: Actor, take = 50) {
  return db().notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ readAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    take,
    select: { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true },
  });
}

export async function markNotificationsRead(
  actor: Actor,
  ids: number[] | "all",
  now = new Date(),
): Promise<number> {
  const result = await db().notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: now },
  });
  return result.count;
}
