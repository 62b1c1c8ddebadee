// `npm start` / `npm run dev`: the embedded database when no DATABASE_URL is set, migrations, demo data, then Next.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { startEmbeddedPostgres } from "./db/embedded-postgres";
import { applyMigrations } from "./db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.resolve(root, process.env.EMBEDDED_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxCli = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

function log(message: string) {
  console.log(`[portal] ${message}`);
}

/** A stable sign-in secret for this installation when none is configured (kept beside the data). */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  if (process.env.DATABASE_URL)
    log(
      "NEXTAUTH_SECRET is not set: using the one in .data/auth-secret (set it when you run several instances).",
    );
  return readFileSync(file, "utf8").trim();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [command, ...args], { cwd: root, env, stdio: "inherit" });
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await Promise.race([waitForExit(child), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

async function seedIfEmpty(databaseUrl: string): Promise<void> {
  // Loaded lazily: the seed pulls in the Prisma client, which the server-mode path does not need here.
  const { createPrismaClient } = await import("../lib/prisma-client");
  const { seedReference, seedDemo } = await import("../prisma/seed");
  const db = createPrismaClient(databaseUrl, 1);
  try {
    if ((await db.administrativeUnit.count()) > 0) return;
    log("first start: loading Nghệ An's units, agencies, fields and the demo data…");
    await seedReference(db);
    await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

async function main() {
  const started = Date.now();
  let stopDatabase: (() => Promise<void>) | undefined;
  let databaseUrl: string = process.env.DATABASE_URL ?? "";
  let poolMax = process.env.DATABASE_POOL_MAX;
  if (!databaseUrl) {
    log(`no DATABASE_URL: starting the embedded PostgreSQL in ${path.relative(root, dataDir) || "."}/pglite`);
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "pglite"),
      port: Number(process.env.EMBEDDED_DB_PORT ?? 54329),
    });
    databaseUrl = embedded.url;
    stopDatabase = embedded.stop;
    poolMax = "1"; // PGlite answers one query at a time: a bigger pool only queues behind it.
  }

  let next: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const stoppingWorker = stopChild(worker);
    if (next && next.exitCode === null) {
      next.kill("SIGTERM");
      await Promise.race([waitForExit(next), new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (next.exitCode === null) next.kill("SIGKILL");
    }
    await stoppingWorker;
    if (stopDatabase) await stopDatabase();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    const applied = await applyMigrations(databaseUrl, { log });
    if (applied.length) log(`applied ${applied.length} migration(s)`);
    if (stopDatabase || process.env.SEED_DEMO === "1") await seedIfEmpty(databaseUrl);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: poolMax,
      NEXTAUTH_SECRET: authSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      // Without SMTP_URL, e-mails are written as .eml files beside the data (.data/mail by default).
      MAIL_DIR: process.env.MAIL_DIR ?? path.join(dataDir, "mail"),
    };
    if (mode === "start" && !existsSync(path.join(root, ".next", "BUILD_ID"))) {
      log("no production build yet: running `next build` (once)…");
      const code = await waitForExit(run(nextBin, ["build"], { ...env, NODE_ENV: "production" }));
      if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
    }
    // The background jobs (reminders, e-mail outbox) in their own process, on the same database.
    const startWorker = () => {
      worker = run(tsxCli, ["--conditions=react-server", "scripts/worker.ts"], env);
      worker.on("exit", (code) => {
        if (stopping) return;
        log(`the worker stopped (exit code ${code}); restarting it in 10 s`);
        setTimeout(() => !stopping && startWorker(), 10_000);
      });
    };
    startWorker();
    next = run(nextBin, [mode, "-p", String(port)], env);
    next.on("exit", (code) => void shutdown(code ?? 1));
    const url = `http://localhost:${port}`;
    if (await waitUntilHealthy(url, next)) {
      log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${url}`);
      if (stopDatabase) {
        log(`demo sign-ins (password ${DEMO_PASSWORD}):`);
        for (const account of DEMO_ACCOUNTS) log(`  ${account.email.padEnd(22)} ${account.description}`);
      }
    }
  } catch (error) {
    console.error("[portal] could not start:", error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

void main();
