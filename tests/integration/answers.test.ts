// The lead agency's reply on a real database: who may draft, review, sign and correct it, what the commune sees,
// and that refused, stale or racing requests leave nothing behind.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus, Role } from "@/lib/generated/prisma/enums";
import { ExpectedError, type ExpectedErrorCode } from "@/lib/errors";
import {
  addContribution,
  addInternalNote,
  approveAnswer,
  correctAnswer,
  getAnswerWorkspace,
  listInternalNotes,
  requestAnswerChanges,
  saveAnswerDraft,
  submitAnswerForReview,
} from "@/lib/data/answers";
import { getProposalByRef } from "@/lib/data/proposals";
import { seedAnswerTemplates } from "@/prisma/seed/answer-templates";
import { actorByEmail } from "../support/actors";

const used = new Set<number>();

/** A proposal of the demo data not used by an earlier test of this file. */
async function pick(where: Prisma.ProposalWhereInput) {
  const proposal = await db().proposal.findFirstOrThrow({
    where: { AND: [where, { id: { notIn: [...used] }, code: { not: null } }] },
    orderBy: { id: "asc" },
  });
  used.add(proposal.id);
  return proposal;
}

const ledBy = (agencyCode: string, status: ProposalStatus | ProposalStatus[]): Prisma.ProposalWhereInput => ({
  leadAgency: { code: agencyCode },
  status: Array.isArray(status) ? { in: status } : status,
});

async function member(agencyId: number | null, role: Role): Promise<Actor> {
  const user = await db().user.findFirstOrThrow({
    where: { agencyId, role, active: true },
    orderBy: { id: "asc" },
  });
  return actorByEmail(user.email);
}

/** An officer of an agency with no part in this proposal. */
async function outsider(proposalId: number): Promise<Actor> {
  const user = await db().user.findFirstOrThrow({
    where: { role: "AGENCY_OFFICER", active: true, agency: { assignments: { none: { proposalId } } } },
    orderBy: { id: "asc" },
  });
  return actorByEmail(user.email);
}

/** The proposal's own commune leader when the demo has one (the closest outsider), else another commune's. */
async function communeLeader(unitId: number): Promise<Actor> {
  const own = await db().user.findFirst({ where: { unitId, role: "COMMUNE_LEADER", active: true } });
  return actorByEmail(own?.email ?? "thanhvinh@demo.vn");
}

/** Everything an answering step could write about one proposal. */
async function footprint(proposalId: number) {
  const where = { proposalId };
  return {
    proposal: await db().proposal.findUniqueOrThrow({
      where: { id: proposalId },
      select: { version: true, status: true, approvedAt: true },
    }),
    answers: await db().answer.findMany({ where, orderBy: { id: "asc" } }),
    events: await db().statusEvent.count({ where }),
    notifications: await db().notification.count({ where }),
    notes: await db().internalNote.count({ where }),
    assignments: await db().assignment.findMany({
      where,
      orderBy: { id: "asc" },
      select: { contribution: true, contributedAt: true },
    }),
  };
}

function isExpected(codes: ExpectedErrorCode[], messageKey?: string) {
  return (error: unknown) =>
    error instanceof ExpectedError &&
    codes.includes(error.code) &&
    (messageKey === undefined || error.messageKey === messageKey);
}

/** The attempt is refused with one of these codes and the proposal is exactly as before. */
async function expectRefused(
  proposalId: number,
  attempt: () => Promise<unknown>,
  codes: ExpectedErrorCode[] = ["forbidden", "not-found"],
  messageKey?: string,
) {
  const before = await footprint(proposalId);
  await expect(attempt()).rejects.toSatisfy(isExpected(codes, messageKey));
  expect(await footprint(proposalId)).toEqual(before);
}

async function version(proposalId: number): Promise<number> {
  return (await db().proposal.findUniqueOrThrow({ where: { id: proposalId } })).version;
}

let documentSeq = 0;
function signing(agency: string) {
  documentSeq += 1;
  return {
    documentNumber: `${9000 + documentSeq}/${agency}-TEST`,
    documentDate: "2026-11-25",
    signerName: "Nguyễn Văn Ký",
    signerTitle: "Giám đốc",
  };
}

let officer: Actor;
let head: Actor;
let coordinator: Actor;

beforeAll(async () => {
  officer = await actorByEmail("canbo.xd@demo.vn");
  head = await actorByEmail("lanhdao.xd@demo.vn");
  coordinator = await actorByEmail("dieuphoi@demo.vn");
});

describe("drafting, review and approval", () => {
  it("goes draft → review → changes requested → redraft → review → approved, and locks the signed answer", async () => {
    const p = await pick(ledBy("SXD", "ASSIGNED"));
    const events = await db().statusEvent.count({ where: { proposalId: p.id } });

    const first = await saveAnswerDraft(officer, {
      proposalId: p.id,
      version: p.version,
      content: "<p>Lần 1</p>",
    });
    expect(first.version).toBe(p.version + 1);
    const draft = await db().answer.findFirstOrThrow({ where: { proposalId: p.id, state: "DRAFT" } });
    expect(draft).toMatchObject({
      authorId: officer.id,
      agencyId: officer.agencyId,
      version: 1,
      content: "<p>Lần 1</p>",
    });
    expect((await db().proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("IN_PROGRESS");

    // Autosaving the same text again changes nothing and records nothing.
    const again = await saveAnswerDraft(officer, {
      proposalId: p.id,
      version: first.version,
      content: "<p>Lần 1</p>",
      answerVersion: first.answerVersion,
    });
    expect(again).toEqual(first);
    expect(await db().statusEvent.count({ where: { proposalId: p.id } })).toBe(events + 1);

    const second = await saveAnswerDraft(officer, {
      proposalId: p.id,
      version: again.version,
      content: "<p>Lần 2</p>",
      answerVersion: again.answerVersion,
    });
    expect(second.answerVersion).toBe(2);

    const submitted = await submitAnswerForReview(officer, { proposalId: p.id, version: second.version });
    expect(await db().answer.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      state: "IN_REVIEW",
    });
    expect(
      await db().notification.count({
        where: { proposalId: p.id, userId: head.id, kind: "answer_in_review" },
      }),
    ).toBe(1);

    const sentBack = await requestAnswerChanges(head, {
      proposalId: p.id,
      version: submitted.version,
      comment: "Bổ sung nguồn vốn và thời gian thực hiện.",
    });
    expect(await db().answer.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      state: "CHANGES_REQUESTED",
      reviewComment: "Bổ sung nguồn vốn và thời gian thực hiện.",
      reviewerId: head.id,
    });
    expect(
      await db().notification.count({
        where: { proposalId: p.id, userId: officer.id, kind: "answer_changes_requested" },
      }),
    ).toBe(1);

    const redraft = await saveAnswerDraft(officer, {
      proposalId: p.id,
      version: sentBack.version,
      content: "<p>Lần 3: vốn sự nghiệp giao thông năm 2027.</p>",
    });
    expect(await db().answer.count({ where: { proposalId: p.id } })).toBe(1); // the same draft, revised
    const resubmitted = await submitAnswerForReview(officer, { proposalId: p.id, version: redraft.version });

    const approved = await approveAnswer(head, {
      proposalId: p.id,
      version: resubmitted.version,
      ...signing("SXD"),
    });
    const signed = await db().answer.findUniqueOrThrow({ where: { id: draft.id } });
    expect(signed).toMatchObject({ state: "APPROVED", reviewerId: head.id, signerName: "Nguyễn Văn Ký" });
    expect(signed.approvedAt).not.toBeNull();
    expect(signed.documentDate?.toISOString()).toBe("2026-11-25T00:00:00.000Z");
    const proposal = await db().proposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(proposal).toMatchObject({ status: "APPROVED", version: approved.version });
    expect(proposal.approvedAt).not.toBeNull();
    expect(
      await db().notification.count({
        where: { proposalId: p.id, kind: "answer_approved", user: { role: "COORDINATOR" } },
      }),
    ).toBeGreaterThan(0);
    const actions = await db().statusEvent.findMany({
      where: { proposalId: p.id, id: { gt: 0 } },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.slice(-7).map((e) => e.action)).toEqual([
      "draft_answer",
      "draft_answer",
      "submit_for_review",
      "request_changes",
      "draft_answer",
      "submit_for_review",
      "approve",
    ]);

    // Signed means locked: nobody can draft over it any more.
    await expectRefused(
      p.id,
      () =>
        saveAnswerDraft(officer, { proposalId: p.id, version: approved.version, content: "<p>Sửa lén</p>" }),
      ["conflict"],
    );
  });

  it("refuses a commune, another agency and the coordinator at every step, writing nothing", async () => {
    const assigned = await pick(ledBy("SXD", ["ASSIGNED", "IN_PROGRESS"]));
    const inProgress = await pick(ledBy("SXD", "IN_PROGRESS"));
    const inReview = await pick(ledBy("SXD", "IN_REVIEW"));
    for (const p of [assigned, inProgress, inReview]) {
      const callers = [await communeLeader(p.unitId), await outsider(p.id), coordinator];
      for (const caller of callers) {
        const target = { proposalId: p.id, version: p.version };
        await expectRefused(p.id, () => saveAnswerDraft(caller, { ...target, content: "<p>x</p>" }));
        await expectRefused(p.id, () => submitAnswerForReview(caller, target));
        await expectRefused(p.id, () => requestAnswerChanges(caller, { ...target, comment: "Sửa." }));
        await expectRefused(p.id, () => approveAnswer(caller, { ...target, ...signing("SXD") }));
        await expectRefused(p.id, () => addInternalNote(caller, { ...target, body: "Ghi chú" }));
      }
    }
    // The officer drafts but does not sign.
    const target = { proposalId: inReview.id, version: inReview.version };
    await expectRefused(inReview.id, () => approveAnswer(officer, { ...target, ...signing("SXD") }), [
      "forbidden",
    ]);
    await expectRefused(inReview.id, () => requestAnswerChanges(officer, { ...target, comment: "Sửa." }), [
      "forbidden",
    ]);
  });

  it("gives a stale form a conflict and writes nothing", async () => {
    const p = await pick(ledBy("SXD", "IN_PROGRESS"));
    const saved = await saveAnswerDraft(officer, {
      proposalId: p.id,
      version: p.version,
      content: "<p>Bản mới</p>",
    });
    // A colleague's form rendered before that save:
    await expectRefused(
      p.id,
      () => saveAnswerDraft(officer, { proposalId: p.id, version: p.version, content: "<p>Bản cũ</p>" }),
      ["conflict"],
    );
    await expectRefused(
      p.id,
      () => submitAnswerForReview(officer, { proposalId: p.id, version: p.version }),
      ["conflict"],
    );
    // The proposal is current but the editor started from an older draft version.
    await expectRefused(
      p.id,
      () =>
        saveAnswerDraft(officer, {
          proposalId: p.id,
          version: saved.version,
          content: "<p>Bản khác</p>",
          answerVersion: saved.answerVersion - 1,
        }),
      ["conflict"],
    );
  });

  it("lets exactly one of two racing approvals win", async () => {
    const p = await pick(ledBy("BTCTU", "IN_REVIEW"));
    const tcHead = await actorByEmail("lanhdao.tc@demo.vn");
    const results = await Promise.allSettled([
      approveAnswer(tcHead, { proposalId: p.id, version: p.version, ...signing("BTCTU") }),
      approveAnswer(tcHead, { proposalId: p.id, version: p.version, ...signing("BTCTU") }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected");
    expect(failed?.reason).toSatisfy(isExpected(["conflict"]));
    expect(await db().answer.count({ where: { proposalId: p.id, state: "APPROVED" } })).toBe(1);
    expect(await db().statusEvent.count({ where: { proposalId: p.id, action: "approve" } })).toBe(1);
    expect(await version(p.id)).toBe(p.version + 1);
  });

  it("refuses a document number the agency has already used, in any letter case", async () => {
    const p = await pick(ledBy("SXD", "IN_REVIEW"));
    const used = await db().answer.findFirstOrThrow({
      where: { agencyId: officer.agencyId!, documentNumber: { not: null } },
    });
    const taken = { ...signing("SXD"), documentNumber: used.documentNumber!.toLowerCase() };
    await expectRefused(
      p.id,
      () => approveAnswer(head, { proposalId: p.id, version: p.version, ...taken }),
      ["invalid"],
      "answers.errors.documentNumberTaken",
    );
  });

  it("refuses to send an empty draft for approval", async () => {
    const p = await pick(ledBy("SXD", "IN_PROGRESS"));
    const saved = await saveAnswerDraft(officer, {
      proposalId: p.id,
      version: p.version,
      content: "<p> </p>",
    });
    await expectRefused(
      p.id,
      () => submitAnswerForReview(officer, { proposalId: p.id, version: saved.version }),
      ["invalid"],
      "answers.errors.emptyDraft",
    );
  });

  it("strips scripts, event handlers and script links from the stored text", async () => {
    const p = await pick(ledBy("SXD", ["ASSIGNED", "IN_PROGRESS"]));
    await saveAnswerDraft(officer, {
      proposalId: p.id,
      version: p.version,
      content:
        '<p onclick="steal()">Trả lời <strong>chính thức</strong></p><script>alert(1)</script>' +
        '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">xem</a><iframe src="https://x"></iframe>',
    });
    const stored = await db().answer.findFirstOrThrow({
      where: { proposalId: p.id },
      orderBy: { versionNo: "desc" },
    });
    expect(stored.content).toContain("<strong>chính thức</strong>");
    for (const bad of ["<script", "alert(1)", "onclick", "onerror", "javascript:", "<img", "<iframe"]) {
      expect(stored.content).not.toContain(bad);
    }
  });
});

describe("correcting a signed answer", () => {
  it("supersedes the signed version with a new one and tells the commune once it had the reply", async () => {
    const p = await pick(ledBy("SXD", ["SENT", "ACKNOWLEDGED"]));
    const before = await db().answer.findFirstOrThrow({ where: { proposalId: p.id, state: "APPROVED" } });
    const callers = [officer, await communeLeader(p.unitId), await outsider(p.id), coordinator];
    const input = {
      proposalId: p.id,
      version: p.version,
      content: "<p>Nội dung đính chính</p><script>x()</script>",
      reason: "Sai số liệu kinh phí ở đoạn 2.",
      ...signing("SXD"),
    };
    for (const caller of callers) await expectRefused(p.id, () => correctAnswer(caller, input));
    await expectRefused(
      p.id,
      () => correctAnswer(head, { ...input, documentNumber: before.documentNumber! }),
      ["invalid"],
      "answers.errors.documentNumberTaken",
    );

    await correctAnswer(head, input);
    const versions = await db().answer.findMany({
      where: { proposalId: p.id },
      orderBy: { versionNo: "desc" },
    });
    expect(versions[0]).toMatchObject({
      state: "APPROVED",
      content: "<p>Nội dung đính chính</p>",
      correctionReason: "Sai số liệu kinh phí ở đoạn 2.",
      documentNumber: input.documentNumber,
    });
    expect(versions.find((v) => v.id === before.id)).toMatchObject({
      state: "SUPERSEDED",
      content: before.content,
    });
    expect(versions.filter((v) => v.state === "APPROVED")).toHaveLength(1);
    expect(
      await db().notification.count({
        where: { proposalId: p.id, kind: "answer_corrected", user: { unitId: p.unitId } },
      }),
    ).toBe(await db().user.count({ where: { unitId: p.unitId, role: "COMMUNE_LEADER", active: true } }));
    const leader = await db().user.findFirst({
      where: { unitId: p.unitId, role: "COMMUNE_LEADER", active: true },
    });
    if (leader) {
      const detail = await getProposalByRef(await actorByEmail(leader.email), p.code!);
      expect(detail.answers[0]?.content).toBe("<p>Nội dung đính chính</p>");
    }
  });
});

describe("coordinating agencies and internal notes", () => {
  it("takes a coordinating agency's input, shows it to the lead, and refuses everyone else", async () => {
    const p = await pick({
      status: { in: ["ASSIGNED", "IN_PROGRESS"] },
      assignments: { some: { role: "COORDINATING", active: true } },
    });
    const assignment = await db().assignment.findFirstOrThrow({
      where: { proposalId: p.id, role: "COORDINATING", active: true },
    });
    const contributor = await member(assignment.agencyId, "AGENCY_OFFICER");
    const leadOfficer = await member(p.leadAgencyId, "AGENCY_OFFICER");
    const input = { proposalId: p.id, version: p.version, text: "Đề nghị bổ sung nguồn vốn lồng ghép." };
    for (const caller of [leadOfficer, await communeLeader(p.unitId), await outsider(p.id), coordinator]) {
      await expectRefused(p.id, () => addContribution(caller, input));
    }
    await addContribution(contributor, input);
    expect(await db().assignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({
      contribution: input.text,
    });
    expect(
      await db().notification.count({
        where: { proposalId: p.id, kind: "contribution_added", user: { agencyId: p.leadAgencyId } },
      }),
    ).toBeGreaterThan(0);

    const leadView = await getAnswerWorkspace(leadOfficer, p.id);
    expect(leadView.side).toBe("lead");
    expect(leadView.contributions.map((c) => c.contribution)).toContain(input.text);
    const ownView = await getAnswerWorkspace(contributor, p.id);
    expect(ownView).toMatchObject({
      side: "coordinating",
      draft: null,
      inReview: null,
      history: [],
      templates: [],
    });
    expect(ownView.contributions).toHaveLength(1);
  });

  it("keeps internal notes between the lead and coordinating agencies", async () => {
    const p = await pick({
      status: "IN_PROGRESS",
      assignments: { some: { role: "COORDINATING", active: true } },
    });
    const leadOfficer = await member(p.leadAgencyId, "AGENCY_OFFICER");
    const assignment = await db().assignment.findFirstOrThrow({
      where: { proposalId: p.id, role: "COORDINATING", active: true },
    });
    const contributor = await member(assignment.agencyId, "AGENCY_OFFICER");
    // Only the lead agency writes notes.
    await expectRefused(p.id, () =>
      addInternalNote(contributor, { proposalId: p.id, version: p.version, body: "x" }),
    );
    await addInternalNote(leadOfficer, { proposalId: p.id, version: p.version, body: "Đã liên hệ UBND xã." });
    expect((await listInternalNotes(leadOfficer, p.id)).map((n) => n.body)).toEqual(["Đã liên hệ UBND xã."]);
    expect((await listInternalNotes(contributor, p.id)).map((n) => n.body)).toEqual(["Đã liên hệ UBND xã."]);
    for (const caller of [await communeLeader(p.unitId), await outsider(p.id), coordinator]) {
      await expect(listInternalNotes(caller, p.id)).rejects.toSatisfy(isExpected(["forbidden", "not-found"]));
      await expect(getAnswerWorkspace(caller, p.id)).rejects.toSatisfy(
        isExpected(["forbidden", "not-found"]),
      );
    }
  });
});

describe("the lead agency's workspace", () => {
  it("offers the templates for the proposal's field and agency, and general ones", async () => {
    await seedAnswerTemplates(db());
    expect(await seedAnswerTemplates(db())).toBe(0); // idempotent
    const p = await pick({ ...ledBy("SXD", "IN_PROGRESS"), field: { code: "HTGT" } });
    const workspace = await getAnswerWorkspace(officer, p.id);
    const names = workspace.templates.map((t) => t.name);
    expect(names).toContain("Hạ tầng – giao thông: bố trí vốn đầu tư, sửa chữa");
    expect(names).toContain("Trả lời chung: ghi nhận và giao thực hiện");
    expect(names).not.toContain("Tổ chức – cán bộ: hướng dẫn thực hiện theo quy định");
    expect(workspace.draft?.state).toBe("DRAFT");
    expect(workspace.actions).toEqual(
      expect.arrayContaining(["draft_answer", "submit_for_review", "internal_note"]),
    );
  });
});

describe("what the commune reads", () => {
  it("never shows an unsent draft, internal notes or the head's review comments", async () => {
    const p = await pick({
      status: "IN_REVIEW",
      unit: { users: { some: { role: "COMMUNE_LEADER", active: true } } },
    });
    const leader = await communeLeader(p.unitId);
    const leadHead = await member(p.leadAgencyId, "AGENCY_HEAD");
    const leadOfficer = await member(p.leadAgencyId, "AGENCY_OFFICER");
    const comment = "Nhận xét nội bộ: viết lại đoạn hai.";
    const note = "Ghi chú nội bộ: chờ ý kiến Sở Tài chính.";
    const draftText = "Dự thảo chưa gửi địa phương.";
    const back = await requestAnswerChanges(leadHead, { proposalId: p.id, version: p.version, comment });
    const noted = await addInternalNote(leadOfficer, { proposalId: p.id, version: back.version, body: note });
    await saveAnswerDraft(leadOfficer, {
      proposalId: p.id,
      version: noted.version,
      content: `<p>${draftText}</p>`,
    });

    const detail = await getProposalByRef(leader, p.code!);
    expect(detail.answers).toEqual([]);
    const everything = JSON.stringify(detail);
    for (const secret of [comment, note, draftText]) expect(everything).not.toContain(secret);
  });
});
