// A dashboard period split into the summaries' whole half-months and the days either side.
import { describe, expect, it } from "vitest";
import { firstHalfStart, lastHalfEnd, splitPeriod } from "@/lib/data/dashboard-period";
import { parseDashboardFilters } from "@/lib/schemas/dashboard";

const split = (params: Record<string, string>) => {
  const parts = splitPeriod(parseDashboardFilters(params));
  return (
    parts && { inner: [parts.inner.from, parts.inner.to], edges: parts.edges.map((e) => [e.from, e.to]) }
  );
};

describe("dashboard periods", () => {
  it("find the half-months inside a period", () => {
    expect(firstHalfStart("2024-03-01")).toBe("2024-03-01");
    expect(firstHalfStart("2024-03-15")).toBe("2024-03-15");
    expect(firstHalfStart("2024-03-02")).toBe("2024-03-15");
    expect(firstHalfStart("2024-03-16")).toBe("2024-04-01");
    expect(firstHalfStart("2024-12-20")).toBe("2025-01-01");
    expect(lastHalfEnd("2024-02-29")).toBe("2024-02-29");
    expect(lastHalfEnd("2024-02-14")).toBe("2024-02-14");
    expect(lastHalfEnd("2024-02-28")).toBe("2024-02-14");
    expect(lastHalfEnd("2024-03-13")).toBe("2024-02-29");
    expect(lastHalfEnd("2025-01-10")).toBe("2024-12-31");
  });

  it("answer whole halves from the summaries alone", () => {
    expect(split({})).toEqual({ inner: [undefined, undefined], edges: [] });
    expect(split({ from: "2023-12-15", to: "2024-06-14" })).toEqual({
      inner: ["2023-12-15", "2024-06-14"],
      edges: [],
    });
    expect(split({ from: "2024-01-01", to: "2024-12-31" })?.edges).toEqual([]);
  });

  it("leave the days either side to the proposals, without a gap or an overlap", () => {
    expect(split({ from: "2024-03-10", to: "2024-09-09" })).toEqual({
      inner: ["2024-03-15", "2024-08-31"],
      edges: [
        ["2024-03-10", "2024-03-14"],
        ["2024-09-01", "2024-09-09"],
      ],
    });
    expect(split({ from: "2024-12-20" })).toEqual({
      inner: ["2025-01-01", undefined],
      edges: [["2024-12-20", "2024-12-31"]],
    });
    expect(split({ to: "2024-03-02" })).toEqual({
      inner: [undefined, "2024-02-29"],
      edges: [["2024-03-01", "2024-03-02"]],
    });
  });

  it("keep the other filters on every part", () => {
    const parts = splitPeriod(parseDashboardFilters({ agency: "4", from: "2024-03-10", to: "2024-04-30" }));
    expect(parts?.inner.agency).toBe(4);
    expect(parts?.edges.map((edge) => edge.agency)).toEqual([4]);
  });

  it("give no split when the period holds no whole half-month", () => {
    expect(split({ from: "2024-03-02", to: "2024-03-13" })).toBeNull();
    expect(split({ from: "2024-03-16", to: "2024-03-30" })).toBeNull();
    expect(split({ from: "2024-05-20", to: "2024-05-10" })).toBeNull();
  });
});
