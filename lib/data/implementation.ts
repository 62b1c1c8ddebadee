// After the reply is sent: the lead agency answers the commune's follow-up and records how the proposal is being
// carried out. Each is one workflow step through runTransition.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors";
import { notify } from "@/lib/data/notify";
import { runTransition } from "@/lib/data/proposal-transition";
import { changed, leadAgencyOf, noticeFor, parseInput, type Changed } from "@/lib/data/answers";
import * as schemas from "@/lib/schemas/answer";

/** The lead agency answers the commune's follow-up question; the proposal is acknowledged again. */
export async function replyToFollowUp(actor: Actor, input: schemas.ReplyToFollowUpInput): Promise<Changed> {
  const data = parseInput(schemas.ReplyToFollowUp, input);
  const { version, proposal } = await runTransition({
    actor,
    proposalId: data.proposalId,
    expectedVersion: data.version,
    action: "answer_follow_up",
    effects: async ({ tx, proposal }) => {
      const open = await tx.followUp.findFirst({
        where: { proposalId: proposal.id, reply: null },
        orderBy: { askedAt: "desc" },
        select: { id: true },
      });
      if (!open) throw new ExpectedError("conflict", "wrongState");
      const updated = await tx.followUp.updateMany({
        where: { id: open.id, reply: null },
        data: { reply: data.reply, answeredById: actor.id, answeredAt: new Date() },
      });
      if (updated.count !== 1) throw new ExpectedError("conflict");
      await notify(tx, { unitId: proposal.unitId }, noticeFor("follow_up_answered", proposal, actor));
    },
  });
  return changed(version, proposal);
}

/** A progress report: kept as a row of history, and the latest figures copied onto the proposal for dashboards. */
export async function recordImplementation(
  actor: Actor,
  input: schemas.RecordImplementationInput,
): Promise<Changed> {
  const data = parseInput(schemas.RecordImplementation, input);
  const { version, proposal } = await runTransition({
    actor,
    proposalId: data.proposalId,
    expectedVersion: data.version,
    action: "implementation",
    note: data.note,
    eventData: { percent: data.percent, outcome: data.outcome },
    patch: () => ({ implementationOutcome: data.outcome, implementationPercent: data.percent }),
    effects: async ({ tx, proposal }) => {
      await tx.implementationUpdate.create({
        data: {
          proposalId: proposal.id,
          agencyId: leadAgencyOf(proposal),
          authorId: actor.id,
          percent: data.percent,
          outcome: data.outcome,
          note: data.note,
        },
      });
      const notice = noticeFor("implementation_updated", proposal, actor);
      await notify(tx, { unitId: proposal.unitId }, notice);
      await notify(tx, { roles: ["COORDINATOR"] }, notice);
    },
  });
  return changed(version, proposal);
}
