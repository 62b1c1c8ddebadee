// The dashboard from its summary tables (DashboardCube, DashboardUnitCube, DashboardDays, DashboardUrges), which
// triggers on "Proposal" and "Urge" keep current in the same transaction as every change (migrations
// …_dashboard_cube, …_dashboard_half_months_urges). A few thousand summary rows stand for a million proposals; only the overdue
// count (it depends on today) is read from the proposals, through an index. Why:
// docs/decisions/006-dashboard-summary-tables.md.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DashboardFilters } from "@/lib/schemas/dashboard";
import { ROLLUP_CTE } from "@/lib/data/dashboard-units";
import { splitPeriod, type PeriodSplit } from "@/lib/data/dashboard-period";
import {
  DIM_CASE,
  KEY_CASE,
  RUNNING,
  SETS,
  TZ,
  filterConditions,
  groupingOver,
  queryCounts,
  queryRawDayBins,
  queryUrges,
  withAggregateMemory,
  type DayBin,
  type Dimension,
  type FigureRow,
} from "@/lib/data/dashboard-sql";

/**
 * The summaries count by half-month of submission (1st–14th, 15th–end): they answer any period that holds a whole
 * half — calendar months, quarters, years and the reporting periods of Decree 09/2019 (15th to 14th) exactly, the
 * days either side of the halves from the proposals (splitPeriod). A period shorter than a half goes to the
 * proposals alone. With a locality filter, the counts come from the unit summary and the rest — answers by month
 * sent and the medians — from the locality's proposals, through the unit index.
 */
export function cubeServes(filters: DashboardFilters): boolean {
  return splitPeriod(filters) !== null;
}

/**
 * WHERE over a summary table (alias c). The locality condition — today's unit, or the district of the time — is
 * only for the tables that have those columns (DashboardUnitCube, DashboardUrges); it is the rule of
 * unitCondition() in dashboard-units.ts, whose unit and parent those columns hold.
 */
function cubeConditions(filters: DashboardFilters, { locality = false } = {}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.session) conditions.push(Prisma.sql`c."sessionId" = ${filters.session}`);
  if (filters.field) conditions.push(Prisma.sql`c."fieldId" = ${filters.field}`);
  if (filters.agency) conditions.push(Prisma.sql`c."agencyId" = ${filters.agency}`);
  if (filters.unit) {
    if (!locality) throw new Error("this summary has no locality");
    conditions.push(Prisma.sql`(c."unitId" = ${filters.unit} OR c."districtId" = ${filters.unit})`);
  }
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

const PROGRAM = groupingOver(["total", "session", "field", "agency", "submitMonth", "sentMonth"]);
const LOCAL_PROGRAM = groupingOver(["total", "session", "field", "agency", "submitMonth"]);
const LOCALITY = groupingOver(["unit", "district"]);

function split(filters: DashboardFilters): PeriodSplit {
  const parts = splitPeriod(filters);
  if (!parts) throw new Error("the summaries cannot answer these filters (see cubeServes)");
  return parts;
}

const COUNTED = [
  "total",
  "answered",
  "open",
  "approved",
  "onTime",
  "rated",
  "satisfied",
  "partly",
  "notSatisfied",
] as const;
const rowKey = (row: { dim: Dimension; key: string | null }) => `${row.dim}:${row.key}`;

/** Adds up the counts of the same breakdown row from the summaries and from the days either side. */
function addCounts(parts: Counts[][]): Counts[] {
  const byKey = new Map<string, Counts>();
  for (const rows of parts)
    for (const row of rows) {
      const sum = byKey.get(rowKey(row));
      if (!sum) byKey.set(rowKey(row), { ...row, overdue: 0 });
      else for (const column of COUNTED) sum[column] += row[column];
    }
  return [...byKey.values()];
}

/** Every figure for filters that cubeServes: the summaries' half-months plus the proposals of the days around. */
export async function queryCubeFigures(filters: DashboardFilters, todayIso: string): Promise<FigureRow[]> {
  const { inner, edges } = split(filters);
  const local = filters.unit !== undefined;
  const [program, locality, overdue, medians, ...edgeCounts] = await Promise.all([
    local ? queryLocalProgramCounts(inner) : queryProgramCounts(inner),
    queryLocalityCounts(inner),
    // Overdue depends on today: always counted from the proposals, over the whole period.
    queryOverdue(filters, todayIso),
    queryMedians(inner, edges),
    ...edges.map((edge) => queryCounts(edge, todayIso)),
    // The unit summary has no month of answer: a locality's answers by month come from its proposals.
    ...(local ? [queryCounts(inner, todayIso, ["sentMonth"])] : []),
  ]);
  const overdueBy = new Map(overdue.map((row) => [rowKey(row), row.overdue]));
  const medianBy = new Map(medians.map((row) => [rowKey(row), row.medianDays]));
  return addCounts([program, locality, ...edgeCounts]).map((row) => ({
    ...row,
    overdue: overdueBy.get(rowKey(row)) ?? 0,
    medianDays: medianBy.get(rowKey(row)) ?? null,
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

/** The same for one locality, from DashboardUnitCube, but for the month of answer (see queryCubeFigures). */
async function queryLocalProgramCounts(filters: DashboardFilters): Promise<Counts[]> {
  return db().$queryRaw<Counts[]>`
    SELECT ${LOCAL_PROGRAM.dim} AS dim, ${LOCAL_PROGRAM.key} AS key, ${SUMS}, 0 AS overdue
    FROM (
      SELECT c.*, c."sessionId" AS session_id, NULLIF(c."fieldId", 0) AS field_id, NULLIF(c."agencyId", 0) AS agency_id,
        NULLIF(LEFT(c."submitHalf", 7), '') AS submit_month
      FROM "DashboardUnitCube" c
      WHERE ${cubeConditions(filters, { locality: true })}
    ) c
    GROUP BY ${LOCAL_PROGRAM.sets}
    HAVING SUM(c.total) > 0 OR GROUPING(session_id, field_id, agency_id, submit_month) = 15`;
}

/** Per today's unit and per district of the time, from DashboardUnitCube. */
async function queryLocalityCounts(filters: DashboardFilters): Promise<Counts[]> {
  return db().$queryRaw<Counts[]>`
    SELECT ${LOCALITY.dim} AS dim, ${LOCALITY.key} AS key, ${SUMS}, 0 AS overdue
    FROM (
      SELECT c.*, c."unitId" AS unit_id, NULLIF(c."districtId", 0) AS district_id
      FROM "DashboardUnitCube" c
      WHERE ${cubeConditions(filters, { locality: true })}
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

/** Urges received per agency about the proposals of the selection (queryUrges' twin, for filters cubeServes). */
export async function queryCubeUrges(
  filters: DashboardFilters,
): Promise<{ agencyId: number; urges: number }[]> {
  const { inner, edges } = split(filters);
  const parts = await Promise.all([
    db().$queryRaw<{ agencyId: number; urges: number }[]>`
      SELECT c."urgedAgencyId" AS "agencyId", SUM(c.count)::int AS urges
      FROM "DashboardUrges" c
      WHERE ${cubeConditions(inner, { locality: true })}
      GROUP BY 1
      HAVING SUM(c.count) > 0`,
    ...edges.map((edge) => queryUrges(edge)),
  ]);
  const byAgency = new Map<number, number>();
  for (const rows of parts)
    for (const row of rows) byAgency.set(row.agencyId, (byAgency.get(row.agencyId) ?? 0) + row.urges);
  return [...byAgency].map(([agencyId, urges]) => ({ agencyId, urges }));
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

/** Medians overall and per lead agency from the histograms of DashboardDays (or the locality's) and the days around. */
async function queryMedians(
  inner: DashboardFilters,
  edges: DashboardFilters[],
): Promise<{ dim: Dimension; key: string | null; medianDays: number | null }[]> {
  const parts = await Promise.all([
    // The histogram summary has no locality: a locality's comes from its proposals.
    inner.unit
      ? queryRawDayBins(inner)
      : db().$queryRaw<DayBin[]>`
          SELECT NULLIF(c."agencyId", 0) AS agency, c.days, SUM(c.count)::int AS count
          FROM "DashboardDays" c
          WHERE ${cubeConditions(inner)}
          GROUP BY 1, 2
          HAVING SUM(c.count) > 0`,
    ...edges.map((edge) => queryRawDayBins(edge)),
  ]);
  const total: { days: number; count: number }[] = [];
  const byAgency = new Map<number | null, { days: number; count: number }[]>();
  for (const row of parts.flat()) {
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
