// The page budgets (npm run budgets): what counts as a miss, and how proposal pages are found in the lists.
import { describe, expect, it } from "vitest";
import type { PageAudit } from "@/scripts/budgets/audit";
import { judge } from "@/scripts/budgets/budgets";
import { proposalLinks } from "@/scripts/budgets/session";

function audit(overrides: { scores?: Partial<PageAudit["scores"]>; bodyBytes?: number } = {}): PageAudit {
  return {
    url: "http://localhost/",
    scores: { performance: 95, accessibility: 100, "best-practices": 100, seo: 100, ...overrides.scores },
    failing: {
      performance: [],
      accessibility: ["color-contrast"],
      "best-practices": ["errors-in-console"],
      seo: [],
    },
    metrics: { fcpMs: 900, lcpMs: 1200, tbtMs: 100, cls: 0, speedIndexMs: 1000 },
    script: {
      requests: 9,
      bodyBytes: overrides.bodyBytes ?? 140_000,
      transferBytes: 150_000,
      resourceBytes: 460_000,
    },
    benchmarkIndex: 1500,
    ok: true,
  };
}

describe("page budgets", () => {
  it("pass a page within every budget", () => {
    expect(judge("home", audit())).toEqual({ page: "home", problems: [], performanceMiss: false });
  });

  it("fail below full accessibility marks and name the failing audits", () => {
    const { problems } = judge("home", audit({ scores: { accessibility: 98 } }));
    expect(problems).toEqual(["accessibility 98 < 100 (color-contrast)"]);
  });

  it("fail best practices below 95 and JavaScript above 150 kB of compressed bodies", () => {
    expect(judge("home", audit({ scores: { "best-practices": 94 } })).problems).toHaveLength(1);
    expect(judge("home", audit({ scores: { "best-practices": 95 } })).problems).toEqual([]);
    expect(judge("home", audit({ bodyBytes: 150_001 })).problems).toEqual(["JavaScript 150.0 kB > 150 kB"]);
    expect(judge("home", audit({ bodyBytes: 150_000 })).problems).toEqual([]);
  });

  it("keep a slow page apart from the other misses", () => {
    expect(judge("home", audit({ scores: { performance: 89 } }))).toEqual({
      page: "home",
      problems: [],
      performanceMiss: true,
    });
  });

  it("count a page Lighthouse could not load as a failure", () => {
    const broken = { ...audit(), ok: false, runtimeError: "NO_FCP" };
    expect(judge("home", broken).problems).toEqual(["Lighthouse could not audit the page: NO_FCP"]);
  });
});

describe("proposal links in a page", () => {
  it("are decoded, in order, without duplicates, and ignore other links", () => {
    const html =
      '<a href="/proposals/%C4%90T-2026-00015">a</a><a href="/proposals/new">n</a>' +
      '<a href="/proposals/ĐT-2026-00002">b</a><a href="/proposals/%C4%90T-2026-00015">again</a>' +
      '<a href="/proposals/%C4%90T-2026-00015/receipt">r</a>';
    expect(proposalLinks(html)).toEqual(["/proposals/ĐT-2026-00015", "/proposals/ĐT-2026-00002"]);
  });
});
