// Throwaway databases for the ops scripts: portal_ops_<purpose>_<pid> on the machine's PostgreSQL server,
// migrated and seeded with the demo data, dropped when the script ends (and by the next run if it was killed).
import pg from "pg";
import { applyMigrations } from "../db/migrate";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDemo, seedReference } from "../../prisma/seed";

export const SERVER_URL =
  process.env.OPS_DATABASE_SERVER ??
  process.env.TEST_DATABASE_URL ??
  "postgresql://postgres@127.0.0.1:5432/postgres";

const PREFIX = "portal_ops_";

export function databaseUrl(database: string, server = SERVER_URL): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => undefined);
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

/** Drops databases of earlier ops runs whose process is gone (killed before it could clean up). */
async function dropAbandoned(): Promise<void> {
  await withClient(SERVER_URL, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'portal\\_ops\\_%'",
    );
    for (const { datname } of rows) {
      const pid = Number(datname.split("_").at(-1));
      if (!Number.isInteger(pid) || isAlive(pid)) continue;
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}

export type DemoDatabase = { name: string; url: string; drop: () => Promise<void> };

/** A fresh database with the migrations, the reference data and the demo users and proposals. */
export async function createDemoDatabase(
  purpose: string,
  log: (message: string) => void,
): Promise<DemoDatabase> {
  await dropAbandoned();
  const name = `${PREFIX}${purpose}_${process.pid}`;
  await withClient(SERVER_URL, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  await withClient(SERVER_URL, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(name);
  const drop = async () => {
    await withClient(SERVER_URL, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
  try {
    const started = Date.now();
    await applyMigrations(url);
    const prisma = createPrismaClient(url, 2);
    try {
      await seedReference(prisma);
      await seedDemo(prisma);
    } finally {
      await prisma.$disconnect();
    }
    log(
      `database ${name}: migrated and seeded with the demo data in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
  return { name, url, drop };
}
