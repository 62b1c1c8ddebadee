// Proposals raised aloud during the dialogue, entered by the coordinator on behalf of a participating commune:
// created SUBMITTED with a reference code, marked raisedAtMeeting, the coordinator recorded as enteredBy.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { nextCode } from "@/lib/data/proposal-drafts";
import type { Tx } from "@/lib/data/proposal-transition";
import { loadCalendarExceptions } from "@/lib/data/calendar";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { calendarDateInVietnam } from "@/lib/calendar/today";
import { acceptsOnBehalfEntry } from "@/lib/workflow/session-status";
import type { OnBehalfProposal } from "@/lib/schemas/session";

/** The note on the 'submit' event; stored text, so in the program's language (Vietnamese). */
export const ON_BEHALF_NOTE = "Điều phối viên nhập thay đơn vị: kiến nghị nêu trực tiếp tại buổi đối thoại.";

/**
 * Who owns a proposal entered for a commune: its leader (they follow and acknowledge it), the first active one
 * when it has several. Communes without a leader are absent from the map; the coordinator then owns it.
 */
export async function communeOwners(tx: Tx, unitIds: number[]): Promise<Map<number, number>> {
  const leaders = await tx.user.findMany({
    where: { unitId: { in: unitIds }, role: "COMMUNE_LEADER", active: true },
    select: { id: true, unitId: true },
    orderBy: { id: "asc" },
  });
  const owners = new Map<number, number>();
  for (const leader of leaders)
    if (leader.unitId !== null && !owners.has(leader.unitId)) owners.set(leader.unitId, leader.id);
  return owners;
}

/**
 * Not limited by the submission window (the dialogue usually comes after it closes), only by the session's
 * status. A repeated form (same client token) returns the proposal already created.
 */
export async function enterProposalOnBehalf(
  actor: Actor,
  input: OnBehalfProposal,
  now = new Date(),
): Promise<{ proposalId: number; code: string }> {
  if (!can(actor.role, "proposal.enter-on-behalf")) throw forbidden();
  const exceptions = await loadCalendarExceptions();
  return db().$transaction(async (tx) => {
    const earlier = await tx.proposal.findUnique({
      where: { clientToken: input.clientToken },
      select: { id: true, code: true, enteredById: true },
    });
    if (earlier) {
      if (earlier.enteredById !== actor.id || !earlier.code) throw new ExpectedError("conflict");
      return { proposalId: earlier.id, code: earlier.code };
    }
    const session = await tx.dialogueSession.findUnique({
      where: { id: input.sessionId },
      select: {
        status: true,
        receiptDays: true,
        participants: { where: { unitId: input.unitId }, select: { unitId: true } },
      },
    });
    if (!session) throw notFound();
    if (!acceptsOnBehalfEntry(session.status)) {
      throw new ExpectedError("invalid", "sessions.errors.onBehalfNotAllowed");
    }
    if (session.participants.length === 0)
      throw new ExpectedError("invalid", "sessions.errors.notParticipant");
    if (input.fieldId !== undefined) {
      const field = await tx.field.findFirst({
        where: { id: input.fieldId, active: true },
        select: { id: true },
      });
      if (!field) throw new ExpectedError("invalid", "sessions.errors.unknownField");
    }
    const owner = (await communeOwners(tx, [input.unitId])).get(input.unitId) ?? actor.id;
    const code = await nextCode(tx, now);
    const proposal = await tx.proposal.create({
      data: {
        code,
        clientToken: input.clientToken,
        sessionId: input.sessionId,
        unitId: input.unitId,
        authorId: owner,
        enteredById: actor.id,
        raisedAtMeeting: true,
        fieldId: input.fieldId ?? null,
        title: input.title,
        content: input.content,
        status: "SUBMITTED",
        submittedAt: now,
        receiptDueOn: addWorkingDays(calendarDateInVietnam(now), session.receiptDays, exceptions),
      },
      select: { id: true },
    });
    await tx.statusEvent.create({
      data: {
        proposalId: proposal.id,
        actorId: actor.id,
        action: "submit",
        toStatus: "SUBMITTED",
        note: ON_BEHALF_NOTE,
        data: { onBehalf: true, raisedAtMeeting: true, authorId: owner },
      },
    });
    return { proposalId: proposal.id, code };
  });
}
