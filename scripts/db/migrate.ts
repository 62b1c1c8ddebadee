// Applies pending prisma/migrations/*/migration.sql the way `prisma migrate deploy` does, without Prisma's native engine.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";

export interface MigrateOptions {
  log?: (s: string) => void;
  /** Defaults to prisma/migrations under the current directory (npm scripts run from the package root). */
  migrationsDir?: string;
  /** How long to wait for another process that is migrating the same database. */
  lockTimeoutMs?: number;
}

interface LocalMigration {
  name: string;
  script: string;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

// The key Prisma's schema engine locks with, so this runner and `prisma migrate deploy` also exclude each other.
const PRISMA_LOCK_KEY = 72707369;

// Same DDL as the schema engine's create_migrations_table, so Prisma later finds the table it expects.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function checksumOf(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

// Prisma accepts a stored checksum when it matches the script with either line ending, and (for tables
// written by old engine versions) when it was rendered without zero padding; refusing those would be stricter
// than Prisma itself.
function matchesChecksum(script: string, stored: string): boolean {
  const variants = [script, script.replace(/\r\n/g, "\n"), script.replace(/\r?\n/g, "\r\n")];
  return variants.some((v) => {
    const digest = createHash("sha256").update(v, "utf8").digest();
    const rendered =
      stored.length === 64 ? digest.toString("hex") : [...digest].map((b) => b.toString(16)).join("");
    return rendered === stored;
  });
}

export async function readLocalMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return [];
    throw e;
  });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrations: LocalMigration[] = [];
  for (const name of names) {
    const file = path.join(migrationsDir, name, "migration.sql");
    const script = await readFile(file, "utf8").catch(() => {
      throw new MigrationError(
        `${file} is missing: every folder in ${migrationsDir} must hold a migration.sql.`,
      );
    });
    migrations.push({ name, script });
  }
  return migrations;
}

async function acquireLock(client: pg.Client, timeoutMs: number, log: (s: string) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  // Polling instead of pg_advisory_lock so a stuck holder ends in a clear error rather than a hang.
  for (;;) {
    const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [
      PRISMA_LOCK_KEY,
    ]);
    if (rows[0]?.ok) return;
    if (Date.now() > deadline) {
      throw new MigrationError(
        `Another process has been migrating this database for over ${Math.round(timeoutMs / 1000)} s ` +
          `(advisory lock ${PRISMA_LOCK_KEY} is held). Try again when it has finished.`,
      );
    }
    if (!told) log("Waiting for another process that is migrating this database…");
    told = true;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function ensureHistoryTable(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  if (rows.some((r) => r.name === "_prisma_migrations")) return;
  // Prisma refuses this case too (P3005): applying `init` over unknown tables would fail halfway or mislead.
  if (rows.length > 0) {
    throw new MigrationError(
      `The database already has tables (${rows
        .slice(0, 5)
        .map((r) => r.name)
        .join(", ")}…) but no _prisma_migrations history. ` +
        "Use an empty database, or baseline it first (see Prisma's `migrate resolve --applied`).",
    );
  }
  await client.query(CREATE_MIGRATIONS_TABLE);
}

function checkHistory(rows: MigrationRow[], local: LocalMigration[], log: (s: string) => void): void {
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed.length > 0) {
    const details = failed
      .map(
        (r) =>
          `  - ${r.migration_name} (started ${r.started_at.toISOString()})${r.logs ? `:\n${r.logs.trim()}` : ""}`,
      )
      .join("\n");
    throw new MigrationError(
      `Found failed migrations in the target database; nothing was applied.\n${details}\n` +
        "Repair the database by hand, then mark each one rolled back — `npx prisma migrate resolve --rolled-back <name>` " +
        `on a machine with internet, or: UPDATE "_prisma_migrations" SET rolled_back_at = now() ` +
        "WHERE migration_name = '<name>' AND finished_at IS NULL;",
    );
  }
  const byName = new Map(local.map((m) => [m.name, m]));
  const edited: string[] = [];
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    const file = byName.get(row.migration_name);
    if (!file) {
      log(`Note: ${row.migration_name} is recorded in the database but missing from the migrations folder.`);
    } else if (!matchesChecksum(file.script, row.checksum)) {
      edited.push(row.migration_name);
    }
  }
  if (edited.length > 0) {
    throw new MigrationError(
      `These migrations were modified after they were applied: ${edited.join(", ")}. ` +
        "Restore their migration.sql as applied (git) and put the change in a new migration.",
    );
  }
}

// A script with its own BEGIN;/COMMIT; (Prisma writes those when it rebuilds an enum) cannot be wrapped in ours:
// its COMMIT would end our transaction early. Those are recorded the way Prisma does it, row first.
// The semicolon keeps PL/pgSQL `BEGIN` blocks from matching.
function managesOwnTransaction(script: string): boolean {
  return /^\s*(BEGIN|START\s+TRANSACTION|COMMIT)(\s+(WORK|TRANSACTION))?\s*;/im.test(script);
}

async function isApplied(client: pg.Client, name: string): Promise<boolean> {
  const { rowCount } = await client.query(
    `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL`,
    [name],
  );
  return (rowCount ?? 0) > 0;
}

async function applyInTransaction(client: pg.Client, m: LocalMigration): Promise<boolean> {
  await client.query("BEGIN");
  try {
    // Checked again inside the transaction: on PGlite all connections share one session, so the advisory
    // lock does not exclude a second migrator there, but its socket server does run transactions one at a time.
    if (await isApplied(client, m.name)) {
      await client.query("ROLLBACK");
      return false;
    }
    await client.query(m.script);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), checksumOf(m.script), m.name],
    );
    await client.query("COMMIT");
    return true;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw new MigrationError(
      `Migration ${m.name} failed and was rolled back; nothing of it was recorded.\n${describe(e)}`,
    );
  }
}

async function applyUnwrapped(client: pg.Client, m: LocalMigration): Promise<boolean> {
  const id = randomUUID();
  // Claiming the row in a transaction keeps the check and the claim together on PGlite, as above.
  await client.query("BEGIN");
  if (await isApplied(client, m.name)) {
    await client.query("ROLLBACK");
    return false;
  }
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
    [id, checksumOf(m.script), m.name],
  );
  await client.query("COMMIT");
  try {
    await client.query(m.script);
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, describe(e)]);
    throw new MigrationError(
      `Migration ${m.name} failed and is recorded as failed, as Prisma would record it.\n${describe(e)}`,
    );
  }
  await client.query(
    `UPDATE "_prisma_migrations" SET applied_steps_count = applied_steps_count + 1, finished_at = now() WHERE id = $1`,
    [id],
  );
  return true;
}

function describe(e: unknown): string {
  if (e instanceof Error) {
    const pgError = e as Error & { code?: string; position?: string };
    return `${pgError.message}${pgError.code ? ` (SQLSTATE ${pgError.code})` : ""}`;
  }
  return String(e);
}

export async function applyMigrations(databaseUrl: string, opts: MigrateOptions = {}): Promise<string[]> {
  const log = opts.log ?? (() => undefined);
  const migrationsDir = opts.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  // A missing folder almost always means the wrong working directory, not "nothing to apply".
  if (!existsSync(migrationsDir)) throw new MigrationError(`No migrations folder at ${migrationsDir}.`);
  const local = await readLocalMigrations(migrationsDir);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  let locked = false;
  try {
    await acquireLock(client, opts.lockTimeoutMs ?? 60_000, log);
    locked = true;
    await ensureHistoryTable(client);
    const { rows } = await client.query<MigrationRow>(
      `SELECT migration_name, checksum, started_at, finished_at, rolled_back_at, logs
       FROM "_prisma_migrations" ORDER BY started_at`,
    );
    checkHistory(rows, local, log);
    const done = new Set(rows.filter((r) => r.rolled_back_at === null).map((r) => r.migration_name));
    for (const m of local) {
      if (done.has(m.name)) continue;
      const started = Date.now();
      const ran = managesOwnTransaction(m.script)
        ? await applyUnwrapped(client, m)
        : await applyInTransaction(client, m);
      if (ran) {
        applied.push(m.name);
        log(`Applied ${m.name} (${Date.now() - started} ms)`);
      }
    }
  } finally {
    // Closing the connection would release it on a real server, but PGlite's one session outlives connections.
    if (locked) await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return applied;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set. Set it to the PostgreSQL database to migrate, e.g.\n" +
        "  DATABASE_URL=postgresql://user:password@127.0.0.1:5432/portal npm run db:migrate\n" +
        "(`npm start` migrates its embedded database by itself; this command is for a real server.)",
    );
    process.exit(1);
  }
  const started = Date.now();
  try {
    const applied = await applyMigrations(url, { log: (s) => console.log(s) });
    console.log(
      applied.length === 0
        ? "No pending migrations."
        : `Applied ${applied.length} migration(s) in ${Date.now() - started} ms.`,
    );
  } catch (e) {
    console.error(e instanceof MigrationError ? e.message : e);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void main();
}
