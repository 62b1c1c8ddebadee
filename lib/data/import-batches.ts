// A session's spreadsheet imports as the import pages show them: file, number of proposals, first and last
// reference code, when and by whom. Only for those who may import.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { forbidden, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/data/proposal-transition";

export type BatchSummary = {
  id: number;
  fileName: string;
  rowCount: number;
  createdAt: Date;
  createdBy: string;
  firstCode: string | null;
  lastCode: string | null;
};

export function requireImporter(actor: Actor) {
  if (!can(actor.role, "proposal.import")) throw forbidden();
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

export async function batchByFile(
  client: Tx,
  sessionId: number,
  fileSha256: string,
): Promise<BatchSummary | null> {
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
