// The audit step of CI: a real high finding fails, an unreachable audit endpoint only warns.
import { describe, expect, it } from "vitest";
import { judgeAudit } from "../../scripts/audit";

const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts } });

describe("judgeAudit", () => {
  it("passes a report without high or critical advisories", () => {
    expect(judgeAudit(report({ low: 2, moderate: 1, high: 0, critical: 0, total: 3 }), "")).toMatchObject({
      outcome: "clean",
    });
  });

  it("fails on a high or a critical advisory and names the packages", () => {
    const verdict = judgeAudit(
      report(
        { high: 1, critical: 1, total: 2 },
        { next: { severity: "critical" }, pg: { severity: "high" } },
      ),
      "",
    );
    expect(verdict).toEqual({
      outcome: "findings",
      counts: { high: 1, critical: 1, total: 2 },
      packages: ["next (critical)", "pg (high)"],
    });
  });

  it("only warns when the mirror answers the audit endpoint with 405 (this network)", () => {
    const answer = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      body: "",
      error: { summary: "", detail: "" },
    });
    expect(judgeAudit(answer, "npm error audit endpoint returned an error")).toMatchObject({
      outcome: "unreachable",
    });
  });

  it("only warns when the registry cannot be reached at all", () => {
    expect(
      judgeAudit("", "npm error code ENOTFOUND\nnpm error getaddrinfo ENOTFOUND registry.npmjs.org"),
    ).toMatchObject({ outcome: "unreachable" });
    expect(judgeAudit(JSON.stringify({ error: { code: "EAI_AGAIN", summary: "x" } }), "")).toMatchObject({
      outcome: "unreachable",
    });
  });

  it("fails when npm says something it does not understand", () => {
    expect(judgeAudit("", "npm error code ELOCKVERIFY lockfile broken")).toMatchObject({ outcome: "error" });
  });
});
