// What every ops script shares: its command-line options, the machine it ran on, the JSON result file, and
// cleaning up (processes and databases) however the script ends.
import { execSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { withClient, SERVER_URL } from "./database";
import { ROOT, stopAll } from "./processes";

export function option(name: string, fallback: number): number;
export function option(name: string, fallback: string | undefined): string | undefined;
export function option(name: string, fallback: number | string | undefined) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return fallback;
  const arg = args[index]!;
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[index + 1];
  if (value === undefined) throw new Error(`--${name} needs a value`);
  if (typeof fallback === "number") {
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} must be a positive number`);
    return number;
  }
  return value;
}

export function flag(name: string): boolean {
  return process.argv.slice(2).includes(`--${name}`);
}

export async function machine() {
  const postgres = await withClient(SERVER_URL, async (client) => {
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    return rows[0]?.server_version ?? "unknown";
  });
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { cwd: ROOT }).toString().trim();
  } catch {
    // not a git checkout
  }
  // Share of the last minute in which runnable tasks waited for a CPU (Linux pressure stall information): how
  // much other work competed with the run.
  let cpuPressure60: number | null = null;
  try {
    cpuPressure60 = Number(readFileSync("/proc/pressure/cpu", "utf8").match(/avg60=([\d.]+)/)?.[1] ?? NaN);
  } catch {
    // not Linux, or no PSI
  }
  return {
    date: new Date().toISOString(),
    cpuPressure60,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres,
    loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
    commit,
  };
}

/** Writes bench/results/<name>-<timestamp>.json and returns its path. */
export function writeResult(name: string, data: unknown): string {
  const dir = path.join(ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return path.relative(ROOT, file);
}

/**
 * Runs `main` with `cleanup` guaranteed on success, failure, Ctrl+C or SIGTERM: every started process is stopped
 * and the cleanups (dropping databases, stopping nginx) run once. Exits with main's code.
 */
export function runScript(name: string, main: (cleanups: (() => Promise<void>)[]) => Promise<number>): void {
  const cleanups: (() => Promise<void>)[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await stopAll().catch((error) => console.error(`[${name}] stopping processes failed:`, error));
      for (const step of cleanups.reverse())
        await step().catch((error) => console.error(`[${name}] cleanup failed:`, error));
    })());
  const interrupted = (signal: string) => {
    console.error(`[${name}] ${signal}: cleaning up…`);
    void cleanup().then(() => process.exit(130));
  };
  process.on("SIGINT", () => interrupted("SIGINT"));
  process.on("SIGTERM", () => interrupted("SIGTERM"));
  main(cleanups)
    .then(async (code) => {
      await cleanup();
      process.exit(code);
    })
    .catch(async (error: unknown) => {
      console.error(`[${name}] FAILED:`, error instanceof Error ? (error.stack ?? error.message) : error);
      await cleanup();
      process.exit(1);
    });
}
