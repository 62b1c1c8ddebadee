// The mixed workload: virtual people of each role signing in, reading their pages and (commune leaders)
// writing and submitting proposals through the real server actions. Every submission attempt is remembered
// with its client token, so the database can be reconciled with what the server acknowledged.
import { randomUUID } from "node:crypto";
import { HttpError, PortalSession, actionRedirect, type Recorder, type Reply } from "./portal-client";
import { actionId, PROPOSAL_ACTIONS } from "./server-actions";
import { sleep } from "./processes";

export const DEMO_PASSWORD = "Demo@2026";

export type Role = "commune" | "officer" | "coordinator" | "committee";

export const ACCOUNTS: Record<Role, string[]> = {
  commune: ["thanhvinh@demo.vn", "cualo@demo.vn", "quephong@demo.vn"],
  officer: ["canbo.xd@demo.vn", "canbo.tc@demo.vn", "canbo.nn@demo.vn"],
  coordinator: ["dieuphoi@demo.vn"],
  committee: ["thuongvu@demo.vn"],
};

/** Share of the virtual people per role (commune leaders write; everyone reads). */
export const MIX: Record<Role, number> = { commune: 0.55, officer: 0.25, coordinator: 0.05, committee: 0.15 };

export type Submission = {
  token: string;
  title: string;
  account: string;
  /** HTTP calls of the save + submit steps, retries included */
  calls: number;
  /** steps sent again after no answer or a 5xx */
  retries: number;
  proposalId?: number;
  /** the reference code the server acknowledged (its receipt redirect) */
  code?: string;
  outcome: "acknowledged" | "refused" | "failed";
  detail?: string;
};

export type ActionIds = { saveDraft: string; submit: string };

export function proposalActionIds(): ActionIds {
  return {
    saveDraft: actionId(PROPOSAL_ACTIONS, "saveDraftAction"),
    submit: actionId(PROPOSAL_ACTIONS, "submitProposalAction"),
  };
}

const CODE_LINK = /href="\/proposals\/((?:%C4%90|Đ)T-\d{4}-\d{5})"/g;

function proposalLinks(html: string): string[] {
  return [...new Set([...html.matchAll(CODE_LINK)].map((match) => match[1]!))];
}

function pick<T>(items: readonly T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}

function openSessionId(html: string): string {
  const hidden = html.match(/name="sessionId" value="(\d+)"/) ?? html.match(/<option value="(\d+)"[^>]*>DT-/);
  if (!hidden) throw new HttpError("new proposal", 200, "the new-proposal page offers no open session");
  return hidden[1]!;
}

function retriable(error: unknown): boolean {
  return error instanceof HttpError && (error.status === 0 || error.status >= 500);
}

export type SubmitOptions = {
  /** how long to keep retrying the same form (same client token) after no answer or a 5xx */
  retryWindowMs: number;
  /** stop retrying when this returns true (e.g. the run is over) */
  abandon?: () => boolean;
  /** called after a step, before the next one (the faults script kills the server here) */
  between?: (step: "saved" | "submitted") => Promise<void>;
};

/** Runs an action and treats a 5xx as an error to retry (a refused form answers 200 with its message). */
async function callAction(
  session: PortalSession,
  label: string,
  id: string,
  fields: Record<string, string>,
): Promise<Reply> {
  const reply = await session.action(label, "/proposals/new", id, fields);
  if (reply.status >= 500) throw new HttpError(label, reply.status, `${label} answered ${reply.status}`);
  return reply;
}

/**
 * What a commune leader's browser does for one new proposal: open the form, autosave the draft, submit. A step
 * that got no answer or a 5xx is sent again as it was (same client token, same fields), as a person pressing the
 * button again would; the steps before it are not repeated.
 */
export async function submitProposal(
  session: PortalSession,
  ids: ActionIds,
  submission: Submission,
  options: SubmitOptions,
): Promise<Submission> {
  const started = Date.now();
  let delay = 500;
  let fields: Record<string, string> | undefined;
  let saved: { proposalId: string; version: string } | undefined;
  for (;;) {
    try {
      if (!fields) {
        const sessionId = openSessionId(await session.page("proposal: new form", "/proposals/new"));
        fields = {
          clientToken: submission.token,
          proposalId: "",
          version: "",
          sessionId,
          fieldId: "",
          title: submission.title,
          content: `${submission.title}. Đề nghị tỉnh xem xét, hỗ trợ kinh phí và chỉ đạo các sở, ngành liên quan phối hợp giải quyết sớm.`,
        };
      }
      if (!saved) {
        submission.calls++;
        const reply = await callAction(session, "proposal: autosave (action)", ids.saveDraft, fields);
        const proposalId = reply.body.match(/"proposalId":(\d+)/)?.[1];
        const version = reply.body.match(/"version":(\d+)/)?.[1];
        if (!proposalId || !version) {
          submission.outcome = "refused";
          submission.detail = `autosave refused: ${reply.body.slice(0, 300)}`;
          return submission;
        }
        saved = { proposalId, version };
        submission.proposalId = Number(proposalId);
        await options.between?.("saved");
      }
      submission.calls++;
      const reply = await callAction(session, "proposal: submit (action)", ids.submit, {
        ...fields,
        ...saved,
      });
      await options.between?.("submitted");
      const code = actionRedirect(reply)?.match(/^\/proposals\/(.+)\/receipt$/)?.[1];
      if (code) {
        submission.code = code;
        submission.outcome = "acknowledged";
      } else {
        submission.outcome = "refused";
        submission.detail = `submit answered without a receipt: ${reply.body.slice(0, 300)}`;
      }
      return submission;
    } catch (error) {
      submission.detail = error instanceof Error ? error.message : String(error);
      if (!retriable(error) || Date.now() - started > options.retryWindowMs || options.abandon?.()) {
        submission.outcome = "failed";
        return submission;
      }
      submission.retries++;
      await sleep(delay);
      delay = Math.min(delay * 2, 5000);
    }
  }
}

export type WorkloadOptions = {
  baseUrl: string;
  connections: number;
  durationMs: number;
  /** mean pause between one person's requests */
  thinkMs: number;
  /** share of a commune leader's rounds that submit a new proposal */
  submitShare: number;
  /** how long a person keeps sending a submission again that got no answer or a 5xx (default 30 s) */
  submitRetryWindowMs?: number;
  runId: string;
  record: Recorder;
  timeoutMs?: number;
  /** an account per role, or the demo accounts */
  accounts?: Record<Role, string[]>;
  password?: string;
  log?: (message: string) => void;
};

export type WorkloadResult = {
  submissions: Submission[];
  people: Record<Role, number>;
  /** errors that ended a person's round (a page that did not answer 200, a refused sign-in…) */
  roundErrors: { role: Role; message: string }[];
};

function rolesFor(connections: number): Role[] {
  const roles: Role[] = [];
  const order: Role[] = ["commune", "officer", "committee", "coordinator"];
  for (const role of order) {
    const count = Math.max(1, Math.round(connections * MIX[role]));
    for (let index = 0; index < count && roles.length < connections; index++) roles.push(role);
  }
  while (roles.length < connections) roles.push("commune");
  return roles;
}

export async function runWorkload(options: WorkloadOptions): Promise<WorkloadResult> {
  const ids = proposalActionIds();
  const accounts = options.accounts ?? ACCOUNTS;
  const password = options.password ?? DEMO_PASSWORD;
  const deadline = Date.now() + options.durationMs;
  const over = () => Date.now() >= deadline;
  const think = () => sleep(options.thinkMs * (0.5 + Math.random()));
  const submissions: Submission[] = [];
  const roundErrors: WorkloadResult["roundErrors"] = [];
  const roles = rolesFor(options.connections);
  const people = Object.fromEntries(
    (Object.keys(MIX) as Role[]).map((role) => [role, roles.filter((r) => r === role).length]),
  ) as Record<Role, number>;
  // People arrive over the first quarter of the run (at most 30 s), as they would in the morning, not all in
  // the same second (200 sign-ins at once would measure argon2 and nothing else).
  const rampMs = Math.min(30_000, options.durationMs / 4);
  let serial = 0;

  async function round(role: Role, session: PortalSession, account: string) {
    if (!session.signedIn || Math.random() < 0.05) {
      session.forget();
      await session.signIn(account, password);
      await think();
    }
    switch (role) {
      case "commune": {
        // A round either writes a new proposal (then looks at the list) or reads: home, list, one proposal.
        if (Math.random() < options.submitShare) {
          const n = ++serial;
          const submission: Submission = {
            token: randomUUID(),
            title: `Tải thử ${options.runId} số ${n}: đề nghị nâng cấp tuyến đường liên xã`,
            account,
            calls: 0,
            retries: 0,
            outcome: "failed",
          };
          submissions.push(submission);
          await submitProposal(session, ids, submission, {
            retryWindowMs: options.submitRetryWindowMs ?? 30_000,
          });
          await think();
          await session.page("commune: proposal list", "/proposals");
          break;
        }
        await session.page("commune: home", "/");
        await think();
        const list = await session.page("commune: proposal list", "/proposals");
        await think();
        const code = pick(proposalLinks(list));
        if (code) await session.page("commune: proposal detail", `/proposals/${code}`);
        break;
      }
      case "officer": {
        await session.page("officer: home (queue)", "/");
        await think();
        const list = await session.page("officer: proposal list", "/proposals?deadline=due-soon");
        await think();
        const code =
          pick(proposalLinks(list)) ??
          pick(proposalLinks(await session.page("officer: proposal list", "/proposals")));
        if (code) await session.page("officer: proposal detail", `/proposals/${code}`);
        break;
      }
      case "coordinator": {
        await session.page("coordinator: intake list", "/proposals?status=SUBMITTED");
        await think();
        await session.page("coordinator: monitoring", "/monitoring");
        break;
      }
      case "committee": {
        await session.page("committee: dashboard", "/dashboard");
        await think();
        await session.page("committee: home", "/");
        break;
      }
    }
  }

  async function person(index: number) {
    const role = roles[index]!;
    const pool = accounts[role];
    const account = pool[index % pool.length]!;
    const session = new PortalSession(options.baseUrl, options.record, options.timeoutMs);
    await sleep(Math.random() * rampMs);
    while (!over()) {
      try {
        await round(role, session, account);
      } catch (error) {
        roundErrors.push({ role, message: error instanceof Error ? error.message : String(error) });
        await sleep(1000);
      }
      await think();
    }
  }

  await Promise.all(roles.map((_, index) => person(index)));
  return { submissions, people, roundErrors };
}
