// Writes an import's proposals and their 'submit' events in a few set-based statements, inside the caller's
// transaction; the rows have been checked (every one has its commune) before this runs.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/data/proposal-transition";
import { nextCodes } from "@/lib/data/proposal-drafts";
import { communeOwners } from "@/lib/data/session-proposals";
import type { CheckedRow } from "@/lib/import/validate-rows";

/** The timeline note of each imported proposal; stored text, so in the program's language. */
export const IMPORT_NOTE =
  "Điều phối viên nhập thay đơn vị từ tệp Excel: kiến nghị thu thập tại buổi đối thoại.";
// Rows per INSERT statement: five statements for 10,000 rows, each of bounded size.
const CHUNK = 2_000;

/**
 * The proposals in file order with consecutive codes, and their 'submit' events: two INSERT … SELECT FROM
 * unnest(…) statements per 2,000 rows, each sending one array per column. (Prisma's createMany spends seconds
 * per thousand rows building its statement on these machines; this takes a tenth of that — decision 013.)
 */
export async function writeProposals(
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
