// What each role's home page shows, computed within the caller's scope.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { forbidden } from "@/lib/errors";
import { proposalScope } from "@/lib/data/proposal-scope";
import { countProposalsByStatus, listProposals } from "@/lib/data/proposals";
import { deadlineWindow } from "@/lib/data/calendar";
import { countRecentUrges } from "@/lib/data/urges";
import { ANSWERED_STATUSES, DEADLINE_RUNNING_STATUSES } from "@/lib/workflow/proposal-status";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

function sum(counts: Partial<Record<ProposalStatus, number>>, statuses: readonly ProposalStatus[]): number {
  return statuses.reduce((total, status) => total + (counts[status] ?? 0), 0);
}

async function overdueCount(actor: Actor, today: Date): Promise<number> {
  return db().proposal.count({
    where: {
      AND: [
        proposalScope(actor),
        { status: { in: [...DEADLINE_RUNNING_STATUSES] }, answerDueOn: { lt: today } },
      ],
    },
  });
}

export async function getCommuneHome(actor: Actor) {
  if (!can(actor.role, "proposal.read.own-unit") || actor.unitId === null) throw forbidden();
  const [unit, counts, recent] = await Promise.all([
    db().administrativeUnit.findUniqueOrThrow({ where: { id: actor.unitId }, select: { name: true } }),
    countProposalsByStatus(actor),
    listProposals(actor, { page: 1 }),
  ]);
  return { unitName: unit.name, counts, recent };
}

export async function getCoordinatorHome(actor: Actor) {
  if (!can(actor.role, "proposal.triage")) throw forbidden();
  const { today } = await deadlineWindow();
  const [counts, overdue, incoming, receiptOverdue] = await Promise.all([
    countProposalsByStatus(actor),
    overdueCount(actor, today),
    listProposals(actor, { status: "SUBMITTED", page: 1 }),
    // The 10-working-day receipt rule (derived, like overdue).
    db().proposal.count({
      where: { AND: [proposalScope(actor), { status: "SUBMITTED", receiptDueOn: { lt: today } }] },
    }),
  ]);
  return {
    stats: {
      waiting: counts.SUBMITTED ?? 0,
      toAssign: counts.RECEIVED ?? 0,
      inProgress: sum(counts, DEADLINE_RUNNING_STATUSES),
      toSend: counts.APPROVED ?? 0,
      overdue,
      receiptOverdue,
    },
    incoming,
  };
}

export async function getAgencyHome(actor: Actor) {
  if (!can(actor.role, "proposal.read.assigned") || actor.agencyId === null) throw forbidden();
  const agencyId = actor.agencyId;
  const open = { status: { in: [...DEADLINE_RUNNING_STATUSES, "FOLLOW_UP" as const] } };
  const [agency, lead, coordinating, inReview] = await Promise.all([
    db().agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true } }),
    listProposals(
      actor,
      { page: 1 },
      { ...open, assignments: { some: { agencyId, active: true, role: "LEAD" } } },
    ),
    listProposals(
      actor,
      { page: 1 },
      { ...open, assignments: { some: { agencyId, active: true, role: "COORDINATING" } } },
    ),
    can(actor.role, "answer.review")
      ? listProposals(actor, { status: "IN_REVIEW", page: 1 }, { leadAgencyId: agencyId })
      : Promise.resolve(null),
  ]);
  return { agencyName: agency.name, lead, coordinating, inReview };
}

export async function getProgramSummary(actor: Actor) {
  if (!can(actor.role, "dashboard.view")) throw forbidden();
  const { today } = await deadlineWindow();
  const scope = proposalScope(actor);
  const [sessions, bySession, overdueBySession, urges] = await Promise.all([
    db().dialogueSession.findMany({
      select: { id: true, code: true, title: true, startsOn: true },
      orderBy: { startsOn: "desc" },
    }),
    db().proposal.groupBy({ by: ["sessionId", "status"], where: scope, _count: { _all: true } }),
    db().proposal.groupBy({
      by: ["sessionId"],
      where: { AND: [scope, { status: { in: [...DEADLINE_RUNNING_STATUSES] }, answerDueOn: { lt: today } }] },
      _count: { _all: true },
    }),
    countRecentUrges(actor),
  ]);
  const rows = sessions.map((session) => {
    const counts: Partial<Record<ProposalStatus, number>> = {};
    for (const group of bySession)
      if (group.sessionId === session.id) counts[group.status] = group._count._all;
    const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
    const answered = sum(counts, ANSWERED_STATUSES);
    const overdue = overdueBySession.find((group) => group.sessionId === session.id)?._count._all ?? 0;
    return { ...session, total, answered, overdue, inProgress: sum(counts, DEADLINE_RUNNING_STATUSES) };
  });
  const totals = rows.reduce(
    (acc, row) => ({
      total: acc.total + row.total,
      answered: acc.answered + row.answered,
      overdue: acc.overdue + row.overdue,
      inProgress: acc.inProgress + row.inProgress,
    }),
    { total: 0, answered: 0, overdue: 0, inProgress: 0 },
  );
  return { sessions: rows, totals, urges };
}

export async function getAdminHome(actor: Actor) {
  if (!can(actor.role, "admin.manage")) throw forbidden();
  const [users, currentUnits, historicUnits, agencies, fields, sessions] = await Promise.all([
    db().user.count({ where: { active: true } }),
    db().administrativeUnit.count({ where: { level: "COMMUNE", validTo: null } }),
    db().administrativeUnit.count({ where: { level: "COMMUNE", validTo: { not: null } } }),
    db().agency.count({ where: { validTo: null } }),
    db().field.count({ where: { active: true } }),
    db().dialogueSession.count(),
  ]);
  return { users, currentUnits, historicUnits, agencies, fields, sessions };
}
