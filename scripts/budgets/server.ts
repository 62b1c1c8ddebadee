// The production server the budgets measure: the existing build (built once when there is none) started by
// the e2e tests' script on a fresh demo database, stopped with everything it started.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export function ensureBuild(): void {
  if (existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.log("[budgets] no production build: running `next build`…");
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    },
  );
  if (result.status !== 0) throw new Error(`next build failed (exit code ${result.status})`);
}

export type RunningServer = { baseUrl: string; pid: number; stop: () => Promise<void> };

export async function startServer(port: number): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/e2e-server.ts"],
    {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true, // its own process group: a failed stop can still end everything it started
    },
  );
  const baseUrl = `http://localhost:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM"); // the e2e server stops the portal, then drops its database
    const timedOut = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 30_000)),
    ]);
    if (timedOut && child.pid) process.kill(-child.pid, "SIGKILL");
  };
  const started = Date.now();
  while (Date.now() - started < 300_000) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, pid: child.pid!, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server did not answer on ${baseUrl} within 5 minutes`);
}
