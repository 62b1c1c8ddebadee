// The trend: proposals received and answered, month by month.
import { LineChart } from "@/components/charts/line-chart";
import type { TrendPoint } from "@/lib/data/dashboard";
import type { Display } from "./display";

export function TrendSection({ points, d }: { points: TrendPoint[]; d: Display }) {
  const { t } = d;
  const label = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
  return (
    <section aria-labelledby="trend" className="mb-10 print:break-inside-avoid">
      <h2 id="trend" className="mb-3 text-lg font-semibold">
        {t("dashboard.trend.title")}
      </h2>
      {points.length === 0 ? (
        <p className="text-sm text-muted">{t("dashboard.trend.none")}</p>
      ) : (
        <LineChart
          title={t("dashboard.trend.chart")}
          labels={points.map((p) => label(p.month))}
          series={[
            { name: t("dashboard.trend.submitted"), values: points.map((p) => p.submitted), tone: "brand" },
            { name: t("dashboard.trend.answered"), values: points.map((p) => p.answered), tone: "ink" },
          ]}
          tableSummary={t("dashboard.chart.showTable")}
          firstHeader={t("dashboard.trend.month")}
          format={d.n}
        />
      )}
    </section>
  );
}
