// `npm run db:reset`: wipe the database and start again from the migrations (and the demo data with --demo).
// Embedded: deletes the data folder; `npm start` then recreates and seeds it. Server: asks for --yes first.
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "./migrate";

const root = path.resolve(import.meta.dirname, "..", "..");
const args = new Set(process.argv.slice(2));

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = path.resolve(root, process.env.EMBEDDED_DATA_DIR ?? ".data", "pglite");
    rmSync(dir, { recursive: true, force: true });
    console.log(
      `Removed the embedded database at ${path.relative(root, dir)}. \`npm start\` creates and seeds a fresh one.`,
    );
    return;
  }
  if (!args.has("--yes")) {
    console.error(
      `This deletes every table of ${new URL(url).host}${new URL(url).pathname}. Run again with -- --yes to confirm.`,
    );
    process.exit(1);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
  const applied = await applyMigrations(url, { log: console.log });
  console.log(`Applied ${applied.length} migration(s).`);
  const { createPrismaClient } = await import("../../lib/prisma-client");
  const { seedReference, seedDemo } = await import("../../prisma/seed");
  const db = createPrismaClient(url, 2);
  try {
    await seedReference(db);
    if (args.has("--demo")) await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
  console.log(args.has("--demo") ? "Seeded reference and demo data." : "Seeded reference data.");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
