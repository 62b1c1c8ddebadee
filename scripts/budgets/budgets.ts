// The page budgets of issue 7 and how a page's audit is judged against them.
import type { PageAudit } from "./audit";

export const BUDGETS = {
  accessibility: 100,
  bestPractices: 95,
  performance: 90,
  /** client JavaScript per page as sent (gzip bodies), in kB of 1,000 bytes */
  scriptKb: 150,
} as const;

export type Verdict = { page: string; problems: string[]; performanceMiss: boolean };

export function judge(page: string, audit: PageAudit): Verdict {
  const problems: string[] = [];
  if (!audit.ok) problems.push(`Lighthouse could not audit the page: ${audit.runtimeError}`);
  const { scores, failing } = audit;
  if (scores.accessibility < BUDGETS.accessibility)
    problems.push(
      `accessibility ${scores.accessibility} < ${BUDGETS.accessibility} (${failing.accessibility.join(", ")})`,
    );
  if (scores["best-practices"] < BUDGETS.bestPractices)
    problems.push(
      `best practices ${scores["best-practices"]} < ${BUDGETS.bestPractices} (${failing["best-practices"].join(", ")})`,
    );
  const kb = audit.script.bodyBytes / 1000;
  if (kb > BUDGETS.scriptKb) problems.push(`JavaScript ${kb.toFixed(1)} kB > ${BUDGETS.scriptKb} kB`);
  return { page, problems, performanceMiss: scores.performance < BUDGETS.performance };
}
