// The worker: a pg-boss queue kept in the portal's PostgreSQL (schema "pgboss"), the cron schedules, and the
// handlers. Cron jobs are created once per slot however many workers run (pg-boss's cron lock and singleton
// keys), each job is fetched by one worker (SKIP LOCKED), and the queues run one job at a time (policy singleton).
import "server-only";
import PgBoss from "pg-boss";
import { runReminders } from "@/lib/data/reminders";
import { drainOutbox } from "@/lib/email/outbox";
import { configuredTransport, type MailTransport } from "@/lib/email/transport";
import { JOBS, JOB_NAMES, TIME_ZONE, type JobName } from "@/lib/jobs/schedule";

type Log = (message: string) => void;

export type Worker = { stop: () => Promise<void>; runNow: (name: JobName) => Promise<string | null> };

function handlers(transport: MailTransport, log: Log): Record<JobName, () => Promise<void>> {
  return {
    reminders: async () => {
      const run = await runReminders();
      log(`reminders: ${JSON.stringify(run)}`);
    },
    outbox: async () => {
      const result = await drainOutbox(transport);
      if (result.sent || result.retried || result.failed)
        log(`outbox (${transport.description}): ${JSON.stringify(result)}`);
    },
  };
}

/** Queues and cron schedules, created if missing (idempotent; two workers starting together may deadlock, and
 * then the caller simply tries again). */
async function setUpQueues(boss: PgBoss): Promise<void> {
  for (const name of JOB_NAMES) {
    const { cron, ...queue } = JOBS[name];
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: "singleton", ...queue });
    await boss.schedule(name, cron, {}, { tz: TIME_ZONE });
  }
}

export async function startWorker(options: {
  connectionString: string;
  poolMax: number;
  log: Log;
}): Promise<Worker> {
  const { log } = options;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    max: options.poolMax,
    application_name: "portal-worker",
    schema: "pgboss",
  });
  boss.on("error", (error) => log(`queue error: ${error instanceof Error ? error.message : String(error)}`));
  try {
    await boss.start();
    await setUpQueues(boss);
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw error;
  }
  const transport = configuredTransport();
  const run = handlers(transport, log);
  for (const name of JOB_NAMES) {
    // Polling every few seconds is plenty for these jobs and keeps an embedded database quiet.
    await boss.work(name, { pollingIntervalSeconds: 5 }, async () => run[name]());
  }
  log(
    `worker ready: ${JOB_NAMES.map((name) => `${name} (${JOBS[name].cron})`).join(", ")}; mail to ${transport.description}`,
  );
  return {
    runNow: (name) => boss.send(name, {}),
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
      transport.close();
    },
  };
}
