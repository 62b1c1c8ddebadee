// Files a commune attaches to its proposal: added and removed while the workflow allows `edit`, read by anyone
// who may read the proposal. Bytes live in PostgreSQL (Attachment.data); lists never load them.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { proposalScope } from "@/lib/data/proposal-scope";
import { relationTo, type Tx } from "@/lib/data/proposal-transition";
import { decide } from "@/lib/workflow/proposal-workflow";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_COUNT,
  kindOfMime,
  sanitizeFileName,
  sniffFile,
} from "@/lib/attachments/sniff";

export type AttachmentProblem =
  "empty" | "unsupported" | "damaged" | "macro" | "bomb" | "tooLarge" | "tooMany";

/** A refused file; the catalogue explains each `problem` as "attachments.error<Problem>" (errorTooMany…). */
export class AttachmentError extends ExpectedError {
  constructor(readonly problem: AttachmentProblem) {
    super(problem === "tooMany" ? "conflict" : "invalid", "invalid");
  }
}

export type AttachmentSummary = {
  id: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
};

export type AttachmentFile = AttachmentSummary & { data: Uint8Array<ArrayBuffer> };

const summary = {
  id: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
} satisfies Prisma.AttachmentSelect;

// Answer files share the table; a proposal's own attachments are the ones not tied to an answer.
const ownAttachment = { answerId: null } satisfies Prisma.AttachmentWhereInput;

// Uploads of 10 MB on a slow embedded database must not hit Prisma's 5-second default.
const TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

function isId(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0 && value <= 2_147_483_647;
}

/**
 * Locks the proposal row, then checks — on the state as it is now — that the caller may edit it.
 * The lock serialises uploads to one proposal, so the count limit and the duplicate check hold under races.
 */
async function lockForEdit(tx: Tx, actor: Actor, proposalId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Proposal" WHERE id = ${proposalId} FOR NO KEY UPDATE`;
  const proposal = await tx.proposal.findFirst({
    where: { AND: [proposalScope(actor), { id: proposalId }] },
    select: { id: true, unitId: true, leadAgencyId: true, status: true },
  });
  if (!proposal) throw notFound();
  const decision = decide("edit", proposal.status, await relationTo(tx, actor, proposal));
  if (decision.allowed) return;
  if (decision.reason === "not-permitted") throw forbidden();
  throw new ExpectedError("conflict", "wrongState");
}

/**
 * Attaches a file to a proposal. The same content twice returns the attachment already there, so a retried
 * upload does not duplicate. Refuses content that is not PDF, DOCX, XLSX, JPG or PNG, whatever its name.
 */
export async function addAttachment(
  actor: Actor,
  proposalId: number,
  file: { fileName: string; bytes: Uint8Array<ArrayBuffer> },
): Promise<AttachmentSummary & { created: boolean }> {
  if (!isId(proposalId)) throw notFound();
  if (file.bytes.length > ATTACHMENT_MAX_BYTES) throw new AttachmentError("tooLarge");
  const sniffed = sniffFile(file.bytes);
  if (!sniffed.ok) throw new AttachmentError(sniffed.reason);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  return db().$transaction(async (tx) => {
    await lockForEdit(tx, actor, proposalId);
    const existing = await tx.attachment.findFirst({
      where: { ...ownAttachment, proposalId, sha256 },
      select: summary,
    });
    if (existing) return { ...existing, created: false };
    const count = await tx.attachment.count({ where: { ...ownAttachment, proposalId } });
    if (count >= ATTACHMENT_MAX_COUNT) throw new AttachmentError("tooMany");
    const created = await tx.attachment.create({
      data: {
        proposalId,
        fileName: sanitizeFileName(file.fileName, sniffed.kind),
        mimeType: sniffed.mime,
        sizeBytes: file.bytes.length,
        sha256,
        data: file.bytes,
        uploadedById: actor.id,
      },
      select: summary,
    });
    return { ...created, created: true };
  }, TRANSACTION);
}

/** Removes an attachment while its proposal may still be edited; the audit log keeps what it was. */
export async function removeAttachment(actor: Actor, attachmentId: number): Promise<{ id: number }> {
  if (!isId(attachmentId)) throw notFound();
  return db().$transaction(async (tx) => {
    const found = await tx.attachment.findFirst({
      where: { ...ownAttachment, id: attachmentId, proposalId: { not: null } },
      select: { proposalId: true },
    });
    if (!found?.proposalId) throw notFound();
    await lockForEdit(tx, actor, found.proposalId);
    const removed = await tx.attachment.delete({
      where: { id: attachmentId },
      select: { ...summary, proposalId: true, sha256: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "attachment.remove",
        entity: "Attachment",
        entityId: String(removed.id),
        data: {
          proposalId: removed.proposalId,
          fileName: removed.fileName,
          mimeType: removed.mimeType,
          sizeBytes: removed.sizeBytes,
          sha256: removed.sha256,
          uploadedAt: removed.createdAt.toISOString(),
        },
      },
    });
    return { id: removed.id };
  });
}

/** The proposal's attachments, oldest first — names and sizes only, never the bytes. */
export async function listAttachments(actor: Actor, proposalId: number): Promise<AttachmentSummary[]> {
  if (!isId(proposalId)) throw notFound();
  const proposal = await db().proposal.findFirst({
    where: { AND: [proposalScope(actor), { id: proposalId }] },
    select: { id: true },
  });
  if (!proposal) throw notFound();
  return db().attachment.findMany({
    where: { ...ownAttachment, proposalId },
    select: summary,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** One attachment with its bytes, for download by anyone who may read its proposal. */
export async function readAttachment(actor: Actor, attachmentId: number): Promise<AttachmentFile> {
  if (!isId(attachmentId)) throw notFound();
  const row = await db().attachment.findFirst({
    where: { ...ownAttachment, id: attachmentId, proposal: { is: proposalScope(actor) } },
    select: { ...summary, data: true },
  });
  if (!row) throw notFound();
  // Only bytes kept in the database are served; object storage (storageKey) is not wired up yet.
  if (!row.data) throw new Error(`Attachment ${row.id} has no bytes in the database`);
  // Served types come from the allow-list only, whatever a row might say.
  const mimeType = kindOfMime(row.mimeType) ? row.mimeType : "application/octet-stream";
  // The pg driver hands back a Buffer over an ordinary ArrayBuffer; the cast only says so to the Fetch types.
  return { ...row, mimeType, data: row.data as Uint8Array<ArrayBuffer> };
}
