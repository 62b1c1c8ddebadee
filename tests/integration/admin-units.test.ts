// Administrative units for administrators: the tree as it stood on a date (three levels before 1 July 2025, two
// after), search without accents, one unit's mapping from both sides, the 2025 mapping by either side; and the
// audit log viewer. Only administrators reach any of it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { foldText, getUnitForAdmin, getUnitTree, listUnitMapping } from "@/lib/data/admin-units";
import { listAuditEntities, listAuditLog } from "@/lib/data/admin-audit";
import { createTemplate } from "@/lib/data/admin-templates";
import { actorByEmail } from "../support/actors";
import { expectRefused, nonAdmins } from "../support/refusals";
import { TEST_TODAY } from "../support/test-clock";

const NOW = new Date(TEST_TODAY.getTime() + 3 * 3600_000);
const on = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let admin: Actor;
let outsiders: Actor[];

beforeAll(async () => {
  admin = await actorByEmail("admin@demo.vn");
  outsiders = await nonAdmins();
});

describe("the unit tree as of a date", () => {
  it("has province → 21 districts → 460 communes before 1 July 2025 and province → 130 communes after", async () => {
    for (const date of ["2024-01-01", "2025-06-30"]) {
      const tree = await getUnitTree(admin, { on: on(date) }, NOW);
      expect(tree).toMatchObject({ districts: 21, communes: 460 });
      expect(tree.tree).toHaveLength(1);
      const province = tree.tree[0]!;
      expect(province.children.every((child) => child.level === "DISTRICT")).toBe(true);
      expect(province.children.reduce((sum, district) => sum + district.children.length, 0)).toBe(460);
    }
    for (const filters of [{ on: on("2025-07-01") }, {}]) {
      const tree = await getUnitTree(admin, filters, NOW);
      expect(tree).toMatchObject({ districts: 0, communes: 130 });
      expect(tree.tree[0]!.children.every((child) => child.level === "COMMUNE")).toBe(true);
      expect(tree.tree[0]!.children.every((child) => child.children.length === 0)).toBe(true);
    }
    expect((await getUnitTree(admin, {}, NOW)).on.toISOString()).toBe("2026-11-25T00:00:00.000Z");
  });

  it("finds units by name without accents or by code, keeping their district", async () => {
    expect(foldText("Thị xã Cửa Lò, Đô Lương")).toBe("thi xa cua lo, do luong");
    const old = await getUnitTree(admin, { on: on("2024-01-01"), q: "do luong" }, NOW);
    const districts = old.tree[0]!.children;
    expect(districts.map((d) => d.name)).toContain("Huyện Đô Lương");
    // A matching district keeps all its communes.
    expect(districts.find((d) => d.name === "Huyện Đô Lương")!.children.length).toBeGreaterThan(10);
    const byCode = await getUnitTree(admin, { q: "16732" }, NOW);
    expect(byCode.tree[0]!.children.map((unit) => unit.name)).toEqual(["Phường Cửa Lò"]);
    const none = await getUnitTree(admin, { q: "không có đơn vị này" }, NOW);
    expect(none.tree[0]!.children).toEqual([]);
  });
});

describe("the 2025 mapping", () => {
  it("shows what a new unit was made of and what an old unit became", async () => {
    const cuaLo = await db().administrativeUnit.findFirstOrThrow({ where: { code: "16732", validTo: null } });
    const unit = await getUnitForAdmin(admin, cuaLo.id);
    const madeOf = unit.mappedFrom.map((link) => link.oldUnit.name);
    expect(madeOf).toEqual(
      expect.arrayContaining(["Phường Nghi Hương", "Phường Nghi Tân", "Phường Thu Thuỷ"]),
    );
    expect(unit.mappedTo).toEqual([]);

    const nghiHuong = unit.mappedFrom.find((link) => link.oldUnit.name === "Phường Nghi Hương")!.oldUnit;
    const old = await getUnitForAdmin(admin, nghiHuong.id);
    expect(old.mappedTo.map((link) => link.newUnit.name)).toEqual(["Phường Cửa Lò"]);
    expect(old.mappedTo[0]!.effectiveDate.toISOString()).toBe("2025-07-01T00:00:00.000Z");
    expect(old.validTo?.toISOString()).toBe("2025-06-30T00:00:00.000Z");
    expect(old.parent?.name).toBeTruthy();
  });

  it("lists the mapping grouped by either side, with split old units marked", async () => {
    const byNew = await listUnitMapping(admin, { view: "new" });
    expect(byNew.groups).toHaveLength(130);
    const byOld = await listUnitMapping(admin, { view: "old" });
    expect(byOld.groups).toHaveLength(460);
    expect(byOld.rows).toBe(byNew.rows);
    const split = byOld.groups.filter((group) => group.links.length > 1);
    for (const group of split) expect(group.links.every((link) => link.split)).toBe(true);
    const searched = await listUnitMapping(admin, { view: "new", q: "cua lo" });
    expect(searched.groups.map((group) => group.unit.name)).toContain("Phường Cửa Lò");
  });
});

describe("the audit log viewer", () => {
  it("lists changes newest first, filtered by entity and record", async () => {
    const template = await createTemplate(admin, {
      name: `Mẫu nhật ký ${Date.now()}`,
      body: "<p>Nhật ký</p>",
      fieldId: null,
      agencyId: null,
    });
    expect(await listAuditEntities(admin)).toContain("AnswerTemplate");
    const page = await listAuditLog(admin, {
      entity: "AnswerTemplate",
      entityId: String(template.id),
      page: 1,
    });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ action: "template.created", actor: { email: "admin@demo.vn" } });
    const all = await listAuditLog(admin, { page: 1 });
    expect(all.rows[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(all.rows.at(-1)!.createdAt.getTime());
    expect((await listAuditLog(admin, { page: 10_000 })).page).toBe(all.pages);
    await db().auditLog.deleteMany({ where: { entity: "AnswerTemplate", entityId: String(template.id) } });
    await db().answerTemplate.delete({ where: { id: template.id } });
  });
});

describe("who reaches units and the audit log", () => {
  it("refuses every other role as 'not found'", async () => {
    const unit = await db().administrativeUnit.findFirstOrThrow({ where: { level: "COMMUNE" } });
    for (const actor of outsiders) {
      await expectRefused(getUnitTree(actor, {}, NOW), "not-found");
      await expectRefused(getUnitForAdmin(actor, unit.id), "not-found");
      await expectRefused(listUnitMapping(actor, { view: "new" }), "not-found");
      await expectRefused(listAuditEntities(actor), "not-found");
      await expectRefused(listAuditLog(actor, { page: 1 }), "not-found");
    }
  });
});
