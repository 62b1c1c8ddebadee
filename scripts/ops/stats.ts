// Latency and status figures per kind of request, from the samples a run recorded, and a plain-text table.
import type { Sample } from "./portal-client";

export type Row = {
  label: string;
  count: number;
  perSecond: number;
  ok: number;
  status4xx: number;
  status5xx: number;
  noAnswer: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function summarize(samples: Sample[], seconds: number): Row[] {
  const byLabel = new Map<string, Sample[]>();
  for (const sample of samples) byLabel.set(sample.label, [...(byLabel.get(sample.label) ?? []), sample]);
  const row = (label: string, group: Sample[]): Row => {
    const times = group.map((sample) => sample.ms).sort((a, b) => a - b);
    return {
      label,
      count: group.length,
      perSecond: Math.round((group.length / Math.max(seconds, 1)) * 10) / 10,
      ok: group.filter((sample) => sample.status >= 200 && sample.status < 400).length,
      status4xx: group.filter((sample) => sample.status >= 400 && sample.status < 500).length,
      status5xx: group.filter((sample) => sample.status >= 500).length,
      noAnswer: group.filter((sample) => sample.status === 0).length,
      p50: Math.round(percentile(times, 50)),
      p95: Math.round(percentile(times, 95)),
      p99: Math.round(percentile(times, 99)),
      max: Math.round(times.at(-1) ?? 0),
    };
  };
  const rows = [...byLabel].sort(([a], [b]) => a.localeCompare(b)).map(([label, group]) => row(label, group));
  return [...rows, row("all requests", samples)];
}

export function table(rows: Row[]): string {
  const head = [
    "request",
    "count",
    "req/s",
    "2xx/3xx",
    "4xx",
    "5xx",
    "no answer",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "max ms",
  ];
  const lines = rows.map((r) => [
    r.label,
    r.count,
    r.perSecond,
    r.ok,
    r.status4xx,
    r.status5xx,
    r.noAnswer,
    r.p50,
    r.p95,
    r.p99,
    r.max,
  ]);
  const cells = [head, ...lines].map((line) => line.map(String));
  const widths = head.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  const format = (line: string[]) =>
    line
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join("  ");
  return [format(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(format)].join(
    "\n",
  );
}
