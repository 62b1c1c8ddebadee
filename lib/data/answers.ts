// The lead agency's reply: draft, review, approval and correction; the coordinating agencies' input, internal
// notes, and the workspace the answering agencies' panels read. Every change is one workflow step (runTransition).
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { sanitizeAnswerHtml } from "@/lib/sanitize-html";
import { notify, proposalLink } from "@/lib/data/notify";
import { proposalScope } from "@/lib/data/proposal-scope";
import {
  relationTo,
  runTransition,
  type ProposalForTransition,
  type Tx,
} from "@/lib/data/proposal-transition";
import { availableActions, decide } from "@/lib/workflow/proposal-workflow";
import { can } from "@/lib/permissions";
import * as schemas from "@/lib/schemas/answer";

/** What a change returns: the proposal's new version and the page to refresh. */
export type Changed = { version: number; link: string };

/** A draft still being written: new, or sent back by the head. */
const OPEN_STATES: readonly AnswerState[] = ["DRAFT", "CHANGES_REQUESTED"];

/** Input is checked here too: the data layer never trusts that a form (or a test) validated it. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ExpectedError("invalid");
  return parsed.data;
}

export function noticeFor(kind: string, proposal: ProposalForTransition, actor: Actor) {
  return {
    kind,
    proposalId: proposal.id,
    link: proposalLink(proposal.code, proposal.id),
    params: { code: proposal.code ?? "", title: proposal.title },
    actorId: actor.id,
  };
}

export function changed(version: number, proposal: ProposalForTransition): Changed {
  return { version, link: proposalLink(proposal.code, proposal.id) };
}

export function leadAgencyOf(proposal: { leadAgencyId: number | null }): number {
  if (proposal.leadAgencyId === null) throw new ExpectedError("conflict", "wrongState");
  return proposal.leadAgencyId;
}

const answerFields = { id: true, versionNo: true, version: true, state: true, content: true, authorId: true };

/** The lead agency's newest version: the one being worked on (older ones are history). */
function latestAnswer(tx: Tx, proposalId: number, agencyId: number) {
  return tx.answer.findFirst({
    where: { proposalId, agencyId },
    orderBy: { versionNo: "desc" },
    select: answerFields,
  });
}

async function nextVersionNo(tx: Tx, proposalId: number): Promise<number> {
  const last = await tx.answer.aggregate({ where: { proposalId }, _max: { versionNo: true } });
  return (last._max.versionNo ?? 0) + 1;
}

/** Changes one answer only if nobody changed it since it was read, and only from the state it was read in. */
async function updateAnswer(
  tx: Tx,
  answer: { id: number; version: number; state: AnswerState },
  data: Prisma.AnswerUncheckedUpdateManyInput,
): Promise<void> {
  const updated = await tx.answer.updateMany({
    where: { id: answer.id, version: answer.version, state: answer.state },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new ExpectedError("conflict");
}

function isBlank(html: string): boolean {
  return html.replace(/<[^>]*>/g, "").replace(/&nbsp;|\s/g, "") === "";
}

/** Saves the lead agency's draft (creating it on first save). Saving unchanged text writes nothing. */
export async function saveAnswerDraft(
  actor: Actor,
  input: schemas.SaveAnswerDraftInput,
): Promise<Changed & { answerVersion: number }> {
  const data = parseInput(schemas.SaveAnswerDraft, input);
  const content = sanitizeAnswerHtml(data.content);
  const unchanged = await unchangedDraft(actor, data, content);
  if (unchanged) return unchanged;
  const { version, result, proposal } = await runTransition({
    actor,
    proposalId: data.proposalId,
    expectedVersion: data.version,
    action: "draft_answer",
    effects: async ({ tx, proposal }) => {
      const agencyId = leadAgencyOf(proposal);
      const draft = await latestAnswer(tx, proposal.id, agencyId);
      const open = draft && OPEN_STATES.includes(draft.state) ? draft : null;
      if (data.answerVersion !== undefined && open?.version !== data.answerVersion) {
        throw new ExpectedError("conflict");
      }
      if (open) {
        await updateAnswer(tx, open, { content });
        return open.version + 1;
      }
      const versionNo = await nextVersionNo(tx, proposal.id);
      await tx.answer.create({
        data: { proposalId: proposal.id, agencyId, versionNo, state: "DRAFT", content, authorId: actor.id },
      });
      return 1;
    },
  });
  return { ...changed(version, proposal), answerVersion: result };
}

/** An autosave of text that is already stored: allowed and current, so nothing to do (no version bump). */
async function unchangedDraft(
  actor: Actor,
  data: z.output<typeof schemas.SaveAnswerDraft>,
  content: string,
): Promise<(Changed & { answerVersion: number }) | null> {
  const proposal = await db().proposal.findFirst({
    where: { AND: [proposalScope(actor), { id: data.proposalId }] },
    select: { id: true, code: true, status: true, version: true, unitId: true, leadAgencyId: true },
  });
  // Anything unusual goes the full way, where runTransition gives the precise error.
  if (!proposal || proposal.version !== data.version || proposal.leadAgencyId === null) return null;
  if (!decide("draft_answer", proposal.status, await relationTo(db(), actor, proposal)).allowed) return null;
  const draft = await latestAnswer(db(), proposal.id, proposal.leadAgencyId);
  if (!draft || !OPEN_STATES.includes(draft.state) || draft.content !== content) return null;
  if (data.answerVersion !== undefined && data.answerVersion !== draft.version) return null;
  return {
    version: proposal.version,
    link: proposalLink(proposal.code, proposal.id),
    answerVersion: draft.version,
  };
}

/** The officer sends the draft to the agency's head for approval. */
export async function submitAnswerForReview(
  actor: Actor,
  input: schemas.SubmitAnswerForReviewInput,
): Promise<Changed> {
  const data = parseInput(schemas.SubmitAnswerForReview, input);
  const { version, proposal } = await runTransition({
    actor,
    proposalId: data.proposalId,
    expectedVersion: data.version,
    action: "submit_for_review",
    effects: async ({ tx, proposal }) => {
      const agencyId = leadAgencyOf(proposal);
      const draft = await latestAnswer(tx, proposal.id, agencyId);
      if (!draft || !OPEN_STATES.includes(draft.state) || isBlank(draft.content)) {
        throw new ExpectedError("invalid", "answers.errors.emptyDraft");
      }
      await updateAnswer(tx, draft, { state: "IN_REVIEW", submittedAt: new Date() });
      await notify(tx, { agencyId, roles: ["AGENCY_HEAD"] }, noticeFor("answer_in_review", proposal, actor));
    },
  });
  return changed(version, proposal);
}

async function answerInReview(tx: Tx, proposal: ProposalForTransition) {
  const answer = await latestAnswer(tx, proposal.id, leadAgencyOf(proposal));
  if (answer?.state !== "IN_REVIEW") throw new ExpectedError("conflict", "wrongState");
  return answer;
}

/** The head sends the draft back with a comment that stays inside the agency. */
export async function requestAnswerChanges(
  actor: Actor,
  input: schemas.RequestAnswerChangesInput,
): Promise<Changed> {
  const data = parseInput(schemas.RequestAnswerChanges, input);
  const { version, proposal } = await runTransition({
    actor,
    proposalId: data.proposalId,
    expectedVersion: data.version,
    action: "request_changes",
    note: data.comment, // request_changes is an internal step: a commune never sees its event
    effects: async ({ tx, proposal }) => {
      const answer = await answerInReview(tx, proposal);
      await updateAnswer(tx, answer, {
        state: "CHANGES_REQUESTED",
        reviewComment: data.comment,
        reviewerId: actor.id,
      });
      // The draft's author alone hears of it (notify() addresses groups, not one person).
      if (answer.authorId !== actor.id) {
        const { kind, proposalId, link, params } = noticeFor("answer_changes_requested", proposal, actor);
        await tx.notification.create({ data: { userId: answer.authorId, kind, proposalId, link, params } });
      }
    },
  });
  return changed(version, proposal);
}

/** Classes of advisory locks taken by this module (the second key is the agency). */
const DOCUMENT_NUMBER_LOCK = 7301;

/** A document number is issued once per agency. The lock makes check-then-write safe across proposals. */
async function ensureDocumentNumberFree(tx: Tx, agencyId: number, documentNumber: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${DOCUMENT_NUMBER_LOCK}::int, ${agencyId}::int)) AS l`;
  // lower() on both sides, as the index Answer_agencyId_documentNumber_lower_idx is built.
  const taken = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "Answer"
    WHERE "agencyId" = ${agencyId} AND lower("documentNumber") = lower(${documentNumber})
    LIMIT 1`;
  if (taken.length > 0) throw new ExpectedError("invalid", "answers.errors.documentNumberTaken");
}

type DocumentFields = z.output<typeof schemas.ApproveAnswer>;

function documentColumns(data: DocumentFields) {
  return {
    documentNumber: data.documentNumber,
    documentDate: data.documentDate,
    signerName: data.signerName,
    signerTitle: data.signerTitle,
  };
}

/** The head approves: the version is signed (number, date, signer) and locked from then on. */
export async function approveAnswer(actor: Actor, input: schemas.ApproveAnswerInput): Promise<Changed> {
  const data = parseInput(schemas.ApproveAnswer, input);
  const now = new Date();
  const { version, proposal } = await runTransition({
    actor,
    proposalId: data.proposalId,
    expectedVersion: data.version,
    action: "approve",
    eventData: { documentNumber: data.documentNumber },
    patch: () => ({ approvedAt: now }),
    effects: async ({ tx, proposal }) => {
      const answer = await answerInReview(tx, proposal);
      await ensureDocumentNumberFree(tx, leadAgencyOf(proposal), data.documentNumber);
      await updateAnswer(tx, answer, {
        state: "APPROVED",
        approvedAt: now,
        reviewerId: actor.id,
        ...documentColumns(data),
      });
      await notify(tx, { roles: ["COORDINATOR"] }, noticeFor("answer_approved", proposal, actor));
    },
  });
  return changed(version, proposal);
}

/** A signed answer is never edited: a correction is a new signed version, the old one is kept as superseded. */
export async function correctAnswer(actor: Actor, input: schemas.CorrectAnswerInput): Promise<Changed> {
  const data = parseInput(schemas.CorrectAnswer, input);
  const content = sanitizeAnswerHtml(data.content);
  const now = new Date();
  const { version, proposal } = await runTransition({
    actor,
    proposalId: data.proposalId,
    expectedVersion: data.version,
    action: "correct_answer",
    note: data.reason,
    eventData: { documentNumber: data.documentNumber },
    effects: async ({ tx, proposal }) => {
      if (isBlank(content)) throw new ExpectedError("invalid", "answers.errors.emptyDraft");
      const agencyId = leadAgencyOf(proposal);
      const current = await tx.answer.findFirst({
        where: { proposalId: proposal.id, state: "APPROVED" },
        orderBy: { versionNo: "desc" },
        select: answerFields,
      });
      if (!current) throw new ExpectedError("conflict", "wrongState");
      await ensureDocumentNumberFree(tx, agencyId, data.documentNumber);
      await updateAnswer(tx, current, { state: "SUPERSEDED" });
      await tx.answer.create({
        data: {
          proposalId: proposal.id,
          agencyId,
          versionNo: await nextVersionNo(tx, proposal.id),
          state: "APPROVED",
          content,
          authorId: actor.id,
          reviewerId: actor.id,
          correctionReason: data.reason,
          submittedAt: now,
          approvedAt: now,
          ...documentColumns(data),
        },
      });
      const notice = noticeFor("answer_corrected", proposal, actor);
      await notify(tx, { roles: ["COORDINATOR"] }, notice);
      if (proposal.status === "SENT" || proposal.status === "ACKNOWLEDGED") {
        await notify(tx, { unitId: proposal.unitId }, notice);
      }
    },
  });
  return changed(version, proposal);
}

/** A coordinating agency's input to the lead's answer; the latest replaces the earlier, which stays in the audit. */
export async function addContribution(actor: Actor, input: schemas.AddContributionInput): Promise<Changed> {
  const data = parseInput(schemas.AddContribution, input);
  const { version, proposal } = await runTransition({
    actor,
    proposalId: data.proposalId,
    expectedVersion: data.version,
    action: "contribute",
    eventData: { agencyId: actor.agencyId, text: data.text },
    effects: async ({ tx, proposal }) => {
      const updated = await tx.assignment.updateMany({
        where: {
          proposalId: proposal.id,
          agencyId: actor.agencyId ?? -1,
          role: "COORDINATING",
          active: true,
        },
        data: { contribution: data.text, contributedAt: new Date() },
      });
      if (updated.count === 0) throw forbidden();
      await notify(
        tx,
        { agencyId: leadAgencyOf(proposal) },
        noticeFor("contribution_added", proposal, actor),
      );
    },
  });
  return changed(version, proposal);
}

/** A note between the lead agency's staff; the text is not put in the audit event (communes read events). */
export async function addInternalNote(actor: Actor, input: schemas.AddInternalNoteInput): Promise<Changed> {
  const data = parseInput(schemas.AddInternalNote, input);
  const { version, proposal } = await runTransition({
    actor,
    proposalId: data.proposalId,
    expectedVersion: data.version,
    action: "internal_note",
    effects: async ({ tx, proposal }) => {
      await tx.internalNote.create({
        data: {
          proposalId: proposal.id,
          agencyId: leadAgencyOf(proposal),
          authorId: actor.id,
          body: data.body,
        },
      });
    },
  });
  return changed(version, proposal);
}

// ───────────────────────────── Reading ─────────────────────────────

export type AnswerSide = "lead" | "coordinating";

/** The caller's part in answering this proposal; a commune, the province or another agency has none. */
async function answeringSide(actor: Actor, proposalId: number) {
  const proposal = await db().proposal.findFirst({
    where: { AND: [proposalScope(actor), { id: proposalId }] },
    select: {
      id: true,
      code: true,
      status: true,
      version: true,
      unitId: true,
      leadAgencyId: true,
      fieldId: true,
    },
  });
  if (!proposal) throw notFound();
  const relation = await relationTo(db(), actor, proposal);
  const side: AnswerSide | null =
    relation.leadAgency && can(actor.role, "answer.draft")
      ? "lead"
      : relation.coordinatingAgency && can(actor.role, "answer.contribute")
        ? "coordinating"
        : null;
  if (!side) throw forbidden();
  return { proposal, relation, side };
}

function internalNotes(proposalId: number) {
  return db().internalNote.findMany({
    where: { proposalId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
      agency: { select: { shortName: true } },
    },
  });
}

/** Notes between the agencies answering the proposal: the lead and the coordinating ones, nobody else. */
export async function listInternalNotes(actor: Actor, proposalId: number) {
  await answeringSide(actor, proposalId);
  return internalNotes(proposalId);
}

const workspaceAnswer = {
  id: true,
  agencyId: true,
  versionNo: true,
  version: true,
  state: true,
  content: true,
  reviewComment: true,
  correctionReason: true,
  documentNumber: true,
  documentDate: true,
  signerName: true,
  signerTitle: true,
  submittedAt: true,
  approvedAt: true,
  updatedAt: true,
  author: { select: { name: true } },
  reviewer: { select: { name: true } },
} satisfies Prisma.AnswerSelect;

export type WorkspaceAnswer = Prisma.AnswerGetPayload<{ select: typeof workspaceAnswer }>;

/** Everything the answering agencies' panels need. A coordinating agency gets its own input and the notes only. */
export async function getAnswerWorkspace(actor: Actor, proposalId: number) {
  const { proposal, relation, side } = await answeringSide(actor, proposalId);
  const lead = side === "lead";
  const [answers, contributions, templates, notes, followUp, signer] = await Promise.all([
    lead
      ? db().answer.findMany({
          where: { proposalId },
          orderBy: { versionNo: "desc" },
          select: workspaceAnswer,
        })
      : [],
    db().assignment.findMany({
      where: {
        proposalId,
        role: "COORDINATING",
        active: true,
        ...(lead ? {} : { agencyId: actor.agencyId ?? -1 }),
      },
      orderBy: { id: "asc" },
      select: {
        id: true,
        contribution: true,
        contributedAt: true,
        agency: { select: { name: true, nameEn: true, shortName: true } },
      },
    }),
    lead
      ? db().answerTemplate.findMany({
          where: {
            active: true,
            AND: [
              { OR: [{ fieldId: null }, { fieldId: proposal.fieldId ?? -1 }] },
              { OR: [{ agencyId: null }, { agencyId: proposal.leadAgencyId ?? -1 }] },
            ],
          },
          orderBy: [{ name: "asc" }, { id: "asc" }],
          select: { id: true, name: true, body: true },
        })
      : [],
    internalNotes(proposalId),
    lead
      ? db().followUp.findFirst({
          where: { proposalId },
          orderBy: { askedAt: "desc" },
          select: { question: true, askedAt: true, reply: true, answeredAt: true },
        })
      : null,
    // A head usually signs what they approve: their name and position fill the signer fields.
    lead && can(actor.role, "answer.review")
      ? db().user.findUnique({ where: { id: actor.id }, select: { name: true, position: true } })
      : null,
  ]);
  const current = answers.find((answer) => answer.agencyId === proposal.leadAgencyId);
  return {
    proposalId: proposal.id,
    status: proposal.status,
    version: proposal.version,
    side,
    actions: availableActions(proposal.status, relation),
    /** the draft being written (new, or sent back with the head's comment) */
    draft: current && OPEN_STATES.includes(current.state) ? current : null,
    inReview: current?.state === "IN_REVIEW" ? current : null,
    approved: answers.find((answer) => answer.state === "APPROVED") ?? null,
    /** signed versions, newest first: the current one and those it superseded */
    history: answers.filter((answer) => answer.state === "APPROVED" || answer.state === "SUPERSEDED"),
    contributions,
    templates: templates.map((template) => ({ ...template, body: sanitizeAnswerHtml(template.body) })),
    notes,
    followUp,
    signer: { name: signer?.name ?? "", title: signer?.position ?? "" },
  };
}

export type AnswerWorkspace = Awaited<ReturnType<typeof getAnswerWorkspace>>;
