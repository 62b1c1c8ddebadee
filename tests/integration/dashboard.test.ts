// The dashboard's figures against independent Prisma counts on the seeded data; roll-up, drill-down and access.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDashboard, benchmarkDashboard } from "@/lib/data/dashboard";
import { listProposals } from "@/lib/data/proposals";
import { loadCalendarExceptions } from "@/lib/data/calendar";
import { parseDashboardFilters, type DashboardFilters } from "@/lib/schemas/dashboard";
import { calendarDateInVietnam, todayInVietnam } from "@/lib/calendar/today";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { ANSWERED_STATUSES, DEADLINE_RUNNING_STATUSES } from "@/lib/workflow/proposal-status";
import { ExpectedError } from "@/lib/errors";
import { actorByEmail } from "../support/actors";

const ALL: DashboardFilters = parseDashboardFilters({});
const submitted = { status: { not: "DRAFT" as const } };

function median(values: number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe("dashboard figures", () => {
  it("match independent counts of the seeded proposals", async () => {
    const committee = await actorByEmail("thuongvu@demo.vn");
    const dashboard = await getDashboard(committee, ALL);
    const today = todayInVietnam();
    const count = (where: object) => db().proposal.count({ where: { AND: [submitted, where] } });
    const { totals } = dashboard;
    expect(totals.total).toBe(await count({}));
    expect(totals.total).toBeGreaterThan(200);
    expect(totals.answered).toBe(await count({ status: { in: [...ANSWERED_STATUSES] } }));
    expect(totals.overdue).toBe(
      await count({ status: { in: [...DEADLINE_RUNNING_STATUSES] }, answerDueOn: { lt: today } }),
    );
    expect(totals.overdue).toBeGreaterThan(0);
    expect(totals.satisfied).toBe(await count({ rating: "SATISFIED" }));
    expect(totals.rated).toBe(await count({ rating: { not: null } }));

    const approved = await db().proposal.findMany({
      where: { AND: [submitted, { approvedAt: { not: null }, answerDueOn: { not: null } }] },
      select: { approvedAt: true, assignedAt: true, answerDueOn: true },
    });
    expect(totals.approved).toBe(approved.length);
    const onTime = approved.filter((p) => calendarDateInVietnam(p.approvedAt!) <= p.answerDueOn!);
    expect(totals.onTime).toBe(onTime.length);
    const exceptions = await loadCalendarExceptions();
    const days = approved
      .filter((p) => p.assignedAt)
      .map((p) =>
        workingDaysBetween(
          calendarDateInVietnam(p.assignedAt!),
          calendarDateInVietnam(p.approvedAt!),
          exceptions,
        ),
      );
    expect(totals.medianDays).toBe(median(days));
  });

  it("breaks down by agency, field, session and locality with rows that add up", async () => {
    const committee = await actorByEmail("thuongvu@demo.vn");
    const dashboard = await getDashboard(committee, ALL);
    const sum = (rows: { figures: { total: number } }[]) => rows.reduce((a, r) => a + r.figures.total, 0);
    for (const rows of [dashboard.byAgency, dashboard.byField, dashboard.bySession, dashboard.byUnit])
      expect(sum(rows)).toBe(dashboard.totals.total);
    const groups = await db().proposal.groupBy({
      by: ["leadAgencyId"],
      where: submitted,
      _count: { _all: true },
    });
    for (const group of groups) {
      const row = dashboard.byAgency.find((r) => r.id === group.leadAgencyId);
      expect(row?.figures.total).toBe(group._count._all);
    }
    const urges = await db().urge.groupBy({ by: ["agencyId"], _count: { _all: true } });
    for (const group of urges)
      expect(dashboard.byAgency.find((r) => r.id === group.agencyId)?.urges).toBe(group._count._all);
    // Locality uses today's 130 units only.
    const current = await db().administrativeUnit.findMany({
      where: { validTo: null, level: "COMMUNE" },
      select: { id: true },
    });
    const currentIds = new Set(current.map((u) => u.id));
    expect(dashboard.byUnit.every((row) => row.id !== null && currentIds.has(row.id))).toBe(true);
    expect(dashboard.trend.reduce((a, p) => a + p.submitted, 0)).toBe(dashboard.totals.total);
  });

  it("rolls a 2023 proposal of an old commune up into its 2025 unit", async () => {
    const committee = await actorByEmail("thuongvu@demo.vn");
    const old = await db().proposal.findFirstOrThrow({
      where: { session: { code: "DT-2023" }, status: { not: "DRAFT" }, unit: { validTo: { not: null } } },
      select: { id: true, code: true, unitId: true },
    });
    const mapping = await db().unitMapping.findFirstOrThrow({
      where: { oldUnitId: old.unitId },
      orderBy: { newUnitId: "asc" },
    });
    const newUnit = mapping.newUnitId;
    const dashboard = await getDashboard(committee, ALL);
    const row = dashboard.byUnit.find((r) => r.id === newUnit);
    // Independent count: proposals on the new unit itself plus on every old unit whose lowest mapping is it.
    const mappings = await db().unitMapping.findMany({ select: { oldUnitId: true, newUnitId: true } });
    const lowest = new Map<number, number>();
    for (const m of mappings)
      lowest.set(m.oldUnitId, Math.min(lowest.get(m.oldUnitId) ?? Infinity, m.newUnitId));
    const oldIds = [...lowest].filter(([, n]) => n === newUnit).map(([o]) => o);
    const expected = await db().proposal.count({
      where: { AND: [submitted, { unitId: { in: [newUnit, ...oldIds] } }] },
    });
    expect(row?.figures.total).toBe(expected);
    // The drill-down list behind the figure holds the old proposal, and the same number of rows.
    const list = await listProposals(committee, { unit: newUnit, page: 1 });
    expect(list.total).toBe(expected);
    const unitFiltered = await getDashboard(committee, { ...ALL, unit: newUnit });
    expect(unitFiltered.totals.total).toBe(expected);
    const all = await listProposals(committee, { unit: newUnit, q: old.code!, page: 1 });
    expect(all.items.map((i) => i.id)).toContain(old.id);
  });

  it("shows the historical districts on request, old communes under their district", async () => {
    const committee = await actorByEmail("thuongvu@demo.vn");
    const dashboard = await getDashboard(committee, { ...ALL, view: "historical", session: undefined });
    const sessions = await db().dialogueSession.findMany({ select: { id: true, code: true } });
    const s2023 = sessions.find((s) => s.code === "DT-2023")!;
    const old = await getDashboard(committee, { ...ALL, view: "historical", session: s2023.id });
    const districts = await db().administrativeUnit.findMany({
      where: { level: "DISTRICT" },
      select: { id: true },
    });
    const ids = new Set(districts.map((d) => d.id));
    expect(old.byUnit.every((row) => row.id !== null && ids.has(row.id))).toBe(true);
    expect(dashboard.byUnit.reduce((a, r) => a + r.figures.total, 0)).toBe(dashboard.totals.total);
    const first = old.byUnit[0]!;
    const list = await listProposals(committee, { unit: first.id!, session: s2023.id, page: 1 });
    expect(list.total).toBe(first.figures.total);
  });

  it("drills down: each agency's overdue figure is the length of the list behind it", async () => {
    const committee = await actorByEmail("thuongvu@demo.vn");
    const dashboard = await getDashboard(committee, ALL);
    const late = dashboard.byAgency.filter((row) => row.id !== null && row.figures.overdue > 0);
    expect(late.length).toBeGreaterThan(0);
    for (const row of late) {
      const list = await listProposals(committee, { agency: row.id!, deadline: "overdue", page: 1 });
      expect(list.total).toBe(row.figures.overdue);
      const answered = await listProposals(committee, { agency: row.id!, answered: "1", page: 1 });
      expect(answered.total).toBe(row.figures.answered);
    }
  });

  it("applies session, field and period filters the way the list does", async () => {
    const committee = await actorByEmail("thuongvu@demo.vn");
    const field = await db().field.findFirstOrThrow({ where: { proposals: { some: { status: "CLOSED" } } } });
    const filters = parseDashboardFilters({ field: String(field.id), from: "2023-01-01", to: "2023-12-31" });
    const dashboard = await getDashboard(committee, filters);
    const list = await listProposals(committee, {
      field: field.id,
      from: "2023-01-01",
      to: "2023-12-31",
      page: 1,
    });
    expect(dashboard.totals.total).toBe(list.total);
    expect(dashboard.totals.total).toBeGreaterThan(0);
    const malformed = parseDashboardFilters({ session: "abc", from: "2023-02-30", view: "x", unit: "-4" });
    expect(malformed).toEqual(ALL);
  });
});

describe("who may see the dashboard", () => {
  it("refuses a commune leader and an agency officer", async () => {
    for (const email of ["thanhvinh@demo.vn", "canbo.xd@demo.vn", "lanhdao.tc@demo.vn"]) {
      const actor = await actorByEmail(email);
      await expect(getDashboard(actor, ALL)).rejects.toSatisfy(
        (error) => error instanceof ExpectedError && error.code === "forbidden",
      );
    }
  });

  it("serves the coordinator, and the benchmark hook times it", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const result = await benchmarkDashboard(coordinator, ALL, 3);
    expect(result.runs).toBe(3);
    expect(result.p95).toBeGreaterThan(0);
  });
});
