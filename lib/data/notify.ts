// Notifications written inside the transaction of the change they announce: in-app rows and, per each
// recipient's preferences, e-mails in the outbox (sent later by the worker, so a failed send never undoes the change).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/data/proposal-transition";
import { outboxRows } from "@/lib/email/enqueue";

export type Audience =
  { unitId: number } | { agencyId: number; roles?: Role[] } | { roles: Role[] } | { userIds: number[] };

function audienceWhere(audience: Audience): Prisma.UserWhereInput {
  if ("userIds" in audience) return { id: { in: audience.userIds }, active: true };
  if ("unitId" in audience) return { unitId: audience.unitId, role: "COMMUNE_LEADER", active: true };
  if ("agencyId" in audience)
    return {
      agencyId: audience.agencyId,
      active: true,
      ...(audience.roles ? { role: { in: audience.roles } } : {}),
    };
  return { role: { in: audience.roles }, active: true };
}

/**
 * Notifies everyone in the audience except the person who acted. `kind` names a text in messages
 * (notifications.kinds.*). With a `dedupeKey` (scheduled reminders) each person gets it once, however often
 * the caller runs: the key is made per recipient and duplicates are skipped.
 */
export async function notify(
  tx: Tx,
  audience: Audience,
  notice: {
    kind: string;
    proposalId?: number;
    link?: string;
    params?: Record<string, string | number>;
    actorId?: number;
    dedupeKey?: string;
  },
): Promise<number> {
  const users = await tx.user.findMany({
    where: audienceWhere(audience),
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      preferences: { where: { kind: notice.kind }, select: { inApp: true, email: true } },
    },
  });
  const recipients = users.filter((user) => user.id !== notice.actorId);
  if (recipients.length === 0) return 0;
  const key = notice.dedupeKey
    ? (userId: number) => `${notice.dedupeKey}:u${userId}`.slice(0, 200)
    : () => null;
  // No preference row means both channels on.
  const inApp = recipients.filter((user) => user.preferences[0]?.inApp !== false);
  const byEmail = recipients.filter((user) => user.preferences[0]?.email !== false);
  if (inApp.length > 0)
    await tx.notification.createMany({
      data: inApp.map((user) => ({
        userId: user.id,
        kind: notice.kind,
        proposalId: notice.proposalId ?? null,
        link: notice.link ?? null,
        params: notice.params ?? undefined,
        dedupeKey: key(user.id),
      })),
      skipDuplicates: true,
    });
  if (byEmail.length > 0)
    await tx.emailOutbox.createMany({
      data: outboxRows(byEmail, {
        kind: notice.kind,
        params: notice.params,
        link: notice.link,
        dedupeKey: key,
      }),
      skipDuplicates: true,
    });
  return recipients.length;
}

export function proposalLink(code: string | null, id: number): string {
  return `/proposals/${encodeURIComponent(code ?? `draft-${id}`)}`;
}
