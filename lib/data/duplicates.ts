// Duplicate proposals: similar requests of one session suggested to the coordinator, merged into one group that is
// answered once for all (the members go to MERGED), and the group as each caller may see it.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { proposalScope } from "@/lib/data/proposal-scope";
import { forTransition, runTransition, type Tx } from "@/lib/data/proposal-transition";
import { notify, proposalLink } from "@/lib/data/notify";
import { INTAKE_STATUSES } from "@/lib/workflow/proposal-status";
import type { MergeDuplicates } from "@/lib/schemas/duplicates";

/**
 * Trigram similarity of the unaccented titles from which a proposal is suggested. On the seeded texts every pair
 * written from the same base text scores 0.53 or more, while different requests stay below 0.53 (a handful of
 * related ones, e.g. two "dôi dư sau sắp xếp" requests, score 0.50–0.53). Suggestions only: the coordinator decides.
 */
export const SUGGESTION_THRESHOLD = 0.5;
export const MAX_SUGGESTIONS = 5;
/** How many of the session's most recent submissions a proposal is compared with for suggestions. */
export const DUPLICATE_CANDIDATES = 2000;

/** States a group's primary may be in: its answer is not yet approved, so it can still speak for the members. */
export const PRIMARY_STATUSES: readonly ProposalStatus[] = [
  "SUBMITTED",
  "RECEIVED",
  "ASSIGNED",
  "IN_PROGRESS",
];

export type DuplicateSuggestion = {
  id: number;
  code: string | null;
  title: string;
  unitName: string;
  status: ProposalStatus;
  /** for the merge form's optimistic concurrency check */
  version: number;
  /** 0–1, trigram similarity of the titles without diacritics */
  score: number;
  /** it heads a group of its own, so it cannot become a member of another */
  headsGroup: boolean;
  /** it could be merged into another proposal now (SUBMITTED or RECEIVED, heading no group) */
  mergeable: boolean;
};

function requireTriage(actor: Actor): void {
  if (!can(actor.role, "proposal.triage")) throw forbidden();
}

/** Up to five proposals of the same session whose titles read like this one's, most similar first. */
export async function suggestDuplicates(actor: Actor, proposalId: number): Promise<DuplicateSuggestion[]> {
  requireTriage(actor);
  const source = await db().proposal.findFirst({
    where: { AND: [proposalScope(actor), { id: proposalId }] },
    select: { id: true, title: true, sessionId: true },
  });
  if (!source) throw notFound();
  // Compared with the session's DUPLICATE_CANDIDATES most recent submissions (a province's whole session in
  // practice). The trigram index cannot narrow titles that all begin "Đề nghị …": at a million proposals it
  // returned nearly every row (1.3 s); comparing a bounded set costs ≈ 15 µs a title.
  const rows = await db().$queryRaw<Omit<DuplicateSuggestion, "mergeable">[]>`
    WITH candidates AS MATERIALIZED (
      SELECT p.id FROM "Proposal" p
       WHERE p."sessionId" = ${source.sessionId}
         AND p.id <> ${source.id}
         AND p.status NOT IN ('DRAFT', 'WITHDRAWN', 'OUT_OF_JURISDICTION', 'MERGED')
         AND p."submittedAt" IS NOT NULL
       ORDER BY p."submittedAt" DESC
       LIMIT ${DUPLICATE_CANDIDATES}
    )
    SELECT p.id, p.code, p.title, u.name AS "unitName", p.status::text AS status, p.version,
           similarity(portal_unaccent(p.title), portal_unaccent(${source.title}))::float8 AS score,
           EXISTS (SELECT 1 FROM "DuplicateGroup" g WHERE g."primaryProposalId" = p.id) AS "headsGroup"
      FROM candidates c
      JOIN "Proposal" p ON p.id = c.id
      JOIN "AdministrativeUnit" u ON u.id = p."unitId"
     WHERE similarity(portal_unaccent(p.title), portal_unaccent(${source.title})) >= ${SUGGESTION_THRESHOLD}
     ORDER BY score DESC, p.id
     LIMIT ${MAX_SUGGESTIONS}`;
  return rows.map((row) => ({ ...row, mergeable: INTAKE_STATUSES.includes(row.status) && !row.headsGroup }));
}

// Concurrent merges touching the same proposals wait for each other here, always in id order, so they cannot
// deadlock; the one that comes second then finds new versions and stops with a conflict.
async function lockProposals(tx: Tx, ids: number[]): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Proposal" WHERE id IN (${Prisma.join(ids)}) ORDER BY id FOR UPDATE`;
}

export type MergeResult = {
  groupId: number;
  primary: { id: number; code: string | null; version: number };
  members: { id: number; code: string | null; version: number }[];
};

/**
 * Merges members (SUBMITTED or RECEIVED) into a primary of the same session that is not yet answered, in one
 * transaction: any stale or unmergeable member and nothing changes. Reuses the group the primary already heads.
 */
export async function mergeDuplicates(actor: Actor, input: MergeDuplicates): Promise<MergeResult> {
  requireTriage(actor);
  const members = [...input.members].sort((a, b) => a.id - b.id);
  const memberIds = members.map((member) => member.id);
  if (
    memberIds.length === 0 ||
    new Set(memberIds).size !== memberIds.length ||
    memberIds.includes(input.primaryId)
  ) {
    throw new ExpectedError("invalid", "duplicates.validation.invalidSelection");
  }
  return db().$transaction(async (tx) => {
    await lockProposals(tx, [input.primaryId, ...memberIds]);
    const primary = await tx.proposal.findFirst({
      where: { AND: [proposalScope(actor), { id: input.primaryId }] },
      select: { ...forTransition, duplicateGroupId: true },
    });
    if (!primary) throw notFound();
    if (primary.version !== input.primaryVersion) throw new ExpectedError("conflict");
    const headed = await tx.duplicateGroup.findUnique({
      where: { primaryProposalId: primary.id },
      select: { id: true },
    });
    // A merged proposal is a member of another group; its status already says so, the group id makes sure.
    const isMember = primary.duplicateGroupId !== null && primary.duplicateGroupId !== headed?.id;
    if (!PRIMARY_STATUSES.includes(primary.status) || isMember) {
      throw new ExpectedError("conflict", "duplicates.errors.primaryNotOpen");
    }
    const group =
      headed ??
      (await tx.duplicateGroup.create({
        data: { sessionId: primary.sessionId, primaryProposalId: primary.id, createdById: actor.id },
        select: { id: true },
      }));
    const primaryMoved = await tx.proposal.updateMany({
      where: { id: primary.id, version: input.primaryVersion },
      data: { duplicateGroupId: group.id, version: { increment: 1 } },
    });
    if (primaryMoved.count !== 1) throw new ExpectedError("conflict");

    const merged: MergeResult["members"] = [];
    for (const member of members) {
      const { proposal: moved } = await runTransition({
        tx,
        actor,
        proposalId: member.id,
        expectedVersion: member.version,
        action: "merge",
        note: `${primary.code ?? ""} — ${primary.title}`,
        eventData: { groupId: group.id, primaryId: primary.id, primaryCode: primary.code },
        patch: async ({ proposal }) => {
          if (proposal.sessionId !== primary.sessionId) {
            throw new ExpectedError("invalid", "duplicates.errors.otherSession");
          }
          const heads = await tx.duplicateGroup.count({ where: { primaryProposalId: proposal.id } });
          if (heads > 0) throw new ExpectedError("conflict", "duplicates.errors.memberHeadsGroup");
          return { duplicateGroupId: group.id };
        },
      });
      await notify(
        tx,
        { unitId: moved.unitId },
        {
          kind: "proposal_merged",
          proposalId: moved.id,
          link: proposalLink(moved.code, moved.id),
          params: { code: moved.code ?? "", title: moved.title, primaryCode: primary.code ?? "" },
          actorId: actor.id,
        },
      );
      merged.push({ id: moved.id, code: moved.code, version: member.version + 1 });
    }
    // The primary keeps its status; its timeline still records which proposals joined it, by whom and when.
    await tx.statusEvent.create({
      data: {
        proposalId: primary.id,
        actorId: actor.id,
        action: "merge",
        fromStatus: primary.status,
        toStatus: primary.status,
        // No note: the primary's commune must not read other communes' codes on its timeline.
        data: {
          groupId: group.id,
          memberIds: merged.map((member) => member.id),
          memberCodes: merged.map((member) => member.code),
        },
      },
    });
    return {
      groupId: group.id,
      primary: { id: primary.id, code: primary.code, version: input.primaryVersion + 1 },
      members: merged,
    };
  });
}

export type SentAnswer = {
  content: string;
  documentNumber: string | null;
  documentDate: Date | null;
  signerName: string | null;
  signerTitle: string | null;
  agency: { name: string; nameEn: string };
};

export type DuplicateGroupView = {
  groupId: number;
  /** the proposal asked about heads the group */
  isPrimary: boolean;
  primary: {
    id: number;
    code: string | null;
    title: string;
    /** null when the caller may not read the primary itself (a member's commune): they see code and title only */
    status: ProposalStatus | null;
    unitName: string | null;
    /** the reply was sent; it answers every member */
    answered: boolean;
    answer: SentAnswer | null;
  };
  /** the other members the caller may see */
  members: { id: number; code: string | null; unitName: string; status: ProposalStatus }[];
};

/**
 * The group of a proposal, or null. Members are listed within the caller's scope, except that an agency that
 * works on the primary sees every member, since its one answer is for all of them. A member's commune sees the
 * primary's code and title, and the reply once it has been sent.
 */
export async function getGroupForProposal(
  actor: Actor,
  proposalId: number,
): Promise<DuplicateGroupView | null> {
  const proposal = await db().proposal.findFirst({
    where: { AND: [proposalScope(actor), { id: proposalId }] },
    select: { duplicateGroupId: true },
  });
  if (!proposal) throw notFound();
  if (proposal.duplicateGroupId === null) return null;
  const groupId = proposal.duplicateGroupId;
  const [group, rows, visible] = await Promise.all([
    db().duplicateGroup.findUniqueOrThrow({ where: { id: groupId }, select: { primaryProposalId: true } }),
    db().proposal.findMany({
      where: { duplicateGroupId: groupId },
      select: {
        id: true,
        code: true,
        title: true,
        status: true,
        sentAt: true,
        unit: { select: { name: true } },
      },
      orderBy: { id: "asc" },
    }),
    db().proposal.findMany({
      where: { AND: [proposalScope(actor), { duplicateGroupId: groupId }] },
      select: { id: true },
    }),
  ]);
  const visibleIds = new Set(visible.map((row) => row.id));
  const primary =
    rows.find((row) => row.id === group.primaryProposalId) ??
    (await db().proposal.findUniqueOrThrow({
      where: { id: group.primaryProposalId },
      select: {
        id: true,
        code: true,
        title: true,
        status: true,
        sentAt: true,
        unit: { select: { name: true } },
      },
    }));
  const seesPrimary = visibleIds.has(primary.id);
  const seesAllMembers = seesPrimary && !can(actor.role, "proposal.read.own-unit");
  const answer =
    primary.sentAt === null
      ? null
      : await db().answer.findFirst({
          where: { proposalId: primary.id, state: "APPROVED" },
          orderBy: { versionNo: "desc" },
          select: {
            content: true,
            documentNumber: true,
            documentDate: true,
            signerName: true,
            signerTitle: true,
            agency: { select: { name: true, nameEn: true } },
          },
        });
  return {
    groupId,
    isPrimary: primary.id === proposalId,
    primary: {
      id: primary.id,
      code: primary.code,
      title: primary.title,
      status: seesPrimary ? primary.status : null,
      unitName: seesPrimary ? primary.unit.name : null,
      answered: primary.sentAt !== null,
      answer,
    },
    members: rows
      .filter((row) => row.id !== primary.id && (seesAllMembers || visibleIds.has(row.id)))
      .map((row) => ({ id: row.id, code: row.code, unitName: row.unit.name, status: row.status })),
  };
}
