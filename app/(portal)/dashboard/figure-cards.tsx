// The key figures of the selection; each one links to the list of proposals behind it.
import { StatCard } from "@/components/ui/stat-card";
import { drillDownHref, type DashboardFilters } from "@/lib/schemas/dashboard";
import type { Figures } from "@/lib/data/dashboard";
import type { Display } from "./display";

export function FigureCards({
  totals: f,
  filters,
  d,
}: {
  totals: Figures;
  filters: DashboardFilters;
  d: Display;
}) {
  const { t } = d;
  return (
    <section aria-label={t("dashboard.figures.label")} className="mb-8">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <StatCard label={t("dashboard.figures.total")} value={d.n(f.total)} href={drillDownHref(filters)} />
        <StatCard
          label={t("dashboard.figures.answeredRate")}
          value={d.answeredRate(f)}
          href={drillDownHref(filters, { answered: 1 })}
        />
        <StatCard
          label={t("dashboard.figures.onTimeRate")}
          value={d.onTimeRate(f)}
          href={drillDownHref(filters, { answered: 1 })}
        />
        <StatCard
          label={t("dashboard.figures.overdue")}
          value={d.n(f.overdue)}
          tone={f.overdue > 0 ? "alert" : "default"}
          href={drillDownHref(filters, { deadline: "overdue" })}
        />
        <StatCard
          label={t("dashboard.figures.medianDays")}
          value={
            f.medianDays === null
              ? t("common.none")
              : t("dashboard.figures.medianValue", { days: d.median(f) })
          }
          href={drillDownHref(filters, { answered: 1 })}
        />
        <StatCard
          label={t("dashboard.figures.satisfaction")}
          value={d.satisfiedRate(f)}
          href={drillDownHref(filters, { rating: "SATISFIED" })}
        />
      </div>
      <p className="mt-2 text-sm text-muted">
        {t("dashboard.figures.satisfactionDetail", {
          satisfied: d.n(f.satisfied),
          partly: d.n(f.partly),
          notSatisfied: d.n(f.notSatisfied),
          rated: d.n(f.rated),
        })}{" "}
        <a href={drillDownHref(filters, { rating: "NOT_SATISFIED" })} className="text-brand-800 underline">
          {t("dashboard.drill", { label: t("dashboard.figures.notSatisfied") })}
        </a>
      </p>
    </section>
  );
}
