// Holes found by the security work, each closed and kept closed: numbers PostgreSQL cannot hold, redirects to
// other sites, malformed escapes in addresses.
import { describe, expect, it } from "vitest";
import { Assign, ProposalDraft, VersionedProposal } from "@/lib/schemas/proposal";
import { SaveAnswerDraft } from "@/lib/schemas/answer";
import { MergeDuplicates } from "@/lib/schemas/duplicates";
import { SessionInput, SessionTransition } from "@/lib/schemas/session";
import { CreateNotice } from "@/lib/schemas/conclusion";
import { parseDashboardFilters } from "@/lib/schemas/dashboard";
import { parseProposalFilters } from "@/lib/schemas/proposal-filters";
import { UserFilters } from "@/lib/schemas/admin-user";
import { isPortalPath } from "@/lib/http/route-helpers";
import { isRowId } from "@/lib/row-id";
import { decodeRef } from "@/app/(portal)/proposals/[code]/decode-ref";

const TOO_BIG = "2147483648"; // 2^31: one past PostgreSQL's int

describe("ids and versions beyond PostgreSQL's int are refused by the forms' schemas", () => {
  it.each([
    ["VersionedProposal.proposalId", VersionedProposal, { proposalId: TOO_BIG, version: "1" }],
    ["VersionedProposal.version", VersionedProposal, { proposalId: "1", version: TOO_BIG }],
    [
      "ProposalDraft.sessionId",
      ProposalDraft,
      { clientToken: "a".repeat(20), sessionId: TOO_BIG, title: "", content: "" },
    ],
    ["Assign.leadAgencyId", Assign, { proposalId: "1", version: "1", fieldId: "1", leadAgencyId: TOO_BIG }],
    ["SaveAnswerDraft.proposalId", SaveAnswerDraft, { proposalId: TOO_BIG, version: "1", content: "x" }],
    [
      "MergeDuplicates.primaryId",
      MergeDuplicates,
      { primaryId: TOO_BIG, primaryVersion: 1, members: [{ id: 2, version: 1 }] },
    ],
    ["SessionTransition.version", SessionTransition, { sessionId: "1", version: TOO_BIG, action: "open" }],
  ] as const)("%s", (_name, schema, input) => {
    expect(schema.safeParse(input).success).toBe(false);
    const edge = JSON.parse(JSON.stringify(input).replaceAll(TOO_BIG, "2147483647"));
    if (schema === ProposalDraft || schema === MergeDuplicates) return;
    expect(schema.safeParse(edge).success).toBe(true);
  });

  it("drops a session filter beyond int from the list's URL instead of failing the page", () => {
    expect(parseProposalFilters({ session: "99999999999" }).session).toBeUndefined();
    expect(parseProposalFilters({ session: "12" }).session).toBe(12);
  });

  it("isRowId accepts 1 … 2^31 − 1 only", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity, 2_147_483_648, Number.MAX_SAFE_INTEGER + 2, "1", null]) {
      expect(isRowId(bad)).toBe(false);
    }
    expect(isRowId(1)).toBe(true);
    expect(isRowId(2_147_483_647)).toBe(true);
  });
});

describe("redirect targets stay inside the portal", () => {
  it.each(["/", "/proposals/ĐT-2026-00001", "/proposals?deadline=overdue", "/notifications#x"])(
    "accepts %s",
    (path) => {
      expect(isPortalPath(path)).toBe(true);
    },
  );
  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "/\tevil",
    "/proposals\r\nSet-Cookie: x=1",
    "",
    "proposals",
  ])("refuses %j", (path) => {
    expect(isPortalPath(path)).toBe(false);
  });
});

describe("proposal references from the URL", () => {
  it("decodes a normal escape and keeps a malformed one as typed (404, not a URIError)", () => {
    expect(decodeRef("%C4%90T-2026-00001")).toBe("ĐT-2026-00001");
    expect(decodeRef("%E0%A4%A")).toBe("%E0%A4%A");
  });
});

describe("dates the session form cannot read", () => {
  it.each(["2099-9-1", "2026-02-30", "2026-13-01", "x", ""])(
    "refuses %j with a message instead of throwing",
    (day) => {
      const input = {
        title: "Kỳ đối thoại",
        startsOn: day,
        endsOn: "2099-10-02",
        coordinatingAgencyId: "1",
        allUnits: "on",
        submissionOpensAt: "2099-09-01T08:00",
        submissionClosesAt: "2099-09-20T17:00",
        defaultAnswerDays: "15",
        receiptDays: "10",
      };
      const result = SessionInput.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toContain("validation.invalid");
    },
  );
});

describe("dates of a notice of conclusions", () => {
  it.each(["2026-02-30", "2026-04-31", "2026-13-01", "2026-2-1"])(
    "refuses %j (JavaScript would roll it over)",
    (day) => {
      const result = CreateNotice.safeParse({
        sessionId: "1",
        number: "12-TB/TU",
        issuedOn: day,
        title: "Thông báo kết luận",
        content: "Nội dung thông báo kết luận hội nghị đối thoại.",
      });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toContain("validation.invalid");
    },
  );

  it("refuses year 0, which PostgreSQL would refuse with an error", () => {
    const result = CreateNotice.safeParse({
      sessionId: "1",
      number: "12-TB/TU",
      issuedOn: "0000-01-01",
      title: "Thông báo kết luận",
      content: "Nội dung thông báo kết luận hội nghị đối thoại.",
    });
    expect(result.success).toBe(false);
    expect(parseDashboardFilters({ from: "0000-06-01", to: "2101-01-01" })).toEqual({ view: "current" });
  });

  it("takes a real day, 29/02 of a leap year included", () => {
    const result = CreateNotice.safeParse({
      sessionId: "1",
      number: "12-TB/TU",
      issuedOn: "2028-02-29",
      title: "Thông báo kết luận",
      content: "Nội dung thông báo kết luận hội nghị đối thoại.",
    });
    expect(result.success && result.data.issuedOn.toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });
});

describe("a deadline set on assignment", () => {
  it.each(["2026-02-30", "2026-06-31"])("refuses %j instead of moving it to the next month", (dueOn) => {
    const result = Assign.safeParse({
      proposalId: "1",
      version: "1",
      fieldId: "1",
      leadAgencyId: "1",
      dueOn,
    });
    expect(result.success).toBe(false);
  });
});

describe("search text from the URL", () => {
  it("drops a NUL (%00) from the proposal and user searches instead of sending it to PostgreSQL", () => {
    expect(parseProposalFilters({ q: "đường\u0000 xã" }).q).toBe("đường xã");
    expect(UserFilters.parse({ q: "\u0000admin" }).q).toBe("admin");
  });
});
