// The agency scorecard: load, on time, overdue, median time, urges and satisfaction, with overdue charted.
import { BarChart } from "@/components/charts/bar-chart";
import { drillDownHref, type DashboardFilters } from "@/lib/schemas/dashboard";
import type { ScorecardRow } from "@/lib/data/dashboard";
import type { Display } from "./display";
import { FigureLink } from "./figure-link";

const TH = "px-3 py-2 text-right";

export function Scorecard({
  rows,
  filters,
  d,
}: {
  rows: ScorecardRow[];
  filters: DashboardFilters;
  d: Display;
}) {
  const { t } = d;
  const name = (row: ScorecardRow) => d.name(row, t("dashboard.scorecard.notAssigned"));
  const late = rows
    .filter((row) => row.figures.overdue > 0)
    .sort((a, b) => b.figures.overdue - a.figures.overdue);
  const link = (row: ScorecardRow, extra: Record<string, string | number> = {}) =>
    row.id === null ? null : drillDownHref(filters, { agency: row.id, ...extra });
  return (
    <section aria-labelledby="scorecard" className="mb-10 print:break-before-page">
      <h2 id="scorecard" className="text-lg font-semibold">
        {t("dashboard.scorecard.title")}
      </h2>
      <p className="mb-3 text-sm text-muted">{t("dashboard.scorecard.intro")}</p>
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white print:overflow-visible">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">{t("dashboard.scorecard.title")}</caption>
          <thead className="bg-gray-50 text-xs text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("dashboard.scorecard.agency")}
              </th>
              <th scope="col" className={TH}>
                {t("dashboard.scorecard.load")}
              </th>
              <th scope="col" className={TH}>
                {t("dashboard.scorecard.onTime")}
              </th>
              <th scope="col" className={TH}>
                {t("dashboard.scorecard.overdue")}
              </th>
              <th scope="col" className={TH}>
                {t("dashboard.scorecard.median")}
              </th>
              <th scope="col" className={TH}>
                {t("dashboard.scorecard.urges")}
              </th>
              <th scope="col" className={TH}>
                {t("dashboard.scorecard.satisfaction")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((row) => (
              <tr key={row.id ?? "none"}>
                <th scope="row" className="px-3 py-2 font-normal">
                  {name(row)}
                </th>
                <td className="px-3 py-2 text-right tabular-nums">
                  <FigureLink href={link(row)}>{d.n(row.figures.total)}</FigureLink>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  <FigureLink href={link(row, { answered: 1 })}>{d.onTimeRate(row.figures)}</FigureLink>
                </td>
                <td
                  className={`px-3 py-2 text-right tabular-nums ${row.figures.overdue > 0 ? "text-red-800" : ""}`}
                >
                  <FigureLink
                    href={row.figures.overdue > 0 ? link(row, { deadline: "overdue" }) : null}
                    label={t("dashboard.scorecard.overdueLink", {
                      count: d.n(row.figures.overdue),
                      agency: name(row),
                    })}
                  >
                    {d.n(row.figures.overdue)}
                  </FigureLink>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{d.median(row.figures)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{d.n(row.urges)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{d.satisfiedRate(row.figures)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mb-2 mt-6 font-semibold">{t("dashboard.scorecard.overdueChart")}</h3>
      {late.length === 0 ? (
        <p className="text-sm text-muted">{t("dashboard.scorecard.noOverdue")}</p>
      ) : (
        <BarChart
          title={t("dashboard.scorecard.overdueChart")}
          tone="alert"
          bars={late.map((row) => ({
            key: String(row.id),
            label: name(row),
            value: row.figures.overdue,
            shown: d.n(row.figures.overdue),
          }))}
          tableSummary={t("dashboard.chart.showTable")}
          headers={[t("dashboard.scorecard.agency"), t("dashboard.scorecard.overdue")]}
        />
      )}
    </section>
  );
}
