// Agency administration: the list as of a date, create, rename and re-place, end or merge into a successor,
// reinstate — administrators only; each change one transaction with its audit row and an updatedAt check.
// Ending an agency never moves its open work: the counts of what still points at it are shown and returned.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireAdmin } from "@/lib/data/admin-users";
import { expectOneUpdated, nextStamp, writeAudit } from "@/lib/data/admin-audit";
import { dayAfter, validOn } from "@/lib/data/validity";
import { todayInVietnam } from "@/lib/calendar/today";
import { FINAL_STATUSES } from "@/lib/workflow/proposal-status";
import type {
  AgencyFilters,
  CreateAgencyInput,
  EndAgencyInput,
  ReinstateAgencyInput,
  UpdateAgencyInput,
} from "@/lib/schemas/admin-agency";

type Tx = Prisma.TransactionClient;

export const AGENCY_CODE_TAKEN = "admin.errors.agencyCodeTaken";

const details = {
  name: true,
  nameEn: true,
  shortName: true,
  type: true,
  parentId: true,
} satisfies Prisma.AgencySelect;

export async function listAgenciesForAdmin(actor: Actor, filters: AgencyFilters, now = new Date()) {
  requireAdmin(actor);
  const on = filters.on ?? todayInVietnam(now);
  const byStatus: Prisma.AgencyWhereInput =
    filters.status === "current" ? validOn(on) : filters.status === "ended" ? { validTo: { lt: on } } : {};
  const search: Prisma.AgencyWhereInput = filters.q
    ? {
        OR: (["name", "nameEn", "shortName", "code"] as const).map((column) => ({
          [column]: { contains: filters.q, mode: "insensitive" },
        })),
      }
    : {};
  const rows = await db().agency.findMany({
    where: { AND: [byStatus, search] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      type: true,
      validFrom: true,
      validTo: true,
      parent: { select: { shortName: true } },
      successor: { select: { id: true, name: true } },
      _count: { select: { users: { where: { active: true } } } },
    },
  });
  return { on, rows };
}

/** What still points at an agency: shown before it is ended, and reported after. Nothing here is moved. */
export async function agencyImpact(client: Tx, agencyId: number) {
  const [users, openAssignments, fields, templates, openTasks, openSessions] = await Promise.all([
    client.user.count({ where: { agencyId, active: true } }),
    client.assignment.count({
      where: { agencyId, active: true, proposal: { status: { notIn: [...FINAL_STATUSES] } } },
    }),
    client.field.count({ where: { defaultLeadAgencyId: agencyId } }),
    client.answerTemplate.count({ where: { agencyId, active: true } }),
    client.conclusionTask.count({ where: { agencyId, status: { not: "COMPLETED" } } }),
    client.dialogueSession.count({ where: { coordinatingAgencyId: agencyId, status: { not: "CLOSED" } } }),
  ]);
  return { users, openAssignments, fields, templates, openTasks, openSessions };
}
export type AgencyImpact = Awaited<ReturnType<typeof agencyImpact>>;

export async function getAgencyForAdmin(actor: Actor, agencyId: number) {
  requireAdmin(actor);
  const agency = await db().agency.findUnique({
    where: { id: agencyId },
    select: {
      id: true,
      code: true,
      ...details,
      validFrom: true,
      validTo: true,
      updatedAt: true,
      createdAt: true,
      parent: { select: { id: true, name: true } },
      successor: { select: { id: true, name: true, validFrom: true } },
      predecessors: { select: { id: true, name: true, validTo: true }, orderBy: { name: "asc" } },
    },
  });
  if (!agency) throw notFound();
  return { agency, impact: await agencyImpact(db(), agencyId) };
}

/** Agencies in force today, for the parent and successor choices (an ended agency can be neither). */
export async function listAgencyChoices(actor: Actor) {
  requireAdmin(actor);
  return db().agency.findMany({
    where: { validTo: null },
    select: { id: true, name: true, validFrom: true, type: true },
    orderBy: { name: "asc" },
  });
}

/** A parent must be in force and must not be the agency itself or one of its own sub-agencies. */
async function checkParent(tx: Tx, parentId: number | null, selfId: number | null) {
  if (parentId === null) return;
  const parent = await tx.agency.findUnique({ where: { id: parentId }, select: { validTo: true } });
  if (!parent || parent.validTo !== null) throw new ExpectedError("invalid", "admin.errors.parentInvalid");
  let current: number | null = parentId;
  for (let depth = 0; current !== null && depth < 100; depth++) {
    if (current === selfId) throw new ExpectedError("invalid", "admin.errors.parentCycle");
    const row: { parentId: number | null } | null = await tx.agency.findUnique({
      where: { id: current },
      select: { parentId: true },
    });
    current = row?.parentId ?? null;
  }
}

function notInFuture(date: Date, now: Date) {
  if (date.getTime() > todayInVietnam(now).getTime())
    throw new ExpectedError("invalid", "admin.errors.dateInFuture");
}

export async function createAgency(actor: Actor, input: CreateAgencyInput, now = new Date()) {
  requireAdmin(actor);
  notInFuture(input.validFrom, now);
  if (await db().agency.count({ where: { code: input.code } }))
    throw new ExpectedError("conflict", AGENCY_CODE_TAKEN);
  try {
    return await db().$transaction(async (tx) => {
      await checkParent(tx, input.parentId, null);
      const agency = await tx.agency.create({
        data: { ...input },
        select: { id: true, code: true, ...details, validFrom: true },
      });
      await writeAudit(tx, actor, {
        action: "agency.created",
        entity: "Agency",
        entityId: agency.id,
        after: agency,
      });
      return agency;
    });
  } catch (error) {
    // Two administrators creating the same code at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw new ExpectedError("conflict", AGENCY_CODE_TAKEN);
    throw error;
  }
}

export async function updateAgency(actor: Actor, input: UpdateAgencyInput, now = new Date()) {
  requireAdmin(actor);
  const { agencyId, updatedAt, ...after } = input;
  return db().$transaction(async (tx) => {
    const before = await tx.agency.findUnique({ where: { id: agencyId }, select: details });
    if (!before) throw notFound();
    // An unchanged parent may have ended since; only a new choice must be in force (and not create a loop).
    if (after.parentId !== before.parentId) await checkParent(tx, after.parentId, agencyId);
    const stamp = nextStamp(updatedAt, now);
    expectOneUpdated(
      await tx.agency.updateMany({
        where: { id: agencyId, updatedAt },
        data: { ...after, updatedAt: stamp },
      }),
    );
    await writeAudit(tx, actor, {
      action: "agency.updated",
      entity: "Agency",
      entityId: agencyId,
      before,
      after,
    });
    return { updatedAt: stamp };
  });
}

/**
 * Ends an agency on its last day in force; with a successor this is a merger: reports follow the successor, and
 * the successor must be in force from the next day at the latest. Open assignments, users, templates and tasks
 * stay where they are (the coordinator reassigns work, the administrator moves people); only the fields' routing
 * moves, and only when asked to.
 */
export async function endAgency(actor: Actor, input: EndAgencyInput, now = new Date()) {
  requireAdmin(actor);
  notInFuture(input.validTo, now);
  return db().$transaction(async (tx) => {
    const before = await tx.agency.findUnique({
      where: { id: input.agencyId },
      select: { validFrom: true, validTo: true, successorId: true, updatedAt: true },
    });
    if (!before) throw notFound();
    if (before.updatedAt.getTime() !== input.updatedAt.getTime()) throw new ExpectedError("conflict");
    if (before.validTo !== null) throw new ExpectedError("invalid", "admin.errors.agencyAlreadyEnded");
    if (input.validTo < before.validFrom) throw new ExpectedError("invalid", "admin.errors.endBeforeStart");
    if (input.successorId !== null) {
      const successor = await tx.agency.findUnique({
        where: { id: input.successorId },
        select: { validFrom: true, validTo: true, type: true },
      });
      if (!successor || successor.validTo !== null)
        throw new ExpectedError("invalid", "admin.errors.successorInvalid");
      if (successor.validFrom > dayAfter(input.validTo))
        throw new ExpectedError("invalid", "admin.errors.successorGap");
      if (input.moveFields && successor.type === "STANDING_COMMITTEE")
        throw new ExpectedError("invalid", "admin.errors.leadNotAllowed");
    }
    const impact = await agencyImpact(tx, input.agencyId);
    const stamp = nextStamp(input.updatedAt, now);
    expectOneUpdated(
      await tx.agency.updateMany({
        where: { id: input.agencyId, updatedAt: input.updatedAt },
        data: { validTo: input.validTo, successorId: input.successorId, updatedAt: stamp },
      }),
    );
    const movedFields = input.moveFields
      ? await rerouteFields(tx, actor, input.agencyId, input.successorId!, now)
      : [];
    await writeAudit(tx, actor, {
      action: input.successorId === null ? "agency.ended" : "agency.merged",
      entity: "Agency",
      entityId: input.agencyId,
      before: { validTo: before.validTo, successorId: before.successorId },
      after: { validTo: input.validTo, successorId: input.successorId, movedFields, left: impact },
    });
    return { updatedAt: stamp, impact, movedFields };
  });
}

/** Routes the fields led by `from` to `to`, each with its own audit row so the field's history is whole. */
async function rerouteFields(tx: Tx, actor: Actor, from: number, to: number, now: Date) {
  const fields = await tx.field.findMany({
    where: { defaultLeadAgencyId: from },
    select: { id: true, updatedAt: true },
  });
  for (const field of fields) {
    await tx.field.update({
      where: { id: field.id },
      data: { defaultLeadAgencyId: to, updatedAt: nextStamp(field.updatedAt, now) },
    });
    await writeAudit(tx, actor, {
      action: "field.rerouted",
      entity: "Field",
      entityId: field.id,
      before: { defaultLeadAgencyId: from },
      after: { defaultLeadAgencyId: to },
    });
  }
  return fields.map((field) => field.id);
}

/** Undoes an ending entered by mistake: the agency is in force again and has no successor. */
export async function reinstateAgency(actor: Actor, input: ReinstateAgencyInput, now = new Date()) {
  requireAdmin(actor);
  return db().$transaction(async (tx) => {
    const before = await tx.agency.findUnique({
      where: { id: input.agencyId },
      select: { validTo: true, successorId: true, updatedAt: true },
    });
    if (!before) throw notFound();
    if (before.updatedAt.getTime() !== input.updatedAt.getTime()) throw new ExpectedError("conflict");
    if (before.validTo === null) throw new ExpectedError("invalid", "admin.errors.agencyNotEnded");
    const stamp = nextStamp(input.updatedAt, now);
    expectOneUpdated(
      await tx.agency.updateMany({
        where: { id: input.agencyId, updatedAt: input.updatedAt },
        data: { validTo: null, successorId: null, updatedAt: stamp },
      }),
    );
    await writeAudit(tx, actor, {
      action: "agency.reinstated",
      entity: "Agency",
      entityId: input.agencyId,
      before: { validTo: before.validTo, successorId: before.successorId },
      after: { validTo: null, successorId: null },
    });
    return { updatedAt: stamp };
  });
}
