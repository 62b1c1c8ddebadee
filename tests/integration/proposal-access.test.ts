// The data layer's scoping: each role reads exactly what it may, and "not allowed" looks like "not found".
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COUNT_CAP, countProposalsByStatus, getProposalByRef, listProposals } from "@/lib/data/proposals";
import { PAGE_SIZE } from "@/lib/schemas/proposal-filters";
import { proposalScope, proposalScopeSql } from "@/lib/data/proposal-scope";
import {
  getAdminHome,
  getAgencyHome,
  getCommuneHome,
  getCoordinatorHome,
  getProgramSummary,
} from "@/lib/data/home";
import { ExpectedError } from "@/lib/errors";
import { actorByEmail } from "../support/actors";

async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toSatisfy(
    (error) => error instanceof ExpectedError && error.code === "not-found",
  );
}
async function expectForbidden(promise: Promise<unknown>) {
  await expect(promise).rejects.toSatisfy(
    (error) => error instanceof ExpectedError && error.code === "forbidden",
  );
}

describe("a commune leader", () => {
  it("lists only their own commune's proposals", async () => {
    const leader = await actorByEmail("thanhvinh@demo.vn");
    const { items, total } = await listProposals(leader, { page: 1 });
    expect(total).toBeGreaterThanOrEqual(8);
    const units = await db().proposal.findMany({
      where: { id: { in: items.map((i) => i.id) } },
      select: { unitId: true },
    });
    expect(new Set(units.map((u) => u.unitId))).toEqual(new Set([leader.unitId]));
  });

  it("gets not-found for another commune's proposal, by code or as a draft", async () => {
    const leader = await actorByEmail("thanhvinh@demo.vn");
    const other = await db().proposal.findFirstOrThrow({
      where: { unitId: { not: leader.unitId! }, code: { not: null } },
    });
    await expectNotFound(getProposalByRef(leader, other.code!));
    const otherDraft = await db().proposal.findFirst({
      where: { unitId: { not: leader.unitId! }, status: "DRAFT" },
    });
    if (otherDraft) await expectNotFound(getProposalByRef(leader, `draft-${otherDraft.id}`));
  });

  it("reads their own proposal with its timeline, but never the agencies' internal steps", async () => {
    const leader = await actorByEmail("thanhvinh@demo.vn");
    const own = await db().proposal.findFirstOrThrow({
      where: { unitId: leader.unitId!, status: { in: ["SENT", "ACKNOWLEDGED", "CLOSED"] } },
    });
    const detail = await getProposalByRef(leader, own.code!);
    expect(detail.events.length).toBeGreaterThan(0);
    expect(detail.events.map((e) => e.action)).not.toContain("submit_for_review");
    expect(detail.answers[0]?.state).toBe("APPROVED");
  });

  it("does not see a reply that has not been sent yet", async () => {
    const leader = await actorByEmail("thanhvinh@demo.vn");
    const pending = await db().proposal.findFirst({
      where: { unitId: leader.unitId!, status: { in: ["IN_REVIEW", "APPROVED", "IN_PROGRESS"] } },
    });
    if (!pending) return;
    const detail = await getProposalByRef(leader, pending.code!);
    expect(detail.answers).toEqual([]);
  });

  it("may not open other roles' homes", async () => {
    const leader = await actorByEmail("thanhvinh@demo.vn");
    await expectForbidden(getCoordinatorHome(leader));
    await expectForbidden(getAgencyHome(leader));
    await expectForbidden(getProgramSummary(leader));
    await expectForbidden(getAdminHome(leader));
    const home = await getCommuneHome(leader);
    expect(home.unitName).toBe("Phường Thành Vinh");
  });
});

describe("an agency officer", () => {
  it("sees only proposals assigned to their agency", async () => {
    const officer = await actorByEmail("canbo.xd@demo.vn");
    const { items, total } = await listProposals(officer, { page: 1 });
    expect(total).toBeGreaterThanOrEqual(10);
    for (const item of items) {
      const assigned = await db().assignment.count({
        where: { proposalId: item.id, agencyId: officer.agencyId!, active: true },
      });
      expect(assigned).toBe(1);
    }
  });

  it("gets not-found for a proposal assigned only to another agency", async () => {
    const officer = await actorByEmail("canbo.xd@demo.vn");
    const foreign = await db().proposal.findFirstOrThrow({
      where: {
        code: { not: null },
        assignments: { some: { active: true }, none: { agencyId: officer.agencyId!, active: true } },
      },
    });
    await expectNotFound(getProposalByRef(officer, foreign.code!));
  });

  it("has a home with the agency's lead and coordinating work, and no review queue", async () => {
    const officer = await actorByEmail("canbo.xd@demo.vn");
    const home = await getAgencyHome(officer);
    expect(home.agencyName).toBe("Sở Xây dựng");
    expect(home.inReview).toBeNull();
    expect(home.lead.total).toBeGreaterThan(0);
  });
});

describe("an agency head", () => {
  it("has the drafts of their own agency waiting for approval", async () => {
    const head = await actorByEmail("lanhdao.xd@demo.vn");
    const home = await getAgencyHome(head);
    expect(home.inReview?.total).toBeGreaterThan(0);
    for (const item of home.inReview!.items) expect(item.status).toBe("IN_REVIEW");
  });
});

describe("the coordinator and the Standing Committee", () => {
  it("see every submitted proposal of the province but no commune's drafts", async () => {
    for (const email of ["dieuphoi@demo.vn", "thuongvu@demo.vn"]) {
      const actor = await actorByEmail(email);
      const counts = await countProposalsByStatus(actor);
      expect(counts.DRAFT).toBeUndefined();
      const all = await db().proposal.count({ where: { status: { not: "DRAFT" } } });
      expect(Object.values(counts).reduce((a, b) => a + (b ?? 0), 0)).toBe(all);
    }
  });

  it("give the coordinator the intake queue and the committee the program summary", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const intake = await getCoordinatorHome(coordinator);
    expect(intake.incoming.items.every((item) => item.status === "SUBMITTED")).toBe(true);
    const committee = await actorByEmail("thuongvu@demo.vn");
    const summary = await getProgramSummary(committee);
    expect(summary.sessions.map((s) => s.code)).toEqual(expect.arrayContaining(["DT-2023", "DT-2026"]));
    expect(summary.totals.total).toBe(await db().proposal.count({ where: { status: { not: "DRAFT" } } }));
    await expectForbidden(getCoordinatorHome(committee));
  });
});

describe("search and filters", () => {
  it("find a proposal by its code and by words of its title", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sample = await db().proposal.findFirstOrThrow({
      where: { code: { not: null } },
      orderBy: { id: "asc" },
    });
    const byCode = await listProposals(coordinator, { q: sample.code!, page: 1 });
    expect(byCode.items.map((i) => i.id)).toContain(sample.id);
    const word = sample.title.split(" ").slice(0, 3).join(" ");
    const byTitle = await listProposals(coordinator, { q: word, page: 1 });
    expect(byTitle.items.length).toBeGreaterThan(0);
  });

  it("ignore Vietnamese diacritics and case in titles, and treat % and _ literally", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const withRoad = await db().proposal.findFirstOrThrow({
      where: { title: { contains: "đường" }, status: { not: "DRAFT" } },
    });
    const result = await listProposals(coordinator, { q: "DUONG", page: 1 });
    expect(result.total).toBeGreaterThan(0);
    const plain = (text: string) =>
      text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
    const rows = await db().proposal.findMany({
      where: { id: { in: result.items.map((i) => i.id) } },
      select: { title: true, content: true },
    });
    expect(
      rows.every((row) => plain(row.title).includes("duong") || plain(row.content).includes("duong")),
    ).toBe(true);
    expect(rows.some((row) => row.title.includes("đường"))).toBe(true);
    const exact = await listProposals(coordinator, { q: withRoad.code!, page: 1 });
    expect(exact.items.map((i) => i.id)).toEqual([withRoad.id]);
    const percent = await listProposals(coordinator, { q: "%", page: 1 });
    const all = await db().proposal.count({ where: { status: { not: "DRAFT" } } });
    expect(percent.total).toBeLessThan(all);
    const percentRows = await db().proposal.findMany({
      where: { id: { in: percent.items.map((i) => i.id) } },
      select: { title: true, content: true },
    });
    expect(percentRows.every((row) => row.title.includes("%") || row.content.includes("%"))).toBe(true);
  });

  it("find the words typed in that order, in the title or the text, without diacritics", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sample = await db().proposal.findFirstOrThrow({
      where: { status: { not: "DRAFT" }, content: { contains: "người dân" } },
      orderBy: { id: "asc" },
    });
    const found = await listProposals(coordinator, { q: "NGUOI DAN", page: 1 });
    expect(found.total).toBeGreaterThan(0);
    const all = await listProposals(coordinator, { q: "nguoi dan", page: found.pages });
    expect(all.total).toBe(found.total);
    const ids = new Set<number>();
    for (let page = 1; page <= found.pages; page++)
      for (const item of (await listProposals(coordinator, { q: "nguoi dan", page })).items) ids.add(item.id);
    expect(ids.has(sample.id)).toBe(true);
    const reversed = await listProposals(coordinator, { q: "dân người", page: 1 });
    expect(reversed.total).toBeLessThan(found.total);
    const byTypedCode = await listProposals(coordinator, {
      q: sample.code!.replace("Đ", "d").toLowerCase(),
      page: 1,
    });
    expect(byTypedCode.items.map((i) => i.id)).toEqual([sample.id]);
  });

  it("filter by status within the caller's scope", async () => {
    const leader = await actorByEmail("cualo@demo.vn");
    const { items } = await listProposals(leader, { status: "SENT", page: 1 });
    for (const item of items) expect(item.status).toBe("SENT");
  });
});

describe("a list of more than ten thousand", () => {
  it("says 'more than 10,000' and pages through the first ten thousand", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const template = await db().proposal.findFirstOrThrow({
      where: { status: "RECEIVED" },
      orderBy: { id: "asc" },
    });
    const marker = `Cap check ${Date.now()}`;
    await db().$executeRaw`
      INSERT INTO "Proposal" ("sessionId", "unitId", "authorId", "title", "content", "status", "submittedAt", "updatedAt")
      SELECT ${template.sessionId}, ${template.unitId}, ${template.authorId}, ${marker} || ' ' || g, 'x', 'RECEIVED', now(), now()
      FROM generate_series(1, ${COUNT_CAP + 5}) g`;
    try {
      const first = await listProposals(coordinator, { status: "RECEIVED", page: 1 });
      expect(first.capped).toBe(true);
      expect(first.total).toBe(COUNT_CAP);
      expect(first.pages).toBe(COUNT_CAP / PAGE_SIZE);
      const last = await listProposals(coordinator, { status: "RECEIVED", page: first.pages });
      expect(last.items).toHaveLength(PAGE_SIZE);
      const small = await listProposals(coordinator, { status: "SENT", page: 1 });
      expect(small.capped).toBe(false);
      expect(small.total).toBe(await db().proposal.count({ where: { status: "SENT" } }));
    } finally {
      await db().proposal.deleteMany({ where: { title: { startsWith: marker } } });
    }
  });
});

describe("the scope as SQL (used by search before its cap)", () => {
  it("selects exactly the proposals the Prisma scope selects, for every kind of caller", async () => {
    for (const email of [
      "thanhvinh@demo.vn",
      "canbo.xd@demo.vn",
      "lanhdao.tc@demo.vn",
      "dieuphoi@demo.vn",
      "thuongvu@demo.vn",
    ]) {
      const actor = await actorByEmail(email);
      const viaSql = await db().$queryRaw<{ id: number }[]>`
        SELECT p.id FROM "Proposal" p WHERE ${proposalScopeSql(actor)} ORDER BY p.id`;
      const viaPrisma = await db().proposal.findMany({
        where: proposalScope(actor),
        select: { id: true },
        orderBy: { id: "asc" },
      });
      expect(
        viaSql.map((row) => row.id),
        email,
      ).toEqual(viaPrisma.map((row) => row.id));
      expect(viaPrisma.length, email).toBeGreaterThan(0);
    }
  });
});
