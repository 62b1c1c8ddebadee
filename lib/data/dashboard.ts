// The Standing Committee dashboard: figures, breakdowns, trend and agency scorecard for the caller's filters.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { forbidden } from "@/lib/errors";
import { todayInVietnam } from "@/lib/calendar/today";
import { isoDateKey } from "@/lib/calendar/working-days";
import type { DashboardFilters } from "@/lib/schemas/dashboard";
import { queryRawFigures, queryUrges, type Dimension, type FigureRow } from "@/lib/data/dashboard-sql";
import { cubeServes, queryCubeFigures, queryCubeUrges } from "@/lib/data/dashboard-cube";
import { loadDashboardOptions, type DashboardOptions, type Option } from "@/lib/data/dashboard-options";

export type Figures = Omit<FigureRow, "dim" | "key">;

/** One row of a breakdown: the id behind it (null = not set, e.g. not yet assigned) and its figures. */
export type BreakdownRow = {
  id: number | null;
  label: string;
  labelEn: string;
  ended?: Date | null;
  province?: boolean;
  figures: Figures;
};
export type ScorecardRow = BreakdownRow & { urges: number };
export type TrendPoint = { month: string; submitted: number; answered: number };

export type Dashboard = {
  today: Date;
  filters: DashboardFilters;
  totals: Figures;
  byAgency: ScorecardRow[];
  byField: BreakdownRow[];
  /** today's units, or the districts of the time when filters.view is "historical" */
  byUnit: BreakdownRow[];
  bySession: BreakdownRow[];
  trend: TrendPoint[];
  options: DashboardOptions;
};

export const EMPTY_FIGURES: Figures = {
  total: 0,
  answered: 0,
  open: 0,
  overdue: 0,
  approved: 0,
  onTime: 0,
  medianDays: null,
  rated: 0,
  satisfied: 0,
  partly: 0,
  notSatisfied: 0,
};

function figuresOf(row: FigureRow): Figures {
  const { dim, key, ...figures } = row;
  void dim;
  void key;
  return figures;
}

/** Only callers who may see the whole program: every role with dashboard.view also reads all proposals. */
export function assertDashboardAccess(actor: Actor): void {
  if (!can(actor.role, "dashboard.view") || !can(actor.role, "proposal.read.all")) throw forbidden();
}

function breakdown(rows: FigureRow[], dim: Dimension, options: Option[]): BreakdownRow[] {
  const byId = new Map(options.map((option) => [option.id, option]));
  return rows
    .filter((row) => row.dim === dim)
    .map((row) => {
      const id = row.key === null ? null : Number(row.key);
      const option = id === null ? undefined : byId.get(id);
      return {
        id,
        label: option?.label ?? "",
        labelEn: option?.labelEn ?? "",
        ended: option?.ended ?? null,
        province: option?.province ?? false,
        figures: figuresOf(row),
      };
    })
    .sort((a, b) => b.figures.total - a.figures.total || a.label.localeCompare(b.label, "vi"));
}

/** Months from the first to the last with activity, gaps filled with zeros so the line is honest. */
function trendOf(rows: FigureRow[]): TrendPoint[] {
  const submitted = new Map<string, number>();
  const answered = new Map<string, number>();
  for (const row of rows) {
    if (row.key === null) continue;
    if (row.dim === "submitMonth") submitted.set(row.key, row.total);
    if (row.dim === "sentMonth") answered.set(row.key, row.total);
  }
  const months = [...submitted.keys(), ...answered.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const points: TrendPoint[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    points.push({ month: key, submitted: submitted.get(key) ?? 0, answered: answered.get(key) ?? 0 });
    if (key >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return points;
}

/** The dashboard for these filters. `now` is for tests; the page uses the real clock. */
export async function getDashboard(
  actor: Actor,
  filters: DashboardFilters,
  { now = new Date() }: { now?: Date } = {},
): Promise<Dashboard> {
  assertDashboardAccess(actor);
  const today = todayInVietnam(now);
  // The summary tables answer every filter but a period shorter than a half-month (see cubeServes).
  const cube = cubeServes(filters);
  const [rows, urges, options] = await Promise.all([
    (cube ? queryCubeFigures : queryRawFigures)(filters, isoDateKey(today)),
    (cube ? queryCubeUrges : queryUrges)(filters),
    loadDashboardOptions(),
  ]);
  const total = rows.find((row) => row.dim === "total");
  const urgesByAgency = new Map(urges.map((row) => [row.agencyId, row.urges]));
  const byAgency: ScorecardRow[] = breakdown(rows, "agency", options.agencies).map((row) => ({
    ...row,
    urges: row.id === null ? 0 : (urgesByAgency.get(row.id) ?? 0),
  }));
  // An agency urged about proposals it no longer leads still appears, with its urges.
  for (const [agencyId, count] of urgesByAgency) {
    if (byAgency.some((row) => row.id === agencyId)) continue;
    const option = options.agencies.find((agency) => agency.id === agencyId);
    byAgency.push({
      id: agencyId,
      label: option?.label ?? "",
      labelEn: option?.labelEn ?? "",
      ended: option?.ended ?? null,
      figures: EMPTY_FIGURES,
      urges: count,
    });
  }
  const historical = filters.view === "historical";
  return {
    today,
    filters,
    totals: total ? figuresOf(total) : EMPTY_FIGURES,
    byAgency,
    byField: breakdown(rows, "field", options.fields),
    byUnit: breakdown(rows, historical ? "district" : "unit", historical ? options.districts : options.units),
    bySession: breakdown(rows, "session", options.sessions),
    trend: trendOf(rows),
    options,
  };
}

/**
 * Benchmark hook for the project's benchmark script: runs the dashboard's queries `runs` times for a caller
 * and returns server-side timings in milliseconds (p50, p95, max).
 */
export async function benchmarkDashboard(
  actor: Actor,
  filters: DashboardFilters,
  runs = 20,
): Promise<{ runs: number; p50: number; p95: number; max: number }> {
  assertDashboardAccess(actor);
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await getDashboard(actor, filters);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.ceil(q * timings.length) - 1)] ?? 0;
  return { runs, p50: at(0.5), p95: at(0.95), max: at(1) };
}
