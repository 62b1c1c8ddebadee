// The dashboard's filters: a plain GET form, so every view is a URL that can be shared or bookmarked.
import Link from "next/link";
import type { DashboardFilters } from "@/lib/schemas/dashboard";
import type { DashboardOptions } from "@/lib/data/dashboard-options";
import type { Display } from "./display";

const FIELD = "mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-2 text-base sm:text-sm";

export function FilterForm({
  filters,
  options,
  d,
}: {
  filters: DashboardFilters;
  options: DashboardOptions;
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
