// The administrators' audit trail: one AuditLog row per change, written in the change's own transaction,
// and the paged viewer over it. Also the updatedAt check the reference-data forms use.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireAdmin } from "@/lib/data/admin-users";

type Tx = Prisma.TransactionClient;

export const AUDIT_PAGE_SIZE = 30;

/** Dates become ISO strings, undefined disappears: what JSON keeps is what the row shows later. */
function asJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
}

export function writeAudit(
  tx: Tx,
  actor: Actor,
  entry: { action: string; entity: string; entityId: string | number; before?: unknown; after?: unknown },
) {
  const data: Record<string, unknown> = {};
  if (entry.before !== undefined) data.before = entry.before;
  if (entry.after !== undefined) data.after = entry.after;
  return tx.auditLog.create({
    data: {
      actorId: actor.id,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      data: asJson(data),
    },
  });
}

/**
 * The updatedAt a change writes: now, or one millisecond after the stamp it replaces, so that every change moves
 * the stamp on even when two happen within the same millisecond (a stale form can then never match again).
 */
export function nextStamp(previous: Date, now = new Date()): Date {
  return new Date(Math.max(now.getTime(), previous.getTime() + 1));
}

/** The count of an `updateMany` guarded by the form's stamp: 0 means someone else changed (or removed) it first. */
export function expectOneUpdated(result: { count: number }): void {
  if (result.count !== 1) throw new ExpectedError("conflict");
}

export async function listAuditEntities(actor: Actor): Promise<string[]> {
  requireAdmin(actor);
  const groups = await db().auditLog.groupBy({ by: ["entity"], orderBy: { entity: "asc" } });
  return groups.map((group) => group.entity);
}

export async function listAuditLog(
  actor: Actor,
  filters: { entity?: string; entityId?: string; page: number },
) {
  requireAdmin(actor);
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
  };
  const total = await db().auditLog.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const rows = await db().auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      action: true,
      entity: true,
      entityId: true,
      data: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return { rows, total, page, pages };
}
