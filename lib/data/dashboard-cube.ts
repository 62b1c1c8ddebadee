// The dashboard from its summary tables (DashboardCube, DashboardUnitCube, DashboardDays, DashboardUrges), which
// triggers on "Proposal" and "Urge" keep current in the same transaction as every change (migrations
// …_dashboard_cube, …_dashboard_urges). A few thousand summary rows stand for a million proposals; only the overdue
// count (it depends on today) is read from the proposals, through an index. Why:
// docs/decisions/006-dashboard-summary-tables.md.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DashboardFilters } from "@/lib/schemas/dashboard";
import { ROLLUP_CTE } from "@/lib/data/dashboard-units";
import {
  DIM_CASE,
  GROUP_KEYS,
  KEY_CASE,
  RUNNING,
  SETS,
  TZ,
  filterConditions,
  withAggregateMemory,
  type Dimension,
  type FigureRow,
} from "@/lib/data/dashboard-sql";

/** The days a summary half-month starts on, and the days before the next one starts. */
const HALF_START = /^\d{4}-\d{2}-(01|15)$/;

function endsHalf(iso: string): boolean {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1 || next.getUTCDate() === 15;
}

/**
 * The summaries count by half-month of submission (1st–14th, 15th–end): they answer a period made of whole
 * halves — calendar months, quarters, years, and the reporting periods of Decree 09/2019, 15th to 14th. A
 * locality filter goes to the proposals themselves, through the unit index.
 */
export function cubeServes(filters: DashboardFilters): boolean {
  if (filters.unit) return false;
  return (!filters.from || HALF_START.test(filters.from)) && (!filters.to || endsHalf(filters.to));
}

/** WHERE over a summary table (alias c). */
function cubeConditions(filters: DashboardFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.session) conditions.push(Prisma.sql`c."sessionId" = ${filters.session}`);
  if (filters.field) conditions.push(Prisma.sql`c."fieldId" = ${filters.field}`);
  if (filters.agency) conditions.push(Prisma.sql`c."agencyId" = ${filters.agency}`);
  // A half is in the period when it starts in it: periods start on a half's first day and end on a half's last.
  if (filters.from || filters.to) conditions.push(Prisma.sql`c."submitHalf" <> ''`);
  if (filters.from) conditions.push(Prisma.sql`c."submitHalf" >= ${filters.from}`);
  if (filters.to) conditions.push(Prisma.sql`c."submitHalf" <= ${filters.to}`);
  return Prisma.join(conditions, " AND ");
}

type Counts = Omit<FigureRow, "medianDays">;

const SUMS = Prisma.raw(
  ["total", "answered", "open", "approved", "onTime", "rated", "satisfied", "partly", "notSatisfied"]
    .map((column) => `COALESCE(SUM(c."${column}"), 0)::int AS "${column}"`)
    .join(", "),
);

/** Grouping sets over some of the dashboard's keys, with the dim/key columns the raw query gives. */
function groupingOver(dims: Dimension[]) {
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
const PROGRAM = groupingOver(["total", "session", "field", "agency", "submitMonth", "sentMonth"]);
const LOCALITY = groupingOver(["unit", "district"]);

export async function queryCubeFigures(filters: DashboardFilters, todayIso: string): Promise<FigureRow[]> {
  const [program, locality, overdue, medians] = await Promise.all([
    queryProgramCounts(filters),
    queryLocalityCounts(filters),
    queryOverdue(filters, todayIso),
    queryCubeMedians(filters),
  ]);
  const key = (row: { dim: Dimension; key: string | null }) => `${row.dim}:${row.key}`;
  const overdueBy = new Map(overdue.map((row) => [key(row), row.overdue]));
  const medianBy = new Map(medians.map((row) => [key(row), row.medianDays]));
  return [...program, ...locality].map((row) => ({
    ...row,
    overdue: overdueBy.get(key(row)) ?? 0,
    medianDays: medianBy.get(key(row)) ?? null,
  }));
}

/** Everything but locality, from DashboardCube (a few thousand rows for a million proposals). */
async function queryProgramCounts(filters: DashboardFilters): Promise<Counts[]> {
  return db().$queryRaw<Counts[]>`
    SELECT ${PROGRAM.dim} AS dim, ${PROGRAM.key} AS key, ${SUMS}, 0 AS overdue
    FROM (
      SELECT c.*, c."sessionId" AS session_id, NULLIF(c."fieldId", 0) AS field_id, NULLIF(c."agencyId", 0) AS agency_id,
        NULLIF(LEFT(c."submitHalf", 7), '') AS submit_month, NULLIF(c."sentMonth", '') AS sent_month
      FROM "DashboardCube" c
      WHERE ${cubeConditions(filters)}
    ) c
    GROUP BY ${PROGRAM.sets}
    HAVING SUM(c.total) > 0 OR GROUPING(session_id, field_id, agency_id, submit_month, sent_month) = 31`;
}

/** Per today's unit and per district of the time, from DashboardUnitCube. */
async function queryLocalityCounts(filters: DashboardFilters): Promise<Counts[]> {
  return db().$queryRaw<Counts[]>`
    SELECT ${LOCALITY.dim} AS dim, ${LOCALITY.key} AS key, ${SUMS}, 0 AS overdue
    FROM (
      SELECT c.*, c."unitId" AS unit_id, NULLIF(c."districtId", 0) AS district_id
      FROM "DashboardUnitCube" c
      WHERE ${cubeConditions(filters)}
    ) c
    GROUP BY ${LOCALITY.sets}
    HAVING SUM(c.total) > 0`;
}

/** Overdue depends on today, so it is counted from the proposals whose deadline runs (index on status, due). */
async function queryOverdue(filters: DashboardFilters, todayIso: string) {
  return withAggregateMemory(db().$queryRaw<{ dim: Dimension; key: string | null; overdue: number }[]>`
    WITH ${ROLLUP_CTE},
    base AS (
      SELECT p."sessionId" AS session_id, p."fieldId" AS field_id, p."leadAgencyId" AS agency_id,
        COALESCE(r.current_id, p."unitId") AS unit_id, u."parentId" AS district_id,
        to_char(p."submittedAt" AT TIME ZONE ${TZ}, 'YYYY-MM') AS submit_month, NULL::text AS sent_month
      FROM "Proposal" p
      JOIN "AdministrativeUnit" u ON u.id = p."unitId"
      LEFT JOIN rollup r ON r.old_id = p."unitId"
      WHERE ${filterConditions(filters)} AND p.status IN (${RUNNING}) AND p."answerDueOn" < ${todayIso}::date
    )
    SELECT ${DIM_CASE} AS dim, ${KEY_CASE} AS key, COUNT(*)::int AS overdue
    FROM base
    GROUP BY ${SETS}`);
}

/** Urges received per agency about the proposals of the selection, from DashboardUrges (queryUrges' twin). */
export async function queryCubeUrges(filters: DashboardFilters): Promise<{ agencyId: number; urges: number }[]> {
  return db().$queryRaw<{ agencyId: number; urges: number }[]>`
    SELECT c."urgedAgencyId" AS "agencyId", SUM(c.count)::int AS urges
    FROM "DashboardUrges" c
    WHERE ${cubeConditions(filters)}
    GROUP BY 1
    HAVING SUM(c.count) > 0`;
}

/** PERCENTILE_CONT(0.5) of a histogram: the mean of the two middle values (the middle one when the count is odd). */
export function histogramMedian(bins: { days: number; count: number }[]): number | null {
  const sorted = bins.filter((bin) => bin.count > 0).sort((a, b) => a.days - b.days);
  const n = sorted.reduce((sum, bin) => sum + bin.count, 0);
  if (n === 0) return null;
  const valueAt = (index: number) => {
    let seen = 0;
    for (const bin of sorted) {
      seen += bin.count;
      if (index < seen) return bin.days;
    }
    return sorted[sorted.length - 1]!.days;
  };
  return (valueAt(Math.floor((n - 1) / 2)) + valueAt(Math.ceil((n - 1) / 2))) / 2;
}

async function queryCubeMedians(
  filters: DashboardFilters,
): Promise<{ dim: Dimension; key: string | null; medianDays: number | null }[]> {
  const rows = await db().$queryRaw<{ agency: number | null; days: number; count: number }[]>`
    SELECT NULLIF(c."agencyId", 0) AS agency, c.days, SUM(c.count)::int AS count
    FROM "DashboardDays" c
    WHERE ${cubeConditions(filters)}
    GROUP BY 1, 2
    HAVING SUM(c.count) > 0`;
  const total: { days: number; count: number }[] = [];
  const byAgency = new Map<number | null, { days: number; count: number }[]>();
  for (const row of rows) {
    total.push(row);
    const bins = byAgency.get(row.agency) ?? [];
    bins.push(row);
    byAgency.set(row.agency, bins);
  }
  return [
    { dim: "total", key: null, medianDays: histogramMedian(total) },
    ...[...byAgency].map(([agency, bins]) => ({
      dim: "agency" as const,
      key: agency === null ? null : String(agency),
      medianDays: histogramMedian(bins),
    })),
  ];
}
