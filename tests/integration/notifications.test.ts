// The header's unread badge and the notification list are the person's own, and the badge stays cheap when a
// coordinator has thousands unread.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UNREAD_BADGE_CAP, countUnread, listNotifications } from "@/lib/data/notifications";
import { actorByEmail } from "../support/actors";

describe("unread notifications", () => {
  it("are counted exactly up to the badge's cap, then as more than it", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const other = await actorByEmail("thanhvinh@demo.vn");
    await db().notification.updateMany({ where: { userId: coordinator.id }, data: { readAt: new Date() } });
    const add = (userId: number, count: number, prefix: string) =>
      db().notification.createMany({
        data: Array.from({ length: count }, (_, i) => ({
          userId,
          kind: "proposal_submitted",
          link: `${prefix}${i}`,
        })),
      });
    await add(coordinator.id, 3, "/mine/");
    await add(other.id, 5, "/theirs/");
    expect(await countUnread(coordinator)).toBe(3);
    await add(coordinator.id, UNREAD_BADGE_CAP + 40, "/mine/");
    expect(await countUnread(coordinator)).toBe(UNREAD_BADGE_CAP + 1);
    const listed = await listNotifications(coordinator);
    expect(listed).toHaveLength(50);
    expect(listed.every((notice) => notice.link?.startsWith("/mine/"))).toBe(true);
  });
});
