// Urging (đôn đốc) a late agency: one Urge row, an 'urge' event on each affected proposal's timeline, and notices
// (in-app and e-mail) to the agency's officers and head — all in one transaction. A repeat within 30 days escalates.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/permissions";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { deadlineWindow } from "@/lib/data/calendar";
import { runTransition } from "@/lib/data/proposal-transition";
import { notify, proposalLink } from "@/lib/data/notify";
import { DEADLINE_RUNNING_STATUSES } from "@/lib/workflow/proposal-status";
import { WORKFLOW } from "@/lib/workflow/proposal-workflow";

/** Urges to the same agency (or proposal) within this many days count towards escalation. */
export const ESCALATION_WINDOW_DAYS = 30;
/** An agency-wide urge touches at most this many proposals (the most overdue first). */
const MAX_PROPOSALS = 500;
const URGE_LOCK = 72_707_370;

export type UrgeInput = { agencyId: number; proposalId?: number | null; message: string };
export type UrgeResult = { urgeId: number; level: number; proposals: number };

/** The agency's late work: overdue or due within 3 working days, or the one proposal named. */
async function lateWork(input: UrgeInput, soonThreshold: Date): Promise<Prisma.ProposalWhereInput> {
  if (input.proposalId)
    return { id: input.proposalId, leadAgencyId: input.agencyId, status: { in: [...WORKFLOW.urge.from] } };
  return {
    leadAgencyId: input.agencyId,
    status: { in: [...DEADLINE_RUNNING_STATUSES] },
    answerDueOn: { lte: soonThreshold },
  };
}

export async function urgeAgency(
  actor: Actor,
  input: UrgeInput,
  now: Date = new Date(),
): Promise<UrgeResult> {
  if (!can(actor.role, "agency.urge")) throw forbidden();
  const agency = await db().agency.findFirst({
    where: { id: input.agencyId, validTo: null },
    select: { id: true, shortName: true },
  });
  if (!agency) throw notFound();
  const { today, soonThreshold } = await deadlineWindow(now);
  const where = await lateWork(input, soonThreshold);
  const since = new Date(now.getTime() - ESCALATION_WINDOW_DAYS * 86_400_000);
  return db().$transaction(
    async (tx) => {
      // Two coordinators urging the same agency at once must not both get level 1.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${URGE_LOCK}::int, ${agency.id}::int)`;
      const proposals = await tx.proposal.findMany({
        where,
        select: { id: true, version: true, code: true, answerDueOn: true },
        orderBy: [{ answerDueOn: "asc" }, { id: "asc" }],
        take: MAX_PROPOSALS,
      });
      if (proposals.length === 0) throw new ExpectedError("invalid", "monitoring.errors.nothingToUrge");
      const earlier = await tx.urge.count({
        where: {
          agencyId: agency.id,
          createdAt: { gte: since, lte: now },
          ...(input.proposalId ? { OR: [{ proposalId: input.proposalId }, { proposalId: null }] } : {}),
        },
      });
      const level = earlier + 1;
      const urge = await tx.urge.create({
        data: {
          agencyId: agency.id,
          proposalId: input.proposalId ?? null,
          message: input.message,
          level,
          urgedById: actor.id,
          createdAt: now,
        },
        select: { id: true },
      });
      for (const proposal of proposals) {
        await runTransition({
          actor,
          proposalId: proposal.id,
          expectedVersion: proposal.version,
          action: "urge",
          note: input.message,
          eventData: { urgeId: urge.id, level, agencyId: agency.id },
          tx,
        });
      }
      const single = proposals.length === 1 && input.proposalId ? proposals[0]! : null;
      const anyOverdue = proposals.some(
        (p) => p.answerDueOn !== null && p.answerDueOn.getTime() < today.getTime(),
      );
      const link = single
        ? proposalLink(single.code, single.id)
        : `/proposals?deadline=${anyOverdue ? "overdue" : "due-soon"}`;
      const params = {
        agency: agency.shortName,
        count: proposals.length,
        level,
        code: single?.code ?? "",
        message: input.message.length > 300 ? `${input.message.slice(0, 299)}…` : input.message,
      };
      const kind = single ? "urged_proposal" : "urged";
      const proposalId = single?.id;
      if (level >= 2) {
        // Escalation: the head is addressed specifically; the officers still hear of the urge.
        await notify(
          tx,
          { agencyId: agency.id, roles: ["AGENCY_OFFICER"] },
          { kind, link, params, proposalId, actorId: actor.id },
        );
        await notify(
          tx,
          { agencyId: agency.id, roles: ["AGENCY_HEAD"] },
          { kind: "urge_escalated", link, params, proposalId, actorId: actor.id },
        );
      } else {
        await notify(
          tx,
          { agencyId: agency.id, roles: ["AGENCY_OFFICER", "AGENCY_HEAD"] },
          { kind, link, params, proposalId, actorId: actor.id },
        );
      }
      return { urgeId: urge.id, level, proposals: proposals.length };
    },
    { timeout: 60_000, maxWait: 15_000 },
  );
}

/** Urges and escalations (level 2+) in the last 30 days: the Standing Committee's figure. */
export async function countRecentUrges(
  actor: Actor,
  now: Date = new Date(),
): Promise<{ urges: number; escalations: number }> {
  if (!can(actor.role, "dashboard.view") && !can(actor.role, "agency.urge")) throw forbidden();
  const since = new Date(now.getTime() - ESCALATION_WINDOW_DAYS * 86_400_000);
  const [urges, escalations] = await Promise.all([
    db().urge.count({ where: { createdAt: { gte: since, lte: now } } }),
    db().urge.count({ where: { createdAt: { gte: since, lte: now }, level: { gte: 2 } } }),
  ]);
  return { urges, escalations };
}
