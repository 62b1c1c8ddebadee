// The dashboard's aggregates in SQL: one scan of the filtered proposals, every breakdown as a grouping set.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { ANSWERED_STATUSES, DEADLINE_RUNNING_STATUSES } from "@/lib/workflow/proposal-status";
import { periodBounds, type DashboardFilters } from "@/lib/schemas/dashboard";
import { ROLLUP_CTE, unitCondition } from "@/lib/data/dashboard-units";

export const DIMENSIONS = [
  "total",
  "session",
  "field",
  "agency",
  "unit",
  "district",
  "submitMonth",
  "sentMonth",
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type FigureRow = {
  dim: Dimension;
  key: string | null;
  total: number;
  answered: number;
  open: number;
  overdue: number;
  approved: number;
  onTime: number;
  medianDays: number | null;
  rated: number;
  satisfied: number;
  partly: number;
  notSatisfied: number;
};

export const TZ = Prisma.raw(`'Asia/Ho_Chi_Minh'`);

/**
 * Runs one aggregate over tens of thousands of proposals with 32 MB for its hashes and sorts instead of the
 * server's default 4 MB, which spills the grouping sets to disk (the overdue breakdown at a million proposals:
 * 160 ms with 4 MB, 55 ms with 32 MB). SET LOCAL ends with the transaction; it works on the embedded database too.
 */
export async function withAggregateMemory<T>(query: Prisma.PrismaPromise<T>): Promise<T> {
  const [, result] = await db().$transaction([db().$executeRaw`SET LOCAL work_mem = '32MB'`, query]);
  return result;
}

/** A constant list of states as SQL literals (they come from code, never from a request). */
function statusList(statuses: readonly ProposalStatus[]): Prisma.Sql {
  if (!statuses.every((status) => /^[A-Z_]+$/.test(status))) throw new Error("unexpected status name");
  return Prisma.raw(statuses.map((status) => `'${status}'`).join(", "));
}
export const ANSWERED = statusList(ANSWERED_STATUSES);
export const RUNNING = statusList(DEADLINE_RUNNING_STATUSES);

/** The WHERE of every dashboard query over proposals p (unit u, rollup r): submitted ones matching the filters. */
export function filterConditions(filters: DashboardFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`p.status <> 'DRAFT'`];
  if (filters.session) conditions.push(Prisma.sql`p."sessionId" = ${filters.session}`);
  if (filters.field) conditions.push(Prisma.sql`p."fieldId" = ${filters.field}`);
  if (filters.agency) conditions.push(Prisma.sql`p."leadAgencyId" = ${filters.agency}`);
  if (filters.unit) conditions.push(unitCondition(filters.unit));
  const { gte, lt } = periodBounds(filters.from, filters.to);
  if (gte) conditions.push(Prisma.sql`p."submittedAt" >= ${gte}`);
  if (lt) conditions.push(Prisma.sql`p."submittedAt" < ${lt}`);
  return Prisma.join(conditions, " AND ");
}

export const GROUP_KEYS: [Dimension, string][] = [
  ["session", "session_id"],
  ["field", "field_id"],
  ["agency", "agency_id"],
  ["unit", "unit_id"],
  ["district", "district_id"],
  ["submitMonth", "submit_month"],
  ["sentMonth", "sent_month"],
];
/** Grouping sets over some of the dashboard's keys ("total" is the empty set), with their dim and key columns. */
export function groupingOver(dims: readonly Dimension[]) {
  const keys = GROUP_KEYS.filter(([dim]) => dims.includes(dim));
  const sets = keys.map(([, col]) => `(${col})`);
  if (dims.includes("total")) sets.unshift("()");
  return {
    dim: Prisma.raw(
      `CASE ${keys.map(([dim, col]) => `WHEN GROUPING(${col}) = 0 THEN '${dim}'`).join(" ")} ELSE 'total' END`,
    ),
    key: Prisma.raw(
      `CASE ${keys.map(([, col]) => `WHEN GROUPING(${col}) = 0 THEN ${col}::text`).join(" ")} END`,
    ),
    sets: Prisma.raw(`GROUPING SETS (${sets.join(", ")})`),
  };
}
const EVERY = groupingOver(DIMENSIONS);
export const DIM_CASE = EVERY.dim;
export const KEY_CASE = EVERY.key;
export const SETS = EVERY.sets;

/**
 * Figures for the whole selection and per session, field, lead agency, unit, district and month, computed from
 * the proposals themselves (the summary tables of dashboard-cube.ts answer most filters faster). Counts only, so PostgreSQL can hash every grouping set
 * in one pass; the medians (an ordered-set aggregate, which would force a sort per set) come from queryRawMedians.
 */
export async function queryRawFigures(filters: DashboardFilters, todayIso: string): Promise<FigureRow[]> {
  const [counts, medians] = await Promise.all([queryCounts(filters, todayIso), queryRawMedians(filters)]);
  const median = new Map(medians.map((row) => [`${row.dim}:${row.key}`, row.medianDays]));
  return counts.map((row) => ({ ...row, medianDays: median.get(`${row.dim}:${row.key}`) ?? null }));
}

/** Counts of every breakdown from the proposals (no medians). */
export async function queryCounts(
  filters: DashboardFilters,
  todayIso: string,
  dims: readonly Dimension[] = DIMENSIONS,
): Promise<Omit<FigureRow, "medianDays">[]> {
  const grouping = dims === DIMENSIONS ? EVERY : groupingOver(dims);
  return withAggregateMemory(db().$queryRaw<Omit<FigureRow, "medianDays">[]>`
    WITH ${ROLLUP_CTE},
    base AS (
      SELECT p.status, p.rating, p."answerDueOn" AS due,
        p."sessionId" AS session_id, p."fieldId" AS field_id, p."leadAgencyId" AS agency_id,
        COALESCE(r.current_id, p."unitId") AS unit_id, u."parentId" AS district_id,
        to_char(p."submittedAt" AT TIME ZONE ${TZ}, 'YYYY-MM') AS submit_month,
        CASE WHEN p.status IN (${ANSWERED}) THEN to_char(p."sentAt" AT TIME ZONE ${TZ}, 'YYYY-MM') END AS sent_month,
        (p."approvedAt" AT TIME ZONE ${TZ})::date AS approved_day
      FROM "Proposal" p
      JOIN "AdministrativeUnit" u ON u.id = p."unitId"
      LEFT JOIN rollup r ON r.old_id = p."unitId"
      WHERE ${filterConditions(filters)}
    )
    SELECT ${grouping.dim} AS dim, ${grouping.key} AS key,
      COUNT(*)::int AS total,
      (COUNT(*) FILTER (WHERE status IN (${ANSWERED})))::int AS answered,
      (COUNT(*) FILTER (WHERE status IN (${RUNNING})))::int AS open,
      (COUNT(*) FILTER (WHERE status IN (${RUNNING}) AND due < ${todayIso}::date))::int AS overdue,
      (COUNT(*) FILTER (WHERE due IS NOT NULL AND approved_day IS NOT NULL))::int AS approved,
      (COUNT(*) FILTER (WHERE due IS NOT NULL AND approved_day <= due))::int AS "onTime",
      COUNT(rating)::int AS rated,
      (COUNT(*) FILTER (WHERE rating = 'SATISFIED'))::int AS satisfied,
      (COUNT(*) FILTER (WHERE rating = 'PARTLY_SATISFIED'))::int AS partly,
      (COUNT(*) FILTER (WHERE rating = 'NOT_SATISFIED'))::int AS "notSatisfied"
    FROM base
    GROUP BY ${grouping.sets}`);
}

/**
 * Median working days from assignment to approval, overall and per lead agency (the figures the pages show).
 * The days are Proposal.answerWorkingDays, computed by a trigger when the answer is approved.
 */
export async function queryRawMedians(filters: DashboardFilters) {
  return db().$queryRaw<{ dim: Dimension; key: string | null; medianDays: number | null }[]>`
    WITH ${ROLLUP_CTE}
    SELECT CASE WHEN GROUPING(p."leadAgencyId") = 0 THEN 'agency' ELSE 'total' END AS dim,
      p."leadAgencyId"::text AS key,
      (PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY p."answerWorkingDays"))::float8 AS "medianDays"
    FROM "Proposal" p
    JOIN "AdministrativeUnit" u ON u.id = p."unitId"
    LEFT JOIN rollup r ON r.old_id = p."unitId"
    WHERE ${filterConditions(filters)} AND p."answerWorkingDays" IS NOT NULL
    GROUP BY GROUPING SETS ((), (p."leadAgencyId"))`;
}

export type DayBin = { agency: number | null; days: number; count: number };

/** How many approved proposals of the selection took each number of working days, per lead agency. */
export async function queryRawDayBins(filters: DashboardFilters): Promise<DayBin[]> {
  return db().$queryRaw<DayBin[]>`
    WITH ${ROLLUP_CTE}
    SELECT p."leadAgencyId" AS agency, p."answerWorkingDays" AS days, COUNT(*)::int AS count
    FROM "Proposal" p
    JOIN "AdministrativeUnit" u ON u.id = p."unitId"
    LEFT JOIN rollup r ON r.old_id = p."unitId"
    WHERE ${filterConditions(filters)} AND p."answerWorkingDays" IS NOT NULL
    GROUP BY 1, 2`;
}

/**
 * Urges (đôn đốc) received per agency about the proposals in the selection, from the proposals themselves: for a
 * period shorter than a half-month, the days either side of whole halves, and as the reference the summaries are
 * tested against (queryCubeUrges answers the rest from DashboardUrges).
 */
export async function queryUrges(filters: DashboardFilters): Promise<{ agencyId: number; urges: number }[]> {
  return db().$queryRaw<{ agencyId: number; urges: number }[]>`
    WITH ${ROLLUP_CTE}
    SELECT g."agencyId" AS "agencyId", COUNT(*)::int AS urges
    FROM "Urge" g
    JOIN "Proposal" p ON p.id = g."proposalId"
    JOIN "AdministrativeUnit" u ON u.id = p."unitId"
    LEFT JOIN rollup r ON r.old_id = p."unitId"
    WHERE ${filterConditions(filters)}
    GROUP BY g."agencyId"`;
}
