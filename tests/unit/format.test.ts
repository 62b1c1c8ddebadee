import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatPercent, toIsoDate } from "@/lib/format";
import { calendarDateInVietnam } from "@/lib/calendar/today";

describe("dates in Asia/Ho_Chi_Minh", () => {
  it("writes dates as dd/MM/yyyy", () => {
    expect(formatDate(new Date("2023-08-03T02:00:00Z"))).toBe("03/08/2023");
  });

  it("uses the Vietnamese calendar day, not UTC's", () => {
    // 18:30 UTC on 2 August is 01:30 on 3 August in Vietnam.
    expect(formatDate(new Date("2023-08-02T18:30:00Z"))).toBe("03/08/2023");
    expect(formatDateTime(new Date("2023-08-02T18:30:00Z"))).toBe("03/08/2023 01:30");
    expect(toIsoDate(new Date("2023-08-02T18:30:00Z"))).toBe("2023-08-03");
    expect(calendarDateInVietnam(new Date("2023-08-02T18:30:00Z")).toISOString()).toBe(
      "2023-08-03T00:00:00.000Z",
    );
  });

  it("writes 24-hour times", () => {
    expect(formatDateTime(new Date("2023-08-03T07:05:00Z"))).toBe("03/08/2023 14:05");
  });

  it("prints nothing for a missing date", () => {
    expect(formatDate(null)).toBe("");
  });
});

describe("numbers", () => {
  it("groups with dots and decimals with a comma in Vietnamese", () => {
    expect(formatNumber(1234567.5, "vi", 1)).toBe("1.234.567,5");
  });

  it("uses English separators in English", () => {
    expect(formatNumber(1234567.5, "en", 1)).toBe("1,234,567.5");
  });

  it("writes percentages with one decimal", () => {
    expect(formatPercent(0.875, "vi")).toBe("87,5%");
    expect(formatPercent(2 / 3, "en")).toBe("66.7%");
  });
});
