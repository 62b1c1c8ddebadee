// The dashboard's summary tables against the proposals they summarise: after the seed, after changes of every
// kind (through the triggers), and after a rebuild. Any difference in any figure of any breakdown fails.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queryRawFigures, queryUrges, type FigureRow } from "@/lib/data/dashboard-sql";
import { cubeServes, histogramMedian, queryCubeFigures, queryCubeUrges } from "@/lib/data/dashboard-cube";
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

async function filterSets(extra: Record<string, number>[] = []): Promise<DashboardFilters[]> {
  const sessions = await db().dialogueSession.findMany({ select: { id: true } });
  const fields = await db().field.findMany({ select: { id: true }, take: 3 });
  const agencies = await db().proposal.groupBy({
    by: ["leadAgencyId"],
    where: { leadAgencyId: { not: null } },
  });
  // Localities with proposals: today's units (old ones roll up into them) and the districts of the time.
  const units = await db().$queryRaw<{ unit: number; district: number }[]>`
    SELECT "unitId" AS unit, "districtId" AS district FROM "DashboardUnitCube"
    GROUP BY 1, 2 ORDER BY SUM(total) DESC LIMIT 3`;
  const raw: Record<string, string | number | undefined>[] = [
    {},
    { view: "historical" },
    { from: "2023-01-01", to: "2023-12-31" },
    { from: "2026-01-01" },
    { to: "2025-06-30" },
    // Half-months: a six-month report of Decree 09/2019 (15/12 to 14/06), and a period ending mid-month.
    { from: "2022-12-15", to: "2023-06-14" },
    { from: "2023-03-15", to: "2023-09-30" },
    // Days either side of whole halves, counted from the proposals and added to the summaries' halves.
    { from: "2023-03-10", to: "2023-09-20" },
    { from: "2022-12-31" },
    { to: "2026-11-27" },
    ...sessions.map((s) => ({ session: s.id })),
    ...fields.map((f) => ({ field: f.id })),
    ...agencies.slice(0, 4).map((a) => ({ agency: a.leadAgencyId! })),
    { session: sessions[0]!.id, field: fields[0]!.id, from: "2023-07-01", to: "2023-08-31" },
    ...units.map(({ unit }) => ({ unit })),
    ...units
      .filter(({ district }) => district > 0)
      .map(({ district }) => ({ view: "historical", unit: district })),
    { unit: units[0]!.unit, from: "2023-03-10", to: "2026-11-20" },
    { unit: units[0]!.unit, agency: agencies[0]!.leadAgencyId!, from: "2024-01-01" },
    ...extra,
  ];
  return raw.map((params) =>
    parseDashboardFilters(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))),
  );
}

async function expectSameFigures(extra: Record<string, number>[] = []): Promise<number> {
  let compared = 0;
  for (const filters of await filterSets(extra)) {
    expect({ filters, served: cubeServes(filters) }).toEqual({ filters, served: true });
    const [cube, raw] = await Promise.all([
      queryCubeFigures(filters, today),
      queryRawFigures(filters, today),
    ]);
    expect({ filters, figures: normalise(cube) }).toEqual({ filters, figures: normalise(raw) });
    const [cubeUrges, rawUrges] = await Promise.all([queryCubeUrges(filters), queryUrges(filters)]);
    const byAgency = (rows: { agencyId: number; urges: number }[]) =>
      rows.filter((row) => row.urges > 0).sort((a, b) => a.agencyId - b.agencyId);
    expect({ filters, urges: byAgency(cubeUrges) }).toEqual({ filters, urges: byAgency(rawUrges) });
    compared += raw.length + rawUrges.length;
  }
  return compared;
}

async function cubeSnapshot() {
  const [cube, units, days, urges] = await Promise.all([
    db().dashboardCube.findMany({ where: { total: { not: 0 } } }),
    db().dashboardUnitCube.findMany({ where: { total: { not: 0 } } }),
    db().dashboardDays.findMany({ where: { count: { not: 0 } } }),
    db().dashboardUrges.findMany({ where: { count: { not: 0 } } }),
  ]);
  const key = (row: object) => JSON.stringify(row);
  return {
    cube: cube.map(key).sort(),
    units: units.map(key).sort(),
    days: days.map(key).sort(),
    urges: urges.map(key).sort(),
  };
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
    // Urges about most of them, from two agencies, before their keys change below.
    const coordinator = await db().user.findFirstOrThrow({ where: { role: "COORDINATOR" } });
    const urged = [a, b, c, e, f, g, proposals[7]].map((p) => p!.id);
    await db().urge.createMany({
      data: urged.flatMap((proposalId, i) => [
        { proposalId, agencyId: agencies[i % 2]!.id, message: "Đôn đốc", urgedById: coordinator.id },
        {
          proposalId,
          agencyId: agencies[1]!.id,
          message: "Đôn đốc lần 2",
          level: 2,
          urgedById: coordinator.id,
        },
      ]),
    });
    const before = await queryCubeUrges(parseDashboardFilters({}));
    await expectSameFigures();
    expect(before.reduce((sum, row) => sum + row.urges, 0)).toBeGreaterThanOrEqual(urged.length * 2);
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
        data: {
          approvedAt: new Date("2026-11-24T03:00:00Z"),
          assignedAt: new Date("2026-11-02T03:00:00Z"),
          // 23:59 on 14/03 in Vietnam: the first half of March (a period from 15/03 leaves it out)
          submittedAt: new Date("2023-03-14T16:59:00Z"),
        },
      }),
      db().proposal.update({
        where: { id: e!.id },
        // 00:00 on 15/03 in Vietnam: the second half of March
        data: { unitId: otherUnit.id, fieldId: null, submittedAt: new Date("2023-03-14T17:00:00Z") },
      }),
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
    // The localities e moved between, with its urges.
    const moved = [{ unit: otherUnit.id }, { unit: e!.unitId }];
    await expectSameFigures(moved);
    // An urge moved to another agency, one deleted, one about no proposal.
    const urges = await db().urge.findMany({ where: { proposalId: { in: urged } }, orderBy: { id: "asc" } });
    await db().urge.update({ where: { id: urges[0]!.id }, data: { agencyId: agencies[2]!.id } });
    await db().urge.delete({ where: { id: urges[1]!.id } });
    const general = await db().urge.create({
      data: { agencyId: agencies[0]!.id, message: "Chung", urgedById: coordinator.id, proposalId: null },
    });
    await expectSameFigures();
    await db().urge.deleteMany({ where: { OR: [{ proposalId: { in: urged } }, { id: general.id }] } });
    await db().proposal.deleteMany({ where: { id: { in: proposals.map((p) => p.id) } } });
    await expectSameFigures();
  });

  it("are rebuilt to exactly what the triggers kept", async () => {
    const kept = await cubeSnapshot();
    const [rebuilt] = await db().$queryRaw<{ rows: number }[]>`SELECT portal_rebuild_dashboard() AS rows`;
    expect(rebuilt?.rows).toBeGreaterThan(0);
    expect(await cubeSnapshot()).toEqual(kept);
  });

  it("leave periods shorter than a half-month to the proposals", () => {
    expect(cubeServes(parseDashboardFilters({ from: "2023-07-16" }))).toBe(true);
    expect(cubeServes(parseDashboardFilters({ from: "2023-07-02", to: "2023-07-31" }))).toBe(true);
    expect(cubeServes(parseDashboardFilters({ unit: "12", from: "2023-07-02", to: "2023-07-31" }))).toBe(
      true,
    );
    expect(cubeServes(parseDashboardFilters({ from: "2023-07-02", to: "2023-07-13" }))).toBe(false);
    expect(cubeServes(parseDashboardFilters({ from: "2023-07-16", to: "2023-07-30" }))).toBe(false);
    expect(cubeServes(parseDashboardFilters({ from: "2023-08-01", to: "2023-07-31" }))).toBe(false);
    expect(cubeServes(parseDashboardFilters({ to: "2023-02-29" }))).toBe(true); // not a date: ignored
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
