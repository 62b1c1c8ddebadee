// `npm run bench`: the production build against the PostgreSQL database in DATABASE_URL (fill it first with
// `npm run seed:scale -- --proposals N`). Measures p50/p95 time and throughput of the main pages and of submit
// and approve, next to a static file of the same server (the floor), prints a table and writes
// bench/results/<date>-<N>.json. Options: --seconds S (per measurement, default 10), --concurrency C (default 4),
// --write-concurrency W (submit and approve, default 8), --port P (default 3400), --only name,name. See
// docs/performance.md.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD } from "./demo-accounts";
import { expectStatus, measure, request, type Measurement, type Task } from "./bench/measure";
import { signIn } from "./bench/session";

const root = path.resolve(import.meta.dirname, "..");
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const seconds = Number(option("seconds", "10"));
const concurrency = Number(option("concurrency", "4"));
const writeConcurrency = Number(option("write-concurrency", "8"));
const port = Number(option("port", "3400"));
const only = option("only", "").split(",").filter(Boolean);
const base = `http://127.0.0.1:${port}`;

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await request(`${base}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not become healthy within a minute");
}

function build(): Promise<void> {
  if (existsSync(path.join(root, ".next", "BUILD_ID"))) return Promise.resolve();
  console.log("building (no production build found) …");
  return new Promise((resolve, reject) =>
    spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: root,
      stdio: "inherit",
    }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (${code})`)))),
  );
}

interface Fixtures {
  proposals: number;
  codes: string[];
  communeEmail: string;
  fieldId: number;
  searchWord: string;
  sessionId: number;
  agencyId: number;
  /** today's commune and the old district with the most proposals (the dashboard's locality filters) */
  unitId: number;
  districtId: number;
}

async function fixtures(url: string): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string) => (await client.query(sql)).rows[0] as Record<string, unknown>;
    const { n } = await one(`SELECT count(*)::int AS n FROM "Proposal"`);
    const codes = (
      await client.query(
        `SELECT code FROM "Proposal" TABLESAMPLE SYSTEM (1) WHERE code IS NOT NULL LIMIT 500`,
      )
    ).rows.map((r: { code: string }) => r.code);
    const { email } = await one(
      // A leader of a commune in force today (leaders of communes merged in 2025 can no longer sign in).
      `SELECT u.email FROM "User" u JOIN "AdministrativeUnit" a ON a.id = u."unitId" AND a."validTo" IS NULL
       JOIN "Proposal" p ON p."unitId" = u."unitId" WHERE u.role = 'COMMUNE_LEADER'
       AND u.email LIKE '%@scale.demo.vn' GROUP BY u.email ORDER BY count(*) DESC LIMIT 1`,
    ).catch(() => ({ email: "thanhvinh@demo.vn" }));
    const { id: fieldId } = await one(
      `SELECT "fieldId" AS id FROM "Proposal" WHERE "fieldId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const { id: sessionId } = await one(
      `SELECT "sessionId" AS id FROM "Proposal" GROUP BY 1 ORDER BY max("submittedAt") DESC NULLS LAST LIMIT 1`,
    );
    const { id: agencyId } = await one(
      `SELECT "leadAgencyId" AS id FROM "Proposal" WHERE "leadAgencyId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const { id: unitId } = await one(
      `SELECT "unitId" AS id FROM "DashboardUnitCube" GROUP BY 1 ORDER BY sum(total) DESC LIMIT 1`,
    );
    const { id: districtId } = await one(
      `SELECT "districtId" AS id FROM "DashboardUnitCube" c JOIN "AdministrativeUnit" u ON u.id = c."districtId"
       WHERE u.level = 'DISTRICT' GROUP BY 1 ORDER BY sum(total) DESC LIMIT 1`,
    );
    return {
      proposals: n as number,
      codes,
      communeEmail: (email as string) ?? "thanhvinh@demo.vn",
      fieldId: fieldId as number,
      searchWord: "trường học",
      sessionId: sessionId as number,
      agencyId: agencyId as number,
      unitId: unitId as number,
      districtId: districtId as number,
    };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: the benchmark runs on PostgreSQL (npm run seed:scale first).");
    process.exit(2);
  }
  await build();
  const data = await fixtures(url);
  console.log(`${data.proposals} proposals; starting the production server on ${base} …`);
  const server = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXTAUTH_URL: base,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-that-is-long-enough-0123456789",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const results: Measurement[] = [];
  try {
    await waitForHealth();
    const cookies = {
      commune: await signIn(base, data.communeEmail, DEMO_PASSWORD),
      coordinator: await signIn(base, "dieuphoi@demo.vn", DEMO_PASSWORD),
      committee: await signIn(base, "thuongvu@demo.vn", DEMO_PASSWORD),
    };
    const page =
      (cookie: string, pathFor: (i: number) => string): Task =>
      async (_worker, i) => {
        const target = pathFor(i);
        expectStatus(await request(`${base}${target}`, { headers: { cookie } }), 200, target);
      };
    const code = (i: number) => encodeURIComponent(data.codes[i % data.codes.length]!);
    const scenarios: [string, Task, string?][] = [
      [
        "static file (floor)",
        async () => void expectStatus(await request(`${base}/robots.txt`), 200, "robots.txt"),
      ],
      [
        "sign-in (argon2 by design)",
        async () => void (await signIn(base, "dieuphoi@demo.vn", DEMO_PASSWORD)),
      ],
      ["commune home", page(cookies.commune, () => "/")],
      [
        "proposal list, all (coordinator)",
        page(cookies.coordinator, (i) => `/proposals?page=${1 + (i % 5)}`),
      ],
      [
        "proposal list, filters",
        page(
          cookies.coordinator,
          (i) =>
            `/proposals?status=${["IN_PROGRESS", "CLOSED", "SENT"][i % 3]}&field=${data.fieldId}&session=${data.sessionId}`,
        ),
      ],
      [
        "proposal list, search",
        page(
          cookies.coordinator,
          (i) =>
            `/proposals?q=${encodeURIComponent(["trường học", "đường giao thông", "nước sạch", "đất đai"][i % 4]!)}`,
        ),
      ],
      [
        // Common words never side by side, a rare phrase (≈ 100 matches), a less common one (≈ 3,000), and
        // words found nowhere: these go to the full-text index.
        "proposal list, search (rare phrases)",
        page(
          cookies.coordinator,
          (i) =>
            `/proposals?q=${encodeURIComponent(["học đường", "nghĩa trang", "ngập úng", "không hề có"][i % 4]!)}`,
        ),
      ],
      ["proposal list, commune", page(cookies.commune, () => "/proposals")],
      ["proposal detail", page(cookies.coordinator, (i) => `/proposals/${code(i)}`)],
      ["dashboard", page(cookies.committee, () => "/dashboard")],
      [
        "dashboard, filtered",
        page(
          cookies.committee,
          (i) =>
            [
              `/dashboard?session=${data.sessionId}`,
              `/dashboard?agency=${data.agencyId}`,
              `/dashboard?field=${data.fieldId}&from=2024-01-01&to=2024-12-31`,
              // a six-month report of Decree 09/2019: 15/12 to 14/06
              `/dashboard?from=2023-12-15&to=2024-06-14`,
            ][i % 4]!,
        ),
      ],
      // A commune of today (its old communes roll up into it), and an old district in the historical view.
      ["dashboard, commune", page(cookies.committee, () => `/dashboard?unit=${data.unitId}`)],
      [
        "dashboard, old district",
        page(cookies.committee, () => `/dashboard?view=historical&unit=${data.districtId}`),
      ],
      [
        // Periods that start or end inside a half-month, which the summaries cannot answer.
        "dashboard, period by days",
        page(
          cookies.committee,
          (i) =>
            [
              `/dashboard?from=2024-03-10&to=2024-09-09`,
              `/dashboard?agency=${data.agencyId}&from=2025-01-10&to=2025-12-31`,
              `/dashboard?from=2026-10-20`,
            ][i % 3]!,
        ),
      ],
    ];
    for (const [name, task] of scenarios) {
      if (only.length && !only.some((o) => name.includes(o))) continue;
      const result = await measure(name, task, {
        seconds,
        concurrency: name.startsWith("sign-in") ? 2 : concurrency,
      });
      results.push(result);
      console.log(
        `  ${name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${result.perSecond.toFixed(1)}/s, ${result.errors} errors`,
      );
    }
    if (!only.length || only.some((o) => "submit approve".includes(o))) {
      process.env.DATABASE_POOL_MAX ??= String(writeConcurrency + 2);
      const { benchSubmit, benchApprove } = await import("./bench/writes");
      for (const run of [benchSubmit, benchApprove]) {
        const result = await run(seconds, writeConcurrency);
        results.push(result);
        console.log(
          `  ${result.name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${result.perSecond.toFixed(1)}/s, ${result.errors} errors`,
        );
      }
    }
  } finally {
    server.kill("SIGTERM");
  }
  report(results, data.proposals);
  process.exit(0);
}

function report(results: Measurement[], proposals: number): void {
  const floor = results.find((r) => r.name.includes("floor"));
  const rows = results.map((r) => ({
    measurement: r.name,
    "p50 ms": r.p50.toFixed(1),
    "p95 ms": r.p95.toFixed(1),
    "per s": r.perSecond.toFixed(1),
    errors: r.errors,
    "p95 / floor": floor ? (r.p95 / floor.p95).toFixed(1) : "",
  }));
  console.table(rows);
  const dir = path.join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `${new Date().toISOString().slice(0, 16).replace(/[:T]/g, "-")}-${proposals}.json`,
  );
  writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        proposals,
        machine: {
          cpus: os.cpus().length,
          model: os.cpus()[0]?.model,
          memoryGiB: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
        },
        seconds,
        concurrency,
        results,
      },
      null,
      2,
    ),
  );
  console.log(`written ${path.relative(root, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
