// One breakdown (field, locality or session) as a table whose figures open the lists behind them.
import { drillDownHref, type DashboardFilters } from "@/lib/schemas/dashboard";
import type { BreakdownRow } from "@/lib/data/dashboard";
import type { Display } from "./display";
import { FigureLink } from "./figure-link";

const TD = "px-3 py-2 text-right tabular-nums";

export function BreakdownTable({
  caption,
  nameHeader,
  rows,
  param,
  filters,
  d,
  fallback,
}: {
  caption: string;
  nameHeader: string;
  rows: BreakdownRow[];
  /** the list filter that selects a row: field, unit or session */
  param: "field" | "unit" | "session";
  filters: DashboardFilters;
  d: Display;
  /** the name of the row without an id (e.g. "not classified") */
  fallback: string;
}) {
  const { t } = d;
  const link = (row: BreakdownRow, extra: Record<string, string | number> = {}) =>
    row.id === null ? null : drillDownHref(filters, { [param]: row.id, ...extra });
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white print:overflow-visible">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50 text-xs text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              {nameHeader}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("dashboard.table.total")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("dashboard.table.answeredRate")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("dashboard.table.overdue")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("dashboard.table.satisfied")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((row) => (
            <tr key={row.id ?? "none"}>
              <th scope="row" className="px-3 py-2 font-normal">
                {d.name(row, fallback)}
              </th>
              <td className={TD}>
                <FigureLink href={link(row)}>{d.n(row.figures.total)}</FigureLink>
              </td>
              <td className={TD}>
                <FigureLink href={link(row, { answered: 1 })}>{d.answeredRate(row.figures)}</FigureLink>
              </td>
              <td className={`${TD} ${row.figures.overdue > 0 ? "text-red-800" : ""}`}>
                <FigureLink href={row.figures.overdue > 0 ? link(row, { deadline: "overdue" }) : null}>
                  {d.n(row.figures.overdue)}
                </FigureLink>
              </td>
              <td className={TD}>{d.satisfiedRate(row.figures)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
