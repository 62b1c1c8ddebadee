import { describe, expect, it } from "vitest";
import {
  acceptsOnBehalfEntry,
  availableSessionActions,
  isSessionEditable,
  nextSessionStatus,
  SESSION_ACTIONS,
  SESSION_STATUSES,
  type SessionAction,
} from "@/lib/workflow/session-status";
import type { SessionStatus } from "@/lib/generated/prisma/enums";

// The whole table written out a second time, on purpose: every pair not listed is refused.
const ALLOWED: Partial<Record<`${SessionAction}:${SessionStatus}`, SessionStatus>> = {
  "open:PLANNED": "OPEN",
  "hold:OPEN": "HELD",
  "close:HELD": "CLOSED",
};

describe("session status", () => {
  it("moves forward one step at a time and refuses everything else", () => {
    for (const action of SESSION_ACTIONS)
      for (const status of SESSION_STATUSES)
        expect(nextSessionStatus(action, status), `${action} from ${status}`).toBe(
          ALLOWED[`${action}:${status}`] ?? null,
        );
  });

  it("never goes back or skips", () => {
    expect(nextSessionStatus("open", "HELD")).toBeNull();
    expect(nextSessionStatus("hold", "PLANNED")).toBeNull();
    expect(nextSessionStatus("close", "OPEN")).toBeNull();
    expect(availableSessionActions("CLOSED")).toEqual([]);
  });

  it("offers exactly the one next step", () => {
    expect(availableSessionActions("PLANNED")).toEqual(["open"]);
    expect(availableSessionActions("OPEN")).toEqual(["hold"]);
    expect(availableSessionActions("HELD")).toEqual(["close"]);
  });

  it("keeps closed sessions as a record and takes on-behalf entries only while open or held", () => {
    expect(SESSION_STATUSES.filter(isSessionEditable)).toEqual(["PLANNED", "OPEN", "HELD"]);
    expect(SESSION_STATUSES.filter(acceptsOnBehalfEntry)).toEqual(["OPEN", "HELD"]);
  });
});
