// Before each integration test file: point the app's database client at a fresh copy of the seeded database.
import { afterAll, inject } from "vitest";
import { adminQuery, uniqueName, withDatabase } from "./database-server";

const mode = inject("databaseMode");
const templateUrl = inject("databaseUrl");
const adminUrl = inject("adminUrl");

if (mode === "server") {
  const template = new URL(templateUrl).pathname.slice(1);
  const name = uniqueName("portal_t");
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  process.env.DATABASE_URL = withDatabase(templateUrl, name);
  process.env.DATABASE_POOL_MAX = "4";
  afterAll(async () => {
    const { db } = await import("@/lib/db");
    await db().$disconnect();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
} else {
  process.env.DATABASE_URL = templateUrl;
  process.env.DATABASE_POOL_MAX = "1";
  afterAll(async () => {
    const { db } = await import("@/lib/db");
    await db().$disconnect();
  });
}
