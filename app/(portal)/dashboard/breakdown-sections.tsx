// Breakdowns by field and by session: a bar chart (fields) and tables that drill down.
import { BarChart } from "@/components/charts/bar-chart";
import type { DashboardFilters } from "@/lib/schemas/dashboard";
import type { BreakdownRow } from "@/lib/data/dashboard";
import type { Display } from "./display";
import { BreakdownTable } from "./breakdown-table";

export function FieldSection({
  rows,
  filters,
  d,
}: {
  rows: BreakdownRow[];
  filters: DashboardFilters;
  d: Display;
}) {
  const { t } = d;
  const none = t("dashboard.field.none");
  return (
    <section aria-labelledby="by-field" className="mb-10 print:break-inside-avoid">
      <h2 id="by-field" className="mb-3 text-lg font-semibold">
        {t("dashboard.field.title")}
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <BarChart
          title={t("dashboard.field.chart")}
          bars={rows.map((row) => ({
            key: String(row.id),
            label: d.name(row, none),
            value: row.figures.total,
            shown: d.n(row.figures.total),
          }))}
          tableSummary={t("dashboard.chart.showTable")}
          headers={[t("dashboard.field.name"), t("dashboard.table.total")]}
        />
        <BreakdownTable
          caption={t("dashboard.field.title")}
          nameHeader={t("dashboard.field.name")}
          rows={rows}
          param="field"
          filters={filters}
          d={d}
          fallback={none}
        />
      </div>
    </section>
  );
}

export function SessionSection({
  rows,
  filters,
  d,
}: {
  rows: BreakdownRow[];
  filters: DashboardFilters;
  d: Display;
}) {
  const { t } = d;
  return (
    <section aria-labelledby="by-session" className="mb-10 print:break-inside-avoid">
      <h2 id="by-session" className="mb-3 text-lg font-semibold">
        {t("dashboard.session.title")}
      </h2>
      <BreakdownTable
        caption={t("dashboard.session.title")}
        nameHeader={t("dashboard.session.name")}
        rows={rows}
        param="session"
        filters={filters}
        d={d}
        fallback=""
      />
    </section>
  );
}
