// The commune's side of a proposal: write and autosave a draft, submit it for a reference code, edit it until
// it is received, withdraw it, resubmit after a return.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { isRowId } from "@/lib/row-id";
import { runTransition, type Tx } from "@/lib/data/proposal-transition";
import { notify, proposalLink } from "@/lib/data/notify";
import { loadCalendarExceptions } from "@/lib/data/calendar";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { calendarDateInVietnam } from "@/lib/calendar/today";
import type { ProposalDraft } from "@/lib/schemas/proposal";
import { assertFieldChoosable } from "@/lib/data/field-choice";

/** What the commune writes: the parts of a proposal its form edits. */
export type ProposalText = Pick<ProposalDraft, "title" | "content" | "fieldId">;

export const CODE_PREFIX = "ĐT";

/** Sessions this commune may write to now: open, inside the submission window, the commune taking part. */
export async function listOpenSessionsFor(actor: Actor, now = new Date()) {
  if (!can(actor.role, "proposal.create") || actor.unitId === null) return [];
  return db().dialogueSession.findMany({
    where: {
      status: "OPEN",
      submissionOpensAt: { lte: now },
      submissionClosesAt: { gte: now },
      participants: { some: { unitId: actor.unitId } },
    },
    select: { id: true, code: true, title: true, submissionClosesAt: true },
    orderBy: { startsOn: "asc" },
  });
}

async function assertSessionOpen(
  tx: Tx,
  actor: Actor,
  sessionId: number,
  now: Date,
): Promise<{ receiptDays: number }> {
  const session = await tx.dialogueSession.findFirst({
    where: { id: sessionId, participants: { some: { unitId: actor.unitId ?? -1 } } },
    select: { status: true, submissionOpensAt: true, submissionClosesAt: true, receiptDays: true },
  });
  if (!session) throw new ExpectedError("invalid", "sessionNotOpen");
  if (session.status !== "OPEN" || now < session.submissionOpensAt || now > session.submissionClosesAt) {
    throw new ExpectedError("invalid", "sessionNotOpen");
  }
  return session;
}

/**
 * Creates the draft on first save (keyed by the form's client token, so a retried or doubled save creates one
 * proposal) and updates it afterwards with the version check. Returns the id and new version.
 */
export async function saveDraft(
  actor: Actor,
  input: ProposalDraft,
  now = new Date(),
): Promise<{ proposalId: number; version: number; code: string | null }> {
  if (!can(actor.role, "proposal.create") || actor.unitId === null) throw forbidden();
  const unitId = actor.unitId;
  const existing = await db().proposal.findUnique({
    where: { clientToken: input.clientToken },
    select: { id: true, unitId: true, version: true, code: true },
  });
  const proposalId = input.proposalId ?? existing?.id;
  if (proposalId === undefined) {
    const created = await db().$transaction(async (tx) => {
      await assertSessionOpen(tx, actor, input.sessionId, now);
      await assertFieldChoosable(tx, input.fieldId);
      // ON CONFLICT makes a concurrent first save with the same token wait and then change nothing.
      const inserted = await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO "Proposal" ("clientToken", "sessionId", "unitId", "authorId", "fieldId", "title", "content", "updatedAt")
        VALUES (${input.clientToken}, ${input.sessionId}, ${unitId}, ${actor.id}, ${input.fieldId ?? null}, ${input.title}, ${input.content}, now())
        ON CONFLICT ("clientToken") DO NOTHING
        RETURNING "id"`;
      const proposal = await tx.proposal.findUniqueOrThrow({
        where: { clientToken: input.clientToken },
        select: { id: true, version: true, code: true, unitId: true },
      });
      if (proposal.unitId !== unitId) throw forbidden();
      if (inserted.length === 1) {
        await tx.statusEvent.create({
          data: { proposalId: proposal.id, actorId: actor.id, action: "create", toStatus: "DRAFT" },
        });
      }
      return proposal;
    });
    return { proposalId: created.id, version: created.version, code: created.code };
  }
  if (existing && existing.unitId !== unitId) throw forbidden();
  const { version } = await runTransition({
    actor,
    proposalId,
    expectedVersion: input.version ?? existing?.version ?? 0,
    action: "edit",
    quietWhileDraft: true,
    patch: async ({ tx, proposal }) => {
      await assertFieldChoosable(tx, input.fieldId, proposal.fieldId);
      return { title: input.title, content: input.content, fieldId: input.fieldId ?? null };
    },
  });
  return { proposalId, version, code: existing?.code ?? null };
}

async function textChanged(tx: Tx, proposalId: number, text: ProposalText): Promise<boolean> {
  const stored = await tx.proposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: { title: true, content: true, fieldId: true },
  });
  return (
    stored.title !== text.title ||
    stored.content !== text.content ||
    stored.fieldId !== (text.fieldId ?? null)
  );
}

/** The next reference code of the year, from a counter row updated in the same transaction. */
export async function nextCode(tx: Tx, now: Date): Promise<string> {
  const [code] = await nextCodes(tx, now, 1);
  return code!;
}

/**
 * `count` consecutive reference codes of the year in one statement (an import takes a whole block); the counter
 * row stays locked until the transaction ends, so nobody else's codes interleave and a rollback burns none.
 */
export async function nextCodes(tx: Tx, now: Date, count: number): Promise<string[]> {
  const year = calendarDateInVietnam(now).getUTCFullYear();
  const key = `${CODE_PREFIX}-${year}`;
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "CodeCounter" ("key", "value") VALUES (${key}, ${count})
    ON CONFLICT ("key") DO UPDATE SET "value" = "CodeCounter"."value" + ${count}
    RETURNING "value"`;
  const last = rows[0]?.value ?? count;
  return Array.from({ length: count }, (_, i) => `${key}-${String(last - count + 1 + i).padStart(5, "0")}`);
}

/**
 * Submits a draft (or resubmits a returned proposal); the first submission gives it its reference code. With
 * `text`, the form's title, content and field are written by the same transaction, so a submission cut off
 * midway leaves nothing behind and the same form sent again (same version) goes through.
 */
export async function submitProposal(
  actor: Actor,
  input: { proposalId: number; version: number; text?: ProposalText },
  now = new Date(),
) {
  if (!isRowId(input.proposalId)) throw notFound();
  const current = await db().proposal.findUnique({
    where: { id: input.proposalId },
    select: { status: true },
  });
  const action = current?.status === "RETURNED" ? "resubmit" : "submit";
  const exceptions = await loadCalendarExceptions();
  // The reference: kept from a resubmission, or drawn from the counter in the transaction below.
  const reference: { code: string | null } = { code: null };
  await runTransition({
    actor,
    proposalId: input.proposalId,
    expectedVersion: input.version,
    action,
    patch: async ({ tx, proposal }) => {
      reference.code = proposal.code;
      const session = await assertSessionOpen(tx, actor, proposal.sessionId, now);
      await assertFieldChoosable(tx, input.text?.fieldId, proposal.fieldId);
      const text = input.text
        ? { title: input.text.title, content: input.text.content, fieldId: input.text.fieldId ?? null }
        : {};
      if (action === "resubmit") {
        // The commune's fix of a returned proposal stays a step of its own in the history.
        if (input.text && (await textChanged(tx, proposal.id, input.text)))
          await tx.statusEvent.create({
            data: {
              proposalId: proposal.id,
              actorId: actor.id,
              action: "edit",
              fromStatus: proposal.status,
              toStatus: proposal.status,
            },
          });
        return { ...text, submittedAt: now, returnReason: null };
      }
      reference.code = await nextCode(tx, now);
      return {
        ...text,
        code: reference.code,
        submittedAt: now,
        receiptDueOn: addWorkingDays(calendarDateInVietnam(now), session.receiptDays, exceptions),
      };
    },
    effects: async ({ tx, proposal }) => {
      await notify(
        tx,
        { roles: ["COORDINATOR"] },
        {
          kind: action === "resubmit" ? "proposal_resubmitted" : "proposal_submitted",
          proposalId: proposal.id,
          link: proposalLink(reference.code, proposal.id),
          params: { code: reference.code ?? "", title: input.text?.title ?? proposal.title },
          actorId: actor.id,
        },
      );
    },
  });
  if (!reference.code) throw new Error("a submitted proposal has a reference");
  return { code: reference.code };
}

export async function withdrawProposal(
  actor: Actor,
  input: { proposalId: number; version: number; reason?: string },
) {
  await runTransition({
    actor,
    proposalId: input.proposalId,
    expectedVersion: input.version,
    action: "withdraw",
    note: input.reason ?? null,
  });
}

/** The proposal as its commune's form edits it. */
export async function getDraftForEditing(actor: Actor, proposalId: number) {
  if (!can(actor.role, "proposal.create") || actor.unitId === null) throw forbidden();
  const proposal = await db().proposal.findFirst({
    where: { id: proposalId, unitId: actor.unitId, status: { in: ["DRAFT", "SUBMITTED", "RETURNED"] } },
    select: {
      id: true,
      code: true,
      version: true,
      status: true,
      title: true,
      content: true,
      fieldId: true,
      sessionId: true,
      clientToken: true,
      returnReason: true,
    },
  });
  if (!proposal) throw new ExpectedError("not-found");
  return proposal;
}
