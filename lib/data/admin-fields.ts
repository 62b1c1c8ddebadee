// Field administration: names in both languages, order, active or not, and the routing rule (the default lead
// agency triage proposes, read by getAssignmentOptions in lib/data/triage.ts) — administrators only.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireAdmin } from "@/lib/data/admin-users";
import { expectOneUpdated, nextStamp, writeAudit } from "@/lib/data/admin-audit";
import type {
  CreateFieldInput,
  MoveFieldInput,
  SetFieldActiveInput,
  UpdateFieldInput,
} from "@/lib/schemas/admin-field";

type Tx = Prisma.TransactionClient;

export const FIELD_CODE_TAKEN = "admin.errors.fieldCodeTaken";

const fieldSelect = {
  id: true,
  code: true,
  name: true,
  nameEn: true,
  sortOrder: true,
  active: true,
  updatedAt: true,
  defaultLeadAgency: { select: { id: true, name: true, nameEn: true, validTo: true } },
  _count: { select: { proposals: true } },
} satisfies Prisma.FieldSelect;

/** Every field, active or not, in the order proposals' forms list them. */
export async function listFieldsForAdmin(actor: Actor) {
  requireAdmin(actor);
  return db().field.findMany({ select: fieldSelect, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
}

export async function getFieldForAdmin(actor: Actor, fieldId: number) {
  requireAdmin(actor);
  const field = await db().field.findUnique({ where: { id: fieldId }, select: fieldSelect });
  if (!field) throw notFound();
  return field;
}

/** Who may lead: the agencies the assignment form offers (in force, not the Standing Committee itself). */
const LEAD_CHOICE = { validTo: null, type: { not: "STANDING_COMMITTEE" } } satisfies Prisma.AgencyWhereInput;

export async function listLeadAgencyChoices(actor: Actor) {
  requireAdmin(actor);
  return db().agency.findMany({
    where: LEAD_CHOICE,
    select: { id: true, name: true, nameEn: true },
    orderBy: { name: "asc" },
  });
}

async function checkLead(tx: Tx, agencyId: number | null) {
  if (agencyId === null) return;
  if ((await tx.agency.count({ where: { id: agencyId, ...LEAD_CHOICE } })) === 0)
    throw new ExpectedError("invalid", "admin.errors.leadNotAllowed");
}

export async function createField(actor: Actor, input: CreateFieldInput) {
  requireAdmin(actor);
  if (await db().field.count({ where: { code: input.code } }))
    throw new ExpectedError("conflict", FIELD_CODE_TAKEN);
  try {
    return await db().$transaction(async (tx) => {
      await checkLead(tx, input.defaultLeadAgencyId);
      const last = await tx.field.aggregate({ _max: { sortOrder: true } });
      const field = await tx.field.create({
        data: { ...input, sortOrder: (last._max.sortOrder ?? 0) + 10 },
        select: {
          id: true,
          code: true,
          name: true,
          nameEn: true,
          sortOrder: true,
          defaultLeadAgencyId: true,
        },
      });
      await writeAudit(tx, actor, {
        action: "field.created",
        entity: "Field",
        entityId: field.id,
        after: field,
      });
      return field;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new ExpectedError("conflict", FIELD_CODE_TAKEN);
    throw error;
  }
}

/** Renames a field and sets its routing rule; triage proposes the new lead agency from the next page load. */
export async function updateField(actor: Actor, input: UpdateFieldInput, now = new Date()) {
  requireAdmin(actor);
  const { fieldId, updatedAt, ...after } = input;
  return db().$transaction(async (tx) => {
    const before = await tx.field.findUnique({
      where: { id: fieldId },
      select: { name: true, nameEn: true, defaultLeadAgencyId: true },
    });
    if (!before) throw notFound();
    // An unchanged rule may keep an agency that has since ended; a new choice must be able to lead.
    if (after.defaultLeadAgencyId !== before.defaultLeadAgencyId)
      await checkLead(tx, after.defaultLeadAgencyId);
    const stamp = nextStamp(updatedAt, now);
    expectOneUpdated(
      await tx.field.updateMany({ where: { id: fieldId, updatedAt }, data: { ...after, updatedAt: stamp } }),
    );
    await writeAudit(tx, actor, {
      action: "field.updated",
      entity: "Field",
      entityId: fieldId,
      before,
      after,
    });
    return { updatedAt: stamp };
  });
}

/** An inactive field is no longer offered for new proposals or triage; proposals that have it keep it. */
export async function setFieldActive(actor: Actor, input: SetFieldActiveInput, now = new Date()) {
  requireAdmin(actor);
  return db().$transaction(async (tx) => {
    const before = await tx.field.findUnique({ where: { id: input.fieldId }, select: { active: true } });
    if (!before) throw notFound();
    const stamp = nextStamp(input.updatedAt, now);
    expectOneUpdated(
      await tx.field.updateMany({
        where: { id: input.fieldId, updatedAt: input.updatedAt },
        data: { active: input.active, updatedAt: stamp },
      }),
    );
    await writeAudit(tx, actor, {
      action: input.active ? "field.activated" : "field.deactivated",
      entity: "Field",
      entityId: input.fieldId,
      before,
      after: { active: input.active },
    });
    return { updatedAt: stamp };
  });
}

/** Swaps a field with its neighbour; the whole order is renumbered 10, 20, … so ties cannot stall a move. */
export async function moveField(actor: Actor, input: MoveFieldInput, now = new Date()) {
  requireAdmin(actor);
  return db().$transaction(async (tx) => {
    const fields = await tx.field.findMany({
      select: { id: true, sortOrder: true, updatedAt: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    });
    const index = fields.findIndex((field) => field.id === input.fieldId);
    if (index < 0) throw notFound();
    if (fields[index]!.updatedAt.getTime() !== input.updatedAt.getTime()) throw new ExpectedError("conflict");
    const target = input.direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= fields.length) throw new ExpectedError("invalid", "admin.errors.cannotMove");
    const before = fields.map((field) => field.id);
    const order = [...before];
    [order[index], order[target]] = [order[target]!, order[index]!];
    for (const [position, id] of order.entries()) {
      const field = fields.find((row) => row.id === id)!;
      const sortOrder = (position + 1) * 10;
      if (field.sortOrder === sortOrder && id !== input.fieldId) continue;
      await tx.field.update({
        where: { id },
        // The moved field's stamp moves on (a double click moves it once); a neighbour's stays, so an edit form
        // open on it is not refused for a change of order alone.
        data: {
          sortOrder,
          updatedAt: id === input.fieldId ? nextStamp(field.updatedAt, now) : field.updatedAt,
        },
      });
    }
    await writeAudit(tx, actor, {
      action: "field.moved",
      entity: "Field",
      entityId: input.fieldId,
      before: { order: before },
      after: { order, direction: input.direction },
    });
  });
}
