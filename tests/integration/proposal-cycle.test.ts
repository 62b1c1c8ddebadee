// The proposal's path from the commune to the coordinator and the agencies, with the wrong callers refused,
// stale forms rejected, and double submissions creating one proposal with one code.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ExpectedError } from "@/lib/errors";
import { saveDraft, submitProposal, withdrawProposal } from "@/lib/data/proposal-drafts";
import {
  assignProposal,
  closeProposal,
  markOutOfJurisdiction,
  receiveProposal,
  returnProposal,
  sendAnswer,
} from "@/lib/data/triage";
import { acknowledgeAnswer, askFollowUp } from "@/lib/data/acknowledgement";
import { getProposalByRef, listProposals } from "@/lib/data/proposals";
import { actorByEmail } from "../support/actors";
import { TEST_TODAY } from "../support/test-clock";

const NOW = new Date(TEST_TODAY.getTime() + 3 * 3600_000); // 10:00 in Vietnam on the seeded "today"

async function openSessionId() {
  return (await db().dialogueSession.findUniqueOrThrow({ where: { code: "DT-2026" } })).id;
}

async function draftFor(
  email: string,
  title = "Đề nghị nâng cấp tuyến đường liên xã bị xuống cấp nghiêm trọng",
) {
  const leader = await actorByEmail(email);
  const saved = await saveDraft(
    leader,
    {
      clientToken: randomUUID(),
      sessionId: await openSessionId(),
      title,
      content:
        "Tuyến đường dài 3,5 km đã hư hỏng nặng sau mùa mưa lũ, đề nghị tỉnh hỗ trợ kinh phí sửa chữa.",
    },
    NOW,
  );
  return { leader, ...saved };
}

function expectCode(code: string) {
  return async (promise: Promise<unknown>) =>
    expect(promise).rejects.toSatisfy((error) => error instanceof ExpectedError && error.code === code);
}
const expectConflict = expectCode("conflict");
const expectForbidden = expectCode("forbidden");
const expectNotFound = expectCode("not-found");

describe("writing and submitting", () => {
  it("saves one draft per form however often, and gives a reference code on submission", async () => {
    const leader = await actorByEmail("thanhvinh@demo.vn");
    const token = randomUUID();
    const input = { clientToken: token, sessionId: await openSessionId(), title: "Bản nháp", content: "" };
    const [a, b] = await Promise.all([saveDraft(leader, input, NOW), saveDraft(leader, input, NOW)]);
    expect(a.proposalId).toBe(b.proposalId);
    expect(await db().proposal.count({ where: { clientToken: token } })).toBe(1);

    const counter = await db().codeCounter.findUniqueOrThrow({ where: { key: "ĐT-2026" } });
    const saved = await saveDraft(
      leader,
      {
        ...input,
        proposalId: a.proposalId,
        version: 1,
        title: "Đề nghị đầu tư trạm bơm tiêu úng cho khối 5",
        content: "Khối 5 thường xuyên ngập úng khi mưa lớn, đề nghị đầu tư trạm bơm.",
      },
      NOW,
    );
    const { code } = await submitProposal(leader, { proposalId: a.proposalId, version: saved.version }, NOW);
    expect(code).toBe(`ĐT-2026-${String(counter.value + 1).padStart(5, "0")}`);
    const stored = await db().proposal.findUniqueOrThrow({ where: { id: a.proposalId } });
    expect(stored.status).toBe("SUBMITTED");
    expect(stored.receiptDueOn).not.toBeNull();
    const events = await db().statusEvent.findMany({
      where: { proposalId: a.proposalId },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["create", "submit"]);
    expect(
      await db().notification.count({ where: { proposalId: a.proposalId, kind: "proposal_submitted" } }),
    ).toBeGreaterThan(0);
  });

  it("lets a double-clicked submit through once: one code, the second told it changed", async () => {
    const { leader, proposalId, version } = await draftFor("cualo@demo.vn");
    const results = await Promise.allSettled([
      submitProposal(leader, { proposalId, version }, NOW),
      submitProposal(leader, { proposalId, version }, NOW),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(ExpectedError);
    expect(await db().statusEvent.count({ where: { proposalId, action: "submit" } })).toBe(1);
  });

  it("writes the form's text and the submission in one transaction, so the same form can be sent again", async () => {
    const { leader, proposalId, version } = await draftFor("thanhvinh@demo.vn");
    const before = await db().proposal.findUniqueOrThrow({ where: { id: proposalId } });
    const text = {
      title: "Đề nghị lắp đèn chiếu sáng tuyến đường ven sông Lam",
      content:
        "Tuyến đường ven sông dài 2 km chưa có đèn chiếu sáng, người dân đi lại ban đêm rất nguy hiểm.",
    };
    // The submission fails midway (here: the window has closed): none of the new text may stay behind.
    const late = new Date("2027-03-01T03:00:00Z");
    await expect(submitProposal(leader, { proposalId, version, text }, late)).rejects.toBeInstanceOf(
      ExpectedError,
    );
    const untouched = await db().proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(untouched).toMatchObject({
      title: before.title,
      content: before.content,
      version,
      status: "DRAFT",
    });

    // The same form sent again (same version) goes through, with its text, as one step of the history.
    const { code } = await submitProposal(leader, { proposalId, version, text }, NOW);
    const stored = await db().proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(stored).toMatchObject({ ...text, code, status: "SUBMITTED", version: version + 1 });
    const events = await db().statusEvent.findMany({ where: { proposalId }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["create", "submit"]);
    const notice = await db().notification.findFirstOrThrow({
      where: { proposalId, kind: "proposal_submitted" },
    });
    expect(notice.params).toMatchObject({ code, title: text.title });
  });

  it("records the commune's fix of a returned proposal as an edit before its resubmission", async () => {
    const { leader, proposalId, version } = await draftFor("quephong@demo.vn");
    await submitProposal(leader, { proposalId, version }, NOW);
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    await returnProposal(coordinator, { proposalId, version: version + 1, reason: "Nêu rõ số hộ dân." });
    const returned = await db().proposal.findUniqueOrThrow({ where: { id: proposalId } });
    const text = { title: returned.title, content: `${returned.content} 214 hộ dân sử dụng.` };
    await submitProposal(leader, { proposalId, version: returned.version, text }, NOW);
    const events = await db().statusEvent.findMany({ where: { proposalId }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["create", "submit", "return", "edit", "resubmit"]);
    expect((await db().proposal.findUniqueOrThrow({ where: { id: proposalId } })).content).toBe(text.content);
  });

  it("refuses a submission outside the session's window", async () => {
    const { leader, proposalId, version } = await draftFor("quephong@demo.vn");
    const late = new Date("2027-03-01T03:00:00Z");
    await expect(submitProposal(leader, { proposalId, version }, late)).rejects.toMatchObject({
      messageKey: "sessionNotOpen",
    });
    expect((await db().proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("DRAFT");
  });

  it("keeps other communes and other roles out of a draft", async () => {
    const { proposalId, version } = await draftFor("thanhvinh@demo.vn");
    await expectNotFound(submitProposal(await actorByEmail("cualo@demo.vn"), { proposalId, version }, NOW));
    await expectNotFound(
      submitProposal(await actorByEmail("dieuphoi@demo.vn"), { proposalId, version }, NOW),
    );
    await expectForbidden(
      saveDraft(
        await actorByEmail("canbo.xd@demo.vn"),
        { clientToken: randomUUID(), sessionId: 1, title: "x", content: "y" },
        NOW,
      ),
    );
  });

  it("lets the commune withdraw before the proposal is received, not after", async () => {
    const { leader, proposalId, version } = await draftFor("thanhvinh@demo.vn");
    const { version: submitted } = { version: version + 1 };
    await submitProposal(leader, { proposalId, version }, NOW);
    await withdrawProposal(leader, { proposalId, version: submitted, reason: "Đã tự giải quyết" });
    expect((await db().proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("WITHDRAWN");
  });
});

describe("triage and assignment", () => {
  it("returns for clarification, takes the resubmission, receives and assigns with a working-day deadline", async () => {
    const { leader, proposalId, version } = await draftFor("thanhvinh@demo.vn");
    await submitProposal(leader, { proposalId, version }, NOW);
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    await returnProposal(coordinator, {
      proposalId,
      version: version + 1,
      reason: "Đề nghị nêu rõ lý trình đoạn tuyến.",
    });
    expect(await getProposalByRef(leader, `draft-${proposalId}`).catch(() => null)).toBeNull(); // it has a code now
    const returned = await db().proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(returned.status).toBe("RETURNED");
    expect(returned.returnReason).toContain("lý trình");

    const edited = await saveDraft(
      leader,
      {
        clientToken: randomUUID(),
        proposalId,
        version: returned.version,
        sessionId: returned.sessionId,
        title: returned.title,
        content: `${returned.content} Đoạn từ Km3 đến Km6+500.`,
      },
      NOW,
    );
    await submitProposal(leader, { proposalId, version: edited.version }, NOW);
    const resubmitted = await db().proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(resubmitted.status).toBe("SUBMITTED");
    expect(resubmitted.code).toBe(returned.code);

    await receiveProposal(coordinator, { proposalId, version: resubmitted.version }, NOW);
    const xd = await db().agency.findUniqueOrThrow({ where: { code: "SXD" } });
    const tc = await db().agency.findFirstOrThrow({ where: { code: { startsWith: "SNN" }, validTo: null } });
    const field = await db().field.findFirstOrThrow({ where: { defaultLeadAgencyId: xd.id } });
    await assignProposal(
      coordinator,
      {
        proposalId,
        version: resubmitted.version + 1,
        fieldId: field.id,
        leadAgencyId: xd.id,
        coordinatingAgencyIds: [tc.id, xd.id],
      },
      NOW,
    );

    const assigned = await db().proposal.findUniqueOrThrow({
      where: { id: proposalId },
      include: { assignments: true },
    });
    expect(assigned.status).toBe("ASSIGNED");
    expect(assigned.leadAgencyId).toBe(xd.id);
    expect(assigned.assignments.map((a) => [a.agencyId, a.role]).sort()).toEqual(
      [
        [xd.id, "LEAD"],
        [tc.id, "COORDINATING"],
      ].sort(),
    );
    // 15 working days from Wednesday 25/11/2026 is Wednesday 16/12/2026.
    expect(assigned.answerDueOn?.toISOString().slice(0, 10)).toBe("2026-12-16");
    const events = await db().statusEvent.findMany({ where: { proposalId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual([
      "create",
      "submit",
      "return",
      "edit",
      "resubmit",
      "receive",
      "assign",
    ]);

    const officer = await actorByEmail("canbo.xd@demo.vn");
    const queue = await listProposals(officer, { q: assigned.code!, page: 1 });
    expect(queue.items.map((i) => i.id)).toContain(proposalId);
  });

  it("refuses triage by anyone but the coordinator, and a stale form", async () => {
    const { leader, proposalId, version } = await draftFor("cualo@demo.vn");
    await submitProposal(leader, { proposalId, version }, NOW);
    for (const email of ["cualo@demo.vn", "canbo.xd@demo.vn", "lanhdao.xd@demo.vn"]) {
      await expect(
        receiveProposal(await actorByEmail(email), { proposalId, version: version + 1 }, NOW),
      ).rejects.toBeInstanceOf(ExpectedError);
    }
    await expectForbidden(
      receiveProposal(await actorByEmail("thuongvu@demo.vn"), { proposalId, version: version + 1 }, NOW),
    );
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    await expectConflict(receiveProposal(coordinator, { proposalId, version }, NOW));
    const stored = await db().proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(stored.status).toBe("SUBMITTED");
    expect(await db().statusEvent.count({ where: { proposalId, action: "receive" } })).toBe(0);
  });

  it("marks a proposal out of jurisdiction with its reason", async () => {
    const { leader, proposalId, version } = await draftFor("quephong@demo.vn");
    await submitProposal(leader, { proposalId, version }, NOW);
    await markOutOfJurisdiction(
      await actorByEmail("dieuphoi@demo.vn"),
      { proposalId, version: version + 1, reason: "Thuộc thẩm quyền Bộ Giao thông vận tải." },
      NOW,
    );
    const stored = await db().proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(stored.status).toBe("OUT_OF_JURISDICTION");
    expect(stored.outOfJurisdictionNote).toContain("Bộ Giao thông");
  });

  it("refuses a deadline in the past and an agency that no longer exists", async () => {
    const { leader, proposalId, version } = await draftFor("thanhvinh@demo.vn");
    await submitProposal(leader, { proposalId, version }, NOW);
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    await receiveProposal(coordinator, { proposalId, version: version + 1 }, NOW);
    const field = await db().field.findFirstOrThrow();
    const old = await db().agency.findFirstOrThrow({ where: { validTo: { not: null } } });
    await expect(
      assignProposal(
        coordinator,
        {
          proposalId,
          version: version + 2,
          fieldId: field.id,
          leadAgencyId: old.id,
          coordinatingAgencyIds: [],
        },
        NOW,
      ),
    ).rejects.toMatchObject({ messageKey: "agencyNotCurrent" });
    await expect(
      assignProposal(
        coordinator,
        {
          proposalId,
          version: version + 2,
          fieldId: field.id,
          leadAgencyId: field.defaultLeadAgencyId!,
          coordinatingAgencyIds: [],
          dueOn: new Date("2026-01-01T00:00:00Z"),
        },
        NOW,
      ),
    ).rejects.toMatchObject({ messageKey: "deadlineInPast" });
    expect(await db().assignment.count({ where: { proposalId } })).toBe(0);
  });
});

describe("a field that names nothing or is retired", () => {
  it("is refused with a clear message on a draft, a submission and an assignment, and nothing is written", async () => {
    const retired = await db().field.create({
      data: {
        code: `RETIRED-${randomUUID().slice(0, 8)}`,
        name: "Lĩnh vực cũ",
        nameEn: "Old field",
        active: false,
      },
    });
    const leader = await actorByEmail("thanhvinh@demo.vn");
    const sessionId = await openSessionId();
    const before = await db().proposal.count();
    for (const fieldId of [retired.id, 2_000_000_000]) {
      const token = randomUUID();
      await expect(
        saveDraft(
          leader,
          { clientToken: token, sessionId, title: "Đề nghị", content: "Nội dung", fieldId },
          NOW,
        ),
      ).rejects.toMatchObject({ code: "invalid", messageKey: "fieldNotActive" });
    }
    expect(await db().proposal.count()).toBe(before);

    const { proposalId, version } = await draftFor("thanhvinh@demo.vn");
    const text = { title: "Đề nghị sửa cầu", content: "Cầu yếu", fieldId: 2_000_000_000 };
    await expect(submitProposal(leader, { proposalId, version, text }, NOW)).rejects.toMatchObject({
      messageKey: "fieldNotActive",
    });
    expect((await db().proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("DRAFT");

    await submitProposal(leader, { proposalId, version }, NOW);
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    await receiveProposal(coordinator, { proposalId, version: version + 1 }, NOW);
    const lead = await db().agency.findFirstOrThrow({ where: { validTo: null } });
    for (const fieldId of [retired.id, 2_000_000_000])
      await expect(
        assignProposal(
          coordinator,
          { proposalId, version: version + 2, fieldId, leadAgencyId: lead.id, coordinatingAgencyIds: [] },
          NOW,
        ),
      ).rejects.toMatchObject({ messageKey: "fieldNotActive" });
    expect(await db().assignment.count({ where: { proposalId } })).toBe(0);
  });
});

describe("sending, acknowledging and closing", () => {
  it("sends an approved reply, the commune rates it and asks one follow-up", async () => {
    const head = await actorByEmail("lanhdao.xd@demo.vn");
    // One the head's own agency leads: the head sees it, and is refused because sending is the coordinator's.
    const approved = await db().proposal.findFirstOrThrow({
      where: { status: "APPROVED", session: { code: "DT-2026" }, leadAgencyId: head.agencyId },
      orderBy: { id: "asc" },
    });
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    await expectForbidden(
      sendAnswer(head, {
        proposalId: approved.id,
        version: approved.version,
      }),
    );
    await sendAnswer(coordinator, { proposalId: approved.id, version: approved.version }, NOW);
    const leaderUser = await db().user.findFirstOrThrow({
      where: { unitId: approved.unitId, role: "COMMUNE_LEADER", active: true },
    });
    const leader = await actorByEmail(leaderUser.email);
    expect(
      await db().notification.count({
        where: { userId: leaderUser.id, proposalId: approved.id, kind: "answer_sent" },
      }),
    ).toBe(1);
    const detail = await getProposalByRef(leader, approved.code!);
    expect(detail.answers[0]?.state).toBe("APPROVED");

    await acknowledgeAnswer(
      leader,
      {
        proposalId: approved.id,
        version: approved.version + 1,
        rating: "PARTLY_SATISFIED",
        comment: "Cần rõ thời gian",
      },
      NOW,
    );
    await askFollowUp(leader, {
      proposalId: approved.id,
      version: approved.version + 2,
      question: "Khi nào bắt đầu thi công?",
    });
    const asked = await db().proposal.findUniqueOrThrow({ where: { id: approved.id } });
    expect(asked.status).toBe("FOLLOW_UP");
    expect(asked.rating).toBe("PARTLY_SATISFIED");
    expect(await db().followUp.count({ where: { proposalId: approved.id } })).toBe(1);

    await closeProposal(coordinator, { proposalId: approved.id, version: asked.version }, NOW);
    expect((await db().proposal.findUniqueOrThrow({ where: { id: approved.id } })).status).toBe("CLOSED");
  });

  it("refuses a second follow-up question", async () => {
    const sent = await db().proposal.findFirstOrThrow({
      where: { status: "SENT", followUps: { none: {} }, session: { code: "DT-2026" } },
    });
    const leaderUser = await db().user.findFirstOrThrow({
      where: { unitId: sent.unitId, role: "COMMUNE_LEADER", active: true },
    });
    const leader = await actorByEmail(leaderUser.email);
    await acknowledgeAnswer(leader, { proposalId: sent.id, version: sent.version, rating: "SATISFIED" }, NOW);
    await askFollowUp(leader, {
      proposalId: sent.id,
      version: sent.version + 1,
      question: "Kinh phí bao nhiêu?",
    });
    // As if the lead agency had replied: the proposal is back to ACKNOWLEDGED with its one follow-up used.
    await db().proposal.update({
      where: { id: sent.id },
      data: { status: "ACKNOWLEDGED", version: { increment: 1 } },
    });
    await expect(
      askFollowUp(leader, { proposalId: sent.id, version: sent.version + 3, question: "Lần nữa?" }),
    ).rejects.toMatchObject({ messageKey: "followUpUsed" });
    expect(await db().followUp.count({ where: { proposalId: sent.id } })).toBe(1);
    expect((await db().proposal.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("ACKNOWLEDGED");
  });
});

describe("bulk operations", () => {
  it("receives a selection, counting a stale item as failed without blocking the rest", async () => {
    const { runBulkOperation } = await import("@/lib/data/triage");
    const drafts = await Promise.all(
      ["thanhvinh@demo.vn", "cualo@demo.vn", "quephong@demo.vn"].map((email) => draftFor(email)),
    );
    for (const draft of drafts)
      await submitProposal(draft.leader, { proposalId: draft.proposalId, version: draft.version }, NOW);
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const selection = drafts.map((draft, index) => ({
      proposalId: draft.proposalId,
      version: index === 2 ? draft.version : draft.version + 1,
    }));
    const result = await runBulkOperation(coordinator, { operation: "receive", selection });
    expect(result).toEqual({ done: 2, failed: 1 });
    const statuses = await db().proposal.findMany({
      where: { id: { in: drafts.map((d) => d.proposalId) } },
      orderBy: { id: "asc" },
      select: { id: true, status: true },
    });
    expect(statuses.filter((s) => s.status === "RECEIVED")).toHaveLength(2);
  });

  it("is the coordinator's alone", async () => {
    const { runBulkOperation } = await import("@/lib/data/triage");
    const { leader, proposalId, version } = await draftFor("thanhvinh@demo.vn");
    await submitProposal(leader, { proposalId, version }, NOW);
    const result = await runBulkOperation(await actorByEmail("canbo.xd@demo.vn"), {
      operation: "receive",
      selection: [{ proposalId, version: version + 1 }],
    });
    expect(result).toEqual({ done: 0, failed: 1 });
    expect((await db().proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("SUBMITTED");
  });
});

describe("a group of merged duplicates", () => {
  it("keeps its head in the cycle: it cannot be withdrawn, returned or marked out of jurisdiction", async () => {
    const { mergeDuplicates } = await import("@/lib/data/duplicates");
    const head = await draftFor("thanhvinh@demo.vn");
    const member = await draftFor("cualo@demo.vn");
    await submitProposal(head.leader, { proposalId: head.proposalId, version: head.version }, NOW);
    await submitProposal(member.leader, { proposalId: member.proposalId, version: member.version }, NOW);
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    await mergeDuplicates(coordinator, {
      primaryId: head.proposalId,
      primaryVersion: head.version + 1,
      members: [{ id: member.proposalId, version: member.version + 1 }],
    });
    const version = (await db().proposal.findUniqueOrThrow({ where: { id: head.proposalId } })).version;
    await expect(
      withdrawProposal(head.leader, { proposalId: head.proposalId, version }),
    ).rejects.toMatchObject({ messageKey: "headsGroup" });
    await expect(
      returnProposal(coordinator, { proposalId: head.proposalId, version, reason: "x" }),
    ).rejects.toMatchObject({ messageKey: "headsGroup" });
    await expect(
      markOutOfJurisdiction(coordinator, { proposalId: head.proposalId, version, reason: "x" }, NOW),
    ).rejects.toMatchObject({ messageKey: "headsGroup" });
    expect((await db().proposal.findUniqueOrThrow({ where: { id: head.proposalId } })).status).toBe(
      "SUBMITTED",
    );
    const headEvents = await db().statusEvent.findMany({
      where: { proposalId: head.proposalId, action: "merge" },
    });
    expect(headEvents.map((event) => event.note)).toEqual([null]);
  });
});
