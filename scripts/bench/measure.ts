// Closed-loop load: `concurrency` workers each send the next request as soon as the last one is answered, for a
// fixed time, after a warm-up. Latency is measured per request on loopback (server time plus a few hundred µs).
import http from "node:http";

export interface Measurement {
  name: string;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  max: number;
  perSecond: number;
  note?: string;
}

export type Task = (worker: number, i: number) => Promise<void>;

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A plain HTTP request on a keep-alive connection (no client-side parsing beyond the body). */
export function request(
  url: string,
  {
    method = "GET",
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export async function measure(
  name: string,
  task: Task,
  {
    concurrency = 4,
    seconds = 10,
    warmup = 2,
    note,
  }: { concurrency?: number; seconds?: number; warmup?: number; note?: string } = {},
): Promise<Measurement> {
  const timings: number[] = [];
  let errors = 0;
  let counter = 0;
  const run = async (until: number, record: boolean) => {
    await Promise.all(
      Array.from({ length: concurrency }, async (_, worker) => {
        while (performance.now() < until) {
          const i = counter++;
          const started = performance.now();
          try {
            await task(worker, i);
            if (record) timings.push(performance.now() - started);
          } catch (error) {
            if (record) errors++;
            if (errors <= 3 && record)
              console.error(`  ${name}: ${error instanceof Error ? error.message : error}`);
          }
        }
      }),
    );
  };
  await run(performance.now() + warmup * 1000, false);
  const started = performance.now();
  await run(started + seconds * 1000, true);
  const elapsed = (performance.now() - started) / 1000;
  timings.sort((a, b) => a - b);
  return {
    name,
    requests: timings.length,
    errors,
    p50: percentile(timings, 0.5),
    p95: percentile(timings, 0.95),
    max: timings[timings.length - 1] ?? 0,
    perSecond: timings.length / elapsed,
    note,
  };
}

/** Fails the request unless the status is the expected one (a redirect to sign-in would otherwise look fast). */
export function expectStatus(response: Response, status: number, what: string): Response {
  if (response.status !== status) throw new Error(`${what}: HTTP ${response.status} instead of ${status}`);
  return response;
}
