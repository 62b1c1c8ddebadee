// Smoke test of `npm start` on the embedded database: cold start to first page, a restart on the same data,
// and a clean stop that leaves no process listening. Prints the times; exits non-zero on any failure.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = 3200;
const dbPort = 54390;
const dataDir = mkdtempSync(path.join(tmpdir(), "portal-smoke-"));

let current: ChildProcess | undefined;

function start(): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_DATA_DIR: dataDir,
    EMBEDDED_DB_PORT: String(dbPort),
  };
  delete env.DATABASE_URL;
  current = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/portal.ts", "start"],
    {
      cwd: root,
      env,
      stdio: ["ignore", "inherit", "inherit"],
      detached: true, // its own process group, so a failed run can be cleaned up whole
    },
  );
  return current;
}

async function firstPage(child: ChildProcess, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (child.exitCode !== null) throw new Error(`the portal exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://localhost:${port}/sign-in`);
      if (response.ok && (await response.text()).includes("Đăng nhập")) return Date.now() - started;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no sign-in page after ${limitMs} ms`);
}

function listening(portNumber: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(portNumber, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await Promise.race([
    exited,
    new Promise((_, reject) => setTimeout(() => reject(new Error("did not stop within 20 s")), 20_000)),
  ]);
  for (const p of [port, dbPort])
    if (await listening(p)) throw new Error(`port ${p} is still open after stopping`);
}

async function main() {
  try {
    const cold = start();
    const coldMs = await firstPage(cold, 300_000);
    const health = await (await fetch(`http://localhost:${port}/api/health`)).json();
    if (health.database !== "up") throw new Error(`health says ${JSON.stringify(health)}`);
    await stop(cold);
    const warm = start();
    const warmMs = await firstPage(warm, 120_000);
    await stop(warm);
    console.log(
      `smoke: first start (new database, migrations, demo seed) to sign-in page: ${(coldMs / 1000).toFixed(1)} s`,
    );
    console.log(`smoke: restart on the same data to sign-in page: ${(warmMs / 1000).toFixed(1)} s`);
    console.log("smoke: stopped cleanly, no port left open");
  } finally {
    if (current?.pid && current.exitCode === null) process.kill(-current.pid, "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error("smoke: FAILED:", error instanceof Error ? error.message : error);
  process.exit(1);
});
