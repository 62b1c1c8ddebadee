// Proposals collected on paper at the dialogue, imported from a spreadsheet by the coordinator: upload (kept in
// the database), preview every row with its errors, confirm — all rows or none, in one transaction, entered on
// behalf of their communes like the on-behalf form. The same file imported twice into a session imports once.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/data/proposal-transition";
import { nextCodes } from "@/lib/data/proposal-drafts";
import { communeOwners } from "@/lib/data/session-proposals";
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
/** The timeline note of each imported proposal; stored text, so in the program's language. */
export const IMPORT_NOTE =
  "Điều phối viên nhập thay đơn vị từ tệp Excel: kiến nghị thu thập tại buổi đối thoại.";
// Rows per INSERT statement: five statements for 10,000 rows, each of bounded size.
const CHUNK = 2_000;
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

export type BatchSummary = {
  id: number;
  fileName: string;
  rowCount: number;
  createdAt: Date;
  createdBy: string;
  firstCode: string | null;
  lastCode: string | null;
};

function requireImporter(actor: Actor) {
  if (!can(actor.role, "proposal.import")) throw forbidden();
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

const batchSelect = {
  id: true,
  fileName: true,
  rowCount: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} as const;

async function summarise(
  client: Tx,
  batches: { id: number; fileName: string; rowCount: number; createdAt: Date; createdBy: { name: string } }[],
): Promise<BatchSummary[]> {
  const codes = await client.proposal.groupBy({
    by: ["importBatchId"],
    where: { importBatchId: { in: batches.map((batch) => batch.id) } },
    _min: { code: true },
    _max: { code: true },
  });
  const byBatch = new Map(codes.map((row) => [row.importBatchId, row]));
  return batches.map(({ createdBy, ...batch }) => ({
    ...batch,
    createdBy: createdBy.name,
    firstCode: byBatch.get(batch.id)?._min.code ?? null,
    lastCode: byBatch.get(batch.id)?._max.code ?? null,
  }));
}

async function batchByFile(client: Tx, sessionId: number, fileSha256: string): Promise<BatchSummary | null> {
  const batch = await client.importBatch.findUnique({
    where: { sessionId_fileSha256: { sessionId, fileSha256 } },
    select: batchSelect,
  });
  return batch ? ((await summarise(client, [batch]))[0] ?? null) : null;
}

/** The session's imports, newest first. */
export async function listImportBatches(actor: Actor, sessionId: number): Promise<BatchSummary[]> {
  requireImporter(actor);
  const batches = await db().importBatch.findMany({
    where: { sessionId },
    select: batchSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return summarise(db(), batches);
}

export async function getImportBatch(actor: Actor, sessionId: number, batchId: number) {
  requireImporter(actor);
  const batch = await db().importBatch.findFirst({ where: { id: batchId, sessionId }, select: batchSelect });
  if (!batch) throw notFound();
  return (await summarise(db(), [batch]))[0]!;
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
  const fileName =
    input.fileName
      .normalize("NFC")
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .slice(0, 255) || "kien-nghi.xlsx";
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

/**
 * The proposals in file order with consecutive codes, and their 'submit' events: two INSERT … SELECT FROM
 * unnest(…) statements per 2,000 rows, each sending one array per column. (Prisma's createMany spends seconds
 * per thousand rows building its statement on these machines; this takes a tenth of that — decision 013.)
 */
async function writeProposals(
  tx: Tx,
  actor: Actor,
  {
    sessionId,
    batchId,
    rows,
    now,
    receiptDueOn,
  }: { sessionId: number; batchId: number; rows: CheckedRow[]; now: Date; receiptDueOn: Date },
) {
  const owners = await communeOwners(tx, [...new Set(rows.map((row) => row.unit!.id))]);
  const codes = await nextCodes(tx, now, rows.length);
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const units = chunk.map((row) => row.unit!.id);
    const created = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "Proposal" ("code", "sessionId", "unitId", "authorId", "enteredById", "raisedAtMeeting",
        "importBatchId", "fieldId", "title", "content", "status", "submittedAt", "receiptDueOn", "createdAt", "updatedAt")
      SELECT r.code, ${sessionId}, r.unit, r.author, ${actor.id}, true, ${batchId}, r.field, r.title, r.content,
        'SUBMITTED'::"ProposalStatus", ${now}, ${receiptDueOn}::date, ${now}, ${now}
      FROM unnest(
        ${codes.slice(start, start + CHUNK)}::text[],
        ${units}::int[],
        ${units.map((unit) => owners.get(unit) ?? actor.id)}::int[],
        ${chunk.map((row) => row.fieldRef?.id ?? null)}::int[],
        ${chunk.map((row) => row.title)}::text[],
        ${chunk.map((row) => row.content)}::text[]
      ) WITH ORDINALITY AS r(code, unit, author, field, title, content, n)
      ORDER BY r.n
      RETURNING "id"`;
    if (created.length !== chunk.length) throw new Error("import: not every proposal was written");
    await tx.$executeRaw`
      INSERT INTO "StatusEvent" ("proposalId", "actorId", "action", "toStatus", "note", "data", "createdAt")
      SELECT p."id", ${actor.id}, 'submit', 'SUBMITTED'::"ProposalStatus", ${IMPORT_NOTE},
        jsonb_build_object('onBehalf', true, 'raisedAtMeeting', true, 'imported', true,
          'importBatchId', ${batchId}::int, 'line', r.line, 'authorId', p."authorId"),
        ${now}
      FROM unnest(${codes.slice(start, start + CHUNK)}::text[], ${chunk.map((row) => row.line)}::int[]) AS r(code, line)
      JOIN "Proposal" p ON p."code" = r.code`;
  }
}
