// Once per test run: a migrated, seeded database that every test file starts from.
// On a PostgreSQL server (TEST_DATABASE_URL) it is a template each file copies; otherwise an embedded PGlite.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/db/migrate";
import { startEmbeddedPostgres } from "../../scripts/db/embedded-postgres";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDemo, seedReference } from "../../prisma/seed";
import { adminQuery, serverUrl, uniqueName, withDatabase } from "./database-server";
import { TEST_TODAY } from "./test-clock";

declare module "vitest" {
  export interface ProvidedContext {
    databaseMode: "server" | "embedded";
    databaseUrl: string;
    adminUrl: string;
  }
}

async function seed(url: string, poolMax: number) {
  await applyMigrations(url);
  const db = createPrismaClient(url, poolMax);
  try {
    await seedReference(db);
    await seedDemo(db, { today: TEST_TODAY });
  } finally {
    await db.$disconnect();
  }
}

export default async function setup(project: TestProject) {
  const server = serverUrl();
  if (server) {
    const template = uniqueName("portal_tpl");
    await adminQuery(server, `CREATE DATABASE ${template}`);
    await seed(withDatabase(server, template), 4);
    project.provide("databaseMode", "server");
    project.provide("databaseUrl", withDatabase(server, template));
    project.provide("adminUrl", server);
    return async () => {
      await adminQuery(server, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "portal-test-"));
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dir, "pglite"),
    port: 54400 + (process.pid % 500),
  });
  await seed(embedded.url, 1);
  project.provide("databaseMode", "embedded");
  project.provide("databaseUrl", embedded.url);
  project.provide("adminUrl", embedded.url);
  return async () => {
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
