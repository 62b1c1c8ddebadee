// The coordinator's side: receive, return for clarification, out of jurisdiction, field, assign and reassign,
// send approved answers and close. Each is one workflow step through runTransition.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { isRowId } from "@/lib/row-id";
import { runTransition, type Tx } from "@/lib/data/proposal-transition";
import { assertFieldChoosable } from "@/lib/data/field-choice";
import { notify, proposalLink } from "@/lib/data/notify";
import { loadCalendarExceptions } from "@/lib/data/calendar";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { todayInVietnam } from "@/lib/calendar/today";
import { formatDate } from "@/lib/format";
import type { Assign } from "@/lib/schemas/proposal";

type Versioned = { proposalId: number; version: number };

export async function receiveProposal(actor: Actor, input: Versioned, now = new Date()) {
  await runTransition({
    actor,
    ...{ proposalId: input.proposalId, expectedVersion: input.version },
    action: "receive",
    patch: () => ({ receivedAt: now }),
    effects: ({ tx, proposal }) =>
      notify(
        tx,
        { unitId: proposal.unitId },
        {
          kind: "proposal_received",
          proposalId: proposal.id,
          link: proposalLink(proposal.code, proposal.id),
          params: { code: proposal.code ?? "", title: proposal.title },
        },
      ),
  });
}

export async function returnProposal(actor: Actor, input: Versioned & { reason: string }) {
  await runTransition({
    actor,
    proposalId: input.proposalId,
    expectedVersion: input.version,
    action: "return",
    note: input.reason,
    patch: () => ({ returnReason: input.reason }),
    effects: ({ tx, proposal }) =>
      notify(
        tx,
        { unitId: proposal.unitId },
        {
          kind: "proposal_returned",
          proposalId: proposal.id,
          link: proposalLink(proposal.code, proposal.id),
          params: { code: proposal.code ?? "", title: proposal.title },
        },
      ),
  });
}

export async function markOutOfJurisdiction(
  actor: Actor,
  input: Versioned & { reason: string },
  now = new Date(),
) {
  await runTransition({
    actor,
    proposalId: input.proposalId,
    expectedVersion: input.version,
    action: "mark_out_of_jurisdiction",
    note: input.reason,
    patch: () => ({ outOfJurisdictionNote: input.reason, closedAt: now }),
    effects: ({ tx, proposal }) =>
      notify(
        tx,
        { unitId: proposal.unitId },
        {
          kind: "proposal_out_of_jurisdiction",
          proposalId: proposal.id,
          link: proposalLink(proposal.code, proposal.id),
          params: { code: proposal.code ?? "", title: proposal.title },
        },
      ),
  });
}

export async function setProposalField(actor: Actor, input: Versioned & { fieldId: number }) {
  const field = await db().field.findFirst({
    where: { id: input.fieldId, active: true },
    select: { name: true },
  });
  if (!field) throw new ExpectedError("invalid", "fieldNotActive");
  await runTransition({
    actor,
    proposalId: input.proposalId,
    expectedVersion: input.version,
    action: "set_field",
    note: field.name,
    patch: () => ({ fieldId: input.fieldId }),
  });
}

async function currentAgencyIds(tx: Tx, ids: number[]): Promise<Set<number>> {
  const agencies = await tx.agency.findMany({
    where: { id: { in: ids }, validTo: null },
    select: { id: true },
  });
  return new Set(agencies.map((agency) => agency.id));
}

/** Assigns (from RECEIVED) or reassigns (ASSIGNED / IN_PROGRESS) a lead agency, coordinating agencies and a deadline. */
export async function assignProposal(actor: Actor, input: Assign, now = new Date()) {
  if (!isRowId(input.proposalId)) throw notFound();
  const coordinating = [...new Set(input.coordinatingAgencyIds)].filter((id) => id !== input.leadAgencyId);
  const current = await db().proposal.findUnique({
    where: { id: input.proposalId },
    select: { status: true },
  });
  const action = current && current.status !== "RECEIVED" ? "reassign" : "assign";
  const today = todayInVietnam(now);
  if (input.dueOn && input.dueOn.getTime() < today.getTime())
    throw new ExpectedError("invalid", "deadlineInPast");
  const exceptions = await loadCalendarExceptions();
  let dueOn = input.dueOn;
  await runTransition({
    actor,
    proposalId: input.proposalId,
    expectedVersion: input.version,
    action,
    note: input.note || null,
    patch: async ({ tx, proposal }) => {
      await assertFieldChoosable(tx, input.fieldId, proposal.fieldId);
      const valid = await currentAgencyIds(tx, [input.leadAgencyId, ...coordinating]);
      if (!valid.has(input.leadAgencyId) || coordinating.some((id) => !valid.has(id)))
        throw new ExpectedError("invalid", "agencyNotCurrent");
      if (!dueOn) {
        const session = await tx.dialogueSession.findUniqueOrThrow({
          where: { id: proposal.sessionId },
          select: { defaultAnswerDays: true },
        });
        dueOn = addWorkingDays(today, session.defaultAnswerDays, exceptions);
      }
      return {
        fieldId: input.fieldId,
        leadAgencyId: input.leadAgencyId,
        answerDueOn: dueOn,
        assignedAt: now,
      };
    },
    effects: async ({ tx, proposal }) => {
      await tx.assignment.updateMany({
        where: { proposalId: proposal.id, active: true },
        data: { active: false, endedAt: now },
      });
      await tx.assignment.createMany({
        data: [
          {
            proposalId: proposal.id,
            agencyId: input.leadAgencyId,
            role: "LEAD" as const,
            dueOn: dueOn!,
            assignedById: actor.id,
          },
          ...coordinating.map((agencyId) => ({
            proposalId: proposal.id,
            agencyId,
            role: "COORDINATING" as const,
            dueOn: dueOn!,
            assignedById: actor.id,
          })),
        ],
      });
      const params = { code: proposal.code ?? "", title: proposal.title, date: formatDate(dueOn!) };
      const link = proposalLink(proposal.code, proposal.id);
      await notify(
        tx,
        { agencyId: input.leadAgencyId },
        { kind: "assigned_lead", proposalId: proposal.id, link, params },
      );
      for (const agencyId of coordinating) {
        await notify(
          tx,
          { agencyId },
          { kind: "assigned_coordinating", proposalId: proposal.id, link, params },
        );
      }
    },
    eventData: { leadAgencyId: input.leadAgencyId, coordinatingAgencyIds: coordinating },
  });
}

export async function sendAnswer(actor: Actor, input: Versioned, now = new Date()) {
  await runTransition({
    actor,
    proposalId: input.proposalId,
    expectedVersion: input.version,
    action: "send",
    patch: () => ({ sentAt: now }),
    effects: async ({ tx, proposal }) => {
      const params = { code: proposal.code ?? "", title: proposal.title };
      await notify(
        tx,
        { unitId: proposal.unitId },
        {
          kind: "answer_sent",
          proposalId: proposal.id,
          link: proposalLink(proposal.code, proposal.id),
          params,
        },
      );
      // Merged duplicates are answered once for all: their communes hear of the answer too.
      const group = await tx.duplicateGroup.findUnique({
        where: { primaryProposalId: proposal.id },
        select: { members: { select: { id: true, code: true, unitId: true } } },
      });
      for (const member of group?.members ?? []) {
        if (member.id === proposal.id) continue;
        await notify(
          tx,
          { unitId: member.unitId },
          { kind: "answer_sent", proposalId: member.id, link: proposalLink(member.code, member.id), params },
        );
      }
    },
  });
}

export async function closeProposal(actor: Actor, input: Versioned & { note?: string }, now = new Date()) {
  await runTransition({
    actor,
    proposalId: input.proposalId,
    expectedVersion: input.version,
    action: "close",
    note: input.note || null,
    patch: () => ({ closedAt: now }),
  });
}

/** Runs one step on many proposals; each is its own transaction, so one stale item does not block the rest. */
export async function runBulk(
  items: Versioned[],
  step: (item: Versioned) => Promise<void>,
): Promise<{ done: number; failed: number }> {
  let done = 0;
  let failed = 0;
  for (const item of items) {
    try {
      await step(item);
      done++;
    } catch (error) {
      if (!(error instanceof ExpectedError)) throw error;
      failed++;
    }
  }
  return { done, failed };
}

/** What the assignment form offers: current agencies, active fields with their routing rule, the default deadline. */
export async function getAssignmentOptions(actor: Actor, proposalId: number, now = new Date()) {
  if (!can(actor.role, "proposal.assign")) throw forbidden();
  const [agencies, fields, proposal, exceptions] = await Promise.all([
    db().agency.findMany({
      where: { validTo: null, type: { not: "STANDING_COMMITTEE" } },
      select: { id: true, name: true, nameEn: true },
      orderBy: { name: "asc" },
    }),
    db().field.findMany({
      where: { active: true },
      select: { id: true, name: true, nameEn: true, defaultLeadAgencyId: true },
      orderBy: { sortOrder: "asc" },
    }),
    db().proposal.findUniqueOrThrow({
      where: { id: proposalId },
      select: { session: { select: { defaultAnswerDays: true } } },
    }),
    loadCalendarExceptions(),
  ]);
  const defaultDueOn = addWorkingDays(todayInVietnam(now), proposal.session.defaultAnswerDays, exceptions);
  return { agencies, fields, defaultDueOn, defaultAnswerDays: proposal.session.defaultAnswerDays };
}

/** Bulk receive / assign / send from the list page; assignment keeps each proposal's field. */
export async function runBulkOperation(
  actor: Actor,
  input: {
    operation: "receive" | "assign" | "send";
    selection: Versioned[];
    leadAgencyId?: number;
    dueOn?: Date;
  },
) {
  if (input.operation === "assign" && !input.leadAgencyId)
    throw new ExpectedError("invalid", "leadAgencyRequired");
  return runBulk(input.selection, async (item) => {
    if (input.operation === "receive") return receiveProposal(actor, item);
    if (input.operation === "send") return sendAnswer(actor, item);
    const proposal = await db().proposal.findUnique({
      where: { id: item.proposalId },
      select: { fieldId: true },
    });
    if (!proposal?.fieldId) throw new ExpectedError("invalid", "fieldRequired");
    await assignProposal(actor, {
      ...item,
      fieldId: proposal.fieldId,
      leadAgencyId: input.leadAgencyId!,
      coordinatingAgencyIds: [],
      dueOn: input.dueOn,
    });
  });
}

export async function listCurrentAgencies(actor: Actor) {
  if (!can(actor.role, "proposal.assign")) throw forbidden();
  return db().agency.findMany({
    where: { validTo: null, type: { not: "STANDING_COMMITTEE" } },
    select: { id: true, name: true, nameEn: true },
    orderBy: { name: "asc" },
  });
}
