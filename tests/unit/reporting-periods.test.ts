// Decree 09/2019 reporting periods offered on the dashboard: closed on the 14th, opened on the 15th.
import { describe, expect, it } from "vitest";
import { reportingPeriods } from "@/lib/calendar/reporting-periods";

const spans = (today: string) =>
  reportingPeriods(today).map((p) => `${p.kind} ${p.number}: ${p.from}..${p.to}`);

describe("reporting periods", () => {
  it("run from the 15th of the month before to the 14th", () => {
    expect(spans("2026-11-28")).toEqual([
      "month 12: 2026-11-15..2026-12-14",
      "quarter 4: 2026-09-15..2026-12-14",
      "half 1: 2025-12-15..2026-06-14",
      "year 2026: 2025-12-15..2026-12-14",
      "year 2025: 2024-12-15..2025-12-14",
    ]);
  });

  it("put the 14th in this month's report and the 15th in the next one's", () => {
    expect(spans("2026-03-14")[0]).toBe("month 3: 2026-02-15..2026-03-14");
    expect(spans("2026-03-15")[0]).toBe("month 4: 2026-03-15..2026-04-14");
    expect(spans("2026-03-15")[1]).toBe("quarter 2: 2026-03-15..2026-06-14");
  });

  it("start the next year's reports on 15 December", () => {
    expect(spans("2026-12-15")).toEqual([
      "month 1: 2026-12-15..2027-01-14",
      "quarter 1: 2026-12-15..2027-03-14",
      "half 1: 2026-12-15..2027-06-14",
      "year 2027: 2026-12-15..2027-12-14",
      "year 2026: 2025-12-15..2026-12-14",
    ]);
    expect(spans("2027-01-10")[0]).toBe("month 1: 2026-12-15..2027-01-14");
  });

  it("are whole half-months, which the dashboard's summaries answer alone", async () => {
    const { splitPeriod } = await import("@/lib/data/dashboard-period");
    for (const today of ["2026-01-01", "2026-02-20", "2026-06-14", "2026-12-31"])
      for (const period of reportingPeriods(today))
        expect(splitPeriod({ view: "current", from: period.from, to: period.to })?.edges).toEqual([]);
  });
});
