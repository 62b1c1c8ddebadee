// Fuzz: what pages read from their URL — list filters, search text, proposal references — into the data layer,
// 1,000 generated addresses each. A page may find nothing, but it never fails (a 500) on what was typed.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ExpectedError } from "@/lib/errors";
import { getProposalByRef, listProposals } from "@/lib/data/proposals";
import { listUsers } from "@/lib/data/admin-users";
import { getDashboard } from "@/lib/data/dashboard";
import { parseProposalFilters } from "@/lib/schemas/proposal-filters";
import { parseDashboardFilters } from "@/lib/schemas/dashboard";
import { UserFilters } from "@/lib/schemas/admin-user";
import { decodeRef } from "@/app/(portal)/proposals/[code]/decode-ref";
import { removeFixtures } from "../security/fixtures";
import { ROLE_KEYS } from "../security/authorization-table";
import { hostileText, RUNS } from "./support/harness";
import { fuzzWorld, type FuzzWorld } from "./support/world";

let w: FuzzWorld;
beforeAll(async () => {
  w = await fuzzWorld();
});
afterAll(() => removeFixtures(db()));

/** URL search parameters: the known names and some unknown, each once, repeated, empty or hostile. */
function searchParams(names: string[]) {
  const value = fc.oneof(hostileText, fc.array(hostileText, { minLength: 2, maxLength: 3 }));
  return fc.dictionary(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 8 })), value, {
    maxKeys: 6,
  });
}

const options = { numRuns: RUNS, endOnFailure: true };

describe("fuzz: page queries", () => {
  it("the proposal list's filters, for every role", async () => {
    const names = [
      "q",
      "status",
      "session",
      "field",
      "agency",
      "unit",
      "from",
      "to",
      "answered",
      "rating",
      "deadline",
      "page",
    ];
    await fc.assert(
      fc.asyncProperty(searchParams(names), fc.constantFrom(...ROLE_KEYS), async (params, role) => {
        const result = await listProposals(w.actors[role], parseProposalFilters(params));
        expect(result.items.length).toBeLessThanOrEqual(25);
      }),
      options,
    );
  });

  it("the user list's filters (administrator)", async () => {
    await fc.assert(
      fc.asyncProperty(searchParams(["q", "role", "page"]), async (params) => {
        await listUsers(w.actors.admin, UserFilters.parse(params));
      }),
      options,
    );
  });

  it("the dashboard's filters (standing committee)", async () => {
    const names = ["session", "field", "agency", "unit", "from", "to", "view"];
    await fc.assert(
      fc.asyncProperty(searchParams(names), async (params) => {
        await getDashboard(w.actors.committee, parseDashboardFilters(params));
      }),
      { ...options, numRuns: Math.min(RUNS, 300) },
    );
  });

  it("a proposal's address, as typed in the URL, for every role", async () => {
    const ref = fc.oneof(
      hostileText,
      fc.constantFrom("draft-1", "draft-0", "draft-99999999999", "%E0%A4%A", "%C4%90T-2026-00001"),
    );
    await fc.assert(
      fc.asyncProperty(ref, fc.constantFrom(...ROLE_KEYS), async (raw, role) => {
        try {
          await getProposalByRef(w.actors[role], decodeRef(raw));
        } catch (error) {
          expect(error instanceof ExpectedError && error.code === "not-found").toBe(true);
        }
      }),
      options,
    );
  });
});
