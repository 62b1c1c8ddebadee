// Answer templates: only administrators manage them; the text is sanitised; an agency officer's answer editor
// offers a template only while it is active (and fits the proposal); stale forms conflict; every change is audited.
// Templates this file creates are removed again at the end (the embedded database is shared by all files).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import {
  createTemplate,
  getTemplateForAdmin,
  listTemplateChoices,
  listTemplatesForAdmin,
  setTemplateActive,
  updateTemplate,
} from "@/lib/data/admin-templates";
import { getAnswerWorkspace } from "@/lib/data/answers";
import { CreateTemplateForm, UpdateTemplateForm } from "@/lib/schemas/admin-template";
import { actorByEmail } from "../support/actors";
import { expectRefused, formErrors, nonAdmins } from "../support/refusals";

const RUN = Date.now().toString(36);
let admin: Actor;
let officer: Actor;
let outsiders: Actor[];
let sxd: number;
const created: number[] = [];

beforeAll(async () => {
  [admin, officer] = await Promise.all([actorByEmail("admin@demo.vn"), actorByEmail("canbo.xd@demo.vn")]);
  outsiders = await nonAdmins();
  sxd = (await db().agency.findUniqueOrThrow({ where: { code: "SXD" } })).id;
});

afterAll(async () => {
  await db().answerTemplate.deleteMany({ where: { id: { in: created } } });
});

let counter = 0;
async function make(overrides: Record<string, unknown> = {}) {
  counter += 1;
  const template = await createTemplate(
    admin,
    CreateTemplateForm.parse({
      name: `Mẫu thử ${RUN}-${counter}`,
      body: "<p>Cơ quan trả lời như sau: …</p>",
      fieldId: "",
      agencyId: String(sxd),
      ...overrides,
    }),
  );
  created.push(template.id);
  return template;
}

const stampOf = async (id: number) =>
  (await db().answerTemplate.findUniqueOrThrow({ where: { id } })).updatedAt;

describe("who manages templates", () => {
  it("refuses every other role as 'not found' and writes nothing", async () => {
    const template = await make();
    const updatedAt = await stampOf(template.id);
    const audits = await db().auditLog.count();
    const count = await db().answerTemplate.count();
    const details = { name: "x", body: "<p>x</p>", fieldId: null, agencyId: null };
    for (const actor of outsiders) {
      await expectRefused(listTemplatesForAdmin(actor, { status: "all" }), "not-found");
      await expectRefused(getTemplateForAdmin(actor, template.id), "not-found");
      await expectRefused(listTemplateChoices(actor), "not-found");
      await expectRefused(createTemplate(actor, details), "not-found");
      await expectRefused(
        updateTemplate(actor, { templateId: template.id, updatedAt, ...details }),
        "not-found",
      );
      await expectRefused(
        setTemplateActive(actor, { templateId: template.id, updatedAt, active: false }),
        "not-found",
      );
    }
    expect(await db().auditLog.count()).toBe(audits);
    expect(await db().answerTemplate.count()).toBe(count);
    expect(await db().answerTemplate.findUniqueOrThrow({ where: { id: template.id } })).toMatchObject({
      name: template.name,
      active: true,
    });
  });
});

describe("creating and editing a template", () => {
  it("keeps only safe formatting, and audits the text as stored", async () => {
    const template = await make({
      body: '<p onclick="steal()">Kính gửi: <strong>UBND xã</strong></p><script>alert(1)</script><ul><li>Ý 1</li></ul>',
    });
    expect(template.body).toBe("<p>Kính gửi: <strong>UBND xã</strong></p><ul><li>Ý 1</li></ul>");
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "AnswerTemplate", entityId: String(template.id) },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      action: "template.created",
      data: { after: { body: template.body } },
    });

    const form = UpdateTemplateForm.parse({
      templateId: String(template.id),
      updatedAt: (await stampOf(template.id)).toISOString(),
      name: "Mẫu thử đã sửa",
      body: "<p>Nội dung mới</p>",
      fieldId: "",
      agencyId: "",
    });
    await updateTemplate(admin, form);
    expect(await db().answerTemplate.findUniqueOrThrow({ where: { id: template.id } })).toMatchObject({
      name: "Mẫu thử đã sửa",
      body: "<p>Nội dung mới</p>",
      agencyId: null,
    });
    const updated = await db().auditLog.findFirstOrThrow({
      where: { entity: "AnswerTemplate", entityId: String(template.id), action: "template.updated" },
    });
    expect(updated.data).toMatchObject({
      before: { agencyId: sxd, body: template.body },
      after: { agencyId: null, name: "Mẫu thử đã sửa" },
    });
    await expectRefused(updateTemplate(admin, { ...form, name: "Bản cũ" }), "conflict");
    expect((await db().answerTemplate.findUniqueOrThrow({ where: { id: template.id } })).name).toBe(
      "Mẫu thử đã sửa",
    );
  });

  it("refuses an empty text, an unknown field or an ended agency, writing nothing", async () => {
    expect(
      formErrors(CreateTemplateForm.safeParse({ name: "", body: "x", fieldId: "abc", agencyId: "" })),
    ).toEqual({
      name: ["validation.required"],
      fieldId: ["validation.invalid"],
    });
    const count = await db().answerTemplate.count();
    const audits = await db().auditLog.count();
    const base = { name: "Mẫu lỗi", body: "<p>Có chữ</p>", fieldId: null, agencyId: null };
    await expectRefused(
      createTemplate(admin, { ...base, body: "<p> </p><script>x</script>" }),
      "invalid",
      "admin.errors.templateBodyRequired",
    );
    await expectRefused(
      createTemplate(admin, { ...base, fieldId: 2_000_000_000 }),
      "invalid",
      "admin.errors.fieldInvalid",
    );
    const ended = await db().agency.findUniqueOrThrow({ where: { code: "SGTVT" } });
    await expectRefused(
      createTemplate(admin, { ...base, agencyId: ended.id }),
      "invalid",
      "errors.agencyNotCurrent",
    );
    expect(await db().answerTemplate.count()).toBe(count);
    expect(await db().auditLog.count()).toBe(audits);
  });
});

describe("what agency officers are offered", () => {
  it("offers a template while it is active, and no longer once deactivated", async () => {
    const template = await make({ agencyId: String(sxd) });
    const proposal = await db().proposal.findFirstOrThrow({
      where: { leadAgencyId: sxd, status: "IN_PROGRESS" },
      orderBy: { id: "asc" },
    });
    const offered = async () =>
      (await getAnswerWorkspace(officer, proposal.id)).templates.map((row) => row.id);
    expect(await offered()).toContain(template.id);

    await setTemplateActive(admin, {
      templateId: template.id,
      updatedAt: await stampOf(template.id),
      active: false,
    });
    expect(await offered()).not.toContain(template.id);
    expect((await listTemplatesForAdmin(admin, { status: "active" })).map((row) => row.id)).not.toContain(
      template.id,
    );
    expect((await listTemplatesForAdmin(admin, { status: "inactive" })).map((row) => row.id)).toContain(
      template.id,
    );

    await setTemplateActive(admin, {
      templateId: template.id,
      updatedAt: await stampOf(template.id),
      active: true,
    });
    expect(await offered()).toContain(template.id);
    const actions = await db().auditLog.findMany({
      where: { entity: "AnswerTemplate", entityId: String(template.id) },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((row) => row.action)).toEqual([
      "template.created",
      "template.deactivated",
      "template.activated",
    ]);
  });
});
