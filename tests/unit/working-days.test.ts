// Working-day arithmetic around Tết, the 30/4–1/5 bridge, make-up Saturdays and year ends, on the seeded calendar.
import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "../../lib/calendar/working-days";
import { CALENDAR_DAYS, calendarExceptions } from "../../prisma/seed/calendar";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const cal = calendarExceptions();
const none = new Map<string, "HOLIDAY" | "WORKING_DAY">();

describe("isWorkingDay", () => {
  it("is Monday to Friday on an empty calendar", () => {
    expect(isWorkingDay(d("2025-03-03"), none)).toBe(true); // Monday
    expect(isWorkingDay(d("2025-03-07"), none)).toBe(true); // Friday
    expect(isWorkingDay(d("2025-03-08"), none)).toBe(false); // Saturday
    expect(isWorkingDay(d("2025-03-09"), none)).toBe(false); // Sunday
  });

  it("skips holidays and counts make-up Saturdays", () => {
    expect(isWorkingDay(d("2025-01-27"), cal)).toBe(false); // Monday swapped into Tết Ất Tỵ
    expect(isWorkingDay(d("2025-02-08"), cal)).toBe(true); // make-up Saturday for it
    expect(isWorkingDay(d("2025-04-26"), cal)).toBe(true); // make-up Saturday for 02/5/2025
    expect(isWorkingDay(d("2025-05-02"), cal)).toBe(false);
    expect(isWorkingDay(d("2024-05-04"), cal)).toBe(true); // make-up Saturday for 29/4/2024
    expect(isWorkingDay(d("2026-02-16"), cal)).toBe(false); // Tết Bính Ngọ
  });

  it("ignores the time of day of a UTC-midnight date", () => {
    expect(isWorkingDay(d("2026-09-02"), cal)).toBe(false); // National Day, a Wednesday
  });
});

describe("addWorkingDays", () => {
  it("does not count the start day, and 0 days is the start day", () => {
    expect(iso(addWorkingDays(d("2025-03-03"), 1, none))).toBe("2025-03-04");
    expect(iso(addWorkingDays(d("2025-03-07"), 1, none))).toBe("2025-03-10"); // Friday → Monday
    expect(iso(addWorkingDays(d("2025-03-08"), 0, none))).toBe("2025-03-08");
    expect(iso(addWorkingDays(d("2025-03-03"), 15, none))).toBe("2025-03-24");
  });

  it("jumps over Tết 2025 (25/01–02/02) and uses the make-up Saturday 08/02", () => {
    expect(iso(addWorkingDays(d("2025-01-24"), 1, cal))).toBe("2025-02-03");
    expect(iso(addWorkingDays(d("2025-02-07"), 1, cal))).toBe("2025-02-08");
    expect(iso(addWorkingDays(d("2025-02-07"), 2, cal))).toBe("2025-02-10");
    // 15 working days from Monday 20/01/2025: 21–24/01 (4), 03–07/02 (5), 08/02 (1), 10–14/02 (5).
    expect(iso(addWorkingDays(d("2025-01-20"), 15, cal))).toBe("2025-02-14");
  });

  it("jumps over Tết 2026 (14–22/02)", () => {
    expect(iso(addWorkingDays(d("2026-02-13"), 1, cal))).toBe("2026-02-23");
    expect(iso(addWorkingDays(d("2026-02-10"), 10, cal))).toBe("2026-03-03"); // 11–13/02, then 23/02 onwards
    expect(iso(addWorkingDays(d("2026-02-23"), -1, cal))).toBe("2026-02-13");
  });

  it("handles the long 30/4–1/5 weekend", () => {
    expect(iso(addWorkingDays(d("2025-04-25"), 1, cal))).toBe("2025-04-26"); // make-up Saturday
    expect(iso(addWorkingDays(d("2025-04-29"), 1, cal))).toBe("2025-05-05"); // 30/4–4/5 off
    expect(iso(addWorkingDays(d("2024-04-26"), 1, cal))).toBe("2024-05-02"); // 27/4–1/5/2024 off
    expect(iso(addWorkingDays(d("2024-05-03"), 1, cal))).toBe("2024-05-04"); // make-up Saturday 2024
    expect(iso(addWorkingDays(d("2026-04-24"), 1, cal))).toBe("2026-04-28"); // Giỗ Tổ on Sunday 26/4, off Monday 27/4
    expect(iso(addWorkingDays(d("2026-04-29"), 1, cal))).toBe("2026-05-04");
  });

  it("crosses a year end over New Year's Day", () => {
    expect(iso(addWorkingDays(d("2025-12-31"), 1, cal))).toBe("2026-01-02");
    expect(iso(addWorkingDays(d("2023-12-29"), 1, cal))).toBe("2024-01-02");
    expect(iso(addWorkingDays(d("2022-12-30"), 1, cal))).toBe("2023-01-03"); // 01/01/2023 a Sunday, off Monday 02/01
    expect(iso(addWorkingDays(d("2026-12-28"), 10, cal))).toBe("2027-01-12");
  });

  it("jumps over the estimated Tết 2027 (05–11/02/2027) and its due-soon window", () => {
    expect(isWorkingDay(d("2027-02-08"), cal)).toBe(false); // a Monday inside Tết
    expect(iso(addWorkingDays(d("2027-02-04"), 1, cal))).toBe("2027-02-12");
    // The "due soon" threshold three working days from Wednesday 03/02/2027 lands after Tết.
    expect(iso(addWorkingDays(d("2027-02-03"), 3, cal))).toBe("2027-02-15");
    // The 10-working-day receipt rule from Friday 29/01/2027: 01–04/02 (4), 12/02 (1), 15–19/02 (5).
    expect(iso(addWorkingDays(d("2027-01-29"), 10, cal))).toBe("2027-02-19");
    expect(workingDaysBetween(d("2027-02-04"), d("2027-02-12"), cal)).toBe(1);
  });

  it("handles the long weekends of 2027", () => {
    expect(iso(addWorkingDays(d("2027-04-15"), 1, cal))).toBe("2027-04-19"); // Giỗ Tổ on Friday 16/4
    expect(iso(addWorkingDays(d("2027-04-29"), 1, cal))).toBe("2027-05-04"); // 30/4 Fri, 1/5 Sat, off Monday 3/5
    expect(iso(addWorkingDays(d("2027-09-01"), 1, cal))).toBe("2027-09-06"); // 2–3/9 Thursday and Friday
  });

  it("crosses into 2027 over New Year's Day on a Friday", () => {
    expect(iso(addWorkingDays(d("2026-12-31"), 1, cal))).toBe("2027-01-04");
    expect(iso(addWorkingDays(d("2027-01-04"), -1, cal))).toBe("2026-12-31");
    expect(workingDaysBetween(d("2026-12-25"), d("2027-01-08"), cal)).toBe(9); // 28–31/12 (4), 04–08/01 (5)
  });

  it("counts backwards the same way", () => {
    expect(iso(addWorkingDays(d("2025-02-03"), -1, cal))).toBe("2025-01-24");
    expect(iso(addWorkingDays(d("2025-03-10"), -1, none))).toBe("2025-03-07");
  });

  it("rejects a fractional number of days", () => {
    expect(() => addWorkingDays(d("2025-03-03"), 1.5, none)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it("counts the days in (a, b]", () => {
    expect(workingDaysBetween(d("2025-03-03"), d("2025-03-03"), none)).toBe(0);
    expect(workingDaysBetween(d("2025-03-07"), d("2025-03-10"), none)).toBe(1);
    expect(workingDaysBetween(d("2025-01-24"), d("2025-02-03"), cal)).toBe(1);
    expect(workingDaysBetween(d("2026-02-13"), d("2026-02-23"), cal)).toBe(1);
    expect(workingDaysBetween(d("2025-04-25"), d("2025-05-05"), cal)).toBe(4); // 26/4 (make-up), 28/4, 29/4, 5/5
  });

  it("is negative when b is before a", () => {
    expect(workingDaysBetween(d("2025-03-10"), d("2025-03-07"), none)).toBe(-1);
  });

  it("inverts addWorkingDays", () => {
    for (const start of [
      "2023-01-18",
      "2024-04-25",
      "2025-01-22",
      "2025-08-28",
      "2026-02-11",
      "2026-12-24",
    ]) {
      for (const n of [1, 5, 10, 15, 20]) {
        expect(workingDaysBetween(d(start), addWorkingDays(d(start), n, cal), cal)).toBe(n);
      }
    }
  });
});

describe("the seeded calendar", () => {
  it("has no date twice and only make-up days on weekends", () => {
    const dates = CALENDAR_DAYS.map((e) => e.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const e of CALENDAR_DAYS.filter((x) => x.kind === "WORKING_DAY"))
      expect([0, 6]).toContain(d(e.date).getUTCDay());
  });

  it("covers 2023–2027", () => {
    for (const year of [2023, 2024, 2025, 2026, 2027]) {
      expect(CALENDAR_DAYS.some((e) => e.date === `${year}-01-01`)).toBe(true);
      expect(CALENDAR_DAYS.some((e) => e.date === `${year}-04-30`)).toBe(true);
      expect(CALENDAR_DAYS.some((e) => e.date === `${year}-09-02`)).toBe(true);
    }
  });
});
