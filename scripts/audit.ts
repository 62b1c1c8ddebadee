// `npm run audit`: the production dependencies must have no high or critical advisory. Runs `npm audit`; when the
// registry's audit endpoint cannot be reached (this network's mirror answers 405; offline: ENOTFOUND), it warns
// and passes, because that says nothing about the dependencies — but a real finding always fails.
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

export type AuditVerdict =
  | { outcome: "clean"; counts: Record<string, number> }
  | { outcome: "findings"; counts: Record<string, number>; packages: string[] }
  | { outcome: "unreachable"; reason: string }
  | { outcome: "error"; reason: string };

const UNREACHABLE =
  /\b(E?405|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|E?5\d\d|Method Not Allowed)\b/;

type AuditJson = {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity?: string }>;
  statusCode?: number;
  code?: string;
  message?: string;
  error?: { code?: string; summary?: string };
};

/** What `npm audit --json` said: clean, high findings, or no answer from the endpoint. Pure, for tests. */
export function judgeAudit(stdout: string, stderr: string): AuditVerdict {
  let json: AuditJson | undefined;
  try {
    json = JSON.parse(stdout) as AuditJson;
  } catch {
    json = undefined;
  }
  const counts = json?.metadata?.vulnerabilities;
  if (counts) {
    const packages = Object.entries(json?.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === "high" || v.severity === "critical")
      .map(([name, v]) => `${name} (${v.severity})`);
    const serious = (counts.high ?? 0) + (counts.critical ?? 0);
    return serious > 0 ? { outcome: "findings", counts, packages } : { outcome: "clean", counts };
  }
  const said = [json?.statusCode, json?.code, json?.error?.code, json?.message, json?.error?.summary, stderr]
    .filter((part) => part !== undefined && part !== "")
    .join(" ");
  if (UNREACHABLE.test(said)) {
    const reason = json?.message || json?.error?.summary || stderr.trim().split("\n")[0] || said;
    return { outcome: "unreachable", reason: reason.slice(0, 300) };
  }
  return { outcome: "error", reason: said.slice(0, 500) || "npm audit gave no report" };
}

function main(): number {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["audit", "--audit-level=high", "--omit=dev", "--json"], {
    encoding: "utf8",
    timeout: 180_000,
  });
  const verdict = judgeAudit(run.stdout ?? "", `${run.stderr ?? ""} ${run.error?.message ?? ""}`);
  switch (verdict.outcome) {
    case "clean":
      console.log(
        `npm audit: no high or critical advisory in production dependencies ${JSON.stringify(verdict.counts)}`,
      );
      return 0;
    case "findings":
      console.error(`npm audit: high or critical advisories ${JSON.stringify(verdict.counts)}:`);
      for (const name of verdict.packages) console.error(`  - ${name}`);
      console.error("Run `npm audit --omit=dev` for details; upgrade or replace these packages.");
      return 1;
    case "unreachable":
      console.warn(
        "⚠ npm audit: the registry's audit endpoint could not be used, so dependencies were NOT checked.\n" +
          `  (${verdict.reason})\n` +
          "  This network's npm mirror answers the audit endpoint with 405. Run `npm run audit` where\n" +
          "  registry.npmjs.org is reachable (see docs/security.md).",
      );
      return 0;
    case "error":
      console.error(`npm audit failed: ${verdict.reason}`);
      return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main());
