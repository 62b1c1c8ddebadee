// The seed on a fresh PostgreSQL database: reference data complete and idempotent, demo data consistent.
import { verify } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemo, seedReference } from "../../prisma/seed";
import { applyMigrations } from "../../scripts/db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../scripts/demo-accounts";
import { adminQuery, uniqueName, withDatabase } from "../support/database-server";
import { TEST_TODAY } from "../support/test-clock";

const server = process.env.TEST_DATABASE_URL;

describe.skipIf(!server)("prisma/seed on a fresh database", () => {
  const name = uniqueName("seedtest");
  let db: PrismaClient;

  const referenceCounts = async () => ({
    units: await db.administrativeUnit.count(),
    mappings: await db.unitMapping.count(),
    agencies: await db.agency.count(),
    fields: await db.field.count(),
    calendar: await db.calendarDay.count(),
  });

  beforeAll(async () => {
    await adminQuery(server!, `CREATE DATABASE ${name}`);
    const url = withDatabase(server!, name);
    await applyMigrations(url);
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
    await seedReference(db);
    await seedDemo(db, { today: TEST_TODAY });
  }, 180_000);

  afterAll(async () => {
    await db?.$disconnect();
    await adminQuery(server!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it("has the province, 21 districts, 460 pre-2025 and 130 current commune-level units", async () => {
    expect(await db.administrativeUnit.count({ where: { level: "PROVINCE" } })).toBe(1);
    expect(await db.administrativeUnit.count({ where: { level: "DISTRICT" } })).toBe(21);
    expect(await db.administrativeUnit.count({ where: { level: "COMMUNE", validTo: { not: null } } })).toBe(
      460,
    );
    expect(await db.administrativeUnit.count({ where: { level: "COMMUNE", validTo: null } })).toBe(130);
    const old = await db.administrativeUnit.findMany({
      where: { level: "COMMUNE", validTo: { not: null } },
      include: { parent: true },
    });
    expect(old.every((u) => u.parent?.level === "DISTRICT")).toBe(true);
  });

  it("maps every current unit from at least one old unit, and every old unit to a current one", async () => {
    const current = await db.administrativeUnit.findMany({
      where: { level: "COMMUNE", validTo: null },
      include: { _count: { select: { mappedFrom: true } } },
    });
    expect(current.filter((u) => u._count.mappedFrom === 0).map((u) => u.name)).toEqual([]);
    const old = await db.administrativeUnit.findMany({
      where: { level: "COMMUNE", validTo: { not: null } },
      include: { _count: { select: { mappedTo: true } } },
    });
    expect(old.filter((u) => u._count.mappedTo === 0).map((u) => u.name)).toEqual([]);
  });

  it("routes every field to an agency still in force, and links merged agencies to their successor", async () => {
    const fields = await db.field.findMany({ include: { defaultLeadAgency: true } });
    expect(fields).toHaveLength(15);
    for (const field of fields) expect(field.defaultLeadAgency?.validTo).toBeNull();
    const ended = await db.agency.findMany({
      where: { validTo: { not: null } },
      include: { successor: true },
    });
    expect(ended.length).toBeGreaterThan(0);
    for (const agency of ended) expect(agency.successor?.validTo).toBeNull();
  });

  it("creates nothing when the reference data is seeded again", async () => {
    const before = await referenceCounts();
    const summary = await seedReference(db);
    expect(await referenceCounts()).toEqual(before);
    expect(
      summary.unitsCreated +
        summary.mappingsCreated +
        summary.agenciesCreated +
        summary.fieldsCreated +
        summary.calendarDaysCreated,
    ).toBe(0);
  });

  it("leaves the demo data alone when it is seeded again", async () => {
    const before = await db.proposal.count();
    const summary = await seedDemo(db, { today: TEST_TODAY });
    expect(summary.skipped).toBe(true);
    expect(await db.proposal.count()).toBe(before);
  });

  it("gives every proposal the status of its last status event", async () => {
    const rows = await db.$queryRaw<{ id: number; status: string; last: string | null }[]>`
      SELECT p.id, p.status::text AS status,
        (SELECT e."toStatus"::text FROM "StatusEvent" e WHERE e."proposalId" = p.id ORDER BY e."createdAt" DESC, e.id DESC LIMIT 1) AS last
      FROM "Proposal" p`;
    expect(rows.length).toBeGreaterThanOrEqual(280);
    expect(rows.filter((r) => r.status !== r.last)).toEqual([]);
  });

  it("gives every submitted proposal a unique code and no draft a code", async () => {
    const proposals = await db.proposal.findMany({ select: { code: true, status: true } });
    const submitted = proposals.filter((p) => p.status !== "DRAFT");
    expect(submitted.every((p) => p.code !== null && /^ĐT-\d{4}-\d{5}$/.test(p.code))).toBe(true);
    expect(new Set(submitted.map((p) => p.code)).size).toBe(submitted.length);
    expect(proposals.filter((p) => p.status === "DRAFT").every((p) => p.code === null)).toBe(true);
    for (const counter of await db.codeCounter.findMany()) {
      const last = `${counter.key}-${String(counter.value).padStart(5, "0")}`;
      expect(await db.proposal.count({ where: { code: last } })).toBe(1);
      expect(await db.proposal.count({ where: { code: { startsWith: `${counter.key}-`, gt: last } } })).toBe(
        0,
      );
    }
  });

  it("has every proposal state in the current session", async () => {
    const groups = await db.proposal.groupBy({
      by: ["status"],
      where: { session: { code: "DT-2026" } },
      _count: { _all: true },
    });
    expect(groups).toHaveLength(15);
  });

  it("finds the demo users by e-mail, with their roles and the demo password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUnique({ where: { email: account.email } });
      expect(user, account.email).not.toBeNull();
      expect(user?.role).toBe(account.role);
      expect(user?.active).toBe(true);
    }
    const leader = await db.user.findUniqueOrThrow({
      where: { email: "thanhvinh@demo.vn" },
      include: { unit: true },
    });
    expect(leader.unit?.code).toBe("16681");
    expect(leader.unit?.validTo).toBeNull();
    expect(await verify(leader.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await db.proposal.count({ where: { authorId: leader.id } })).toBeGreaterThanOrEqual(8);
  });

  it("gives Sở Xây dựng and Ban Tổ chức Tỉnh ủy at least ten proposals each to lead in the current session", async () => {
    for (const code of ["SXD", "BTCTU"]) {
      const led = await db.proposal.count({ where: { session: { code: "DT-2026" }, leadAgency: { code } } });
      expect(led, code).toBeGreaterThanOrEqual(10);
      const inReview = await db.proposal.count({
        where: { session: { code: "DT-2026" }, leadAgency: { code }, status: "IN_REVIEW" },
      });
      expect(inReview, code).toBeGreaterThan(0);
    }
  });
});
