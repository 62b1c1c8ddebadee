// A dashboard period as the summary tables see it: the whole half-months inside it (1st–14th, 15th–end), which
// the summaries count, and the few days either side, which are counted from the proposals.
import type { DashboardFilters } from "@/lib/schemas/dashboard";
import { isoDateKey } from "@/lib/calendar/working-days";

export type PeriodSplit = {
  /** the filters with the period narrowed to whole half-months (no period: the whole program) */
  inner: DashboardFilters;
  /** the same filters over the days before and after the inner period (none when it is made of halves) */
  edges: DashboardFilters[];
};

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function addDays(iso: string, days: number): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDateKey(date);
}

/** The first day of the first half-month that starts on or after `from`. */
export function firstHalfStart(from: string): string {
  const date = utc(from);
  const day = date.getUTCDate();
  if (day === 1 || day === 15) return from;
  if (day < 15) return `${from.slice(0, 8)}15`;
  return isoDateKey(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
}

/** The last day of the last half-month that ends on or before `to`. */
export function lastHalfEnd(to: string): string {
  const date = utc(to);
  const day = date.getUTCDate();
  const monthEnd = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  if (day === 14 || day === monthEnd) return to;
  if (day > 14) return `${to.slice(0, 8)}14`;
  return isoDateKey(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 0)));
}

/**
 * Splits the filters' period into whole half-months and the days either side. Null when the period holds no
 * whole half-month (a week, or a period that ends before it starts): the proposals then answer it alone.
 */
export function splitPeriod(filters: DashboardFilters): PeriodSplit | null {
  const from = filters.from ? firstHalfStart(filters.from) : undefined;
  const to = filters.to ? lastHalfEnd(filters.to) : undefined;
  if (from && to && from > to) return null;
  const edges: DashboardFilters[] = [];
  if (filters.from && from !== filters.from)
    edges.push({ ...filters, from: filters.from, to: addDays(from!, -1) });
  if (filters.to && to !== filters.to) edges.push({ ...filters, from: addDays(to!, 1), to: filters.to });
  return { inner: { ...filters, from, to }, edges };
}
