// Fields and routing rules: only administrators change them; a field's default lead agency is what triage then
// proposes; a deactivated field is no longer offered; order moves; stale forms conflict; every change is audited.
// On the embedded database every file shares one PGlite: this file makes its own fields and removes them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import {
  createField,
  getFieldForAdmin,
  listFieldsForAdmin,
  listLeadAgencyChoices,
  moveField,
  setFieldActive,
  updateField,
} from "@/lib/data/admin-fields";
import { getAssignmentOptions, setProposalField } from "@/lib/data/triage";
import { listActiveFields } from "@/lib/data/reference";
import { CreateFieldForm, UpdateFieldForm } from "@/lib/schemas/admin-field";
import { actorByEmail } from "../support/actors";
import { expectRefused, formErrors, nonAdmins } from "../support/refusals";
import { TEST_TODAY } from "../support/test-clock";

const NOW = new Date(TEST_TODAY.getTime() + 3 * 3600_000);
const RUN = Date.now().toString(36).toUpperCase();
let admin: Actor;
let coordinator: Actor;
let outsiders: Actor[];
let proposalId: number;
const created: number[] = [];

beforeAll(async () => {
  [admin, coordinator] = await Promise.all([actorByEmail("admin@demo.vn"), actorByEmail("dieuphoi@demo.vn")]);
  outsiders = await nonAdmins();
  proposalId = (
    await db().proposal.findFirstOrThrow({ where: { status: "RECEIVED" }, orderBy: { id: "asc" } })
  ).id;
});

afterAll(async () => {
  await db().field.deleteMany({ where: { id: { in: created } } });
  // Moves renumber the order 10, 20, …; put the seeded fields back in their seeded order.
  const fields = await db().field.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  for (const [index, field] of fields.entries())
    await db().field.update({ where: { id: field.id }, data: { sortOrder: (index + 1) * 10 } });
});

let counter = 0;
async function make(lead: string | null = "SXD") {
  counter += 1;
  const agency = lead ? await db().agency.findUniqueOrThrow({ where: { code: lead } }) : null;
  const field = await createField(
    admin,
    CreateFieldForm.parse({
      code: `f${RUN}-${counter}`,
      name: `Lĩnh vực thử ${counter}`,
      nameEn: `Test field ${counter}`,
      defaultLeadAgencyId: agency ? String(agency.id) : "",
    }),
  );
  created.push(field.id);
  return field;
}

const stampOf = async (id: number) => (await db().field.findUniqueOrThrow({ where: { id } })).updatedAt;
const agencyId = async (code: string) => (await db().agency.findUniqueOrThrow({ where: { code } })).id;

describe("who reaches field administration", () => {
  it("refuses every other role as 'not found' and writes nothing", async () => {
    const field = await make();
    const updatedAt = await stampOf(field.id);
    const audits = await db().auditLog.count();
    for (const actor of outsiders) {
      await expectRefused(listFieldsForAdmin(actor), "not-found");
      await expectRefused(getFieldForAdmin(actor, field.id), "not-found");
      await expectRefused(listLeadAgencyChoices(actor), "not-found");
      await expectRefused(
        createField(actor, { code: `X${RUN}`, name: "x", nameEn: "x", defaultLeadAgencyId: null }),
        "not-found",
      );
      await expectRefused(
        updateField(
          actor,
          { fieldId: field.id, updatedAt, name: "x", nameEn: "x", defaultLeadAgencyId: null },
          NOW,
        ),
        "not-found",
      );
      await expectRefused(
        setFieldActive(actor, { fieldId: field.id, updatedAt, active: false }, NOW),
        "not-found",
      );
      await expectRefused(
        moveField(actor, { fieldId: field.id, updatedAt, direction: "up" }, NOW),
        "not-found",
      );
    }
    expect(await db().auditLog.count()).toBe(audits);
    expect(await db().field.findUniqueOrThrow({ where: { id: field.id } })).toMatchObject({
      name: field.name,
      active: true,
      updatedAt,
    });
  });
});

describe("creating a field", () => {
  it("puts it last with its routing rule and writes an audit row", async () => {
    const before = await listFieldsForAdmin(admin);
    const field = await make("SYT");
    const after = await listFieldsForAdmin(admin);
    expect(after.at(-1)).toMatchObject({
      id: field.id,
      active: true,
      defaultLeadAgency: { id: await agencyId("SYT") },
    });
    expect(field.sortOrder).toBeGreaterThan(before.at(-1)!.sortOrder);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "Field", entityId: String(field.id) },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      action: "field.created",
      data: { after: { code: field.code } },
    });
    // The new field is offered at once, with its rule, when writing and triaging proposals.
    expect((await listActiveFields(coordinator)).map((row) => row.id)).toContain(field.id);
  });

  it("refuses a bad code, a taken code and a lead agency that cannot lead, writing nothing", async () => {
    expect(formErrors(CreateFieldForm.safeParse({ code: "Ă", name: "", nameEn: "x" }))).toEqual({
      code: ["admin.errors.codeFormat"],
      name: ["validation.required"],
    });
    const fields = await db().field.count();
    const audits = await db().auditLog.count();
    const base = { name: "Thử", nameEn: "Try", defaultLeadAgencyId: null };
    await expectRefused(
      createField(admin, { ...base, code: "YTE" }),
      "conflict",
      "admin.errors.fieldCodeTaken",
    );
    for (const code of ["BTVTU", "BDVTU"]) {
      await expectRefused(
        createField(admin, { ...base, code: `N${RUN}`, defaultLeadAgencyId: await agencyId(code) }),
        "invalid",
        "admin.errors.leadNotAllowed",
      );
    }
    expect(await db().field.count()).toBe(fields);
    expect(await db().auditLog.count()).toBe(audits);
  });
});

describe("the routing rule", () => {
  it("is what triage proposes once an administrator changes it", async () => {
    const field = await make("SXD");
    const proposed = async () =>
      (await getAssignmentOptions(coordinator, proposalId, NOW)).fields.find((row) => row.id === field.id)
        ?.defaultLeadAgencyId;
    expect(await proposed()).toBe(await agencyId("SXD"));
    const form = UpdateFieldForm.parse({
      fieldId: String(field.id),
      updatedAt: (await stampOf(field.id)).toISOString(),
      name: "Lĩnh vực thử (đổi tên)",
      nameEn: "Renamed test field",
      defaultLeadAgencyId: String(await agencyId("STC")),
    });
    await updateField(admin, form, NOW);
    expect(await proposed()).toBe(await agencyId("STC"));
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "Field", entityId: String(field.id), action: "field.updated" },
    });
    expect(audit.data).toEqual({
      before: { name: field.name, nameEn: field.nameEn, defaultLeadAgencyId: await agencyId("SXD") },
      after: {
        name: "Lĩnh vực thử (đổi tên)",
        nameEn: "Renamed test field",
        defaultLeadAgencyId: await agencyId("STC"),
      },
    });
  });

  it("refuses a stale form, and of two saves at once keeps exactly one", async () => {
    const field = await make("SXD");
    const updatedAt = await stampOf(field.id);
    const edit = { fieldId: field.id, updatedAt, name: field.name, nameEn: field.nameEn };
    await updateField(admin, { ...edit, defaultLeadAgencyId: await agencyId("SYT") }, NOW);
    await expectRefused(
      updateField(admin, { ...edit, defaultLeadAgencyId: await agencyId("STC") }, NOW),
      "conflict",
    );
    expect((await db().field.findUniqueOrThrow({ where: { id: field.id } })).defaultLeadAgencyId).toBe(
      await agencyId("SYT"),
    );
    const fresh = { ...edit, updatedAt: await stampOf(field.id), defaultLeadAgencyId: null };
    const results = await Promise.allSettled([
      updateField(admin, { ...fresh, name: "Cùng lúc A" }, NOW),
      updateField(admin, { ...fresh, name: "Cùng lúc B" }, NOW),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(
      await db().auditLog.count({
        where: { entity: "Field", entityId: String(field.id), action: "field.updated" },
      }),
    ).toBe(2);
  });
});

describe("deactivating a field", () => {
  it("stops offering it for new proposals and triage, and offers it again once reactivated", async () => {
    const field = await make();
    await setFieldActive(
      admin,
      { fieldId: field.id, updatedAt: await stampOf(field.id), active: false },
      NOW,
    );
    expect((await listActiveFields(coordinator)).map((row) => row.id)).not.toContain(field.id);
    expect(
      (await getAssignmentOptions(coordinator, proposalId, NOW)).fields.map((row) => row.id),
    ).not.toContain(field.id);
    const proposal = await db().proposal.findUniqueOrThrow({ where: { id: proposalId } });
    await expectRefused(
      setProposalField(coordinator, { proposalId, version: proposal.version, fieldId: field.id }),
      "invalid",
    );
    await setFieldActive(admin, { fieldId: field.id, updatedAt: await stampOf(field.id), active: true }, NOW);
    expect((await listActiveFields(coordinator)).map((row) => row.id)).toContain(field.id);
    const actions = await db().auditLog.findMany({
      where: { entity: "Field", entityId: String(field.id) },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((row) => row.action)).toEqual([
      "field.created",
      "field.deactivated",
      "field.activated",
    ]);
  });
});

describe("ordering fields", () => {
  it("swaps a field with its neighbour, once per click, and not past either end", async () => {
    const first = await make();
    const second = await make();
    const order = async () => (await listFieldsForAdmin(admin)).map((row) => row.id);
    expect((await order()).slice(-2)).toEqual([first.id, second.id]);
    const stamp = await stampOf(second.id);
    await moveField(admin, { fieldId: second.id, updatedAt: stamp, direction: "up" }, NOW);
    expect((await order()).slice(-2)).toEqual([second.id, first.id]);
    // The same form sent twice (a double click) moves it once.
    await expectRefused(
      moveField(admin, { fieldId: second.id, updatedAt: stamp, direction: "up" }, NOW),
      "conflict",
    );
    expect((await order()).slice(-2)).toEqual([second.id, first.id]);
    await expectRefused(
      moveField(admin, { fieldId: first.id, updatedAt: await stampOf(first.id), direction: "down" }, NOW),
      "invalid",
      "admin.errors.cannotMove",
    );
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "Field", entityId: String(second.id), action: "field.moved" },
    });
    expect(audit.data).toMatchObject({ after: { direction: "up" } });
    const top = (await order())[0]!;
    await expectRefused(
      moveField(admin, { fieldId: top, updatedAt: await stampOf(top), direction: "up" }, NOW),
      "invalid",
      "admin.errors.cannotMove",
    );
  });
});
