// The working-day calendar: Tết and the public holidays 2023–2027 are there; only administrators change it;
// a change counts for the next deadline computed (nothing caches the calendar across requests); stale and
// duplicate entries are refused; every change is audited. Days this file adds are removed again at the end.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import {
  addCalendarDay,
  listCalendarYear,
  removeCalendarDay,
  updateCalendarDay,
} from "@/lib/data/admin-calendar";
import { getAssignmentOptions } from "@/lib/data/triage";
import { AddCalendarDayForm, UpdateCalendarDayForm } from "@/lib/schemas/admin-calendar";
import { actorByEmail } from "../support/actors";
import { expectRefused, formErrors, nonAdmins } from "../support/refusals";
import { TEST_TODAY } from "../support/test-clock";

const NOW = new Date(TEST_TODAY.getTime() + 3 * 3600_000); // Wednesday 25/11/2026, 10:00 in Vietnam
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let admin: Actor;
let coordinator: Actor;
let outsiders: Actor[];
const added: Date[] = [];

beforeAll(async () => {
  [admin, coordinator] = await Promise.all([actorByEmail("admin@demo.vn"), actorByEmail("dieuphoi@demo.vn")]);
  outsiders = await nonAdmins();
});

afterAll(async () => {
  await db().calendarDay.deleteMany({ where: { date: { in: added } } });
});

async function add(iso: string, name: string, kind: "HOLIDAY" | "WORKING_DAY" = "HOLIDAY") {
  await addCalendarDay(admin, AddCalendarDayForm.parse({ date: iso, kind, name }));
  added.push(day(iso));
}

const audits = (iso: string) =>
  db().auditLog.findMany({ where: { entity: "CalendarDay", entityId: iso }, orderBy: { id: "asc" } });

describe("the seeded calendar", () => {
  it("has Tết and the other public holidays in every year 2023–2027", async () => {
    for (const year of [2023, 2024, 2025, 2026, 2027]) {
      const { days, holidays } = await listCalendarYear(admin, year);
      const tet = days.filter((row) => row.kind === "HOLIDAY" && row.name.startsWith("Tết Nguyên đán"));
      expect(tet.length, `Tết ${year}`).toBeGreaterThanOrEqual(5);
      expect(
        tet.every((row) => row.date.getUTCMonth() <= 1),
        `Tết ${year} in Jan–Feb`,
      ).toBe(true);
      expect(
        days.some((row) => row.name.includes("Quốc khánh")),
        `National Day ${year}`,
      ).toBe(true);
      expect(holidays).toBeGreaterThanOrEqual(10);
    }
    const tet2026 = (await listCalendarYear(admin, 2026)).days.filter((row) =>
      row.name.startsWith("Tết Nguyên đán"),
    );
    expect(tet2026.map((row) => row.date.toISOString().slice(0, 10))).toContain("2026-02-17");
  });
});

describe("who changes the calendar", () => {
  it("refuses every other role as 'not found' and writes nothing", async () => {
    const before = await db().calendarDay.count();
    const auditCount = await db().auditLog.count();
    const seen = { date: day("2026-09-02"), wasKind: "HOLIDAY" as const, wasName: "x" };
    for (const actor of outsiders) {
      await expectRefused(listCalendarYear(actor, 2026), "not-found");
      await expectRefused(
        addCalendarDay(actor, { date: day("2031-03-05"), kind: "HOLIDAY", name: "x" }),
        "not-found",
      );
      await expectRefused(updateCalendarDay(actor, { ...seen, kind: "HOLIDAY", name: "y" }), "not-found");
      await expectRefused(removeCalendarDay(actor, seen), "not-found");
    }
    expect(await db().calendarDay.count()).toBe(before);
    expect(await db().auditLog.count()).toBe(auditCount);
  });
});

describe("deadlines follow the calendar", () => {
  it("moves the next proposed deadline when a holiday is added, and back when it is removed", async () => {
    const proposal = await db().proposal.findFirstOrThrow({
      where: { status: "RECEIVED" },
      orderBy: { id: "asc" },
    });
    const proposedDue = async () =>
      (await getAssignmentOptions(coordinator, proposal.id, NOW)).defaultDueOn.toISOString().slice(0, 10);
    const before = await proposedDue();
    // Friday 27/11/2026 lies inside every default answer window counted from Wednesday 25/11.
    await add("2026-11-27", "Ngày nghỉ đột xuất (thử)");
    const after = await proposedDue();
    expect(after > before).toBe(true);
    expect(new Date(`${after}T00:00:00Z`).getUTCDay()).not.toBe(0);
    expect(new Date(`${after}T00:00:00Z`).getUTCDay()).not.toBe(6);
    await removeCalendarDay(admin, {
      date: day("2026-11-27"),
      wasKind: "HOLIDAY",
      wasName: "Ngày nghỉ đột xuất (thử)",
    });
    expect(await proposedDue()).toBe(before);
    expect((await audits("2026-11-27")).map((row) => [row.action, row.actorId])).toEqual([
      ["calendar.added", admin.id],
      ["calendar.removed", admin.id],
    ]);
    expect((await audits("2026-11-27"))[1]!.data).toEqual({
      before: { kind: "HOLIDAY", name: "Ngày nghỉ đột xuất (thử)" },
    });
  });

  it("counts a make-up Saturday as a working day", async () => {
    const proposal = await db().proposal.findFirstOrThrow({
      where: { status: "RECEIVED" },
      orderBy: { id: "asc" },
    });
    const proposedDue = async () => (await getAssignmentOptions(coordinator, proposal.id, NOW)).defaultDueOn;
    const before = await proposedDue();
    await add("2026-11-28", "Làm bù (thử)", "WORKING_DAY");
    const after = await proposedDue();
    expect(after.getTime()).toBeLessThan(before.getTime());
    await removeCalendarDay(admin, {
      date: day("2026-11-28"),
      wasKind: "WORKING_DAY",
      wasName: "Làm bù (thử)",
    });
  });
});

describe("bad input and stale forms", () => {
  it("explains what is wrong and writes nothing", async () => {
    expect(
      formErrors(AddCalendarDayForm.safeParse({ date: "2031-03-05", kind: "WORKING_DAY", name: "Làm bù" })),
    ).toEqual({
      kind: ["admin.errors.workingDayOnWeekday"],
    });
    expect(
      formErrors(AddCalendarDayForm.safeParse({ date: "1999-12-31", kind: "HOLIDAY", name: " " })),
    ).toEqual({
      date: ["admin.errors.yearOutOfRange"],
      name: ["validation.required"],
    });
    expect(formErrors(AddCalendarDayForm.safeParse({ date: "2031-02-29", kind: "NAP", name: "x" }))).toEqual({
      date: ["validation.invalid"],
      kind: ["admin.errors.kindRequired"],
    });
    const before = await db().calendarDay.count();
    const auditCount = await db().auditLog.count();
    const existing = (await listCalendarYear(admin, 2026)).days[0]!;
    await expectRefused(
      addCalendarDay(admin, { date: existing.date, kind: "HOLIDAY", name: "Trùng" }),
      "conflict",
      "admin.errors.calendarDayExists",
    );
    expect(await db().calendarDay.count()).toBe(before);
    expect(await db().auditLog.count()).toBe(auditCount);
  });

  it("changes a day only as the form showed it; of two changes at once one wins", async () => {
    await add("2031-03-05", "Ngày nghỉ thử");
    const seen = UpdateCalendarDayForm.parse({
      date: "2031-03-05",
      wasKind: "HOLIDAY",
      wasName: "Ngày nghỉ thử",
      kind: "HOLIDAY",
      name: "Ngày nghỉ thử (sửa)",
    });
    await updateCalendarDay(admin, seen);
    await expectRefused(updateCalendarDay(admin, { ...seen, name: "Ghi đè" }), "conflict");
    await expectRefused(
      removeCalendarDay(admin, { date: seen.date, wasKind: "HOLIDAY", wasName: "Ngày nghỉ thử" }),
      "conflict",
    );
    expect(await db().calendarDay.findUniqueOrThrow({ where: { date: seen.date } })).toMatchObject({
      name: "Ngày nghỉ thử (sửa)",
    });
    const current = { date: seen.date, wasKind: "HOLIDAY" as const, wasName: "Ngày nghỉ thử (sửa)" };
    const results = await Promise.allSettled([
      updateCalendarDay(admin, { ...current, kind: "HOLIDAY", name: "A" }),
      removeCalendarDay(admin, current),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const history = (await audits("2031-03-05")).map((row) => row.action);
    expect(history.slice(0, 2)).toEqual(["calendar.added", "calendar.updated"]);
    expect(history).toHaveLength(3);
    expect((await audits("2031-03-05"))[1]!.data).toEqual({
      before: { kind: "HOLIDAY", name: "Ngày nghỉ thử" },
      after: { kind: "HOLIDAY", name: "Ngày nghỉ thử (sửa)" },
    });
  });
});
