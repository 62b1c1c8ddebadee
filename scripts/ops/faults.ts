// `npm run faults [-- --skip-postgres-restart] [--skip-app-kill]`: (b) the app is killed with SIGKILL during submissions and
// restarted, the people retry with the same forms: no duplicates; (a) the machine's PostgreSQL server restarts
// under load: the portal recovers without a restart of its own and leaves no partial records. (a) disturbs
// everyone using that PostgreSQL server, so CI skips it with the flag. Writes bench/results/faults-*.json.
import { randomBytes } from "node:crypto";
import { createDemoDatabase, SERVER_URL } from "./database";
import { killAppDuringSubmissions } from "./fault-kill-app";
import { canRestartPostgres, restartPostgresDuringLoad } from "./fault-restart-postgres";
import { checkInvariants, formatChecks } from "./invariants";
import { ensureBuild, LOG_DIR, readLog, startNext, startWorker, waitHealthy } from "./processes";
import { formatReconciliation } from "./reconcile";
import { flag, machine, option, runScript, writeResult } from "./run-support";
import { summarize, table } from "./stats";
import { serverErrors, warmUp } from "./warm-up";
import type { Sample } from "./portal-client";

const log = (message: string) => console.log(`[faults] ${message}`);

runScript("faults", async (cleanups) => {
  const port = option("port", 3320);
  const kills = option("kills", 3);
  const people = option("people", 30);
  const skipRestart = flag("skip-postgres-restart");
  ensureBuild(log);
  const database = await createDemoDatabase("faults", log);
  cleanups.push(database.drop);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    databaseUrl: database.url,
    secret: randomBytes(32).toString("base64url"),
    publicUrl: baseUrl,
  };
  let next = startNext("next", port, env);
  const worker = startWorker("worker", env);
  await waitHealthy(baseUrl, next);
  await warmUp(baseUrl);
  log(`portal on ${baseUrl}, logs in ${LOG_DIR}`);
  const started = new Date();
  const samples: Sample[] = [];

  let kill: Awaited<ReturnType<typeof killAppDuringSubmissions>>["result"] | undefined;
  if (flag("skip-app-kill")) log("(b) app kill skipped (--skip-app-kill)");
  else {
    log(`(b) ${kills} × SIGKILL of the app while ${Math.round(people * 0.7)} people submit…`);
    const killed = await killAppDuringSubmissions({
      port,
      env,
      current: next,
      people: Math.round(people * 0.7),
      kills,
      log,
      record: (sample) => samples.push(sample),
    });
    next = killed.server;
    kill = killed.result;
    console.log(
      `\n(b) kill the app during submissions: ${kill.submissions} submissions, ${kill.retried} sent again after a cut, ` +
        `${kill.committedBeforeKill} of them already committed when the app died\n${formatReconciliation(kill.reconciliation)}`,
    );
  }

  let restart: Awaited<ReturnType<typeof restartPostgresDuringLoad>> | undefined;
  if (skipRestart) log("(a) PostgreSQL restart skipped (--skip-postgres-restart)");
  else if (!canRestartPostgres(SERVER_URL))
    log("(a) PostgreSQL restart skipped: the server is not this machine's cluster");
  else {
    log(`(a) restart of PostgreSQL while ${people} people use the portal…`);
    restart = await restartPostgresDuringLoad({
      baseUrl,
      databaseUrl: database.url,
      next,
      worker,
      people,
      log,
      record: (sample) => samples.push(sample),
    });
    console.log(
      `\n(a) PostgreSQL restart: took ${restart.restartMs} ms, portal healthy again after ${restart.recoveredAfterMs} ms ` +
        `without an app restart (${restart.appProcessUnchanged ? "same process" : "PROCESS CHANGED"}); failed requests ` +
        `before/during/after: ${restart.failedBefore}/${restart.failedDuring}/${restart.failedAfter} ` +
        `(${restart.requestsAfter} after); worker ${restart.workerAlive ? "alive" : "DEAD"}, outbox ` +
        `${restart.outboxDrained ? "drained" : "NOT DRAINED"}\n${formatReconciliation(restart.reconciliation)}`,
    );
  }

  const invariants = await checkInvariants(database.url, started);
  console.log(`\ninvariants:\n${formatChecks(invariants)}`);
  console.log(`\n${table(summarize(samples, (Date.now() - started.getTime()) / 1000))}`);
  const workerErrors = serverErrors(readLog(worker));
  const failures = [
    kill && !kill.ok && "(b) kill during submissions",
    restart && !restart.ok && "(a) PostgreSQL restart",
    invariants.some((check) => check.violations > 0) && "invariants violated",
  ].filter(Boolean);
  const file = writeResult("faults", {
    kind: "faults",
    machine: await machine(),
    options: { kills, people, skipRestart },
    killApp: kill ?? null,
    restartPostgres: restart ?? null,
    invariants,
    requests: summarize(samples, (Date.now() - started.getTime()) / 1000),
    workerLogErrors: workerErrors.slice(0, 50),
    failures,
  });
  console.log(`\nresults: ${file}`);
  console.log(failures.length ? `\nfaults: FAILED: ${failures.join("; ")}` : "\nfaults: passed");
  return failures.length ? 1 : 0;
});
