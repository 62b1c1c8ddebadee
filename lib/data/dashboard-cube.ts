// The dashboard from its summary tables (DashboardCube, DashboardDays), which triggers on "Proposal" keep current
// in the same transaction as every change (migration 20261128074513_dashboard_cube). A few thousand summary rows
// stand for a million proposals; only the overdue count (it depends on today) and, with a locality filter, the
// medians are read from the proposals, through indexes. Why: docs/decisions/006-dashboard-summary-tables.md.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DashboardFilters } from "@/lib/schemas/dashboard";
import { ROLLUP_CTE } from "@/lib/data/dashboard-units";
import {
  DIM_CASE,
  KEY_CASE,
  RUNNING,
  SETS,
  TZ,
  filterConditions,
  queryRawMedians,
  type Dimension,
  type FigureRow,
} from "@/lib/data/dashboard-sql";

const MONTH_START = /^\d{4}-\d{2}-01$/;

function isMonthEnd(iso: string): boolean {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

/** The summaries count by month of submission: they answer a period only when it is made of whole months. */
export function cubeServes(filters: DashboardFilters): boolean {
  return (!filters.from || MONTH_START.test(filters.from)) && (!filters.to || isMonthEnd(filters.to));
}

/** WHERE over a summary table (alias c); unitColumns says whether the table has the locality columns. */
function cubeConditions(filters: DashboardFilters, unitColumns: boolean): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.session) conditions.push(Prisma.sql`c."sessionId" = ${filters.session}`);
  if (filters.field) conditions.push(Prisma.sql`c."fieldId" = ${filters.field}`);
  if (filters.agency) conditions.push(Prisma.sql`c."agencyId" = ${filters.agency}`);
  if (filters.unit && unitColumns)
    conditions.push(Prisma.sql`(c."unitId" = ${filters.unit} OR c."districtId" = ${filters.unit})`);
  if (filters.from || filters.to) conditions.push(Prisma.sql`c."submitMonth" <> ''`);
  if (filters.from) conditions.push(Prisma.sql`c."submitMonth" >= ${filters.from.slice(0, 7)}`);
  if (filters.to) conditions.push(Prisma.sql`c."submitMonth" <= ${filters.to.slice(0, 7)}`);
  return Prisma.join(conditions, " AND ");
}

type Counts = Omit<FigureRow, "medianDays">;

export async function queryCubeFigures(filters: DashboardFilters, todayIso: string): Promise<FigureRow[]> {
  const [counts, overdue, medians] = await Promise.all([
    queryCubeCounts(filters),
    queryOverdue(filters, todayIso),
    filters.unit ? queryRawMedians(filters) : queryCubeMedians(filters),
  ]);
  const key = (row: { dim: Dimension; key: string | null }) => `${row.dim}:${row.key}`;
  const overdueBy = new Map(overdue.map((row) => [key(row), row.overdue]));
  const medianBy = new Map(medians.map((row) => [key(row), row.medianDays]));
  return counts.map((row) => ({
    ...row,
    overdue: overdueBy.get(key(row)) ?? 0,
    medianDays: medianBy.get(key(row)) ?? null,
  }));
}

async function queryCubeCounts(filters: DashboardFilters): Promise<Counts[]> {
  return db().$queryRaw<Counts[]>`
    WITH base AS (
      SELECT c."sessionId" AS session_id, NULLIF(c."fieldId", 0) AS field_id, NULLIF(c."agencyId", 0) AS agency_id,
        c."unitId" AS unit_id, NULLIF(c."districtId", 0) AS district_id,
        NULLIF(c."submitMonth", '') AS submit_month, NULLIF(c."sentMonth", '') AS sent_month,
        c.total, c.answered, c.open, c.approved, c."onTime", c.rated, c.satisfied, c.partly, c."notSatisfied"
      FROM "DashboardCube" c
      WHERE ${cubeConditions(filters, true)}
    )
    SELECT ${DIM_CASE} AS dim, ${KEY_CASE} AS key,
      COALESCE(SUM(total), 0)::int AS total, COALESCE(SUM(answered), 0)::int AS answered, COALESCE(SUM(open), 0)::int AS open, 0 AS overdue,
      COALESCE(SUM(approved), 0)::int AS approved, COALESCE(SUM("onTime"), 0)::int AS "onTime", COALESCE(SUM(rated), 0)::int AS rated,
      COALESCE(SUM(satisfied), 0)::int AS satisfied, COALESCE(SUM(partly), 0)::int AS partly, COALESCE(SUM("notSatisfied"), 0)::int AS "notSatisfied"
    FROM base
    GROUP BY ${SETS}
    HAVING SUM(total) > 0 OR GROUPING(session_id, field_id, agency_id, unit_id, district_id, submit_month,
      sent_month) = 127`;
}

/** Overdue depends on today, so it is counted from the proposals whose deadline runs (index on status, due). */
async function queryOverdue(filters: DashboardFilters, todayIso: string) {
  return db().$queryRaw<{ dim: Dimension; key: string | null; overdue: number }[]>`
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
    GROUP BY ${SETS}`;
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
    WHERE ${cubeConditions(filters, false)}
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
