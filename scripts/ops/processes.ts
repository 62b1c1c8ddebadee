// The processes the ops scripts run: `next start` instances and `npm run worker`, each in its own process group
// with its output in a log file, plus the production build they need.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const TSX_CLI = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

export const LOG_DIR = mkdtempSync(path.join(tmpdir(), "portal-ops-"));

export type Managed = {
  name: string;
  child: ChildProcess;
  logFile: string;
  exited: Promise<number | null>;
  /** signal the whole process group (the server and anything it forked) */
  signal: (signal: NodeJS.Signals) => void;
  stop: () => Promise<void>;
};

const running = new Set<Managed>();

function launch(name: string, args: string[], env: NodeJS.ProcessEnv): Managed {
  const logFile = path.join(LOG_DIR, `${name}.log`);
  const out = createWriteStream(logFile, { flags: "a" });
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code, signal) => {
      out.write(`\n[ops] ${name} exited (code ${code}, signal ${signal})\n`);
      resolve(code);
    }),
  );
  const signal = (sig: NodeJS.Signals) => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, sig);
    } catch {
      // already gone
    }
  };
  const managed: Managed = {
    name,
    child,
    logFile,
    exited,
    signal,
    stop: async () => {
      signal("SIGTERM");
      const done = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
      if (!done) {
        signal("SIGKILL");
        await exited;
      }
      running.delete(managed);
    },
  };
  running.add(managed);
  void exited.then(() => running.delete(managed));
  return managed;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export type AppEnv = {
  databaseUrl: string;
  secret: string;
  publicUrl: string;
  poolMax?: number;
  mailDir?: string;
};

function appEnv(options: AppEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_MAX: String(options.poolMax ?? 8),
    NEXTAUTH_SECRET: options.secret,
    NEXTAUTH_URL: options.publicUrl,
    MAIL_DIR: options.mailDir ?? path.join(LOG_DIR, "mail"),
  };
}

/** `next start` on 127.0.0.1:port (the production build in .next). */
export function startNext(name: string, port: number, options: AppEnv): Managed {
  return launch(name, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], appEnv(options));
}

/** `npm run worker`: the pg-boss queue with the reminders and the e-mail outbox. */
export function startWorker(name: string, options: AppEnv): Managed {
  return launch(name, [TSX_CLI, "--conditions=react-server", "scripts/worker.ts"], appEnv(options));
}

/** Waits until GET /api/health answers 200 (the database is reachable). */
export async function waitHealthy(baseUrl: string, managed: Managed, limitMs = 60_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (managed.child.exitCode !== null)
      throw new Error(`${managed.name} exited early; see ${managed.logFile}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${managed.name} not healthy after ${limitMs} ms; see ${managed.logFile}`);
}

/** Builds the app once when there is no production build (CI has one from `npm test`). */
export function ensureBuild(log: (message: string) => void): void {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  log("no production build: running `next build`…");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}

export function readLog(managed: Managed): string {
  return existsSync(managed.logFile) ? readFileSync(managed.logFile, "utf8") : "";
}

/** Stops every process still running (on normal exit, error or Ctrl+C). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((managed) => managed.stop()));
}

/** CPU seconds (user + system) used so far by a managed process and everything in its process group. */
export function cpuSeconds(managed: Managed): number {
  const group = managed.child.pid;
  if (group === undefined) return 0;
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name: state ppid pgrp … utime (14th field) stime (15th).
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}
