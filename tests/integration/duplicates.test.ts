// Duplicates: suggestions that ignore diacritics and case, merges that change everything or nothing, and the group
// as each role may see it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import {
  getGroupForProposal,
  mergeDuplicates,
  SUGGESTION_THRESHOLD,
  suggestDuplicates,
} from "@/lib/data/duplicates";
import { ExpectedError } from "@/lib/errors";
import { actorByEmail } from "../support/actors";

let coordinator: Actor;
let thanhVinh: Actor;
let cuaLo: Actor;
let quePhong: Actor;
let officer: Actor;
let currentSessionId: number;
let oldSessionId: number;
let oldUnitId: number;

beforeAll(async () => {
  coordinator = await actorByEmail("dieuphoi@demo.vn");
  thanhVinh = await actorByEmail("thanhvinh@demo.vn");
  cuaLo = await actorByEmail("cualo@demo.vn");
  quePhong = await actorByEmail("quephong@demo.vn");
  officer = await actorByEmail("canbo.xd@demo.vn");
  currentSessionId = (await db().dialogueSession.findUniqueOrThrow({ where: { code: "DT-2026" } })).id;
  oldSessionId = (await db().dialogueSession.findUniqueOrThrow({ where: { code: "DT-2023" } })).id;
  // A 2023 proposal comes from a commune as it was then (the embedded run shares this data with the dashboard's tests).
  oldUnitId = (
    await db().sessionParticipant.findFirstOrThrow({
      where: { sessionId: oldSessionId },
      orderBy: { unitId: "asc" },
    })
  ).unitId;
});

// Every file of the embedded run shares one database: codes and titles are unique to this file's run.
const tag = Math.random().toString(36).slice(2, 7);
let seq = 0;

async function createProposal(
  from: Actor,
  title: string,
  status: ProposalStatus = "SUBMITTED",
  sessionId = currentSessionId,
) {
  seq += 1;
  return db().proposal.create({
    data: {
      code: status === "DRAFT" ? null : `ĐT-T${tag}-${seq}`,
      sessionId,
      unitId: sessionId === oldSessionId ? oldUnitId : from.unitId!,
      authorId: from.id,
      title,
      content: `${title}. Nội dung chi tiết của kiến nghị.`,
      status,
      submittedAt: status === "DRAFT" ? null : new Date(),
    },
    select: { id: true, code: true, version: true, status: true },
  });
}

/** A base request no seeded text resembles, in several spellings. */
function road(n: number) {
  return `Đề nghị nâng cấp đường Đông Hồi – Quỳnh Lập ${tag} đoạn ${n} bị sạt lở`;
}

async function expectCode(promise: Promise<unknown>, code: string, messageKey?: string) {
  await expect(promise).rejects.toSatisfy(
    (error) =>
      error instanceof ExpectedError &&
      error.code === code &&
      (messageKey === undefined || error.messageKey === messageKey),
  );
}

/** What a merge may change, to show that a refused one changed none of it. */
async function snapshot(ids: number[]) {
  const [proposals, events, groups, notifications] = await Promise.all([
    db().proposal.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true, version: true, duplicateGroupId: true },
      orderBy: { id: "asc" },
    }),
    db().statusEvent.count({ where: { proposalId: { in: ids } } }),
    db().duplicateGroup.count(),
    db().notification.count({ where: { proposalId: { in: ids } } }),
  ]);
  return { proposals, events, groups, notifications };
}

describe("suggestions", () => {
  it("find a title written without diacritics and in capitals, with a score above the threshold", async () => {
    const accented = await createProposal(thanhVinh, road(1));
    const plain = await createProposal(
      cuaLo,
      `DE NGHI NANG CAP DUONG DONG HOI - QUYNH LAP ${tag.toUpperCase()} DOAN 1 BI SAT LO`,
      "RECEIVED",
    );
    const fromAccented = await suggestDuplicates(coordinator, accented.id);
    const hit = fromAccented.find((s) => s.id === plain.id);
    expect(hit).toMatchObject({
      code: plain.code,
      unitName: "Phường Cửa Lò",
      status: "RECEIVED",
      mergeable: true,
    });
    expect(hit!.score).toBeGreaterThanOrEqual(SUGGESTION_THRESHOLD);
    expect(fromAccented[0]?.id).toBe(plain.id);
    const fromPlain = await suggestDuplicates(coordinator, plain.id);
    expect(fromPlain[0]?.id).toBe(accented.id);
  });

  it("leave out other sessions, drafts, withdrawn, out-of-jurisdiction and merged proposals, and itself", async () => {
    const source = await createProposal(thanhVinh, road(2));
    const sameSession = await createProposal(quePhong, road(2).toUpperCase());
    const excluded = await Promise.all([
      createProposal(cuaLo, road(2), "SUBMITTED", oldSessionId),
      createProposal(cuaLo, road(2), "DRAFT"),
      createProposal(cuaLo, road(2), "WITHDRAWN"),
      createProposal(cuaLo, road(2), "OUT_OF_JURISDICTION"),
      createProposal(cuaLo, road(2), "MERGED"),
    ]);
    const ids = (await suggestDuplicates(coordinator, source.id)).map((s) => s.id);
    expect(ids).toContain(sameSession.id);
    expect(ids).not.toContain(source.id);
    for (const proposal of excluded) expect(ids).not.toContain(proposal.id);
  });

  it("return at most five, most similar first, and nothing unlike the title", async () => {
    const source = await createProposal(thanhVinh, road(3));
    for (let i = 0; i < 6; i++) await createProposal(cuaLo, `${road(3)} ${"x".repeat(i + 1)}`);
    const unlike = await createProposal(cuaLo, `Đề nghị hỗ trợ giống lúa ${tag} cho vụ Xuân`);
    const suggestions = await suggestDuplicates(coordinator, source.id);
    expect(suggestions).toHaveLength(5);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(suggestions.map((s) => s.id)).not.toContain(unlike.id);
  });

  it("are the coordinator's only", async () => {
    const source = await createProposal(thanhVinh, road(4));
    await expectCode(suggestDuplicates(thanhVinh, source.id), "forbidden");
    await expectCode(suggestDuplicates(officer, source.id), "forbidden");
    const committee = await actorByEmail("thuongvu@demo.vn");
    await expectCode(suggestDuplicates(committee, source.id), "forbidden");
  });
});

describe("merging", () => {
  it("moves the members to MERGED with their events, one group headed by the primary, and tells their communes", async () => {
    const primary = await createProposal(thanhVinh, road(10), "RECEIVED");
    const a = await createProposal(cuaLo, road(10));
    const b = await createProposal(quePhong, road(10), "RECEIVED");
    const result = await mergeDuplicates(coordinator, {
      primaryId: primary.id,
      primaryVersion: primary.version,
      members: [
        { id: b.id, version: b.version },
        { id: a.id, version: a.version },
      ],
    });
    const group = await db().duplicateGroup.findUniqueOrThrow({ where: { primaryProposalId: primary.id } });
    expect(result.groupId).toBe(group.id);
    expect(group).toMatchObject({ sessionId: currentSessionId, createdById: coordinator.id });

    const rows = await db().proposal.findMany({
      where: { id: { in: [primary.id, a.id, b.id] } },
      select: { id: true, status: true, version: true, duplicateGroupId: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(primary.id)).toMatchObject({
      status: "RECEIVED",
      version: 2,
      duplicateGroupId: group.id,
    });
    for (const member of [a, b]) {
      expect(byId.get(member.id)).toMatchObject({ status: "MERGED", version: 2, duplicateGroupId: group.id });
      const events = await db().statusEvent.findMany({ where: { proposalId: member.id } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: "merge", toStatus: "MERGED", actorId: coordinator.id });
      expect(events[0]!.note).toContain(primary.code!);
    }
    const primaryEvent = await db().statusEvent.findFirstOrThrow({ where: { proposalId: primary.id } });
    expect(primaryEvent).toMatchObject({ action: "merge", fromStatus: "RECEIVED", toStatus: "RECEIVED" });

    const notified = await db().notification.findMany({
      where: { kind: "proposal_merged", proposalId: { in: [a.id, b.id] } },
      select: { proposalId: true, link: true, user: { select: { unitId: true } } },
    });
    expect(notified.find((n) => n.proposalId === a.id)).toMatchObject({
      link: `/proposals/${encodeURIComponent(a.code!)}`,
      user: { unitId: cuaLo.unitId },
    });
    expect(notified.some((n) => n.proposalId === b.id && n.user.unitId === quePhong.unitId)).toBe(true);

    // Later duplicates join the same group.
    const c = await createProposal(cuaLo, road(10));
    const again = await mergeDuplicates(coordinator, {
      primaryId: primary.id,
      primaryVersion: 2,
      members: [{ id: c.id, version: c.version }],
    });
    expect(again.groupId).toBe(group.id);
    expect(await db().duplicateGroup.count({ where: { primaryProposalId: primary.id } })).toBe(1);
  });

  it("changes nothing when one member's version is stale", async () => {
    const primary = await createProposal(thanhVinh, road(11), "ASSIGNED");
    const fresh = await createProposal(cuaLo, road(11));
    const stale = await createProposal(quePhong, road(11));
    await db().proposal.update({ where: { id: stale.id }, data: { version: { increment: 1 } } });
    const before = await snapshot([primary.id, fresh.id, stale.id]);
    await expectCode(
      mergeDuplicates(coordinator, {
        primaryId: primary.id,
        primaryVersion: primary.version,
        members: [
          { id: fresh.id, version: fresh.version },
          { id: stale.id, version: stale.version },
        ],
      }),
      "conflict",
    );
    expect(await snapshot([primary.id, fresh.id, stale.id])).toEqual(before);
  });

  it("changes nothing when a member may not be merged or the primary may not head a group", async () => {
    const primary = await createProposal(thanhVinh, road(12), "IN_PROGRESS");
    const ok = await createProposal(cuaLo, road(12));
    const assigned = await createProposal(quePhong, road(12), "ASSIGNED");
    const older = await createProposal(quePhong, road(12), "SUBMITTED", oldSessionId);
    const answered = await createProposal(quePhong, road(12), "SENT");
    const ids = [primary.id, ok.id, assigned.id, older.id, answered.id];
    const before = await snapshot(ids);
    const merge = (primaryId: number, member: { id: number; version: number }) =>
      mergeDuplicates(coordinator, {
        primaryId,
        primaryVersion: 1,
        members: [{ id: ok.id, version: ok.version }, member],
      });
    await expectCode(merge(primary.id, assigned), "conflict", "wrongState");
    await expectCode(merge(primary.id, older), "invalid", "duplicates.errors.otherSession");
    await expectCode(merge(answered.id, assigned), "conflict", "duplicates.errors.primaryNotOpen");
    expect(await snapshot(ids)).toEqual(before);
  });

  it("is refused to a commune leader and an agency officer, writing nothing", async () => {
    const primary = await createProposal(thanhVinh, road(13));
    const member = await createProposal(thanhVinh, road(13));
    const before = await snapshot([primary.id, member.id]);
    for (const actor of [thanhVinh, officer]) {
      await expectCode(
        mergeDuplicates(actor, {
          primaryId: primary.id,
          primaryVersion: primary.version,
          members: [{ id: member.id, version: member.version }],
        }),
        "forbidden",
      );
    }
    expect(await snapshot([primary.id, member.id])).toEqual(before);
  });

  it("submitted twice at once makes one group: the second finds new versions", async () => {
    const primary = await createProposal(thanhVinh, road(14));
    const a = await createProposal(cuaLo, road(14));
    const b = await createProposal(quePhong, road(14));
    const input = {
      primaryId: primary.id,
      primaryVersion: primary.version,
      members: [
        { id: a.id, version: a.version },
        { id: b.id, version: b.version },
      ],
    };
    const outcomes = await Promise.allSettled([
      mergeDuplicates(coordinator, input),
      mergeDuplicates(coordinator, input),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === "rejected");
    expect(failed?.reason).toBeInstanceOf(ExpectedError);
    expect((failed!.reason as ExpectedError).code).toBe("conflict");
    expect(await db().duplicateGroup.count({ where: { primaryProposalId: primary.id } })).toBe(1);
    expect(
      await db().statusEvent.count({ where: { proposalId: { in: [a.id, b.id] }, action: "merge" } }),
    ).toBe(2);
  });
});

describe("the group as each role sees it", () => {
  it("shows the coordinator everything, a member's commune the primary's code and title and its sent reply", async () => {
    const primary = await createProposal(thanhVinh, road(20), "RECEIVED");
    const member = await createProposal(cuaLo, road(20));
    const bystander = await createProposal(quePhong, road(20));
    await mergeDuplicates(coordinator, {
      primaryId: primary.id,
      primaryVersion: primary.version,
      members: [{ id: member.id, version: member.version }],
    });

    const full = await getGroupForProposal(coordinator, primary.id);
    expect(full).toMatchObject({
      isPrimary: true,
      primary: { code: primary.code, status: "RECEIVED", unitName: "Phường Thành Vinh", answered: false },
      members: [{ id: member.id, code: member.code, unitName: "Phường Cửa Lò", status: "MERGED" }],
    });
    expect(await getGroupForProposal(coordinator, bystander.id)).toBeNull();

    const seenByMember = await getGroupForProposal(cuaLo, member.id);
    expect(seenByMember).toMatchObject({
      isPrimary: false,
      primary: {
        code: primary.code,
        title: road(20),
        status: null,
        unitName: null,
        answered: false,
        answer: null,
      },
      members: [{ id: member.id }],
    });
    // The primary's own commune does not learn which other communes asked.
    expect((await getGroupForProposal(thanhVinh, primary.id))?.members).toEqual([]);
    // Nor does a commune outside the group see anything.
    await expectCode(getGroupForProposal(quePhong, member.id), "not-found");
    // The agency answering the primary answers for every member, so it sees them; the members are not its own.
    await db().assignment.create({
      data: {
        proposalId: primary.id,
        agencyId: officer.agencyId!,
        role: "LEAD",
        dueOn: new Date(),
        assignedById: coordinator.id,
      },
    });
    expect((await getGroupForProposal(officer, primary.id))?.members.map((m) => m.id)).toEqual([member.id]);
    await expectCode(getGroupForProposal(officer, member.id), "not-found");

    // Once the primary's reply is sent, the member's commune reads it.
    const agency = await db().agency.findFirstOrThrow({ where: { validTo: null } });
    await db().answer.create({
      data: {
        proposalId: primary.id,
        agencyId: agency.id,
        versionNo: 1,
        state: "APPROVED",
        content: "<p>Trả lời chung cho các xã.</p>",
        authorId: coordinator.id,
        documentNumber: "12/SXD",
      },
    });
    await db().proposal.update({ where: { id: primary.id }, data: { status: "SENT", sentAt: new Date() } });
    const answered = await getGroupForProposal(cuaLo, member.id);
    expect(answered?.primary).toMatchObject({ answered: true, answer: { documentNumber: "12/SXD" } });
  });
});
