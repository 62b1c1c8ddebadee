// Answer templates: create, edit, deactivate or reactivate — administrators only. Agency officers see only the
// active ones that fit the proposal's field and lead agency (getAnswerWorkspace in lib/data/answers.ts).
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sanitizeAnswerHtml } from "@/lib/sanitize-html";
import { requireAdmin } from "@/lib/data/admin-users";
import { expectOneUpdated, nextStamp, writeAudit } from "@/lib/data/admin-audit";
import type {
  CreateTemplateInput,
  SetTemplateActiveInput,
  TemplateFilters,
  UpdateTemplateInput,
} from "@/lib/schemas/admin-template";

type Tx = Prisma.TransactionClient;

const templateSelect = {
  id: true,
  name: true,
  body: true,
  active: true,
  fieldId: true,
  agencyId: true,
  updatedAt: true,
  field: { select: { name: true, nameEn: true, active: true } },
  agency: { select: { name: true, nameEn: true, validTo: true } },
} satisfies Prisma.AnswerTemplateSelect;

export async function listTemplatesForAdmin(actor: Actor, filters: TemplateFilters) {
  requireAdmin(actor);
  const where: Prisma.AnswerTemplateWhereInput =
    filters.status === "all" ? {} : { active: filters.status === "active" };
  const rows = await db().answerTemplate.findMany({
    where,
    select: templateSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map(({ body, ...rest }) => ({ ...rest, excerpt: textOf(body).slice(0, 160) }));
}

export async function getTemplateForAdmin(actor: Actor, templateId: number) {
  requireAdmin(actor);
  const template = await db().answerTemplate.findUnique({
    where: { id: templateId },
    select: templateSelect,
  });
  if (!template) throw notFound();
  return { ...template, body: sanitizeAnswerHtml(template.body) };
}

/** The choices of the template form: every field, and the agencies in force. */
export async function listTemplateChoices(actor: Actor) {
  requireAdmin(actor);
  const [fields, agencies] = await Promise.all([
    db().field.findMany({
      select: { id: true, name: true, nameEn: true, active: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
    db().agency.findMany({
      where: { validTo: null },
      select: { id: true, name: true, nameEn: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { fields, agencies };
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The body as it will be stored: sanitised, and not empty once the markup is gone. */
function cleanBody(body: string): string {
  const clean = sanitizeAnswerHtml(body);
  if (!textOf(clean)) throw new ExpectedError("invalid", "admin.errors.templateBodyRequired");
  return clean;
}

/** A template's field must exist; its agency must be in force, unless the template already had it. */
async function checkScope(
  tx: Tx,
  input: { fieldId: number | null; agencyId: number | null },
  keptAgency?: number | null,
) {
  if (input.fieldId !== null && (await tx.field.count({ where: { id: input.fieldId } })) === 0)
    throw new ExpectedError("invalid", "admin.errors.fieldInvalid");
  if (input.agencyId !== null && input.agencyId !== keptAgency) {
    if ((await tx.agency.count({ where: { id: input.agencyId, validTo: null } })) === 0)
      throw new ExpectedError("invalid", "errors.agencyNotCurrent");
  }
}

export async function createTemplate(actor: Actor, input: CreateTemplateInput) {
  requireAdmin(actor);
  const body = cleanBody(input.body);
  return db().$transaction(async (tx) => {
    await checkScope(tx, input);
    const template = await tx.answerTemplate.create({
      data: { ...input, body },
      select: { id: true, name: true, body: true, fieldId: true, agencyId: true },
    });
    await writeAudit(tx, actor, {
      action: "template.created",
      entity: "AnswerTemplate",
      entityId: template.id,
      after: template,
    });
    return template;
  });
}

export async function updateTemplate(actor: Actor, input: UpdateTemplateInput, now = new Date()) {
  requireAdmin(actor);
  const { templateId, updatedAt, ...rest } = input;
  const after = { ...rest, body: cleanBody(rest.body) };
  return db().$transaction(async (tx) => {
    const before = await tx.answerTemplate.findUnique({
      where: { id: templateId },
      select: { name: true, body: true, fieldId: true, agencyId: true },
    });
    if (!before) throw notFound();
    await checkScope(tx, after, before.agencyId);
    const stamp = nextStamp(updatedAt, now);
    expectOneUpdated(
      await tx.answerTemplate.updateMany({
        where: { id: templateId, updatedAt },
        data: { ...after, updatedAt: stamp },
      }),
    );
    await writeAudit(tx, actor, {
      action: "template.updated",
      entity: "AnswerTemplate",
      entityId: templateId,
      before,
      after,
    });
    return { updatedAt: stamp };
  });
}

/** An inactive template is no longer offered in the answer editor; nothing written from it changes. */
export async function setTemplateActive(actor: Actor, input: SetTemplateActiveInput, now = new Date()) {
  requireAdmin(actor);
  return db().$transaction(async (tx) => {
    const before = await tx.answerTemplate.findUnique({
      where: { id: input.templateId },
      select: { active: true },
    });
    if (!before) throw notFound();
    const stamp = nextStamp(input.updatedAt, now);
    expectOneUpdated(
      await tx.answerTemplate.updateMany({
        where: { id: input.templateId, updatedAt: input.updatedAt },
        data: { active: input.active, updatedAt: stamp },
      }),
    );
    await writeAudit(tx, actor, {
      action: input.active ? "template.activated" : "template.deactivated",
      entity: "AnswerTemplate",
      entityId: input.templateId,
      before,
      after: { active: input.active },
    });
    return { updatedAt: stamp };
  });
}
