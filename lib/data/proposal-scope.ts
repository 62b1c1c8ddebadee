// Which proposals a caller may see, as a Prisma `where`: "not allowed" is indistinguishable from "not found".
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { Prisma } from "@/lib/generated/prisma/client";

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

/**
 * The same rule as a SQL condition on "Proposal" p, for the raw queries that must apply it before a LIMIT
 * (search). Kept beside proposalScope so the two are changed together.
 */
export function proposalScopeSql(actor: Actor): Prisma.Sql {
  if (can(actor.role, "proposal.read.all")) return Prisma.sql`p.status <> 'DRAFT'`;
  if (can(actor.role, "proposal.read.assigned")) {
    if (actor.agencyId === null) return Prisma.sql`FALSE`;
    return Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" a
      WHERE a."proposalId" = p.id AND a."agencyId" = ${actor.agencyId} AND a.active)`;
  }
  if (can(actor.role, "proposal.read.own-unit")) {
    if (actor.unitId === null) return Prisma.sql`FALSE`;
    return Prisma.sql`p."unitId" = ${actor.unitId}`;
  }
  return Prisma.sql`FALSE`;
}
