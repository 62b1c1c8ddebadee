// Generates a realistic program at scale on PostgreSQL: sessions every six months since 2020, N proposals in every
// state with their answers, assignments, events, follow-ups and urges, a commune leader per commune and staff per
// agency. Usage: DATABASE_URL=postgresql://… npm run seed:scale -- --proposals 1000000
// The reference and demo data are seeded first (the demo sign-ins work on the result). See docs/performance.md.
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemo, seedReference } from "../prisma/seed";
import { applyMigrations } from "./db/migrate";
import { DEMO_PASSWORD } from "./demo-accounts";
import { buildPool } from "./seed-scale/pool";
import { planSessions } from "./seed-scale/plan";
import {
  createWorkingDayTables,
  insertAssignments,
  insertEvents,
  insertFollowUps,
  insertSessionProposals,
  insertUrges,
} from "./seed-scale/generate";

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]?.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 1 || value > 5_000_000) {
    console.error(`--${name} must be a whole number between 1 and 5000000`);
    process.exit(2);
  }
  return value;
}

const started = Date.now();
const log = (message: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set: the scale seed runs on a PostgreSQL server, e.g.\n" +
        "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/portal_scale npm run seed:scale -- --proposals 1000000",
    );
    process.exit(2);
  }
  const proposals = argument("proposals", 100_000);
  const today = new Date(
    Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()),
  );
  const todayIso = today.toISOString().slice(0, 10);

  await applyMigrations(url, { log: () => {} });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await seedReference(prisma);
    await seedDemo(prisma);
    log("reference and demo data in place");
    const sessions = planSessions(today, proposals);
    const existing = await client.query(
      `SELECT count(*)::int AS n FROM "DialogueSession" WHERE code = ANY($1)`,
      [sessions.map((s) => s.code)],
    );
    if (existing.rows[0].n > 0) {
      console.error(
        "This database already holds generated sessions; seed a fresh database (npm run db:reset).",
      );
      process.exit(1);
    }

    await createLookups(client, prisma, await hash(DEMO_PASSWORD));
    log("users, texts and working days ready");

    // The summaries are rebuilt once at the end (portal_rebuild_dashboard) instead of row by row.
    await client.query(`ALTER TABLE "Proposal" DISABLE TRIGGER USER`);
    await client.query(`ALTER TABLE "Urge" DISABLE TRIGGER USER`);
    // GIN indexes are much faster built once than kept up row by row.
    await client.query(`DROP INDEX IF EXISTS "Proposal_searchVector_idx"`);
    await client.query(`DROP INDEX IF EXISTS "Proposal_searchPairs_idx"`);
    const coordinator = await userId(client, "dieuphoi@demo.vn");
    const committee = await userId(client, "thuongvu@demo.vn");
    const ids: number[] = [];
    for (const session of sessions) {
      const id = await insertSession(client, session);
      ids.push(id);
      const offsets = await codeOffsets(client);
      const answers = await insertSessionProposals(client, { ...session, id }, todayIso, offsets);
      await syncCodeCounters(client);
      log(`${session.code} (${session.age}): ${session.proposals} proposals, ${answers} answers`);
    }
    // Eight or nine events per proposal: their indexes are built once at the end rather than kept row by row.
    await client.query(
      `DROP INDEX IF EXISTS "StatusEvent_proposalId_createdAt_idx"; DROP INDEX IF EXISTS "StatusEvent_createdAt_idx"`,
    );
    let events = 0;
    for (const [i, id] of ids.entries()) {
      events += await insertEvents(client, [id], coordinator);
      if (i % 4 === 3 || i === ids.length - 1) log(`events: ${events}`);
    }
    await client.query(`CREATE INDEX "StatusEvent_proposalId_createdAt_idx" ON "StatusEvent" ("proposalId", "createdAt");
      CREATE INDEX "StatusEvent_createdAt_idx" ON "StatusEvent" ("createdAt")`);
    log("event indexes rebuilt");
    log(`assignments: ${await insertAssignments(client, ids, coordinator)}`);
    log(
      `follow-ups: ${await insertFollowUps(client, ids)}, urges: ${await insertUrges(client, ids, committee, todayIso)}`,
    );
    await client.query(`CREATE INDEX "Proposal_searchVector_idx" ON "Proposal" USING GIN ("searchVector")`);
    await client.query(`CREATE INDEX "Proposal_searchPairs_idx" ON "Proposal" USING GIN ("searchPairs")`);
    log("search indexes rebuilt");
    await client.query(`ALTER TABLE "Proposal" ENABLE TRIGGER USER`);
    await client.query(`ALTER TABLE "Urge" ENABLE TRIGGER USER`);
    const { rows } = await client.query(`SELECT portal_rebuild_dashboard() AS n`);
    log(`dashboard summaries rebuilt: ${rows[0].n} rows`);
    // VACUUM sets the visibility map, so index-only scans (the dashboard's overdue count) skip the table.
    await client.query(`VACUUM ANALYZE`);
    await check(client, ids);
    const total = await client.query(`SELECT count(*)::int AS n FROM "Proposal"`);
    log(`done: ${total.rows[0].n} proposals in the database`);
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
}

async function userId(client: pg.Client, email: string): Promise<number> {
  const { rows } = await client.query(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!rows[0]) throw new Error(`${email} is missing: the demo seed did not run`);
  return rows[0].id as number;
}

/** Commune leaders for every commune, an officer and a head per agency, the text pool, working-day tables. */
async function createLookups(client: pg.Client, prisma: PrismaClient, passwordHash: string): Promise<void> {
  await client.query(
    `INSERT INTO "User" (email, name, position, role, "unitId", "passwordHash", "updatedAt")
     SELECT 'xa' || u.id || '@scale.demo.vn', 'Lãnh đạo ' || u.name, 'Chủ tịch UBND', 'COMMUNE_LEADER', u.id, $1, now()
     FROM "AdministrativeUnit" u WHERE u.level = 'COMMUNE'
     ON CONFLICT (email) DO NOTHING`,
    [passwordHash],
  );
  await client.query(
    `INSERT INTO "User" (email, name, position, role, "agencyId", "passwordHash", "updatedAt")
     SELECT kind.prefix || lower(a.code) || '@scale.demo.vn', kind.title || ' ' || a."shortName", kind.title, kind.role::"Role", a.id, $1, now()
     FROM "Agency" a
     CROSS JOIN (VALUES ('canbo.', 'Chuyên viên', 'AGENCY_OFFICER'), ('lanhdao.', 'Lãnh đạo', 'AGENCY_HEAD')) kind(prefix, title, role)
     ON CONFLICT (email) DO NOTHING`,
    [passwordHash],
  );
  await client.query(`
    CREATE TEMP TABLE scale_agency_users AS
    SELECT a.id AS agency_id, a.code, o.id AS officer_id, h.id AS head_id, h.name AS head_name
    FROM "Agency" a
    JOIN "User" o ON o.email = 'canbo.' || lower(a.code) || '@scale.demo.vn'
    JOIN "User" h ON h.email = 'lanhdao.' || lower(a.code) || '@scale.demo.vn';
    CREATE TEMP TABLE scale_pool (idx int PRIMARY KEY, era text, unit_id int, field_id int, lead_agency_id int,
      title text, content text, answer text);`);

  const pool = await buildPool(prisma);
  const fields = new Map((await prisma.field.findMany()).map((f) => [f.code, f.id]));
  const agencies = new Map((await prisma.agency.findMany()).map((a) => [a.code, a.id]));
  for (let start = 0; start < pool.length; start += 500) {
    const chunk = pool.slice(start, start + 500);
    const values: unknown[] = [];
    const tuples = chunk.map((row, i) => {
      values.push(
        start + i,
        row.era,
        row.unitId,
        fields.get(row.fieldCode) ?? null,
        agencies.get(row.leadCode) ?? null,
        row.title,
        row.content,
        row.answer,
      );
      const b = i * 8;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8})`;
    });
    await client.query(`INSERT INTO scale_pool VALUES ${tuples.join(", ")}`, values);
  }
  await client.query(`
    CREATE TEMP TABLE scale_pool_range AS
    SELECT unit_id, era, MIN(idx) AS first_idx, COUNT(*)::int AS count FROM scale_pool GROUP BY unit_id, era;
    CREATE TEMP TABLE scale_units AS
    SELECT r.era, (ROW_NUMBER() OVER (PARTITION BY r.era ORDER BY r.unit_id) - 1)::int AS idx, r.unit_id,
      (SELECT id FROM "User" WHERE email = 'xa' || r.unit_id || '@scale.demo.vn') AS author_id
    FROM scale_pool_range r;
    CREATE TEMP TABLE scale_unit_count AS SELECT era, COUNT(*)::int AS count FROM scale_units GROUP BY era;
    ANALYZE scale_pool; ANALYZE scale_units;`);
  await createWorkingDayTables(client);
}

async function insertSession(client: pg.Client, s: ReturnType<typeof planSessions>[number]): Promise<number> {
  const { rows } = await client.query(
    `INSERT INTO "DialogueSession" (code, title, theme, "startsOn", "endsOn", venue, agenda, "submissionOpensAt",
       "submissionClosesAt", "coordinatingAgencyId", status, "defaultAnswerDays", "receiptDays", "updatedAt")
     VALUES ($1, $2, 'Đoàn kết – Dân chủ – Kỷ cương – Phát triển', $3::date, $3::date, 'Trung tâm Hội nghị tỉnh',
       'Báo cáo kết quả giải quyết kiến nghị kỳ trước; đối thoại theo nhóm lĩnh vực; kết luận hội nghị.',
       ($4::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
       ($5::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' - INTERVAL '1 second',
       (SELECT id FROM "Agency" WHERE code = $6), $7::"SessionStatus", 15, 10, now())
     RETURNING id`,
    [
      s.code,
      s.title,
      s.meeting,
      s.opens,
      s.closes,
      s.coordinatingAgency,
      s.age === "current" ? "HELD" : "CLOSED",
    ],
  );
  const id = rows[0].id as number;
  await client.query(
    `INSERT INTO "SessionParticipant" ("sessionId", "unitId") SELECT $1, unit_id FROM scale_units WHERE era = $2`,
    [id, s.era],
  );
  return id;
}

async function codeOffsets(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query(`SELECT key, value FROM "CodeCounter" WHERE key LIKE 'ĐT-%'`);
  return Object.fromEntries(rows.map((r: { key: string; value: number }) => [r.key.slice(3), r.value]));
}

/** Submissions after the seed continue the numbering: each year's counter becomes its highest code. */
async function syncCodeCounters(client: pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO "CodeCounter" (key, value)
    SELECT substr(code, 1, 7), MAX(split_part(code, '-', 3)::int) FROM "Proposal"
    WHERE code LIKE 'ĐT-____-%' GROUP BY 1
    ON CONFLICT (key) DO UPDATE SET value = GREATEST("CodeCounter".value, EXCLUDED.value)`);
}

/** Cheap consistency checks on what was written; a failure stops with a message. */
async function check(client: pg.Client, ids: number[]): Promise<void> {
  const problems = await client.query(
    `SELECT
       (SELECT count(*) FROM "Proposal" p WHERE p."sessionId" = ANY($1) AND p."assignedAt" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."proposalId" = p.id))::int AS unassigned,
       (SELECT count(*) FROM (SELECT id FROM "Proposal" WHERE "sessionId" = ANY($1) AND "answerWorkingDays" IS NOT NULL
          ORDER BY id LIMIT 2000) s JOIN "Proposal" p ON p.id = s.id
          WHERE p."answerWorkingDays" <> portal_working_days((p."assignedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
            (p."approvedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date))::int AS wrong_days,
       (SELECT count(*) FROM "Proposal" WHERE "sessionId" = ANY($1) AND status NOT IN ('DRAFT') AND code IS NULL)::int AS uncoded`,
    [ids],
  );
  const row = problems.rows[0] as Record<string, number>;
  if (Object.values(row).some((n) => n > 0))
    throw new Error(`generated data is inconsistent: ${JSON.stringify(row)}`);
  log("checks passed (assignments, working days, codes)");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
