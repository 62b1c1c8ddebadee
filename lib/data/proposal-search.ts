// Searching the words of proposals at a million rows: the most recent matches within the caller's scope and
// filters, found without reading every match. Why this shape: docs/decisions/022-search-most-recent-matches.md.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { proposalScopeSql } from "@/lib/data/proposal-scope";
import { deadlineWindow } from "@/lib/data/calendar";
import { periodBounds } from "@/lib/schemas/dashboard";
import type { ProposalFilters } from "@/lib/schemas/proposal-filters";
import { ANSWERED_STATUSES, DEADLINE_RUNNING_STATUSES } from "@/lib/workflow/proposal-status";

/** A search lists at most this many matches, the most recently changed first (five pages). */
export const SEARCH_CAP = 100;

/**
 * How many of the most recently changed proposals (in scope, after the filters) are read first. A phrase that
 * is common enough to fill SEARCH_CAP among them is served from them alone; a rarer one goes to the index.
 */
export const SEARCH_WINDOW = 5000;

/**
 * With this many matches among the first SEARCH_WINDOW (0.4 %), reading further back by date is cheaper than
 * rechecking every candidate the index gives (≈ 5 µs a row read by date against ≈ 15 µs a candidate).
 */
const DENSE_MATCHES = 20;
/** The furthest back that second read goes (≈ 0.5 s); past it, the index. */
const WALK_LIMIT = 100_000;

const text = (values: readonly string[]) => Prisma.join(values.map((value) => Prisma.sql`${value}`));

/**
 * The list's filters (all but the search text) as a SQL condition on "Proposal" p: the same rules as
 * filterWhere in proposals.ts, which the list applies again to what this selects (tested to agree).
 */
export async function filterSql(filters: Partial<ProposalFilters>): Promise<Prisma.Sql> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.status) conditions.push(Prisma.sql`p.status::text = ${filters.status}`);
  if (filters.session) conditions.push(Prisma.sql`p."sessionId" = ${filters.session}`);
  if (filters.field) conditions.push(Prisma.sql`p."fieldId" = ${filters.field}`);
  if (filters.agency) conditions.push(Prisma.sql`p."leadAgencyId" = ${filters.agency}`);
  if (filters.unit)
    // unitFilterWhere: the unit, the old units rolling up into it, and the communes directly under it.
    conditions.push(Prisma.sql`(p."unitId" = ${filters.unit}
      OR p."unitId" IN (SELECT m."oldUnitId" FROM "UnitMapping" m GROUP BY m."oldUnitId"
                        HAVING MIN(m."newUnitId") = ${filters.unit})
      OR p."unitId" IN (SELECT u.id FROM "AdministrativeUnit" u WHERE u."parentId" = ${filters.unit}))`);
  if (filters.from || filters.to) {
    const { gte, lt } = periodBounds(filters.from, filters.to);
    if (gte) conditions.push(Prisma.sql`p."submittedAt" >= ${gte}`);
    if (lt) conditions.push(Prisma.sql`p."submittedAt" < ${lt}`);
  }
  if (filters.answered) conditions.push(Prisma.sql`p.status::text IN (${text(ANSWERED_STATUSES)})`);
  if (filters.rating) conditions.push(Prisma.sql`p.rating::text = ${filters.rating}`);
  if (filters.deadline) {
    const { today, soonThreshold } = await deadlineWindow();
    if (filters.deadline === "receipt-overdue")
      conditions.push(Prisma.sql`p.status::text = 'SUBMITTED' AND p."receiptDueOn" < ${today}`);
    else {
      conditions.push(Prisma.sql`p.status::text IN (${text(DEADLINE_RUNNING_STATUSES)})`);
      conditions.push(
        filters.deadline === "overdue"
          ? Prisma.sql`p."answerDueOn" < ${today}`
          : Prisma.sql`p."answerDueOn" >= ${today} AND p."answerDueOn" <= ${soonThreshold}`,
      );
    }
  }
  return Prisma.join(conditions, " AND ");
}

/**
 * Ids of the most recently changed proposals (at most SEARCH_CAP) in the caller's scope and filters whose title
 * or text holds the words typed, in that order, ignoring case and Vietnamese diacritics ("duong lien xa" finds
 * "đường liên xã"); `capped` when there are more.
 *
 * A phrase check costs a few microseconds a row and the full-text index cannot check word order, so neither
 * "read every match and sort" nor "walk by date until enough match" is fast for every phrase. Both are used,
 * each where it is bounded: first the SEARCH_WINDOW most recent proposals are read in date order (common
 * phrases fill the cap there); a phrase that matched often there but not enough is read further back; otherwise
 * the index on Proposal.searchVector finds every match (then there are few, or they are old) and only those are
 * sorted.
 */
export async function searchMatches(
  actor: Actor,
  filters: Partial<ProposalFilters>,
  words: string,
): Promise<{ ids: number[]; capped: boolean }> {
  const where = Prisma.sql`${proposalScopeSql(actor)} AND ${await filterSql(filters)}`;
  const query = Prisma.sql`phraseto_tsquery('simple', portal_unaccent(${words}))`;
  // The `window` most recent proposals in scope and filters, newest first, keeping the first SEARCH_CAP + 1
  // that match: the date index is read lazily, so this stops as soon as enough have matched.
  const recent = async (window: number) => {
    const rows = await db().$queryRaw<{ id: number }[]>`
      SELECT r.id FROM (
        SELECT p.id, p."updatedAt", p."searchVector" FROM "Proposal" p
        WHERE ${where}
        ORDER BY p."updatedAt" DESC, p.id DESC
        LIMIT ${window}
      ) r
      WHERE r."searchVector" @@ ${query}
      ORDER BY r."updatedAt" DESC, r.id DESC
      LIMIT ${SEARCH_CAP + 1}`;
    return rows.map((row) => row.id);
  };
  const first = await recent(SEARCH_WINDOW);
  if (first.length > SEARCH_CAP) return { ids: first.slice(0, SEARCH_CAP), capped: true };
  if (first.length >= DENSE_MATCHES) {
    // Common, but the newest proposals are about other things: read further back, as far as the density seen
    // so far says is needed (twice over), within a bound.
    const window = Math.min(WALK_LIMIT, Math.ceil(((SEARCH_CAP + 1) * SEARCH_WINDOW * 2) / first.length));
    const further = await recent(window);
    if (further.length > SEARCH_CAP) return { ids: further.slice(0, SEARCH_CAP), capped: true };
  }
  // The pairs of neighbouring words typed ("hoc_duong"), if more than one word: their index gives only the rows
  // holding every pair, on which the phrase is then checked (migration …_proposal_search_pairs).
  const [{ pairs }] = await db().$queryRaw<[{ pairs: string | null }]>`
    SELECT portal_search_pairs_query(${words})::text AS pairs`;
  const narrowed = pairs === null ? Prisma.sql`TRUE` : Prisma.sql`p."searchPairs" @@ ${pairs}::tsquery`;
  // MATERIALIZED keeps the ORDER BY … LIMIT out of the match query, so PostgreSQL reads the matches through the
  // full-text indexes instead of walking the date index, which for a rare phrase would read every proposal.
  const all = await db().$queryRaw<{ id: number }[]>`
    WITH matches AS MATERIALIZED (
      SELECT p.id, p."updatedAt" FROM "Proposal" p
      WHERE ${narrowed} AND p."searchVector" @@ ${query} AND ${where}
    )
    SELECT id FROM matches ORDER BY "updatedAt" DESC, id DESC LIMIT ${SEARCH_CAP + 1}`;
  return { ids: all.slice(0, SEARCH_CAP).map((row) => row.id), capped: all.length > SEARCH_CAP };
}
