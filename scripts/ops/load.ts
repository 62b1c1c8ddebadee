// `npm run load [-- --duration 120 --connections 200 --think 10000]`: a production build and the worker on a fresh
// demo database, then a mixed workload of people of every role for the given time, then the reconciliation of
// every acknowledged submission with the database and the invariants. Writes bench/results/load-*.json.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { createDemoDatabase } from "./database";
import { checkInvariants, formatChecks } from "./invariants";
import { cpuSeconds, ensureBuild, LOG_DIR, readLog, startNext, startWorker, waitHealthy } from "./processes";
import { formatReconciliation, reconcile } from "./reconcile";
import { flag, machine, option, runScript, writeResult } from "./run-support";
import { summarize, table } from "./stats";
import { runWorkload } from "./workload";
import type { Sample } from "./portal-client";
import { serverErrors, warmUp } from "./warm-up";

const log = (message: string) => console.log(`[load] ${message}`);

runScript("load", async (cleanups) => {
  const durationS = option("duration", 120);
  const connections = option("connections", 200);
  const thinkMs = option("think", 10_000);
  const port = option("port", 3310);
  const poolMax = option("pool", 8);
  const existingDatabase = option("database-url", undefined);
  ensureBuild(log);

  let databaseUrl: string;
  if (existingDatabase) {
    databaseUrl = existingDatabase;
    log("using the database given with --database-url (left as it is afterwards)");
  } else {
    const database = await createDemoDatabase("load", log);
    cleanups.push(database.drop);
    databaseUrl = database.url;
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { databaseUrl, secret: randomBytes(32).toString("base64url"), publicUrl: baseUrl, poolMax };
  const next = startNext("next", port, env);
  const worker = startWorker("worker", env);
  log(`next start on ${baseUrl} ready in ${await waitHealthy(baseUrl, next)} ms (logs in ${LOG_DIR})`);
  await warmUp(baseUrl);

  const runId = randomBytes(4).toString("hex");
  const samples: Sample[] = [];
  const cpuBefore = cpuSeconds(next);
  const started = new Date();
  log(`${connections} people for ${durationS} s, ${thinkMs} ms mean pause between requests (run ${runId})…`);
  const result = await runWorkload({
    baseUrl,
    connections,
    durationMs: durationS * 1000,
    thinkMs,
    submitShare: 0.5,
    runId,
    record: (sample) => samples.push(sample),
  });
  const seconds = (Date.now() - started.getTime()) / 1000;
  const rows = summarize(samples, seconds);
  // CPU the app server spent per answered request: a figure that holds even when other work shares the machine.
  const serverCpuS = cpuSeconds(next) - cpuBefore;
  const answered = samples.filter((sample) => sample.status > 0).length;
  const cpuMsPerRequest = Math.round((serverCpuS * 1000) / Math.max(answered, 1));
  const reconciliation = await reconcile(databaseUrl, `Tải thử ${runId} `, result.submissions);
  const invariants = await checkInvariants(databaseUrl, started);
  const errors = serverErrors(readLog(next));
  const workerErrors = serverErrors(readLog(worker));

  console.log(`\n${table(rows)}\n`);
  console.log(
    `app server CPU: ${serverCpuS.toFixed(1)} s over ${seconds.toFixed(0)} s (${Math.round((serverCpuS / seconds) * 100)}% of one core), ` +
      `${cpuMsPerRequest} ms per answered request; machine load average at the end ${os.loadavg()[0]!.toFixed(1)}, ` +
      `CPU pressure ${(await machine()).cpuPressure60 ?? "?"}% (share of the last minute tasks waited for a CPU)`,
  );
  console.log(
    `people: ${JSON.stringify(result.people)}; rounds ended by an error: ${result.roundErrors.length}`,
  );
  for (const error of result.roundErrors.slice(0, 5)) console.log(`  ${error.role}: ${error.message}`);
  console.log(`\nreconciliation:\n${formatReconciliation(reconciliation)}`);
  console.log(`\ninvariants:\n${formatChecks(invariants)}`);
  console.log(`\nserver log errors: ${errors.length}; worker log errors: ${workerErrors.length}`);
  for (const line of [...errors, ...workerErrors].slice(0, 5)) console.log(`  ${line}`);

  const all = rows.at(-1)!;
  const failures = [
    all.status5xx > 0 && `${all.status5xx} answers with 5xx`,
    all.noAnswer > 0 && `${all.noAnswer} requests without an answer`,
    result.roundErrors.length > 0 && `${result.roundErrors.length} rounds ended by an error`,
    reconciliation.refused > 0 && `${reconciliation.refused} submissions refused`,
    !reconciliation.ok && "reconciliation failed",
    invariants.some((check) => check.violations > 0) && "invariants violated",
    errors.length > 0 && "errors in the server log",
  ].filter(Boolean);
  const file = writeResult("load", {
    kind: "load",
    machine: await machine(),
    options: { durationS, connections, thinkMs, poolMax, existingDatabase: Boolean(existingDatabase) },
    seconds,
    serverCpuSeconds: serverCpuS,
    cpuMsPerRequest,
    people: result.people,
    requests: rows,
    roundErrors: result.roundErrors.slice(0, 50),
    reconciliation,
    invariants,
    serverErrors: errors.slice(0, 50),
    workerErrors: workerErrors.slice(0, 50),
    failures,
  });
  console.log(`\nresults: ${file}`);
  if (flag("keep-logs")) log(`server logs kept in ${LOG_DIR}`);
  console.log(failures.length ? `\nload: FAILED: ${failures.join("; ")}` : "\nload: passed");
  return failures.length ? 1 : 0;
});
