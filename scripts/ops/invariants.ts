// What must hold in the database whatever happened to the server mid-request: each check is one SQL query that
// returns the offending rows (none when it holds). Used after load, after faults and across two instances.
import { withClient } from "./database";

export type Check = { name: string; violations: number; sample: unknown[] };

const CHECKS: { name: string; sql: string }[] = [
  {
    name: "a reference code exactly when the proposal left the draft state",
    sql: `SELECT id, status, code FROM "Proposal"
          WHERE (status = 'DRAFT') <> (code IS NULL) OR (code IS NOT NULL AND "submittedAt" IS NULL)`,
  },
  {
    name: "reference codes of a year run 1..counter without gaps or extras",
    sql: `SELECT c.key, c.value, count(p.id) AS codes, max(p.code) AS highest
          FROM "CodeCounter" c LEFT JOIN "Proposal" p ON p.code LIKE c.key || '-%'
          GROUP BY c.key, c.value
          HAVING count(p.id) <> c.value OR max(p.code) <> c.key || '-' || lpad(c.value::text, 5, '0')`,
  },
  {
    name: "every proposal has exactly one 'create' event",
    sql: `SELECT p.id, count(e.id) AS creates FROM "Proposal" p
          LEFT JOIN "StatusEvent" e ON e."proposalId" = p.id AND e.action = 'create'
          GROUP BY p.id HAVING count(e.id) <> 1`,
  },
  {
    name: "every proposal with a code has its 'submit' event",
    sql: `SELECT p.id, p.code FROM "Proposal" p WHERE p.code IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "StatusEvent" e WHERE e."proposalId" = p.id AND e.action = 'submit')`,
  },
  {
    name: "a proposal's status is the one its latest event moved it to",
    sql: `SELECT p.id, p.status, l."toStatus" FROM "Proposal" p
          JOIN (SELECT DISTINCT ON ("proposalId") "proposalId", "toStatus" FROM "StatusEvent"
                ORDER BY "proposalId", "createdAt" DESC, id DESC) l ON l."proposalId" = p.id
          WHERE l."toStatus" IS DISTINCT FROM p.status`,
  },
  {
    name: "each submission notified each coordinator once (same transaction)",
    sql: `WITH submits AS (
            SELECT "proposalId", count(*) AS n FROM "StatusEvent"
            WHERE action = 'submit' AND "createdAt" >= $1 GROUP BY "proposalId"),
          coordinators AS (SELECT count(*) AS n FROM "User" WHERE role = 'COORDINATOR' AND active)
          SELECT s."proposalId", s.n AS submits, count(n.id) AS notices FROM submits s
          LEFT JOIN "Notification" n ON n."proposalId" = s."proposalId" AND n.kind = 'proposal_submitted'
          GROUP BY s."proposalId", s.n HAVING count(n.id) <> s.n * (SELECT n FROM coordinators)`,
  },
];

/** Runs every check; `since` bounds the checks about events of this run (the seed's history has no notices). */
export async function checkInvariants(databaseUrl: string, since: Date): Promise<Check[]> {
  return withClient(databaseUrl, async (client) => {
    const results: Check[] = [];
    for (const check of CHECKS) {
      const { rows } = await client.query(check.sql, check.sql.includes("$1") ? [since] : []);
      results.push({ name: check.name, violations: rows.length, sample: rows.slice(0, 5) });
    }
    return results;
  });
}

export function formatChecks(checks: Check[]): string {
  return checks
    .map((check) =>
      check.violations === 0
        ? `  ok    ${check.name}`
        : `  FAIL  ${check.name}: ${check.violations} row(s), e.g. ${JSON.stringify(check.sample)}`,
    )
    .join("\n");
}
