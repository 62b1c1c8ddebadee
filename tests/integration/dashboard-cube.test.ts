// The dashboard's summary tables against the proposals they summarise: after the seed, after changes of every
// kind (through the triggers), and after a rebuild. Any difference in any figure of any breakdown fails.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queryRawFigures, type FigureRow } from "@/lib/data/dashboard-sql";
import { cubeServes, histogramMedian, queryCubeFigures } from "@/lib/data/dashboard-cube";
import { parseDashboardFilters, type DashboardFilters } from "@/lib/schemas/dashboard";
import { isoDateKey } from "@/lib/calendar/working-days";
import { todayInVietnam } from "@/lib/calendar/today";

const today = isoDateKey(todayInVietnam());

/** Rows keyed by breakdown and key; groups with no proposal are left out (the raw query never has them). */
function normalise(rows: FigureRow[]): Record<string, Omit<FigureRow, "dim" | "key">> {
  const out: Record<string, Omit<FigureRow, "dim" | "key">> = {};
  for (const { dim, key, ...figures } of rows) {
    if (figures.total === 0 && dim !== "total") continue;
    out[`${dim}:${key}`] = figures;
  }
  return out;
}

async function filterSets(): Promise<DashboardFilters[]> {
  const sessions = await db().dialogueSession.findMany({ select: { id: true } });
  const fields = await db().field.findMany({ select: { id: true }, take: 3 });
  const agencies = await db().proposal.groupBy({
    by: ["leadAgencyId"],
    where: { leadAgencyId: { not: null } },
  });
  const raw: Record<string, string | number | undefined>[] = [
    {},
    { view: "historical" },
    { from: "2023-01-01", to: "2023-12-31" },
    { from: "2026-01-01" },
    { to: "2025-06-30" },
    ...sessions.map((s) => ({ session: s.id })),
    ...fields.map((f) => ({ field: f.id })),
    ...agencies.slice(0, 4).map((a) => ({ agency: a.leadAgencyId! })),
    { session: sessions[0]!.id, field: fields[0]!.id, from: "2023-07-01", to: "2023-08-31" },
  ];
  return raw.map((params) =>
    parseDashboardFilters(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))),
  );
}

async function expectSameFigures(): Promise<number> {
  let compared = 0;
  for (const filters of await filterSets()) {
    expect(cubeServes(filters)).toBe(true);
    const [cube, raw] = await Promise.all([
      queryCubeFigures(filters, today),
      queryRawFigures(filters, today),
    ]);
    expect({ filters, figures: normalise(cube) }).toEqual({ filters, figures: normalise(raw) });
    compared += raw.length;
  }
  return compared;
}

async function cubeSnapshot() {
  const [cube, units, days] = await Promise.all([
    db().dashboardCube.findMany({ where: { total: { not: 0 } } }),
    db().dashboardUnitCube.findMany({ where: { total: { not: 0 } } }),
    db().dashboardDays.findMany({ where: { count: { not: 0 } } }),
  ]);
  const key = (row: object) => JSON.stringify(row);
  return { cube: cube.map(key).sort(), units: units.map(key).sort(), days: days.map(key).sort() };
}

describe("dashboard summary tables", () => {
  it("give the same figures as the proposals for every breakdown and filter of the seeded data", async () => {
    expect(await expectSameFigures()).toBeGreaterThan(100);
  });

  it("stay equal to the proposals through status, rating, assignment, locality and deletion changes", async () => {
    // Own proposals, copies of seeded ones: the embedded database is shared by every test file.
    const seeded = await db().proposal.findMany({
      where: { status: { not: "DRAFT" } },
      orderBy: { id: "asc" },
      take: 8,
    });
    const proposals = await db().$transaction(
      seeded.map((p) => {
        const { id, code, clientToken, answerWorkingDays, createdAt, updatedAt, duplicateGroupId, ...rest } =
          p;
        void [id, code, clientToken, answerWorkingDays, createdAt, updatedAt, duplicateGroupId];
        return db().proposal.create({ data: { ...rest, title: `Cube check: ${rest.title}`.slice(0, 300) } });
      }),
    );
    const agencies = await db().agency.findMany({ select: { id: true }, take: 3 });
    const otherUnit = await db().administrativeUnit.findFirstOrThrow({
      where: { level: "COMMUNE", validTo: null },
    });
    const [a, b, c, d, e, f, g] = proposals;
    await db().$transaction([
      db().proposal.update({
        where: { id: a!.id },
        data: { status: "CLOSED", sentAt: new Date(), rating: "SATISFIED" },
      }),
      db().proposal.update({
        where: { id: b!.id },
        data: { leadAgencyId: agencies[2]!.id, answerDueOn: new Date("2020-01-01") },
      }),
      db().proposal.update({
        where: { id: c!.id },
        data: {
          status: "IN_REVIEW",
          assignedAt: new Date("2026-11-02T03:00:00Z"),
          approvedAt: null,
          answerDueOn: new Date("2026-11-20"),
        },
      }),
      db().proposal.update({
        where: { id: d!.id },
        data: { approvedAt: new Date("2026-11-24T03:00:00Z"), assignedAt: new Date("2026-11-02T03:00:00Z") },
      }),
      db().proposal.update({ where: { id: e!.id }, data: { unitId: otherUnit.id, fieldId: null } }),
      db().proposal.update({ where: { id: f!.id }, data: { status: "DRAFT" } }),
      db().proposal.update({
        where: { id: g!.id },
        data: { title: "Only the title changes", version: { increment: 1 } },
      }),
    ]);
    const h = proposals[7]!;
    await db().proposal.update({ where: { id: h.id }, data: { status: "DRAFT", submittedAt: null } });
    await db().proposal.update({
      where: { id: h.id },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    const orphan = await db().proposal.create({
      data: {
        sessionId: a!.sessionId,
        unitId: a!.unitId,
        authorId: a!.authorId,
        title: "Deleted again",
        content: "x",
        status: "SUBMITTED",
        submittedAt: new Date(),
      },
    });
    await db().proposal.delete({ where: { id: orphan.id } });
    await expectSameFigures();
    await db().proposal.deleteMany({ where: { id: { in: proposals.map((p) => p.id) } } });
    await expectSameFigures();
  });

  it("are rebuilt to exactly what the triggers kept", async () => {
    const kept = await cubeSnapshot();
    const [rebuilt] = await db().$queryRaw<{ rows: number }[]>`SELECT portal_rebuild_dashboard() AS rows`;
    expect(rebuilt?.rows).toBeGreaterThan(0);
    expect(await cubeSnapshot()).toEqual(kept);
  });

  it("leave periods that cut through a month, and locality filters, to the proposals", () => {
    expect(cubeServes(parseDashboardFilters({ from: "2023-07-15" }))).toBe(false);
    expect(cubeServes(parseDashboardFilters({ to: "2023-07-30" }))).toBe(false);
    expect(cubeServes(parseDashboardFilters({ from: "2024-02-01", to: "2024-02-29" }))).toBe(true);
    expect(cubeServes(parseDashboardFilters({ to: "2023-02-29" }))).toBe(true); // not a date: ignored
    expect(cubeServes(parseDashboardFilters({ unit: "12" }))).toBe(false);
  });

  it("compute the median of a histogram as PERCENTILE_CONT(0.5) does", () => {
    expect(histogramMedian([])).toBeNull();
    expect(histogramMedian([{ days: 4, count: 1 }])).toBe(4);
    expect(
      histogramMedian([
        { days: 2, count: 1 },
        { days: 6, count: 1 },
      ]),
    ).toBe(4);
    expect(
      histogramMedian([
        { days: 9, count: 2 },
        { days: 1, count: 3 },
      ]),
    ).toBe(1);
    expect(
      histogramMedian([
        { days: 9, count: 2 },
        { days: 1, count: 2 },
        { days: 5, count: 0 },
      ]),
    ).toBe(5);
  });
});
