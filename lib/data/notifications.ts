// The signed-in user's own in-app notifications: list, unread count, mark as read. Nobody reads anyone else's.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/** The header badge shows up to this many, then "99+": a coordinator can have a hundred thousand unread. */
export const UNREAD_BADGE_CAP = 99;

/** Unread notifications, counted up to UNREAD_BADGE_CAP + 1 (the header shows "99+" beyond). */
export async function countUnread(actor: Actor): Promise<number> {
  return db().notification.count({ where: { userId: actor.id, readAt: null }, take: UNREAD_BADGE_CAP + 1 });
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
