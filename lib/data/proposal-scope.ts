// Which proposals a caller may see, as a Prisma `where`: "not allowed" is indistinguishable from "not found".
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

const NOTHING: Prisma.ProposalWhereInput = { id: -1 };

export function proposalScope(actor: Actor): Prisma.ProposalWhereInput {
  if (can(actor.role, "proposal.read.all")) {
    // Drafts belong to their commune until submitted.
    return { status: { not: "DRAFT" } };
  }
  if (can(actor.role, "proposal.read.assigned")) {
    if (actor.agencyId === null) return NOTHING;
    return { assignments: { some: { agencyId: actor.agencyId, active: true } } };
  }
  if (can(actor.role, "proposal.read.own-unit")) {
    if (actor.unitId === null) return NOTHING;
    return { unitId: actor.unitId };
  }
  return NOTHING;
}
