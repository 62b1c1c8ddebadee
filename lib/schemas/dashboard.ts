// The dashboard's filters as they appear in the URL (anything malformed is ignored), and links built from them.
import { z } from "zod";
import { isCalendarDay } from "@/lib/schemas/calendar-date";

/** yyyy-MM-dd that is a real calendar date between 1900 and 2100 (PostgreSQL refuses year 0). */
export const IsoDate = z.string().refine(isCalendarDay);

const id = z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined);

export const DashboardFilters = z.object({
  session: id,
  field: id,
  agency: id,
  /** today's unit (old units roll up into it) or, in the historical view, a district */
  unit: id,
  from: IsoDate.optional().catch(undefined),
  to: IsoDate.optional().catch(undefined),
  /** locality by today's units (default) or by the districts of the time */
  view: z.enum(["current", "historical"]).default("current").catch("current"),
});

export type DashboardFilters = z.infer<typeof DashboardFilters>;

export function parseDashboardFilters(
  searchParams: Record<string, string | string[] | undefined>,
): DashboardFilters {
  const flat = Object.fromEntries(
    Object.entries(searchParams)
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])
      .filter(([, value]) => value !== undefined && value !== ""),
  );
  return DashboardFilters.parse(flat);
}

/** The instants a period of calendar days in Vietnam (UTC+7, no daylight saving) starts and ends at. */
export function periodBounds(from?: string, to?: string): { gte?: Date; lt?: Date } {
  const start = (iso: string) => new Date(`${iso}T00:00:00.000+07:00`);
  return {
    gte: from ? start(from) : undefined,
    lt: to ? new Date(start(to).getTime() + 86_400_000) : undefined,
  };
}

type Params = Record<string, string | number | undefined>;

/** A query string of the non-empty params, e.g. "?session=2&agency=5". */
export function queryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The dashboard's filters as proposal-list params (the list understands the same names). */
export function listParams(filters: DashboardFilters): Params {
  return {
    session: filters.session,
    field: filters.field,
    agency: filters.agency,
    unit: filters.unit,
    from: filters.from,
    to: filters.to,
  };
}

/** The proposal list behind a figure: the dashboard's filters plus the figure's own. */
export function drillDownHref(filters: DashboardFilters, extra: Params = {}): string {
  return `/proposals${queryString({ ...listParams(filters), ...extra })}`;
}

export function dashboardHref(filters: DashboardFilters, change: Params = {}): string {
  const view = filters.view === "current" ? undefined : filters.view;
  return `/dashboard${queryString({ ...listParams(filters), view, ...change })}`;
}
