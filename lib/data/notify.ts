// In-app notifications written inside the transaction of the change they announce.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/data/proposal-transition";

export type Audience = { unitId: number } | { agencyId: number; roles?: Role[] } | { roles: Role[] };

function audienceWhere(audience: Audience): Prisma.UserWhereInput {
  if ("unitId" in audience) return { unitId: audience.unitId, role: "COMMUNE_LEADER", active: true };
  if ("agencyId" in audience)
    return {
      agencyId: audience.agencyId,
      active: true,
      ...(audience.roles ? { role: { in: audience.roles } } : {}),
    };
  return { role: { in: audience.roles }, active: true };
}

/** Notifies everyone in the audience except the person who acted. `kind` names a text in messages (notifications.*). */
export async function notify(
  tx: Tx,
  audience: Audience,
  notice: {
    kind: string;
    proposalId?: number;
    link?: string;
    params?: Record<string, string | number>;
    actorId?: number;
  },
): Promise<number> {
  const users = await tx.user.findMany({ where: audienceWhere(audience), select: { id: true } });
  const recipients = users.filter((user) => user.id !== notice.actorId);
  if (recipients.length === 0) return 0;
  await tx.notification.createMany({
    data: recipients.map((user) => ({
      userId: user.id,
      kind: notice.kind,
      proposalId: notice.proposalId ?? null,
      link: notice.link ?? null,
      params: notice.params ?? undefined,
    })),
  });
  return recipients.length;
}

export function proposalLink(code: string | null, id: number): string {
  return `/proposals/${encodeURIComponent(code ?? `draft-${id}`)}`;
}
