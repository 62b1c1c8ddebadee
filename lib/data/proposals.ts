// Reading proposals: lists and the detail page, always within the caller's scope.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { proposalScope } from "@/lib/data/proposal-scope";
import { searchMatches } from "@/lib/data/proposal-search";
import { PAGE_SIZE, type DeadlineFilter, type ProposalFilters } from "@/lib/schemas/proposal-filters";
import { deadlineWindow } from "@/lib/data/calendar";
import { notFound } from "@/lib/errors";
import {
  ANSWERED_STATUSES,
  DEADLINE_RUNNING_STATUSES,
  INTERNAL_ACTIONS,
} from "@/lib/workflow/proposal-status";
import { periodBounds } from "@/lib/schemas/dashboard";
import { unitFilterWhere } from "@/lib/data/dashboard-units";
import { availableActions } from "@/lib/workflow/proposal-workflow";
import { relationTo } from "@/lib/data/proposal-transition";
import { isRowId } from "@/lib/row-id";

export type ProposalListItem = {
  id: number;
  code: string | null;
  title: string;
  status: ProposalStatus;
  version: number;
  session: { id: number; code: string };
  unitName: string;
  field: { name: string; nameEn: string } | null;
  leadAgency: string | null;
  answerDueOn: Date | null;
  /** the 10-working-day receipt rule, while the proposal waits at intake */
  receiptDueOn: Date | null;
  submittedAt: Date | null;
  updatedAt: Date;
};

const listSelect = {
  id: true,
  code: true,
  title: true,
  status: true,
  version: true,
  answerDueOn: true,
  receiptDueOn: true,
  submittedAt: true,
  updatedAt: true,
  session: { select: { id: true, code: true } },
  unit: { select: { name: true } },
  field: { select: { name: true, nameEn: true } },
  leadAgency: { select: { shortName: true } },
} satisfies Prisma.ProposalSelect;

type ListRow = Prisma.ProposalGetPayload<{ select: typeof listSelect }>;

function toListItem(row: ListRow): ProposalListItem {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status,
    version: row.version,
    session: row.session,
    unitName: row.unit.name,
    field: row.field,
    leadAgency: row.leadAgency?.shortName ?? null,
    answerDueOn: row.answerDueOn,
    receiptDueOn: row.receiptDueOn,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
  };
}

/** The list counts its matches up to here; beyond, it shows "more than 10,000" and its first 400 pages. */
export const COUNT_CAP = 10_000;

/** A reference code as people type it ("dt-2026-00012", "ĐT-2026-12") in its stored form, or null. */
export function codeOf(text: string): string | null {
  const match = /^(?:đt|dt)-?(\d{4})-?(\d{1,7})$/iu.exec(text.trim());
  if (!match) return null;
  return `ĐT-${match[1]}-${match[2]!.padStart(5, "0")}`;
}

/** The derived deadline states as conditions (the same rules as the badges and the monitoring board). */
async function deadlineWhere(deadline: DeadlineFilter): Promise<Prisma.ProposalWhereInput> {
  const { today, soonThreshold } = await deadlineWindow();
  if (deadline === "receipt-overdue") return { status: "SUBMITTED", receiptDueOn: { lt: today } };
  const running = { status: { in: [...DEADLINE_RUNNING_STATUSES] } };
  if (deadline === "overdue") return { ...running, answerDueOn: { lt: today } };
  return { ...running, answerDueOn: { gte: today, lte: soonThreshold } };
}

export async function filterWhere(filters: Partial<ProposalFilters>): Promise<Prisma.ProposalWhereInput> {
  const where: Prisma.ProposalWhereInput[] = [];
  if (filters.status) where.push({ status: filters.status });
  if (filters.session) where.push({ sessionId: filters.session });
  // Drill-down from the dashboard (lib/data/dashboard.ts counts with the same rules).
  if (filters.field) where.push({ fieldId: filters.field });
  if (filters.agency) where.push({ leadAgencyId: filters.agency });
  if (filters.unit) where.push(await unitFilterWhere(filters.unit));
  if (filters.from || filters.to) where.push({ submittedAt: periodBounds(filters.from, filters.to) });
  if (filters.answered) where.push({ status: { in: [...ANSWERED_STATUSES] } });
  if (filters.rating) where.push({ rating: filters.rating });
  if (filters.deadline) where.push(await deadlineWhere(filters.deadline));
  return { AND: where };
}

/** The search text as a condition: a reference code, or the words (see proposal-search.ts). */
async function searchWhere(
  actor: Actor,
  filters: Partial<ProposalFilters>,
): Promise<{ where: Prisma.ProposalWhereInput; capped: boolean }> {
  if (!filters.q) return { where: {}, capped: false };
  const code = codeOf(filters.q);
  if (code) return { where: { code }, capped: false };
  const { ids, capped } = await searchMatches(actor, filters, filters.q);
  // A code exactly as stored (any format) is found too, through the unique index.
  return { where: { OR: [{ code: filters.q.trim() }, { id: { in: ids } }] }, capped };
}

export async function listProposals(
  actor: Actor,
  filters: Partial<ProposalFilters>,
  extra: Prisma.ProposalWhereInput = {},
): Promise<{ items: ProposalListItem[]; total: number; capped: boolean; page: number; pages: number }> {
  const search = await searchWhere(actor, filters);
  const where: Prisma.ProposalWhereInput = {
    AND: [proposalScope(actor), await filterWhere(filters), search.where, extra],
  };
  const page = filters.page ?? 1;
  const [counted, rows] = await Promise.all([
    // Counting a million rows on every page view costs more than the page: past the cap the list says "more than".
    db().proposal.count({ where, take: COUNT_CAP + 1 }),
    db().proposal.findMany({
      where,
      select: listSelect,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  const total = Math.min(counted, COUNT_CAP);
  return {
    items: rows.map(toListItem),
    total,
    capped: counted > COUNT_CAP || search.capped,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** Counts per status within the caller's scope (and an optional extra condition). */
export async function countProposalsByStatus(
  actor: Actor,
  extra: Prisma.ProposalWhereInput = {},
): Promise<Partial<Record<ProposalStatus, number>>> {
  const groups = await db().proposal.groupBy({
    by: ["status"],
    where: { AND: [proposalScope(actor), extra] },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
}

export async function listSessionsForFilter(
  actor: Actor,
): Promise<{ id: number; code: string; title: string }[]> {
  void actor; // every signed-in role may know which sessions exist
  return db().dialogueSession.findMany({
    select: { id: true, code: true, title: true },
    orderBy: { startsOn: "desc" },
  });
}

export type ProposalDetail = Awaited<ReturnType<typeof loadDetail>>;

async function loadDetail(where: Prisma.ProposalWhereInput, actor: Actor) {
  const seesInternals = actor.role !== "COMMUNE_LEADER";
  return db().proposal.findFirst({
    where,
    select: {
      id: true,
      code: true,
      title: true,
      content: true,
      status: true,
      version: true,
      raisedAtMeeting: true,
      returnReason: true,
      outOfJurisdictionNote: true,
      answerDueOn: true,
      receiptDueOn: true,
      submittedAt: true,
      createdAt: true,
      leadAgencyId: true,
      unitId: true,
      fieldId: true,
      updatedAt: true,
      rating: true,
      ratingComment: true,
      implementationOutcome: true,
      implementationPercent: true,
      session: { select: { id: true, code: true, title: true } },
      unit: { select: { name: true, parent: { select: { name: true } } } },
      author: { select: { name: true, position: true } },
      field: { select: { name: true, nameEn: true } },
      assignments: {
        where: { active: true },
        select: {
          role: true,
          agencyId: true,
          dueOn: true,
          agency: { select: { name: true, nameEn: true, shortName: true } },
        },
        orderBy: [{ role: "asc" }, { id: "asc" }],
      },
      // The official reply: approved (agencies and the coordinator) and, for a commune, also sent to it.
      // Drafts are shown to the agencies in their answer workspace, not here.
      answers: {
        where: seesInternals
          ? { state: "APPROVED" }
          : { state: "APPROVED", proposal: { sentAt: { not: null } } },
        orderBy: { versionNo: "desc" },
        take: 1,
        select: {
          versionNo: true,
          state: true,
          content: true,
          documentNumber: true,
          documentDate: true,
          signerName: true,
          signerTitle: true,
          agency: { select: { name: true, nameEn: true } },
        },
      },
      events: {
        where: seesInternals ? {} : { action: { notIn: [...INTERNAL_ACTIONS] } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          action: true,
          fromStatus: true,
          toStatus: true,
          note: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
      implementation: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          percent: true,
          outcome: true,
          note: true,
          createdAt: true,
          agency: { select: { shortName: true } },
        },
      },
    },
  });
}

/** How a proposal is named in URLs: its reference code, or `draft-<id>` before it has one. */
function refWhere(ref: string): Prisma.ProposalWhereInput | null {
  const draft = /^draft-(\d{1,10})$/.exec(ref);
  if (draft) return isRowId(Number(draft[1])) ? { id: Number(draft[1]), status: "DRAFT" } : null;
  // No code is empty, longer than 30 or holds a NUL (which PostgreSQL cannot even compare).
  if (ref.length === 0 || ref.length > 30 || ref.includes("\u0000")) return null;
  return { code: ref.normalize("NFC") };
}

/** One proposal by its reference, or not-found when it does not exist or is outside the caller's scope. */
export async function getProposalByRef(actor: Actor, ref: string) {
  const where = refWhere(ref);
  if (!where) throw notFound();
  const proposal = await loadDetail({ AND: [proposalScope(actor), where] }, actor);
  if (!proposal) throw notFound();
  return proposal;
}

/** "DT-2026 — title" of a session, for forms. */
export async function sessionLabel(actor: Actor, sessionId: number): Promise<string> {
  void actor; // session names are known to every signed-in role
  const session = await db().dialogueSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { code: true, title: true },
  });
  return `${session.code} — ${session.title}`;
}

/** The workflow actions the caller may take on this proposal now (the detail page offers exactly these). */
export async function getAvailableActions(
  actor: Actor,
  proposal: { id: number; unitId: number; leadAgencyId: number | null; status: ProposalStatus },
) {
  const relation = await relationTo(db(), actor, proposal);
  return availableActions(proposal.status, relation);
}

/** The commune's follow-up question and the agency's reply, for everyone who may read the proposal. */
export async function listFollowUps(actor: Actor, proposalId: number) {
  const visible = await db().proposal.count({ where: { AND: [proposalScope(actor), { id: proposalId }] } });
  if (!visible) throw notFound();
  return db().followUp.findMany({
    where: { proposalId },
    orderBy: { askedAt: "asc" },
    select: {
      id: true,
      question: true,
      askedAt: true,
      reply: true,
      answeredAt: true,
      askedBy: { select: { name: true } },
      answeredBy: { select: { name: true } },
    },
  });
}

/** The address of a proposal the caller may read (its code, or draft-<id>). */
export async function proposalPath(actor: Actor, proposalId: number): Promise<string> {
  const found = await db().proposal.findFirst({
    where: { AND: [proposalScope(actor), { id: proposalId }] },
    select: { code: true },
  });
  if (!found) throw notFound();
  return `/proposals/${encodeURIComponent(found.code ?? `draft-${proposalId}`)}`;
}
