// Fault (a): the machine's PostgreSQL server restarts while people use the portal. The app is not restarted: its
// connection pool must drop the dead connections and open new ones, requests after the restart must succeed, the
// worker must carry on, and no half-written record may remain.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { withClient } from "./database";
import { reconcile, type Reconciliation } from "./reconcile";
import { sleep, type Managed } from "./processes";
import type { Sample } from "./portal-client";
import { runWorkload } from "./workload";

export type RestartResult = {
  restartMs: number;
  /** from the restart command's start to the first healthy answer */
  recoveredAfterMs: number;
  /** requests answered with 5xx or not at all: before the restart, overlapping the outage, after recovery */
  failedBefore: number;
  failedDuring: number;
  failedAfter: number;
  requestsAfter: number;
  appProcessUnchanged: boolean;
  workerAlive: boolean;
  /** e-mails queued before the restart that the worker sent after it */
  outboxDrained: boolean;
  reconciliation: Reconciliation;
  ok: boolean;
};

function clusterVersion(): string {
  const versions = readdirSync("/etc/postgresql").filter((name) => /^\d+$/.test(name));
  if (versions.length !== 1)
    throw new Error(`expected one PostgreSQL cluster in /etc/postgresql, found ${versions}`);
  return versions[0]!;
}

export function canRestartPostgres(serverUrl: string): boolean {
  const host = new URL(serverUrl).hostname;
  try {
    return ["127.0.0.1", "localhost", "::1"].includes(host) && clusterVersion().length > 0;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await check().catch(() => false)) return true;
    await sleep(250);
  }
  return false;
}

export async function restartPostgresDuringLoad(options: {
  baseUrl: string;
  databaseUrl: string;
  next: Managed;
  worker: Managed;
  people: number;
  log: (message: string) => void;
  record: (sample: Sample) => void;
}): Promise<RestartResult> {
  const { baseUrl, log } = options;
  const pid = options.next.child.pid;
  const samples: Sample[] = [];
  const runId = `pg-${randomBytes(3).toString("hex")}`;
  const workload = runWorkload({
    baseUrl,
    connections: options.people,
    durationMs: 60_000,
    thinkMs: 500,
    submitShare: 0.6,
    // People whose submission failed in the outage press the button again until it goes through.
    submitRetryWindowMs: 120_000,
    runId,
    record: (sample) => {
      samples.push(sample);
      options.record(sample);
    },
  });
  await sleep(20_000);
  const version = clusterVersion();
  log(`restarting PostgreSQL ${version}/main under load…`);
  const restartStarted = Date.now();
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"], {
    stdio: "inherit",
  });
  const restartMs = Date.now() - restartStarted;
  const healthy = await waitUntil(async () => (await fetch(`${baseUrl}/api/health`)).ok, 60_000);
  const recoveredAfterMs = Date.now() - restartStarted;
  log(
    `PostgreSQL restarted in ${restartMs} ms; the portal answered healthy ${recoveredAfterMs} ms after the restart began`,
  );
  const result = await workload;

  // A request that overlapped the outage may fail; none before it, and none that began after recovery.
  const settled = restartStarted + recoveredAfterMs;
  const began = (sample: Sample) => sample.at - sample.ms;
  const failed = (sample: Sample) => sample.status === 0 || sample.status >= 500;
  const before = samples.filter((sample) => sample.at < restartStarted);
  const during = samples.filter((sample) => sample.at >= restartStarted && began(sample) < settled);
  const after = samples.filter((sample) => began(sample) >= settled);

  // The worker's outbox: every e-mail queued so far is sent once the worker is through its next runs.
  const outboxDrained = await waitUntil(
    () =>
      withClient(options.databaseUrl, async (client) => {
        const { rows } = await client.query<{ pending: string }>(
          `SELECT count(*) AS pending FROM "EmailOutbox" WHERE status = 'PENDING'`,
        );
        return rows[0]?.pending === "0";
      }),
    150_000,
  );
  const reconciliation = await reconcile(options.databaseUrl, `Tải thử ${runId} `, result.submissions);
  const workerAlive = options.worker.child.exitCode === null && options.worker.child.signalCode === null;
  const appProcessUnchanged = options.next.child.pid === pid && options.next.child.exitCode === null;
  return {
    restartMs,
    recoveredAfterMs,
    failedBefore: before.filter(failed).length,
    failedDuring: during.filter(failed).length,
    failedAfter: after.filter(failed).length,
    requestsAfter: after.length,
    appProcessUnchanged,
    workerAlive,
    outboxDrained,
    reconciliation,
    ok:
      healthy &&
      before.filter(failed).length === 0 &&
      after.filter(failed).length === 0 &&
      appProcessUnchanged &&
      workerAlive &&
      outboxDrained &&
      reconciliation.ok,
  };
}
