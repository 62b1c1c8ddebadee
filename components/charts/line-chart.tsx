// A line chart of a few series over months, drawn on the server as SVG, with its table alternative.
import { ChartTable } from "@/components/charts/chart-table";

export type Series = { name: string; values: number[]; tone: "brand" | "ink" };

const WIDTH = 600;
const HEIGHT = 300;
const PAD = { left: 48, right: 12, top: 40, bottom: 40 };

export function LineChart({
  title,
  labels,
  series,
  tableSummary,
  firstHeader,
  format,
}: {
  title: string;
  /** one label per point along the x axis (e.g. 08/2023) */
  labels: string[];
  series: Series[];
  tableSummary: string;
  firstHeader: string;
  format: (value: number) => string;
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? innerW / 2 : (i / (labels.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const every = Math.max(1, Math.ceil(labels.length / 6));
  const stroke = { brand: "stroke-brand-700", ink: "stroke-ink" };
  const dot = { brand: "fill-brand-700", ink: "fill-ink" };
  return (
    <figure className="print:break-inside-avoid">
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-2xl"
      >
        <title>{title}</title>
        {series.map((s, index) => (
          <g key={s.name} transform={`translate(${PAD.left + index * 220}, 8)`}>
            <rect width={24} height={6} y={8} className={dot[s.tone]} />
            <text x={32} y={18} fontSize={18} className="fill-ink">
              {s.name}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="stroke-gray-400" />
        <text x={PAD.left - 8} y={y(max) + 6} fontSize={16} textAnchor="end" className="fill-muted">
          {format(max)}
        </text>
        <text x={PAD.left - 8} y={y(0) + 6} fontSize={16} textAnchor="end" className="fill-muted">
          {format(0)}
        </text>
        {labels.map((label, i) =>
          i % every === 0 || i === labels.length - 1 ? (
            <text
              key={label}
              x={x(i)}
              y={HEIGHT - 12}
              fontSize={16}
              textAnchor={i === 0 ? "start" : i === labels.length - 1 ? "end" : "middle"}
              className="fill-muted"
            >
              {label}
            </text>
          ) : null,
        )}
        {series.map((s) => (
          <g key={s.name}>
            <polyline
              fill="none"
              strokeWidth={3}
              className={stroke[s.tone]}
              points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
            />
            {s.values.map((v, i) => (
              <circle key={i} cx={x(i)} cy={y(v)} r={4} className={dot[s.tone]} />
            ))}
          </g>
        ))}
      </svg>
      <ChartTable
        summary={tableSummary}
        caption={title}
        headers={[firstHeader, ...series.map((s) => s.name)]}
        rows={labels.map((label, i) => ({
          key: label,
          cells: [label, ...series.map((s) => format(s.values[i] ?? 0))],
        }))}
      />
    </figure>
  );
}
