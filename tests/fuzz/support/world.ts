// The records and callers the fuzz targets aim at: pools of commune A's proposals in each state (so plausible
// ids hit real rows), and every role of the authorization matrix as an actor.
import fc from "fast-check";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { AnswerState, ProposalStatus } from "@/lib/generated/prisma/enums";
import { ROLE_KEYS, ROLES, type RoleKey } from "../../security/authorization-table";
import { loadWorld, makeProposal, type World } from "../../security/fixtures";
import { actorByEmail } from "../../support/actors";
import type { FormRecord } from "./harness";

export type FuzzWorld = World & { actors: Record<RoleKey, Actor> };

export async function fuzzWorld(): Promise<FuzzWorld> {
  const world = await loadWorld(db());
  const actors = {} as Record<RoleKey, Actor>;
  for (const role of ROLE_KEYS) actors[role] = await actorByEmail(ROLES[role].email);
  return { ...world, actors };
}

export type Pool = { ids: fc.Arbitrary<string>; reset: () => Promise<void> };

const ANSWER_STATE: Partial<Record<ProposalStatus, AnswerState>> = {
  IN_PROGRESS: "DRAFT",
  IN_REVIEW: "IN_REVIEW",
  APPROVED: "APPROVED",
  SENT: "APPROVED",
  ACKNOWLEDGED: "APPROVED",
  FOLLOW_UP: "APPROVED",
};

/**
 * `count` fresh proposals of commune A in `status`, as form strings, and a reset that puts them (and their
 * answer and follow-up) back in that state after each run, so a step that succeeded can be tried again.
 */
export async function pool(world: World, status: ProposalStatus, count = 6): Promise<Pool> {
  const made: number[] = [];
  for (let i = 0; i < count; i++) made.push((await makeProposal(db(), world, status)).id);
  const reset = async () => {
    await db().$transaction([
      db().proposal.updateMany({ where: { id: { in: made } }, data: { status, duplicateGroupId: null } }),
      // A proposal waiting for its follow-up's reply keeps the question; any other loses what a run asked.
      status === "FOLLOW_UP"
        ? db().followUp.updateMany({
            where: { proposalId: { in: made } },
            data: { reply: null, answeredAt: null, answeredById: null },
          })
        : db().followUp.deleteMany({ where: { proposalId: { in: made } } }),
      ...(ANSWER_STATE[status]
        ? [
            db().answer.updateMany({
              where: { proposalId: { in: made } },
              data: { state: ANSWER_STATE[status] },
            }),
          ]
        : []),
    ]);
  };
  return { ids: fc.constantFrom(...made.map(String)), reset };
}

/** In a form, "the version the record has now" (filled in just before the run). */
export const CURRENT = "@current";

/** A plausible version: usually the current one, sometimes a stale one. */
export const version = fc.constantFrom(CURRENT, CURRENT, CURRENT, "1", "2");

async function currentVersion(id: string): Promise<string> {
  const found = /^\d{1,9}$/.test(id)
    ? await db().proposal.findUnique({ where: { id: Number(id) }, select: { version: true } })
    : null;
  return String(found?.version ?? 1);
}

/** Replaces CURRENT in `version`/`primaryVersion` (by the form's proposal) and in "id:@current" pairs. */
export async function resolveVersions(record: FormRecord): Promise<FormRecord> {
  const out: FormRecord = { ...record };
  const own = typeof record.proposalId === "string" ? record.proposalId : record.primaryId;
  for (const [name, value] of Object.entries(record)) {
    if (value === CURRENT) out[name] = typeof own === "string" ? await currentVersion(own) : "1";
    if (Array.isArray(value)) {
      out[name] = await Promise.all(
        value.map(async (item) => {
          const pair = /^(\d+):@current$/.exec(item);
          return pair ? `${pair[1]}:${await currentVersion(pair[1]!)}` : item;
        }),
      );
    }
  }
  return out;
}

export const someText = fc.oneof(
  fc.constantFrom("Đề nghị tỉnh hỗ trợ kinh phí sửa chữa tuyến đường liên xã bị sạt lở sau mưa lũ."),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }),
);
