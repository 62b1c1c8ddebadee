// The dashboard's filters: a plain GET form, so every view is a URL that can be shared or bookmarked.
import Link from "next/link";
import { dashboardHref, type DashboardFilters } from "@/lib/schemas/dashboard";
import type { DashboardOptions } from "@/lib/data/dashboard-options";
import { reportingPeriods, type ReportingPeriod } from "@/lib/calendar/reporting-periods";
import { formatDate } from "@/lib/format";
import type { Display } from "./display";

const FIELD = "mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-2 text-base sm:text-sm";

const ROMAN = ["I", "II", "III", "IV"];

function periodLabel(period: ReportingPeriod, d: Display): string {
  const { kind, number, year } = period;
  const quarter = d.locale === "vi" ? (ROMAN[number - 1] ?? String(number)) : String(number);
  return d.t(`dashboard.filters.period.${kind}`, { number: kind === "quarter" ? quarter : number, year });
}

/** Links to the Decree 09/2019 reporting periods around today, keeping the other filters. */
function ReportingPeriods({
  filters,
  todayIso,
  d,
}: {
  filters: DashboardFilters;
  todayIso: string;
  d: Display;
}) {
  return (
    <nav aria-labelledby="f-periods" className="sm:col-span-2 lg:col-span-3">
      <p id="f-periods" className="text-sm font-medium">
        {d.t("dashboard.filters.period.label")}
      </p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {reportingPeriods(todayIso).map((period) => {
          const current = filters.from === period.from && filters.to === period.to;
          return (
            <li key={`${period.kind}-${period.from}`}>
              <Link
                href={dashboardHref(filters, { from: period.from, to: period.to })}
                aria-current={current ? "true" : undefined}
                className={`inline-block rounded border px-3 py-2 text-sm ${
                  current
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-gray-400 text-brand-800 hover:bg-gray-50"
                }`}
              >
                {periodLabel(period, d)}{" "}
                <span className={current ? "text-white" : "text-muted"}>
                  ({formatDate(period.from)} – {formatDate(period.to)})
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function FilterForm({
  filters,
  options,
  todayIso,
  d,
}: {
  filters: DashboardFilters;
  options: DashboardOptions;
  /** today in Vietnam, yyyy-MM-dd: the reporting periods around it are offered */
  todayIso: string;
  d: Display;
}) {
  const { t } = d;
  const select = (
    name: "session" | "field" | "agency" | "unit",
    all: string,
    list: { id: number; label: string; labelEn: string; ended?: Date | null }[],
  ) => (
    <div>
      <label htmlFor={`f-${name}`} className="text-sm font-medium">
        {t(`dashboard.filters.${name}`)}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={filters[name] ?? ""} className={FIELD}>
        <option value="">{all}</option>
        {list.map((option) => (
          <option key={option.id} value={option.id}>
            {d.name(option, String(option.id))}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      aria-label={t("dashboard.filters.label")}
      className="mb-6 grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3 print:hidden"
    >
      {select("session", t("dashboard.filters.allSessions"), options.sessions)}
      {select("field", t("dashboard.filters.allFields"), options.fields)}
      {select("agency", t("dashboard.filters.allAgencies"), options.agencies)}
      {select("unit", t("dashboard.filters.allUnits"), [...options.units, ...options.districts])}
      <div>
        <label htmlFor="f-from" className="text-sm font-medium">
          {t("dashboard.filters.from")}
        </label>
        <input id="f-from" name="from" type="date" defaultValue={filters.from ?? ""} className={FIELD} />
      </div>
      <div>
        <label htmlFor="f-to" className="text-sm font-medium">
          {t("dashboard.filters.to")}
        </label>
        <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ""} className={FIELD} />
      </div>
      <ReportingPeriods filters={filters} todayIso={todayIso} d={d} />
      {filters.view === "historical" && <input type="hidden" name="view" value="historical" />}
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("dashboard.filters.apply")}
        </button>
        <Link href="/dashboard" className="px-2 py-2 text-sm text-brand-800 underline">
          {t("dashboard.filters.clear")}
        </Link>
      </div>
    </form>
  );
}
