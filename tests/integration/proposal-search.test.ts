// Search at scale: the most recent matches within the caller's scope and filters, a clear "more than" when there
// are too many to list, and old matches found however many newer proposals there are.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { filterWhere, listProposals } from "@/lib/data/proposals";
import { SEARCH_CAP, SEARCH_WINDOW, filterSql } from "@/lib/data/proposal-search";
import { proposalScopeSql } from "@/lib/data/proposal-scope";
import type { ProposalFilters } from "@/lib/schemas/proposal-filters";
import { actorByEmail } from "../support/actors";

/** Inserts `count` proposals like `template` with these titles, changed `ageDays` ago (the newest last). */
async function insertProposals(title: (i: number) => string, count: number, ageDays: number) {
  const template = await db().proposal.findFirstOrThrow({
    where: { status: "RECEIVED" },
    orderBy: { id: "asc" },
  });
  const titles = Array.from({ length: count }, (_, i) => title(i));
  await db().$executeRaw`
    INSERT INTO "Proposal" ("sessionId", "unitId", "authorId", "title", "content", "status", "submittedAt", "updatedAt")
    SELECT ${template.sessionId}, ${template.unitId}, ${template.authorId}, t.title, 'Nội dung kiểm tra', 'RECEIVED',
      now() - make_interval(days => ${ageDays}), now() - make_interval(days => ${ageDays}) + make_interval(secs => t.n)
    FROM unnest(${titles}::text[]) WITH ORDINALITY AS t(title, n)`;
}

describe("searching a large register", () => {
  it("lists the most recent matches of a common phrase and says there are more", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const marker = `Xaphuong${Date.now()}`;
    await insertProposals((i) => `Đề nghị nạo vét kênh ${marker} đoạn ${i}`, SEARCH_CAP + 30, 1);
    try {
      const first = await listProposals(coordinator, { q: `nao vet kenh ${marker.toLowerCase()}`, page: 1 });
      expect(first.capped).toBe(true);
      expect(first.total).toBe(SEARCH_CAP);
      // The newest first: the last inserted (the most recently changed) heads the list.
      expect(first.items[0]!.title).toBe(`Đề nghị nạo vét kênh ${marker} đoạn ${SEARCH_CAP + 29}`);
      const last = await listProposals(coordinator, { q: `nao vet kenh ${marker}`, page: first.pages });
      expect(last.items.at(-1)!.title).toBe(`Đề nghị nạo vét kênh ${marker} đoạn 30`);
      // The words out of order are not the phrase.
      expect((await listProposals(coordinator, { q: `kenh vet ${marker}`, page: 1 })).total).toBe(0);
    } finally {
      await db().proposal.deleteMany({ where: { title: { contains: marker } } });
    }
  });

  it("finds an old match behind more than a window of newer proposals, exactly", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const marker = `Cuxa${Date.now()}`;
    await insertProposals((i) => `Đề nghị cấp nước sạch cụm ${marker} số ${i}`, 3, 400);
    await insertProposals((i) => `Kiến nghị chung ${marker}newer ${i}`, SEARCH_WINDOW + 10, 1);
    try {
      const found = await listProposals(coordinator, { q: `nuoc sach cum ${marker}`, page: 1 });
      expect(found.capped).toBe(false);
      expect(found.items.map((item) => item.title)).toEqual(
        [2, 1, 0].map((i) => `Đề nghị cấp nước sạch cụm ${marker} số ${i}`),
      );
      // A filter applies before the cap: the old ones are the only RECEIVED proposals with these words.
      const filtered = await listProposals(coordinator, { q: `cum ${marker}`, status: "CLOSED", page: 1 });
      expect(filtered.total).toBe(0);
    } finally {
      await db().proposal.deleteMany({ where: { title: { contains: marker } } });
    }
  });

  it("stores and finds a proposal whose text holds a 'word' longer than the index allows", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const marker = `Dai${Date.now()}`;
    // Found by the fuzzer: a pair of such words exceeds PostgreSQL's 2,047-byte lexeme limit.
    await insertProposals(() => `Đề nghị sửa cống ${marker}`, 1, 1);
    const long = "Đ".repeat(2500);
    await db().proposal.updateMany({
      where: { title: { contains: marker } },
      data: { content: `Cống bị vỡ ${long} ${long} cần sửa gấp` },
    });
    try {
      const found = await listProposals(coordinator, { q: `sua cong ${marker}`, page: 1 });
      expect(found.total).toBe(1);
    } finally {
      await db().proposal.deleteMany({ where: { title: { contains: marker } } });
    }
  });

  it("applies the list's filters in SQL exactly as the list does", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sample = await db().proposal.findFirstOrThrow({
      where: { status: "SENT", fieldId: { not: null }, leadAgencyId: { not: null } },
      select: {
        sessionId: true,
        fieldId: true,
        leadAgencyId: true,
        unit: { select: { id: true, parentId: true } },
      },
    });
    const combos: Partial<ProposalFilters>[] = [
      {},
      { status: "SENT" },
      { session: sample.sessionId, field: sample.fieldId!, agency: sample.leadAgencyId! },
      { unit: sample.unit.id },
      ...(sample.unit.parentId ? [{ unit: sample.unit.parentId }] : []),
      { from: "2026-01-01", to: "2026-06-30" },
      { answered: "1" },
      { rating: "SATISFIED" },
      { deadline: "overdue" },
      { deadline: "due-soon" },
      { deadline: "receipt-overdue" },
    ];
    for (const filters of combos) {
      const viaSql = await db().$queryRaw<{ id: number }[]>`
        SELECT p.id FROM "Proposal" p WHERE ${proposalScopeSql(coordinator)} AND ${await filterSql(filters)}
        ORDER BY p.id`;
      const viaPrisma = await db().proposal.findMany({
        where: { AND: [{ status: { not: "DRAFT" } }, await filterWhere(filters)] },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      expect(
        viaSql.map((row) => row.id),
        JSON.stringify(filters),
      ).toEqual(viaPrisma.map((row) => row.id));
    }
  });
});
