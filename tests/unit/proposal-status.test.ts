import { describe, expect, it } from "vitest";
import { deadlineState } from "@/lib/workflow/proposal-status";
import { parseProposalFilters } from "@/lib/schemas/proposal-filters";

const today = new Date("2026-11-25T00:00:00Z");
const soon = new Date("2026-11-30T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("derived deadline state", () => {
  it("is overdue once the deadline has passed without an approved answer", () => {
    expect(deadlineState("IN_PROGRESS", day("2026-11-24"), today, soon)).toBe("overdue");
    expect(deadlineState("IN_REVIEW", day("2026-11-01"), today, soon)).toBe("overdue");
  });

  it("is not overdue on the deadline day itself", () => {
    expect(deadlineState("ASSIGNED", today, today, soon)).toBe("due-soon");
  });

  it("is due soon up to the threshold and on track after it", () => {
    expect(deadlineState("ASSIGNED", soon, today, soon)).toBe("due-soon");
    expect(deadlineState("ASSIGNED", day("2026-12-01"), today, soon)).toBe("on-track");
  });

  it("stops counting once the answer is approved or sent", () => {
    for (const status of ["APPROVED", "SENT", "CLOSED", "RECEIVED"] as const) {
      expect(deadlineState(status, day("2026-01-01"), today, soon)).toBe("none");
    }
  });
});

describe("proposal list filters from the URL", () => {
  it("keeps valid filters", () => {
    expect(parseProposalFilters({ q: " đường ", status: "SENT", session: "2", page: "3" })).toEqual({
      q: "đường",
      status: "SENT",
      session: 2,
      page: 3,
    });
  });

  it("drops malformed values instead of failing", () => {
    expect(parseProposalFilters({ status: "HACKED", session: "abc", page: "-4" })).toEqual({ page: 1 });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseProposalFilters({ status: ["RECEIVED", "SENT"] }).status).toBe("RECEIVED");
  });
});

describe("drill-down filters", () => {
  it("survive a round trip through the URL, without the page", async () => {
    const { filterParams } = await import("@/lib/schemas/proposal-filters");
    const parsed = parseProposalFilters({ agency: "7", deadline: "overdue", from: "2026-01-01", page: "2" });
    expect(filterParams(parsed)).toEqual({ agency: 7, deadline: "overdue", from: "2026-01-01" });
    expect(parseProposalFilters({ agency: "-1", from: "2026-02-30", deadline: "late" })).toEqual({ page: 1 });
  });
});
