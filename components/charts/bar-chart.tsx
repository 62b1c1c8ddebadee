// A horizontal bar chart drawn on the server as SVG: a label above each bar, the value after it; no script.
import { ChartTable } from "@/components/charts/chart-table";

export type Bar = { key: string; label: string; value: number; shown: string };

const WIDTH = 600;
const ROW = 56;
const LABEL_MAX = 52;

function clip(text: string): string {
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
}

export function BarChart({
  title,
  bars,
  tableSummary,
  headers,
  tone = "brand",
}: {
  /** the chart's accessible name and the caption of its table */
  title: string;
  bars: Bar[];
  tableSummary: string;
  /** [label column, value column] of the table alternative */
  headers: [string, string];
  tone?: "brand" | "alert";
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = Math.max(ROW, bars.length * ROW);
  const barSpace = WIDTH - 110;
  const fill = tone === "alert" ? "fill-red-800" : "fill-brand-700";
  return (
    <figure className="print:break-inside-avoid">
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full max-w-2xl"
        preserveAspectRatio="xMinYMin meet"
      >
        <title>{title}</title>
        {bars.map((bar, index) => {
          const y = index * ROW;
          const width = bar.value === 0 ? 0 : Math.max(3, (bar.value / max) * barSpace);
          return (
            <g key={bar.key}>
              <text x={0} y={y + 20} fontSize={20} className="fill-ink">
                {clip(bar.label)}
              </text>
              <rect x={0} y={y + 28} width={width} height={18} rx={2} className={fill} />
              <text x={width + 8} y={y + 44} fontSize={20} fontWeight={700} className="fill-ink">
                {bar.shown}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        summary={tableSummary}
        caption={title}
        headers={headers}
        rows={bars.map((bar) => ({ key: bar.key, cells: [bar.label, bar.shown] }))}
      />
    </figure>
  );
}
