// Reconciliation of a run's submissions with the database: every acknowledged submission is there exactly once
// under the code the server gave, nothing was created twice, and nothing exists that no one tried to create.
import { withClient } from "./database";
import type { Submission } from "./workload";

export type Reconciliation = {
  attempted: number;
  acknowledged: number;
  refused: number;
  failed: number;
  /** acknowledged but missing, or present under another code or state */
  lost: { token: string; code?: string; found: unknown }[];
  /** titles of this run stored more than once */
  duplicates: { title: string; copies: number }[];
  /** rows of this run whose token no attempt used */
  unknown: { id: number; clientToken: string | null }[];
  /** failed (unacknowledged) attempts that nonetheless left a submitted proposal */
  unacknowledgedSubmitted: { token: string; code: string }[];
  /** what the server answered to refused and failed attempts (the first 20) */
  problems: { token: string; outcome: string; detail?: string }[];
  ok: boolean;
};

type Row = { id: number; clientToken: string | null; code: string | null; status: string; title: string };

export async function reconcile(
  databaseUrl: string,
  titlePrefix: string,
  submissions: Submission[],
): Promise<Reconciliation> {
  const rows = await withClient(databaseUrl, async (client) => {
    const result = await client.query<Row>(
      `SELECT id, "clientToken", code, status::text AS status, title FROM "Proposal" WHERE title LIKE $1`,
      [`${titlePrefix}%`],
    );
    return result.rows;
  });
  const byToken = new Map<string, Row[]>();
  for (const row of rows) {
    const key = row.clientToken ?? "";
    byToken.set(key, [...(byToken.get(key) ?? []), row]);
  }
  const byTitle = new Map<string, number>();
  for (const row of rows) byTitle.set(row.title, (byTitle.get(row.title) ?? 0) + 1);
  const tokens = new Set(submissions.map((submission) => submission.token));

  const lost: Reconciliation["lost"] = [];
  const unacknowledgedSubmitted: Reconciliation["unacknowledgedSubmitted"] = [];
  for (const submission of submissions) {
    const found = byToken.get(submission.token) ?? [];
    if (submission.outcome === "acknowledged") {
      const row = found[0];
      if (found.length !== 1 || !row || row.code !== submission.code || row.status !== "SUBMITTED")
        lost.push({ token: submission.token, code: submission.code, found });
    } else if (found[0]?.code) {
      unacknowledgedSubmitted.push({ token: submission.token, code: found[0].code });
    }
  }
  const duplicates = [...byTitle]
    .filter(([, copies]) => copies > 1)
    .map(([title, copies]) => ({ title, copies }));
  const unknown = rows
    .filter((row) => !row.clientToken || !tokens.has(row.clientToken))
    .map(({ id, clientToken }) => ({ id, clientToken }));
  const count = (outcome: Submission["outcome"]) => submissions.filter((s) => s.outcome === outcome).length;
  return {
    attempted: submissions.length,
    acknowledged: count("acknowledged"),
    refused: count("refused"),
    failed: count("failed"),
    lost,
    duplicates,
    unknown,
    unacknowledgedSubmitted,
    problems: submissions
      .filter((submission) => submission.outcome !== "acknowledged")
      .slice(0, 20)
      .map(({ token, outcome, detail }) => ({ token, outcome, detail })),
    ok: lost.length === 0 && duplicates.length === 0 && unknown.length === 0,
  };
}

export function formatReconciliation(result: Reconciliation): string {
  return [
    `  attempted ${result.attempted}, acknowledged ${result.acknowledged}, refused ${result.refused}, failed ${result.failed}`,
    `  acknowledged and in the database exactly once under its code: ${result.acknowledged - result.lost.length}/${result.acknowledged}`,
    `  stored twice: ${result.duplicates.length}; rows no attempt created: ${result.unknown.length}`,
    `  unacknowledged attempts that were nonetheless submitted (server finished, answer lost): ${result.unacknowledgedSubmitted.length}`,
    ...(result.lost.length ? [`  LOST: ${JSON.stringify(result.lost.slice(0, 5))}`] : []),
    ...(result.duplicates.length ? [`  DUPLICATES: ${JSON.stringify(result.duplicates.slice(0, 5))}`] : []),
    ...result.problems.slice(0, 3).map((problem) => `  ${problem.outcome}: ${problem.detail}`),
  ].join("\n");
}
