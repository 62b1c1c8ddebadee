// Performs one workflow step: scope check, decide(), version check, the change, and its audit event — in one
// transaction. Every data function that changes a proposal goes through `runTransition`.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { proposalScope } from "@/lib/data/proposal-scope";
import { isRowId } from "@/lib/row-id";
import { decide, type Relation, type WorkflowAction } from "@/lib/workflow/proposal-workflow";

export type Tx = Prisma.TransactionClient;

export type ProposalForTransition = {
  id: number;
  code: string | null;
  status: ProposalStatus;
  version: number;
  unitId: number;
  sessionId: number;
  leadAgencyId: number | null;
  fieldId: number | null;
  title: string;
};

export type TransitionContext = { tx: Tx; proposal: ProposalForTransition; to: ProposalStatus | null };

export type TransitionInput<T> = {
  actor: Actor;
  proposalId: number;
  /** the version the caller's form was rendered with; a mismatch means someone else changed it first */
  expectedVersion: number;
  action: WorkflowAction;
  note?: string | null;
  /** extra columns to set on the proposal along with the status */
  patch?: (
    ctx: TransitionContext,
  ) => Prisma.ProposalUncheckedUpdateManyInput | Promise<Prisma.ProposalUncheckedUpdateManyInput>;
  /** further writes in the same transaction (assignments, answers, notifications…) */
  effects?: (ctx: TransitionContext) => Promise<T>;
  eventData?: Prisma.InputJsonValue;
  /** autosaves of a draft (private to its commune) change the version but leave no audit event */
  quietWhileDraft?: boolean;
  /** run inside this transaction (several proposals changing together, all or nothing) instead of a new one */
  tx?: Tx;
};

export async function relationTo(
  tx: Tx,
  actor: Actor,
  proposal: { id: number; unitId: number; leadAgencyId: number | null },
): Promise<Relation> {
  const coordinating =
    actor.agencyId === null
      ? 0
      : await tx.assignment.count({
          where: { proposalId: proposal.id, agencyId: actor.agencyId, role: "COORDINATING", active: true },
        });
  return {
    role: actor.role,
    ownUnit: actor.unitId !== null && actor.unitId === proposal.unitId,
    leadAgency: actor.agencyId !== null && actor.agencyId === proposal.leadAgencyId,
    coordinatingAgency: coordinating > 0,
  };
}

export const forTransition = {
  id: true,
  code: true,
  status: true,
  version: true,
  unitId: true,
  sessionId: true,
  leadAgencyId: true,
  fieldId: true,
  title: true,
} satisfies Prisma.ProposalSelect;

const GROUP_HEAD_BLOCKED: readonly WorkflowAction[] = [
  "withdraw",
  "return",
  "mark_out_of_jurisdiction",
  "merge",
];

export async function runTransition<T = void>(
  input: TransitionInput<T>,
): Promise<{ version: number; result: T; proposal: ProposalForTransition }> {
  const { actor, proposalId, expectedVersion, action } = input;
  return input.tx ? steps(input.tx) : db().$transaction(steps);

  async function steps(tx: Tx) {
    if (!isRowId(proposalId)) throw notFound();
    if (!isRowId(expectedVersion)) throw new ExpectedError("conflict");
    const proposal = await tx.proposal.findFirst({
      where: { AND: [proposalScope(actor), { id: proposalId }] },
      select: forTransition,
    });
    if (!proposal) throw notFound();
    const decision = decide(action, proposal.status, await relationTo(tx, actor, proposal));
    if (!decision.allowed) {
      if (decision.reason === "not-permitted") throw forbidden();
      throw new ExpectedError("conflict", proposal.version !== expectedVersion ? "conflict" : "wrongState");
    }
    if (proposal.version !== expectedVersion) throw new ExpectedError("conflict");
    // The head of a group of merged duplicates answers for all of them: it cannot leave the cycle alone.
    if (
      GROUP_HEAD_BLOCKED.includes(action) &&
      (await tx.duplicateGroup.count({
        where: { primaryProposalId: proposal.id, members: { some: { id: { not: proposal.id } } } },
      })) > 0
    ) {
      throw new ExpectedError("invalid", "headsGroup");
    }
    const ctx: TransitionContext = { tx, proposal, to: decision.to };
    const patch = input.patch ? await input.patch(ctx) : {};
    // The version in the WHERE makes the check and the write one atomic step: of two racing requests, one wins.
    const updated = await tx.proposal.updateMany({
      where: { id: proposal.id, version: expectedVersion },
      data: { ...patch, ...(decision.to ? { status: decision.to } : {}), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ExpectedError("conflict");
    if (!(input.quietWhileDraft && proposal.status === "DRAFT"))
      await tx.statusEvent.create({
        data: {
          proposalId: proposal.id,
          actorId: actor.id,
          action,
          fromStatus: proposal.status,
          toStatus: decision.to ?? proposal.status,
          note: input.note ?? null,
          data: input.eventData,
        },
      });
    const result = input.effects ? await input.effects(ctx) : (undefined as T);
    return { version: expectedVersion + 1, result, proposal };
  }
}
