// The commune's reply to an answer: confirm receipt with a rating, and at most one follow-up question.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors";
import { runTransition } from "@/lib/data/proposal-transition";
import { notify, proposalLink } from "@/lib/data/notify";
import type { Rating } from "@/lib/generated/prisma/enums";

export async function acknowledgeAnswer(
  actor: Actor,
  input: { proposalId: number; version: number; rating: Rating; comment?: string },
  now = new Date(),
) {
  await runTransition({
    actor,
    proposalId: input.proposalId,
    expectedVersion: input.version,
    action: "acknowledge",
    note: input.comment || null,
    eventData: { rating: input.rating },
    patch: () => ({ acknowledgedAt: now, rating: input.rating, ratingComment: input.comment || null }),
    effects: ({ tx, proposal }) =>
      proposal.leadAgencyId === null
        ? Promise.resolve(0)
        : notify(
            tx,
            { agencyId: proposal.leadAgencyId },
            {
              kind: "answer_acknowledged",
              proposalId: proposal.id,
              link: proposalLink(proposal.code, proposal.id),
              params: { code: proposal.code ?? "" },
            },
          ),
  });
}

export async function askFollowUp(
  actor: Actor,
  input: { proposalId: number; version: number; question: string },
) {
  await runTransition({
    actor,
    proposalId: input.proposalId,
    expectedVersion: input.version,
    action: "follow_up",
    note: input.question,
    effects: async ({ tx, proposal }) => {
      // One follow-up per proposal: a second question is refused, not silently added.
      if ((await tx.followUp.count({ where: { proposalId: proposal.id } })) > 0)
        throw new ExpectedError("invalid", "followUpUsed");
      await tx.followUp.create({
        data: { proposalId: proposal.id, question: input.question, askedById: actor.id },
      });
      if (proposal.leadAgencyId !== null) {
        await notify(
          tx,
          { agencyId: proposal.leadAgencyId },
          {
            kind: "follow_up_asked",
            proposalId: proposal.id,
            link: proposalLink(proposal.code, proposal.id),
            params: { code: proposal.code ?? "" },
          },
        );
      }
    },
  });
}
