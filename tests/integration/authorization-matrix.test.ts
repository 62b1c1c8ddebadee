// The authorization matrix at the data layer: every operation of tests/security/authorization-table.ts tried by
// every role on a fresh record. Allowed → it works; denied → not-found or forbidden, and not one row changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors";
import { getProposalByRef, listFollowUps } from "@/lib/data/proposals";
import { getGroupForProposal } from "@/lib/data/duplicates";
import { DATA_OPERATIONS, ROLE_KEYS, ROLES, type RoleKey } from "../security/authorization-table";
import { loadWorld, makeProposal, removeFixtures, rowCounts, type World } from "../security/fixtures";
import { actorByEmail } from "../support/actors";
import { PROPOSAL_RUNNERS, type Call, type Runner } from "./authorization/proposal-runners";
import { OTHER_RUNNERS } from "./authorization/other-runners";

const RUNNERS: Record<string, Runner> = { ...PROPOSAL_RUNNERS, ...OTHER_RUNNERS };

let world: World;
const actors = {} as Record<RoleKey, Actor>;

beforeAll(async () => {
  world = await loadWorld(db());
  for (const role of ROLE_KEYS) actors[role] = await actorByEmail(ROLES[role].email);
});
afterAll(() => removeFixtures(db()));

type Outcome = "allowed" | "denied" | string;

/**
 * Tries one call. Allowed cells get a fresh record each; refused ones share one, since a refusal must leave it
 * exactly as it was — which the row counts before and after prove.
 */
async function attempt(call: Call, runner: Runner, role: RoleKey): Promise<Outcome> {
  const before = await rowCounts(db());
  const unchanged = async () => JSON.stringify(await rowCounts(db())) === JSON.stringify(before);
  let result: unknown;
  try {
    result = await call(actors[role]);
  } catch (error) {
    if (!(error instanceof ExpectedError)) return `crash: ${String(error).slice(0, 160)}`;
    if (error.code !== "not-found" && error.code !== "forbidden") return `refused as ${error.messageKey}`;
    return (await unchanged()) ? "denied" : "denied, but wrote rows";
  }
  if (runner.judge && !runner.judge(result)) return (await unchanged()) ? "denied" : "denied, but wrote rows";
  return "allowed";
}

describe("authorization matrix (data layer)", () => {
  it("has a runner for every operation of the table, and no runner without a row", () => {
    expect(Object.keys(RUNNERS).sort()).toEqual(DATA_OPERATIONS.map((op) => op.id).sort());
  });

  for (const operation of DATA_OPERATIONS) {
    it(operation.label, async () => {
      const runner = RUNNERS[operation.id]!;
      const actual: Record<string, Outcome> = {};
      const expected: Record<string, Outcome> = {};
      let shared: Call | undefined;
      for (const role of ROLE_KEYS) {
        const allowed = operation.allowed.includes(role);
        const call = allowed ? await runner.prepare(world) : (shared ??= await runner.prepare(world));
        actual[role] = await attempt(call, runner, role);
        expected[role] = allowed ? "allowed" : "denied";
      }
      expect(actual).toEqual(expected);
    });
  }
});

describe("what a commune never reads, even on its own proposal", () => {
  it("no internal note, reply draft, review comment or coordinating input reaches commune A", async () => {
    const made = await makeProposal(db(), world, "IN_REVIEW");
    await db().answer.updateMany({
      where: { proposalId: made.id },
      data: { reviewComment: "Nhận xét nội bộ của lãnh đạo", content: "<p>Dự thảo chưa duyệt bí mật</p>" },
    });
    await db().assignment.updateMany({
      where: { proposalId: made.id, role: "COORDINATING" },
      data: { contribution: "Ý kiến phối hợp nội bộ" },
    });
    const seen = JSON.stringify([
      await getProposalByRef(actors.communeA, made.ref),
      await listFollowUps(actors.communeA, made.id),
      await getGroupForProposal(actors.communeA, made.id),
    ]);
    for (const secret of [made.noteBody, "Nhận xét nội bộ", "Dự thảo chưa duyệt", "Ý kiến phối hợp nội bộ"]) {
      expect(seen).not.toContain(secret);
    }
  });
});
