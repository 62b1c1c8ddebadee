// `npm run two-instances [-- --duration 30 --connections 50 --think 3000]`: two `next start` instances and two workers on one database, behind
// Debian's nginx as a round-robin balancer (no sticky sessions). Checks sign-in, forms and files across the
// instances, a mixed workload through the balancer, and that scheduled jobs run once however many workers run.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createDemoDatabase } from "./database";
import { checkInvariants, formatChecks } from "./invariants";
import { randomUUID } from "node:crypto";
import { cronOnce, emailsOnce, remindersOnce, takeOver } from "./jobs-once";
import { ensureNginx, startBalancer } from "./nginx";
import { ensureBuild, LOG_DIR, readLog, startNext, startWorker, waitHealthy } from "./processes";
import { formatReconciliation, reconcile } from "./reconcile";
import { machine, option, runScript, writeResult } from "./run-support";
import { summarize, table } from "./stats";
import {
  attachmentAcrossInstances,
  formAcrossInstances,
  sessionAcrossInstances,
  type CheckResult,
} from "./two-instance-checks";
import {
  ACCOUNTS,
  DEMO_PASSWORD,
  proposalActionIds,
  runWorkload,
  submitProposal,
  type Submission,
} from "./workload";
import { PortalSession } from "./portal-client";
import { serverErrors, warmUp } from "./warm-up";
import type { Sample } from "./portal-client";

const log = (message: string) => console.log(`[two-instances] ${message}`);

runScript("two-instances", async (cleanups) => {
  const ports = [option("port-a", 3331), option("port-b", 3332)];
  const balancerPort = option("balancer-port", 8330);
  const durationS = option("duration", 30);
  const connections = option("connections", 50);
  const thinkMs = option("think", 3000);
  ensureNginx(log);
  ensureBuild(log);
  const database = await createDemoDatabase("two", log);
  cleanups.push(database.drop);
  const publicUrl = `http://127.0.0.1:${balancerPort}`;
  // Both instances: the same build (so the same server-action ids and encryption key), the same database and
  // the same NEXTAUTH_SECRET; each worker writes its e-mails to its own folder.
  const shared = { databaseUrl: database.url, secret: randomBytes(32).toString("base64url"), publicUrl };
  const instances = ports.map((port, index) => startNext(`next-${"ab"[index]}`, port, shared));
  const mailDirs = ["a", "b"].map((name) => path.join(LOG_DIR, `mail-${name}`));
  const workers = mailDirs.map((mailDir, index) =>
    startWorker(`worker-${"ab"[index]}`, { ...shared, mailDir }),
  );
  const workersStarted = new Date();
  await Promise.all(
    instances.map((instance, index) => waitHealthy(`http://127.0.0.1:${ports[index]}`, instance)),
  );
  const balancer = await startBalancer(balancerPort, ports);
  cleanups.push(balancer.stop);
  log(
    `nginx on ${balancer.url} → ${ports.join(", ")}; logs in ${LOG_DIR} and ${path.dirname(balancer.accessLog)}`,
  );
  for (const port of ports) await warmUp(`http://127.0.0.1:${port}`);

  const ids = proposalActionIds();
  const checks: CheckResult[] = [];
  const show = (check: CheckResult) => {
    checks.push(check);
    console.log(`  ${check.ok ? "ok  " : "FAIL"}  ${check.name}\n        ${check.detail}`);
  };
  show(await sessionAcrossInstances(balancer.url));
  show(await formAcrossInstances(balancer.url, ids));
  show(await attachmentAcrossInstances(balancer.url, ids));

  log(`${connections} people for ${durationS} s through the balancer…`);
  const samples: Sample[] = [];
  const started = new Date();
  const runId = `two-${randomBytes(3).toString("hex")}`;
  const workload = await runWorkload({
    baseUrl: balancer.url,
    connections,
    durationMs: durationS * 1000,
    thinkMs,
    submitShare: 0.5,
    runId,
    record: (sample) => samples.push(sample),
  });
  const rows = summarize(samples, (Date.now() - started.getTime()) / 1000);
  console.log(`\n${table(rows)}\n`);
  const reconciliation = await reconcile(database.url, `Tải thử ${runId} `, workload.submissions);
  console.log(`reconciliation:\n${formatReconciliation(reconciliation)}\n`);
  const all = rows.at(-1)!;
  show({
    name: "the workload through the balancer: no 5xx, every acknowledged submission stored once",
    ok: all.status5xx === 0 && all.noAnswer === 0 && workload.roundErrors.length === 0 && reconciliation.ok,
    detail: `${all.count} requests, 5xx ${all.status5xx}, no answer ${all.noAnswer}, round errors ${workload.roundErrors.length}; ${reconciliation.acknowledged}/${reconciliation.attempted} submissions acknowledged`,
  });

  log("scheduled jobs with two workers…");
  const workerLogs = () => workers.map(readLog);
  show(await remindersOnce(database.url, workerLogs));
  await workers[0]!.stop();
  const submitOne = async () => {
    const session = new PortalSession(balancer.url);
    await session.signIn(ACCOUNTS.commune[0]!, DEMO_PASSWORD);
    const submission: Submission = {
      token: randomUUID(),
      title: `Tải thử ${runId} sau khi dừng một worker: đề nghị hỗ trợ`,
      account: ACCOUNTS.commune[0]!,
      calls: 0,
      retries: 0,
      outcome: "failed",
    };
    await submitProposal(session, ids, submission, { retryWindowMs: 10_000 });
    if (submission.outcome !== "acknowledged") throw new Error(`submission refused: ${submission.detail}`);
  };
  show(await takeOver(database.url, submitOne, () => readLog(workers[1]!), mailDirs[1]!));
  show(await cronOnce(database.url, workersStarted, 2, 150_000));
  show(await emailsOnce(database.url, mailDirs));

  const invariants = await checkInvariants(database.url, workersStarted);
  console.log(`\ninvariants:\n${formatChecks(invariants)}`);
  const errors = instances.flatMap((instance) => serverErrors(readLog(instance)));
  if (errors.length)
    console.log(`\nserver log errors (${errors.length}):\n  ${errors.slice(0, 5).join("\n  ")}`);
  const failures = [
    ...checks.filter((check) => !check.ok).map((check) => check.name),
    invariants.some((check) => check.violations > 0) && "invariants violated",
    errors.length > 0 && "errors in the server logs",
  ].filter(Boolean);
  const file = writeResult("two-instances", {
    kind: "two-instances",
    machine: await machine(),
    options: { durationS, connections, thinkMs, ports, balancerPort },
    checks,
    requests: rows,
    reconciliation,
    invariants,
    serverErrors: errors.slice(0, 50),
    failures,
  });
  console.log(`\nresults: ${file}`);
  console.log(
    failures.length ? `\ntwo-instances: FAILED: ${failures.join("; ")}` : "\ntwo-instances: passed",
  );
  return failures.length ? 1 : 0;
});
