// One Lighthouse run on one page (mobile, Lighthouse's defaults) in an already running Chromium, reduced to
// what the budgets need: the category scores, the audits that cost points, and the JavaScript transferred.
import lighthouse, { NetworkRecords } from "lighthouse";

export type CategoryId = "performance" | "accessibility" | "best-practices" | "seo";
export const CATEGORIES: CategoryId[] = ["performance", "accessibility", "best-practices", "seo"];

export type PageAudit = {
  url: string;
  /** 0–100 per category */
  scores: Record<CategoryId, number>;
  /** audits of a category that did not score full marks, e.g. "color-contrast" */
  failing: Record<CategoryId, string[]>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  /** JavaScript: compressed bodies as sent (the budget), with response headers, and uncompressed */
  script: { requests: number; bodyBytes: number; transferBytes: number; resourceBytes: number };
  /** Lighthouse's measure of the machine's speed during the run (lower = slower or busier) */
  benchmarkIndex: number;
  /** false when Lighthouse could not load the page or hit an error (e.g. NO_FCP) */
  ok: boolean;
  runtimeError?: string;
};

type NetworkRecord = {
  resourceType?: string;
  transferSize: number;
  resourceSize: number;
  responseHeadersTransferSize: number;
};

export type AuditOptions = { cookie?: string; html?: boolean };

export async function auditPage(
  url: string,
  chromePort: number,
  options: AuditOptions = {},
): Promise<{ audit: PageAudit; html?: string }> {
  const { cookie } = options;
  const result = await lighthouse(url, {
    port: chromePort,
    logLevel: "error",
    output: options.html ? "html" : "json",
    onlyCategories: CATEGORIES,
    // The session cookie of the demo account, on every request to the portal.
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const scores = {} as Record<CategoryId, number>;
  const failing = {} as Record<CategoryId, string[]>;
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = Math.round((category?.score ?? 0) * 100);
    failing[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => audit!.id);
  }
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  // Lighthouse's own network records: the audit table drops the size of the response headers.
  const records = (await NetworkRecords.request(result.artifacts.DevtoolsLog, {
    computedCache: new Map(),
  } as never)) as unknown as NetworkRecord[];
  const scripts = records.filter((record) => record.resourceType === "Script");
  const sum = (size: (record: NetworkRecord) => number) =>
    scripts.reduce((total, record) => total + size(record), 0);
  const audit: PageAudit = {
    url,
    scores,
    failing,
    metrics: {
      fcpMs: numeric("first-contentful-paint"),
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      speedIndexMs: numeric("speed-index"),
    },
    script: {
      requests: scripts.length,
      bodyBytes: sum((record) => record.transferSize - record.responseHeadersTransferSize),
      transferBytes: sum((record) => record.transferSize),
      resourceBytes: sum((record) => record.resourceSize),
    },
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    ok: !lhr.runtimeError,
    runtimeError: lhr.runtimeError?.message,
  };
  return { audit, html: options.html ? String(result.report) : undefined };
}
