// The server the e2e tests drive: a production build on a fresh demo database (a PostgreSQL server's when
// TEST_DATABASE_URL is set, a throwaway embedded one otherwise). Stops everything it started on exit.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { e2eDatabasePointer } from "./e2e-database-pointer";

const root = path.resolve(import.meta.dirname, "..");
const server = process.env.TEST_DATABASE_URL;
const database = `portal_e2e_${process.pid}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Databases of earlier runs whose server process is gone (killed before it could clean up). */
async function dropAbandonedDatabases() {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'portal\\_e2e\\_%'",
    );
    for (const { datname } of rows) {
      const pid = Number(datname.slice("portal_e2e_".length));
      if (!Number.isInteger(pid) || isAlive(pid)) continue;
      await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SEED_DEMO: "1",
    NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
  };
  let cleanup = async () => {};
  if (server) {
    await dropAbandonedDatabases();
    await admin(`CREATE DATABASE ${database}`);
    const url = new URL(server);
    url.pathname = `/${database}`;
    env.DATABASE_URL = url.toString();
    // Specs that set up their own records (tests/e2e/authorization.spec.ts) find the database here.
    const pointer = e2eDatabasePointer(process.env.PORT);
    writeFileSync(pointer, JSON.stringify({ databaseUrl: env.DATABASE_URL }));
    cleanup = async () => {
      rmSync(pointer, { force: true });
      await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    };
  } else {
    delete env.DATABASE_URL;
    const dir = mkdtempSync(path.join(tmpdir(), "portal-e2e-"));
    env.EMBEDDED_DATA_DIR = dir;
    env.EMBEDDED_DB_PORT = String(54380 + (process.pid % 100));
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/portal.ts", "start"],
    {
      cwd: root,
      env,
      stdio: "inherit",
    },
  );
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 0)));
  await cleanup().catch((error) => console.error("[e2e] cleanup failed:", error));
  process.exit(code);
}

void main();
