// Scheduled work with two workers on one database: each cron slot creates one job, each job runs on one worker,
// a reminder run repeated on both workers notifies each person once, and each e-mail is sent by one worker.
import { existsSync, readdirSync } from "node:fs";
import PgBoss from "pg-boss";
import { withClient } from "./database";
import { sleep } from "./processes";
import type { CheckResult } from "./two-instance-checks";

const JOBS = `(SELECT name, state::text AS state, created_on FROM pgboss.job
               UNION ALL SELECT name, state::text, created_on FROM pgboss.archive) jobs`;

async function completed(databaseUrl: string, name: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${JOBS} WHERE name = $1 AND state = 'completed'`,
      [name],
    );
    return Number(rows[0]?.n ?? 0);
  });
}

async function dedupedRows(databaseUrl: string): Promise<{ notices: number; emails: number }> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ notices: string; emails: string }>(
      `SELECT (SELECT count(*) FROM "Notification" WHERE "dedupeKey" IS NOT NULL) AS notices,
              (SELECT count(*) FROM "EmailOutbox" WHERE "dedupeKey" IS NOT NULL) AS emails`,
    );
    return { notices: Number(rows[0]?.notices ?? 0), emails: Number(rows[0]?.emails ?? 0) };
  });
}

async function waitFor(check: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await check()) return true;
    await sleep(500);
  }
  return false;
}

/**
 * The reminders run once, then twice more at the same moment (as if both workers' 07:00 had fired and nothing had
 * deduplicated the jobs): the notices and e-mails of the first run are all there is afterwards.
 */
export async function remindersOnce(databaseUrl: string, workerLogs: () => string[]): Promise<CheckResult> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: "pgboss",
    max: 2,
    supervise: false,
    schedule: false,
    migrate: false,
  });
  await boss.start();
  try {
    await boss.send("reminders", {});
    const first = await waitFor(async () => (await completed(databaseUrl, "reminders")) >= 1, 90_000);
    const once = await dedupedRows(databaseUrl);
    await Promise.all([boss.send("reminders", {}), boss.send("reminders", {})]);
    const again = await waitFor(async () => (await completed(databaseUrl, "reminders")) >= 3, 120_000);
    const thrice = await dedupedRows(databaseUrl);
    const runs = workerLogs().map((log) => (log.match(/\[worker\] reminders: /g) ?? []).length);
    return {
      name: "reminders run three times on two workers notify each person once",
      ok:
        first &&
        again &&
        once.notices > 0 &&
        thrice.notices === once.notices &&
        thrice.emails === once.emails,
      detail:
        `runs per worker ${runs.join(" + ")}; notices after one run ${once.notices}, after three ${thrice.notices}; ` +
        `reminder e-mails ${once.emails} → ${thrice.emails}`,
    };
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** The every-minute outbox schedule, with both workers running: one job per minute, however many workers. */
export async function cronOnce(
  databaseUrl: string,
  since: Date,
  slots: number,
  limitMs: number,
): Promise<CheckResult> {
  const perMinute = () =>
    withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ minute: Date; jobs: string; done: string }>(
        `SELECT date_trunc('minute', created_on) AS minute, count(*) AS jobs,
                count(*) FILTER (WHERE state = 'completed') AS done
         FROM ${JOBS} WHERE name = 'outbox' AND created_on >= $1 GROUP BY 1 ORDER BY 1`,
        [since],
      );
      return rows;
    });
  let rows = await perMinute();
  const enough = await waitFor(async () => {
    rows = await perMinute();
    return rows.filter((row) => row.done !== "0").length >= slots;
  }, limitMs);
  return {
    name: "the every-minute outbox job is created once per minute with two workers",
    ok: enough && rows.every((row) => row.jobs === "1"),
    detail: rows.map((row) => `${row.minute.toISOString().slice(11, 16)} ${row.jobs} job(s)`).join(", "),
  };
}

/** Every e-mail marked sent was written by exactly one worker (each worker has its own mail folder here). */
export async function emailsOnce(databaseUrl: string, mailDirs: string[]): Promise<CheckResult> {
  // Let the outbox empty first (a run every minute): a message being written must not count as missing.
  await waitFor(
    () =>
      withClient(databaseUrl, async (client) => {
        const { rows } = await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM "EmailOutbox" WHERE status = 'PENDING'`,
        );
        return rows[0]?.n === "0";
      }),
    130_000,
  );
  const idsPerWorker = mailDirs.map((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .map((file) => file.match(/-(\d+)\.eml$/)?.[1])
          .filter((id): id is string => Boolean(id))
      : [],
  );
  const all = idsPerWorker.flat();
  const sent = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM "EmailOutbox" WHERE status = 'SENT'`);
    return rows.map((row) => String(row.id));
  });
  const twice = all.length - new Set(all).size;
  const missing = sent.filter((id) => !all.includes(id)).length;
  return {
    name: "each e-mail is sent by one worker, once",
    ok: sent.length > 0 && twice === 0 && missing === 0 && all.length === sent.length,
    detail: `${sent.length} sent; files per worker ${idsPerWorker.map((ids) => ids.length).join(" + ")}; written twice ${twice}`,
  };
}

/**
 * With one worker stopped, the other takes its share: a reminder run and the e-mail of a new submission are done
 * by the remaining worker (its log and its mail folder show it), still once.
 */
export async function takeOver(
  databaseUrl: string,
  submit: () => Promise<void>,
  remainingLog: () => string,
  remainingMailDir: string,
): Promise<CheckResult> {
  const files = () => (existsSync(remainingMailDir) ? readdirSync(remainingMailDir).length : 0);
  const runsBefore = (remainingLog().match(/\[worker\] reminders: /g) ?? []).length;
  const filesBefore = files();
  const before = await dedupedRows(databaseUrl);
  const completedBefore = await completed(databaseUrl, "reminders");
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: "pgboss",
    max: 1,
    supervise: false,
    schedule: false,
    migrate: false,
  });
  await boss.start();
  try {
    await boss.send("reminders", {});
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  await submit();
  const ran = await waitFor(
    async () => (await completed(databaseUrl, "reminders")) > completedBefore,
    90_000,
  );
  const mailed = await waitFor(async () => files() > filesBefore, 130_000);
  const after = await dedupedRows(databaseUrl);
  const runs = (remainingLog().match(/\[worker\] reminders: /g) ?? []).length - runsBefore;
  return {
    name: "with one worker stopped, the other runs the jobs (still once)",
    ok: ran && mailed && runs === 1 && after.notices === before.notices,
    detail: `reminder runs on the remaining worker ${runs}; e-mails it wrote ${files() - filesBefore}; reminder notices ${before.notices} → ${after.notices}`,
  };
}
