// Proposals collected on paper at the dialogue, imported from a spreadsheet by the coordinator: upload (kept in
// the database), preview every row with its errors, confirm — all rows or none, in one transaction, entered on
// behalf of their communes like the on-behalf form. The same file imported twice into a session imports once.
import "server-only";
import { createHash } from "node:crypto";
import { sanitizeFileName } from "@/lib/attachments/sniff";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/data/proposal-transition";
import { batchByFile, requireImporter, type BatchSummary } from "@/lib/data/import-batches";
import { writeProposals } from "@/lib/data/proposal-import-write";
import { loadCalendarExceptions } from "@/lib/data/calendar";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { calendarDateInVietnam } from "@/lib/calendar/today";
import { acceptsOnBehalfEntry } from "@/lib/workflow/session-status";
import { readProposalWorkbook, type RawRow, type WorkbookProblem } from "@/lib/import/read-workbook";
import { checkRows, proposalKey, type CheckedRow, type ImportReference } from "@/lib/import/validate-rows";
import type { ImportColumn } from "@/lib/import/columns";
import type { SessionStatus } from "@/lib/generated/prisma/enums";

/** An upload waits this long for its confirmation; older ones are removed at the next upload. */
export const UPLOAD_TTL_MS = 24 * 3600_000;
const TRANSACTION = { maxWait: 15_000, timeout: 120_000 };

/** A file refused as a whole (not a spreadsheet, wrong columns, too many rows…): nothing is stored. */
export class ImportFileError extends ExpectedError {
  constructor(
    readonly problem: WorkbookProblem,
    readonly missing: ImportColumn[] = [],
  ) {
    super("invalid", `imports.errors.${problem}`);
  }
}

async function parse(bytes: Uint8Array): Promise<{ rows: RawRow[]; skippedEmpty: number }> {
  const result = await readProposalWorkbook(bytes);
  if (!result.ok) throw new ImportFileError(result.problem, result.missing);
  return result;
}

async function sessionForImport(sessionId: number) {
  const session = await db().dialogueSession.findUnique({
    where: { id: sessionId },
    select: { id: true, code: true, title: true, status: true },
  });
  if (!session) throw notFound();
  return session;
}

/** The session's communes, the active fields and its proposals that share a title with a row of the file. */
async function loadReference(
  client: Tx,
  sessionId: number,
  rows: readonly RawRow[],
): Promise<ImportReference> {
  const [participants, fields, same] = await Promise.all([
    client.sessionParticipant.findMany({
      where: { sessionId },
      select: { unit: { select: { id: true, code: true, name: true } } },
      orderBy: { unit: { name: "asc" } },
    }),
    client.field.findMany({
      where: { active: true },
      select: { id: true, code: true, name: true, nameEn: true },
      orderBy: { sortOrder: "asc" },
    }),
    client.proposal.findMany({
      where: {
        sessionId,
        status: { notIn: ["DRAFT", "WITHDRAWN"] },
        title: { in: [...new Set(rows.map((row) => row.title).filter(Boolean))] },
      },
      select: { unitId: true, title: true, content: true, code: true },
    }),
  ]);
  return {
    units: participants.map((p) => p.unit),
    fields,
    existing: new Map(same.map((p) => [proposalKey(p.unitId, p.title, p.content), p.code ?? ""])),
  };
}

/** The session's communes and fields, for the template's lists. */
export async function importTemplateData(actor: Actor, sessionId: number) {
  requireImporter(actor);
  const session = await sessionForImport(sessionId);
  const { units, fields } = await loadReference(db(), sessionId, []);
  return { session, units, fields };
}

/**
 * Keeps an uploaded file for its preview. A file refused as a whole throws ImportFileError and stores nothing;
 * a file already imported into the session is not stored again: the earlier import is returned instead.
 */
export async function uploadProposalFile(
  actor: Actor,
  input: { sessionId: number; fileName: string; bytes: Uint8Array },
  now = new Date(),
): Promise<{ uploadId: number } | { already: BatchSummary }> {
  requireImporter(actor);
  const session = await sessionForImport(input.sessionId);
  if (!acceptsOnBehalfEntry(session.status))
    throw new ExpectedError("invalid", "imports.errors.sessionClosed");
  const fileSha256 = createHash("sha256").update(input.bytes).digest("hex");
  const already = await batchByFile(db(), input.sessionId, fileSha256);
  if (already) return { already };
  await parse(input.bytes);
  // Shown on the preview and in the history: no folders, control or direction characters, and an .xlsx ending.
  const fileName = sanitizeFileName(input.fileName, "xlsx");
  await db().importUpload.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - UPLOAD_TTL_MS) } },
  });
  const data = new Uint8Array(input.bytes);
  const upload = await db().importUpload.upsert({
    where: {
      sessionId_createdById_fileSha256: { sessionId: input.sessionId, createdById: actor.id, fileSha256 },
    },
    create: {
      sessionId: input.sessionId,
      createdById: actor.id,
      fileSha256,
      fileName,
      sizeBytes: input.bytes.byteLength,
      data,
      createdAt: now,
    },
    update: { fileName, createdAt: now },
    select: { id: true },
  });
  return { uploadId: upload.id };
}

/** The caller's own upload to this session, while it has not expired. */
async function loadUpload(actor: Actor, sessionId: number, uploadId: number, now: Date) {
  const upload = await db().importUpload.findFirst({
    where: {
      id: uploadId,
      sessionId,
      createdById: actor.id,
      createdAt: { gte: new Date(now.getTime() - UPLOAD_TTL_MS) },
    },
    select: { id: true, fileName: true, fileSha256: true, sizeBytes: true, data: true, createdAt: true },
  });
  if (!upload) throw new ExpectedError("not-found", "imports.errors.uploadGone");
  return upload;
}

export type ImportPreview = {
  upload: { id: number; fileName: string; sizeBytes: number; createdAt: Date };
  session: { id: number; code: string; title: string; open: boolean };
  already: BatchSummary | null;
  rows: CheckedRow[];
  invalid: number;
  skippedEmpty: number;
};

/** Every row of the upload as the confirmation would import it, with its errors; read from the stored bytes. */
export async function previewProposalImport(
  actor: Actor,
  input: { sessionId: number; uploadId: number },
  now = new Date(),
): Promise<ImportPreview> {
  requireImporter(actor);
  const session = await sessionForImport(input.sessionId);
  const upload = await loadUpload(actor, input.sessionId, input.uploadId, now);
  const { rows, skippedEmpty } = await parse(upload.data);
  const checked = checkRows(rows, await loadReference(db(), input.sessionId, rows));
  return {
    upload: {
      id: upload.id,
      fileName: upload.fileName,
      sizeBytes: upload.sizeBytes,
      createdAt: upload.createdAt,
    },
    session: {
      id: session.id,
      code: session.code,
      title: session.title,
      open: acceptsOnBehalfEntry(session.status),
    },
    already: await batchByFile(db(), input.sessionId, upload.fileSha256),
    rows: checked,
    invalid: checked.filter((row) => row.errors.length > 0).length,
    skippedEmpty,
  };
}

export type ImportOutcome = { imported: BatchSummary } | { already: BatchSummary };

/**
 * Re-reads the stored file (never what the browser shows), re-checks every row inside the transaction, and
 * writes the batch, the proposals with their codes, one 'submit' event each and the audit row — or nothing.
 * The batch row is inserted first: a second confirmation of the same file waits on its unique key, then finds
 * the first one's batch and reports it instead of importing again.
 */
export async function confirmProposalImport(
  actor: Actor,
  input: { sessionId: number; uploadId: number },
  now = new Date(),
): Promise<ImportOutcome> {
  requireImporter(actor);
  const upload = await loadUpload(actor, input.sessionId, input.uploadId, now);
  const { rows } = await parse(upload.data);
  const exceptions = await loadCalendarExceptions();
  return db().$transaction(async (tx) => {
    // FOR SHARE: the session cannot be closed while the import is being written.
    const [session] = await tx.$queryRaw<{ status: SessionStatus; receiptDays: number }[]>`
      SELECT "status"::text AS "status", "receiptDays" FROM "DialogueSession" WHERE "id" = ${input.sessionId} FOR SHARE`;
    if (!session) throw notFound();
    if (!acceptsOnBehalfEntry(session.status)) {
      throw new ExpectedError("invalid", "imports.errors.sessionClosed");
    }
    const inserted = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "ImportBatch" ("sessionId", "fileSha256", "fileName", "rowCount", "createdById", "createdAt")
      VALUES (${input.sessionId}, ${upload.fileSha256}, ${upload.fileName}, ${rows.length}, ${actor.id}, ${now})
      ON CONFLICT ("sessionId", "fileSha256") DO NOTHING
      RETURNING "id"`;
    const batchId = inserted[0]?.id;
    if (batchId === undefined) {
      const already = await batchByFile(tx, input.sessionId, upload.fileSha256);
      if (!already) throw new ExpectedError("conflict");
      return { already };
    }
    const checked = checkRows(rows, await loadReference(tx, input.sessionId, rows));
    if (checked.some((row) => row.errors.length > 0)) {
      throw new ExpectedError("invalid", "imports.errors.rowsHaveErrors");
    }
    await writeProposals(tx, actor, {
      sessionId: input.sessionId,
      batchId,
      rows: checked,
      now,
      receiptDueOn: addWorkingDays(calendarDateInVietnam(now), session.receiptDays, exceptions),
    });
    const imported = await batchByFile(tx, input.sessionId, upload.fileSha256);
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "proposal.import",
        entity: "ImportBatch",
        entityId: String(batchId),
        data: {
          sessionId: input.sessionId,
          fileName: upload.fileName,
          fileSha256: upload.fileSha256,
          rowCount: rows.length,
          firstCode: imported?.firstCode ?? null,
          lastCode: imported?.lastCode ?? null,
        },
      },
    });
    return { imported: imported! };
  }, TRANSACTION);
}
