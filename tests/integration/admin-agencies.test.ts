// Agency administration: only administrators reach it; agencies are created, renamed, ended or merged with
// validity dates and never deleted; open work is counted, never moved silently; stale forms conflict; every
// change leaves one audit row. On the embedded database every file shares one PGlite: this file makes its
// own agencies and removes them (and what it attached to them) at the end.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import {
  createAgency,
  endAgency,
  getAgencyForAdmin,
  listAgenciesForAdmin,
  listAgencyChoices,
  reinstateAgency,
  updateAgency,
} from "@/lib/data/admin-agencies";
import { CreateAgencyForm, EndAgencyForm, UpdateAgencyForm } from "@/lib/schemas/admin-agency";
import { actorByEmail } from "../support/actors";
import { expectRefused, formErrors, nonAdmins } from "../support/refusals";
import { TEST_TODAY } from "../support/test-clock";

const NOW = new Date(TEST_TODAY.getTime() + 3 * 3600_000); // 10:00 in Vietnam on the seeded "today"
const RUN = Date.now().toString(36).toUpperCase();
let admin: Actor;
let outsiders: Actor[];
const created: number[] = [];
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  admin = await actorByEmail("admin@demo.vn");
  outsiders = await nonAdmins();
});

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
  await db().field.updateMany({
    where: { defaultLeadAgencyId: { in: created } },
    data: { defaultLeadAgencyId: null },
  });
  await db().agency.updateMany({
    where: { id: { in: created } },
    data: { successorId: null, parentId: null },
  });
  await db().agency.deleteMany({ where: { id: { in: created } } });
});

let counter = 0;
function agencyForm(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return CreateAgencyForm.parse({
    code: `T${RUN}-${counter}`,
    name: `Sở Thử nghiệm ${counter}`,
    nameEn: `Department of Testing ${counter}`,
    shortName: `Sở TN ${counter}`,
    type: "DEPARTMENT",
    parentId: "",
    validFrom: "2020-01-01",
    ...overrides,
  });
}

async function make(overrides: Record<string, unknown> = {}) {
  const agency = await createAgency(admin, agencyForm(overrides), NOW);
  created.push(agency.id);
  return agency;
}

const stampOf = async (id: number) => (await db().agency.findUniqueOrThrow({ where: { id } })).updatedAt;
const auditRows = (id: number) =>
  db().auditLog.findMany({ where: { entity: "Agency", entityId: String(id) }, orderBy: { id: "asc" } });

describe("who reaches agency administration", () => {
  it("refuses every other role as 'not found' and writes nothing", async () => {
    const agency = await make();
    const stamp = await stampOf(agency.id);
    const audits = await db().auditLog.count();
    const agencies = await db().agency.count();
    for (const actor of outsiders) {
      await expectRefused(listAgenciesForAdmin(actor, { status: "all" }, NOW), "not-found");
      await expectRefused(getAgencyForAdmin(actor, agency.id), "not-found");
      await expectRefused(listAgencyChoices(actor), "not-found");
      await expectRefused(createAgency(actor, agencyForm(), NOW), "not-found");
      await expectRefused(
        updateAgency(
          actor,
          { agencyId: agency.id, updatedAt: stamp, ...agencyForm(), name: "Chiếm quyền" },
          NOW,
        ),
        "not-found",
      );
      await expectRefused(
        endAgency(
          actor,
          {
            agencyId: agency.id,
            updatedAt: stamp,
            validTo: TEST_TODAY,
            successorId: null,
            moveFields: false,
          },
          NOW,
        ),
        "not-found",
      );
      await expectRefused(
        reinstateAgency(actor, { agencyId: agency.id, updatedAt: stamp }, NOW),
        "not-found",
      );
    }
    expect(await db().auditLog.count()).toBe(audits);
    expect(await db().agency.count()).toBe(agencies);
    expect(await db().agency.findUniqueOrThrow({ where: { id: agency.id } })).toMatchObject({
      name: agency.name,
      validTo: null,
    });
  });
});

describe("creating an agency", () => {
  it("stores it with its validity and one audit row with what was created", async () => {
    const parent = await db().agency.findUniqueOrThrow({ where: { code: "UBND" } });
    const agency = await make({ parentId: String(parent.id), validFrom: "2026-11-01" });
    const stored = await db().agency.findUniqueOrThrow({ where: { id: agency.id } });
    expect(stored).toMatchObject({
      parentId: parent.id,
      validTo: null,
      successorId: null,
      type: "DEPARTMENT",
    });
    expect(stored.validFrom.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    const [audit] = await auditRows(agency.id);
    expect(audit).toMatchObject({ actorId: admin.id, action: "agency.created" });
    expect(audit!.data).toMatchObject({
      after: { code: stored.code, name: stored.name, validFrom: "2026-11-01T00:00:00.000Z" },
    });
  });

  it("explains bad input next to the field and writes nothing", async () => {
    const errors = formErrors(
      CreateAgencyForm.safeParse({
        code: "x",
        name: " ",
        nameEn: "",
        shortName: "",
        type: "",
        validFrom: "2026-02-30",
      }),
    );
    expect(errors.code).toEqual(["admin.errors.codeFormat"]);
    expect(errors.name).toEqual(["validation.required"]);
    expect(errors.type).toEqual(["admin.errors.typeRequired"]);
    expect(errors.validFrom).toEqual(["validation.invalid"]);

    const audits = await db().auditLog.count();
    const agencies = await db().agency.count();
    await expectRefused(
      createAgency(admin, agencyForm({ validFrom: "2026-11-26" }), NOW),
      "invalid",
      "admin.errors.dateInFuture",
    );
    await expectRefused(
      createAgency(admin, agencyForm({ code: "SXD" }), NOW),
      "conflict",
      "admin.errors.agencyCodeTaken",
    );
    const ended = await db().agency.findUniqueOrThrow({ where: { code: "BDVTU" } });
    await expectRefused(
      createAgency(admin, agencyForm({ parentId: String(ended.id) }), NOW),
      "invalid",
      "admin.errors.parentInvalid",
    );
    expect(await db().agency.count()).toBe(agencies);
    expect(await db().auditLog.count()).toBe(audits);
  });
});

describe("renaming an agency", () => {
  it("saves names, type and parent with the before and after in the audit row", async () => {
    const agency = await make();
    const form = UpdateAgencyForm.parse({
      agencyId: String(agency.id),
      updatedAt: (await stampOf(agency.id)).toISOString(),
      name: "Sở Thử nghiệm (đổi tên)",
      nameEn: "Department of Renamed Testing",
      shortName: "Sở TN mới",
      type: "OTHER",
      parentId: "",
    });
    const { updatedAt } = await updateAgency(admin, form, NOW);
    expect(updatedAt.getTime()).toBeGreaterThan(form.updatedAt.getTime());
    expect(await db().agency.findUniqueOrThrow({ where: { id: agency.id } })).toMatchObject({
      name: "Sở Thử nghiệm (đổi tên)",
      shortName: "Sở TN mới",
      type: "OTHER",
      updatedAt,
    });
    const audit = (await auditRows(agency.id)).at(-1)!;
    expect(audit.action).toBe("agency.updated");
    expect(audit.data).toMatchObject({
      before: { name: agency.name, type: "DEPARTMENT" },
      after: { name: "Sở Thử nghiệm (đổi tên)", type: "OTHER" },
    });
  });

  it("refuses a stale form: of two administrators editing at once, the second is told, nothing is overwritten", async () => {
    const agency = await make();
    const updatedAt = await stampOf(agency.id);
    const base = { agencyId: agency.id, updatedAt, ...agencyForm(), parentId: null };
    await updateAgency(admin, { ...base, name: "Tên của người thứ nhất" }, NOW);
    await expectRefused(updateAgency(admin, { ...base, name: "Tên của người thứ hai" }, NOW), "conflict");
    expect((await db().agency.findUniqueOrThrow({ where: { id: agency.id } })).name).toBe(
      "Tên của người thứ nhất",
    );

    // At the same moment: exactly one wins.
    const fresh = { ...base, updatedAt: await stampOf(agency.id) };
    const results = await Promise.allSettled([
      updateAgency(admin, { ...fresh, name: "Đồng thời A" }, NOW),
      updateAgency(admin, { ...fresh, name: "Đồng thời B" }, NOW),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const saved = (await db().agency.findUniqueOrThrow({ where: { id: agency.id } })).name;
    expect(["Đồng thời A", "Đồng thời B"]).toContain(saved);
    expect((await auditRows(agency.id)).filter((row) => row.action === "agency.updated")).toHaveLength(2);
  });

  it("refuses to make an agency its own parent or its sub-agency's sub-agency", async () => {
    const top = await make();
    const sub = await make({ parentId: String(top.id) });
    const updatedAt = await stampOf(top.id);
    for (const parentId of [top.id, sub.id]) {
      await expectRefused(
        updateAgency(admin, { agencyId: top.id, updatedAt, ...agencyForm(), parentId }, NOW),
        "invalid",
        "admin.errors.parentCycle",
      );
    }
    expect((await db().agency.findUniqueOrThrow({ where: { id: top.id } })).parentId).toBeNull();
  });
});

describe("ending and merging an agency", () => {
  it("merges an agency into its successor, counts what is still attached and moves only the routing asked for", async () => {
    const old = await make({ validFrom: "2020-01-01" });
    const successor = await make({ validFrom: "2026-11-01" });
    const field = await db().field.create({
      data: {
        code: `F${RUN}`,
        name: "Lĩnh vực thử",
        nameEn: "Test field",
        sortOrder: 9_999,
        defaultLeadAgencyId: old.id,
      },
    });
    cleanup.push(() => db().field.delete({ where: { id: field.id } }));
    const user = await db().user.create({
      data: {
        email: `merge-${RUN.toLowerCase()}@admin-test.vn`,
        name: "Cán bộ thử",
        role: "AGENCY_OFFICER",
        agencyId: old.id,
      },
    });
    cleanup.push(() => db().user.delete({ where: { id: user.id } }));
    const proposal = await db().proposal.findFirstOrThrow({
      where: { status: "IN_PROGRESS" },
      orderBy: { id: "asc" },
    });
    const assignment = await db().assignment.create({
      data: {
        proposalId: proposal.id,
        agencyId: old.id,
        role: "COORDINATING",
        dueOn: TEST_TODAY,
        assignedById: admin.id,
      },
    });
    cleanup.push(() => db().assignment.delete({ where: { id: assignment.id } }));

    const { impact } = await getAgencyForAdmin(admin, old.id);
    expect(impact).toMatchObject({ users: 1, openAssignments: 1, fields: 1 });

    const form = EndAgencyForm.parse({
      agencyId: String(old.id),
      updatedAt: (await stampOf(old.id)).toISOString(),
      validTo: "2026-10-31",
      successorId: String(successor.id),
      moveFields: "on",
    });
    const result = await endAgency(admin, form, NOW);
    expect(result.impact).toMatchObject({ users: 1, openAssignments: 1, fields: 1 });
    expect(result.movedFields).toEqual([field.id]);

    const stored = await db().agency.findUniqueOrThrow({ where: { id: old.id } });
    expect(stored.validTo?.toISOString()).toBe("2026-10-31T00:00:00.000Z");
    expect(stored.successorId).toBe(successor.id);
    // The routing moved because it was asked for; people and work did not move.
    expect((await db().field.findUniqueOrThrow({ where: { id: field.id } })).defaultLeadAgencyId).toBe(
      successor.id,
    );
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).agencyId).toBe(old.id);
    expect(await db().assignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({
      agencyId: old.id,
      active: true,
    });

    const audit = (await auditRows(old.id)).at(-1)!;
    expect(audit.action).toBe("agency.merged");
    expect(audit.data).toMatchObject({
      before: { validTo: null, successorId: null },
      after: { validTo: "2026-10-31T00:00:00.000Z", successorId: successor.id, movedFields: [field.id] },
    });
    const fieldAudit = await db().auditLog.findFirstOrThrow({
      where: { entity: "Field", entityId: String(field.id) },
    });
    expect(fieldAudit).toMatchObject({
      action: "field.rerouted",
      data: { after: { defaultLeadAgencyId: successor.id } },
    });

    // As of its last day it is still in force; as of today it is listed among the ended ones.
    const onLastDay = await listAgenciesForAdmin(
      admin,
      { on: new Date("2026-10-31T00:00:00Z"), status: "current" },
      NOW,
    );
    expect(onLastDay.rows.map((row) => row.id)).toContain(old.id);
    const today = await listAgenciesForAdmin(admin, { status: "current" }, NOW);
    expect(today.rows.map((row) => row.id)).not.toContain(old.id);
    expect(today.rows.map((row) => row.id)).toContain(successor.id);
    const ended = await listAgenciesForAdmin(admin, { status: "ended" }, NOW);
    expect(ended.rows.find((row) => row.id === old.id)?.successor?.id).toBe(successor.id);
    expect((await listAgencyChoices(admin)).map((choice) => choice.id)).not.toContain(old.id);

    await expectRefused(
      endAgency(admin, { ...form, updatedAt: stored.updatedAt }, NOW),
      "invalid",
      "admin.errors.agencyAlreadyEnded",
    );
  });

  it("refuses bad dates, a successor with a gap or already ended, and stale forms, writing nothing", async () => {
    const agency = await make({ validFrom: "2024-01-01" });
    const late = await make({ validFrom: "2026-11-20" });
    const bdv = await db().agency.findUniqueOrThrow({ where: { code: "BDVTU" } });
    const updatedAt = await stampOf(agency.id);
    const end = (patch: Record<string, unknown>) =>
      endAgency(
        admin,
        {
          agencyId: agency.id,
          updatedAt,
          validTo: new Date("2026-11-01T00:00:00Z"),
          successorId: null,
          moveFields: false,
          ...patch,
        },
        NOW,
      );
    const audits = await db().auditLog.count();
    await expectRefused(
      end({ validTo: new Date("2026-11-26T00:00:00Z") }),
      "invalid",
      "admin.errors.dateInFuture",
    );
    await expectRefused(
      end({ validTo: new Date("2023-12-31T00:00:00Z") }),
      "invalid",
      "admin.errors.endBeforeStart",
    );
    await expectRefused(end({ successorId: late.id }), "invalid", "admin.errors.successorGap");
    await expectRefused(end({ successorId: bdv.id }), "invalid", "admin.errors.successorInvalid");
    await expectRefused(end({ updatedAt: new Date(updatedAt.getTime() - 1) }), "conflict");
    expect(
      formErrors(
        EndAgencyForm.safeParse({
          agencyId: String(agency.id),
          updatedAt: updatedAt.toISOString(),
          validTo: "2026-11-01",
          successorId: String(agency.id),
          moveFields: "on",
        }),
      ),
    ).toMatchObject({ successorId: ["admin.errors.successorSelf"] });
    expect(
      formErrors(
        EndAgencyForm.safeParse({ agencyId: "1", updatedAt: "yesterday", validTo: "", successorId: "" }),
      ),
    ).toEqual({ updatedAt: ["errors.conflict"], validTo: ["validation.required"] });
    expect(
      formErrors(
        EndAgencyForm.safeParse({
          agencyId: String(agency.id),
          updatedAt: updatedAt.toISOString(),
          validTo: "2026-11-01",
          successorId: "",
          moveFields: "on",
        }),
      ),
    ).toEqual({ moveFields: ["admin.errors.moveFieldsNeedsSuccessor"] });
    expect(await db().auditLog.count()).toBe(audits);
    expect((await db().agency.findUniqueOrThrow({ where: { id: agency.id } })).validTo).toBeNull();
  });

  it("reinstates an agency ended by mistake", async () => {
    const agency = await make();
    await endAgency(
      admin,
      {
        agencyId: agency.id,
        updatedAt: await stampOf(agency.id),
        validTo: TEST_TODAY,
        successorId: null,
        moveFields: false,
      },
      NOW,
    );
    expect((await auditRows(agency.id)).at(-1)?.action).toBe("agency.ended");
    await reinstateAgency(admin, { agencyId: agency.id, updatedAt: await stampOf(agency.id) }, NOW);
    expect(await db().agency.findUniqueOrThrow({ where: { id: agency.id } })).toMatchObject({
      validTo: null,
      successorId: null,
    });
    expect((await auditRows(agency.id)).at(-1)?.action).toBe("agency.reinstated");
    await expectRefused(
      reinstateAgency(admin, { agencyId: agency.id, updatedAt: await stampOf(agency.id) }, NOW),
      "invalid",
      "admin.errors.agencyNotEnded",
    );
  });
});

describe("the list as of a date", () => {
  it("shows the 2023 commissions on 01/01/2024 and their merged successor today", async () => {
    const then = await listAgenciesForAdmin(
      admin,
      { on: new Date("2024-01-01T00:00:00Z"), status: "current" },
      NOW,
    );
    const now = await listAgenciesForAdmin(admin, { status: "current" }, NOW);
    const codes = (rows: { code: string }[]) => rows.map((row) => row.code);
    expect(codes(then.rows)).toEqual(expect.arrayContaining(["BDVTU", "BTGTU", "SGTVT"]));
    expect(codes(then.rows)).not.toContain("BTGDVTU");
    expect(codes(now.rows)).toContain("BTGDVTU");
    expect(codes(now.rows)).not.toContain("BDVTU");
    const search = await listAgenciesForAdmin(admin, { status: "all", q: "dân vận" }, NOW);
    expect(codes(search.rows)).toEqual(expect.arrayContaining(["BDVTU", "BTGDVTU"]));
  });
});
