// Breakdown by locality: today's units (old communes rolled up) or, on request, the districts of the time.
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { dashboardHref, type DashboardFilters } from "@/lib/schemas/dashboard";
import type { BreakdownRow } from "@/lib/data/dashboard";
import type { Display } from "./display";
import { BreakdownTable } from "./breakdown-table";

const TOP = 15;

export function LocalitySection({
  rows,
  filters,
  d,
}: {
  rows: BreakdownRow[];
  filters: DashboardFilters;
  d: Display;
}) {
  const { t } = d;
  const views = [
    { view: "current", label: t("dashboard.locality.current") },
    { view: "historical", label: t("dashboard.locality.historical") },
  ] as const;
  return (
    <section aria-labelledby="by-locality" className="mb-10">
      <h2 id="by-locality" className="mb-3 text-lg font-semibold">
        {t("dashboard.locality.title")}
      </h2>
      <nav aria-label={t("dashboard.locality.switchLabel")} className="mb-3 print:hidden">
        <ul className="flex flex-wrap gap-2 text-sm">
          {views.map(({ view, label }) => (
            <li key={view}>
              <Link
                href={dashboardHref({ ...filters, view }, { unit: undefined })}
                aria-current={filters.view === view ? "true" : undefined}
                className={`inline-block rounded border px-3 py-1.5 ${
                  filters.view === view
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-gray-400 bg-white text-brand-800 underline"
                }`}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mb-3 text-sm text-muted">{t("dashboard.locality.note")}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <BarChart
          title={t("dashboard.locality.chart")}
          bars={rows.slice(0, TOP).map((row) => ({
            key: String(row.id),
            label: d.name(row, ""),
            value: row.figures.total,
            shown: d.n(row.figures.total),
          }))}
          tableSummary={t("dashboard.chart.showTable")}
          headers={[t("dashboard.locality.name"), t("dashboard.table.total")]}
        />
        <div className="max-h-[32rem] overflow-y-auto print:max-h-none">
          <BreakdownTable
            caption={t("dashboard.locality.title")}
            nameHeader={t("dashboard.locality.name")}
            rows={rows}
            param="unit"
            filters={filters}
            d={d}
            fallback=""
          />
        </div>
      </div>
    </section>
  );
}
