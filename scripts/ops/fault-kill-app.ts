// Fault (b): the app process is killed (SIGKILL: no shutdown, requests cut mid-transaction) while commune leaders
// submit; it is started again and each person sends the same form again (same client token) until answered.
// Afterwards every submission must exist exactly once under the code its final answer gave.
import { randomUUID } from "node:crypto";
import { PortalSession, type Sample } from "./portal-client";
import { sleep, startNext, waitHealthy, type AppEnv, type Managed } from "./processes";
import { withClient } from "./database";
import { reconcile, type Reconciliation } from "./reconcile";
import { ACCOUNTS, DEMO_PASSWORD, proposalActionIds, submitProposal, type Submission } from "./workload";

export type KillResult = {
  kills: { at: string; inFlight: number; downMs: number }[];
  submissions: number;
  /** submissions whose first try got no answer (cut by a kill) and that were sent again */
  retried: number;
  /** of those, the ones the server had committed before it died: the retry found them and answered the same code */
  committedBeforeKill: number;
  reconciliation: Reconciliation;
  ok: boolean;
};

export async function killAppDuringSubmissions(options: {
  port: number;
  env: AppEnv;
  current: Managed;
  people: number;
  kills: number;
  log: (message: string) => void;
  record: (sample: Sample) => void;
}): Promise<{ result: KillResult; server: Managed }> {
  const { port, env, log } = options;
  const baseUrl = `http://127.0.0.1:${port}`;
  const ids = proposalActionIds();
  const runId = `kill-${randomUUID().slice(0, 8)}`;
  const submissions: Submission[] = [];
  let server = options.current;
  let stop = false;
  let serial = 0;
  let inFlight = 0;

  const person = async (index: number) => {
    const account = ACCOUNTS.commune[index % ACCOUNTS.commune.length]!;
    const session = new PortalSession(baseUrl, options.record, 20_000);
    while (!session.signedIn && !stop) {
      try {
        await session.signIn(account, DEMO_PASSWORD);
      } catch {
        await sleep(1000);
      }
    }
    while (!stop) {
      const submission: Submission = {
        token: randomUUID(),
        title: `Tải thử ${runId} số ${++serial}: đề nghị sửa chữa trường học`,
        account,
        calls: 0,
        retries: 0,
        outcome: "failed",
      };
      submissions.push(submission);
      inFlight++;
      await submitProposal(session, ids, submission, { retryWindowMs: 240_000 }).finally(() => inFlight--);
      await sleep(Math.random() * 300);
    }
  };

  const kills: KillResult["kills"] = [];
  const people = Array.from({ length: options.people }, (_, index) => person(index));
  for (let round = 0; round < options.kills; round++) {
    // Kill in the steady state: once the people have got answers again since the last start, at a random moment.
    const acknowledged = () =>
      submissions.filter((submission) => submission.outcome === "acknowledged").length;
    const target = acknowledged() + Math.ceil(options.people / 2);
    while (acknowledged() < target) await sleep(200);
    await sleep(Math.random() * 2000);
    const at = new Date();
    const cut = inFlight;
    server.signal("SIGKILL");
    await server.exited;
    const down = Date.now();
    await sleep(1000);
    server = startNext(`next-after-kill-${round + 1}`, port, env);
    await waitHealthy(baseUrl, server);
    kills.push({ at: at.toISOString(), inFlight: cut, downMs: Date.now() - down });
    log(`killed the app (SIGKILL) with ${cut} submissions in flight; back in ${Date.now() - down} ms`);
  }
  await sleep(5000);
  stop = true;
  await Promise.all(people);

  const reconciliation = await reconcile(env.databaseUrl, `Tải thử ${runId} `, submissions);
  const retried = submissions.filter((submission) => submission.retries > 0);
  const killTimes = kills.map((kill) => new Date(kill.at).getTime());
  // A retried submission whose proposal was submitted in the 30 s before a kill: the answer was lost, not the
  // work, and the retry was answered from the stored proposal (same code, nothing new).
  const committedBeforeKill = await withClient(env.databaseUrl, async (client) => {
    let count = 0;
    for (const submission of retried) {
      if (submission.outcome !== "acknowledged") continue;
      const { rows } = await client.query<{ submittedAt: Date }>(
        `SELECT "submittedAt" FROM "Proposal" WHERE "clientToken" = $1`,
        [submission.token],
      );
      const submittedAt = rows[0]?.submittedAt?.getTime();
      if (
        submittedAt !== undefined &&
        killTimes.some((kill) => submittedAt <= kill && kill - submittedAt < 30_000)
      )
        count++;
    }
    return count;
  });
  const result: KillResult = {
    kills,
    submissions: submissions.length,
    retried: retried.length,
    committedBeforeKill,
    reconciliation,
    ok: reconciliation.ok && reconciliation.failed === 0 && reconciliation.refused === 0,
  };
  return { result, server };
}
