// docs/security.md shows the authorization matrix the tests check: the same table, not a copy that drifts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOC, withMatrix } from "../../scripts/security-matrix";
import { DATA_OPERATIONS, HTTP_OPERATIONS, ROLE_KEYS } from "../security/authorization-table";

describe("the authorization matrix in docs/security.md", () => {
  it("is the one the tests use (run `npm run security:matrix` after changing the table)", async () => {
    const document = readFileSync(DOC, "utf8");
    expect(await withMatrix(document)).toBe(document);
  }, 30_000); // loading Prettier takes a few seconds on a busy machine

  it("names every operation once and only known roles", () => {
    for (const operations of [DATA_OPERATIONS, HTTP_OPERATIONS]) {
      const ids = operations.map((op) => op.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const op of operations) for (const role of op.allowed) expect(ROLE_KEYS).toContain(role);
    }
  });
});
