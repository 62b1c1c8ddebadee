// Dialogue sessions: the coordinator creates, edits and steps a session through its statuses; other roles are
// refused with nothing written; stale forms conflict; communes cannot submit to a planned or closed session;
// proposals raised aloud at the dialogue are entered on a commune's behalf.
// On the embedded database every file shares one PGlite, so this file creates its own sessions and counts only them.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ExpectedError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { makeTranslate } from "@/lib/i18n/translate";
import {
  createSession,
  getSession,
  listSessions,
  transitionSession,
  updateSession,
} from "@/lib/data/sessions";
import { enterProposalOnBehalf } from "@/lib/data/session-proposals";
import { saveDraft, submitProposal } from "@/lib/data/proposal-drafts";
import { SessionInput, type SessionUpdate } from "@/lib/schemas/session";
import type { SessionAction } from "@/lib/workflow/session-status";
import { actorByEmail } from "../support/actors";
import { TEST_TODAY } from "../support/test-clock";

const NOW = new Date(TEST_TODAY.getTime() + 3 * 3600_000); // 10:00 in Vietnam on the seeded "today"

function rejectsWith(code: string, messageKey?: string) {
  return (promise: Promise<unknown>) =>
    expect(promise).rejects.toSatisfy(
      (error) =>
        error instanceof ExpectedError &&
        error.code === code &&
        (messageKey === undefined || error.messageKey === messageKey),
    );
}

/** A valid form as the browser posts it, parsed by the same schema the action uses. */
function sessionForm(coordinator: Actor, title: string, overrides: Record<string, unknown> = {}) {
  return SessionInput.parse({
    title,
    theme: "Chính quyền gần dân",
    startsOn: "2026-12-20",
    endsOn: "2026-12-20",
    venue: "Trung tâm Hội nghị tỉnh",
    agenda: "Khai mạc; đối thoại; kết luận.",
    allUnits: "on",
    unitIds: [],
    coordinatingAgencyId: String(coordinator.agencyId),
    // The window covers NOW (10:00 on the seeded today, Vietnam time).
    submissionOpensAt: "2026-11-20T08:00",
    submissionClosesAt: "2026-12-10T17:00",
    defaultAnswerDays: "15",
    receiptDays: "10",
    ...overrides,
  });
}

async function step(actor: Actor, sessionId: number, action: SessionAction) {
  const { version } = await db().dialogueSession.findUniqueOrThrow({ where: { id: sessionId } });
  return transitionSession(actor, { sessionId, version, action });
}

describe("creating and editing a session", () => {
  it("creates a planned session with every current commune, audited", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const title = `Kỳ đối thoại thử ${randomUUID()}`;
    const { id, code } = await createSession(coordinator, sessionForm(coordinator, title));
    expect(code).toMatch(/^DT-2026-\d+$/);
    const session = await getSession(coordinator, id);
    expect(session.status).toBe("PLANNED");
    expect(session.version).toBe(1);
    expect(session.submissionOpensAt.toISOString()).toBe("2026-11-20T01:00:00.000Z"); // 08:00 in Vietnam
    const communes = await db().administrativeUnit.count({ where: { level: "COMMUNE", validTo: null } });
    expect(session.participants).toHaveLength(communes);
    expect(
      await db().auditLog.count({
        where: {
          entity: "DialogueSession",
          entityId: String(id),
          action: "session.create",
          actorId: coordinator.id,
        },
      }),
    ).toBe(1);
    const listed = (await listSessions(coordinator)).find((row) => row.id === id);
    expect(listed).toMatchObject({ code, title, proposals: 0 });
  });

  it("edits with a version check: a stale form is refused and changes nothing", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const leader = await actorByEmail("thanhvinh@demo.vn");
    const { id } = await createSession(coordinator, sessionForm(coordinator, `Kỳ sửa ${randomUUID()}`));
    const edit: SessionUpdate = {
      ...sessionForm(coordinator, "Tên mới của kỳ đối thoại", {
        allUnits: undefined,
        unitIds: [String(leader.unitId)],
      }),
      sessionId: id,
      version: 1,
    };
    expect(await updateSession(coordinator, edit)).toEqual({ version: 2 });
    const after = await getSession(coordinator, id);
    expect(after.title).toBe("Tên mới của kỳ đối thoại");
    expect(after.participants.map((unit) => unit.id)).toEqual([leader.unitId]);

    await rejectsWith("conflict")(updateSession(coordinator, { ...edit, title: "Ghi đè cũ" }));
    expect((await getSession(coordinator, id)).title).toBe("Tên mới của kỳ đối thoại");
    expect(
      await db().auditLog.count({
        where: { entity: "DialogueSession", entityId: String(id), action: "session.update" },
      }),
    ).toBe(1);
  });

  it("refuses commune leaders, agencies and the Standing Committee, writing nothing", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const { id } = await createSession(coordinator, sessionForm(coordinator, `Kỳ quyền ${randomUUID()}`));
    for (const email of ["thanhvinh@demo.vn", "canbo.xd@demo.vn", "lanhdao.xd@demo.vn", "thuongvu@demo.vn"]) {
      const actor = await actorByEmail(email);
      const title = `Không được tạo ${randomUUID()}`;
      await rejectsWith("forbidden")(createSession(actor, sessionForm(coordinator, title)));
      await rejectsWith("forbidden")(
        updateSession(actor, { ...sessionForm(coordinator, title), sessionId: id, version: 1 }),
      );
      await rejectsWith("forbidden")(transitionSession(actor, { sessionId: id, version: 1, action: "open" }));
      expect(await db().dialogueSession.count({ where: { title } })).toBe(0);
      expect(await db().auditLog.count({ where: { actorId: actor.id, entity: "DialogueSession" } })).toBe(0);
    }
    const session = await db().dialogueSession.findUniqueOrThrow({ where: { id } });
    expect(session).toMatchObject({ status: "PLANNED", version: 1 });
  });
});

describe("status steps", () => {
  it("goes planned → open → held → closed, never skipping or going back, and a closed session is final", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const { id } = await createSession(
      coordinator,
      sessionForm(coordinator, `Kỳ trạng thái ${randomUUID()}`),
    );
    await rejectsWith("invalid", "sessions.errors.transitionNotAllowed")(step(coordinator, id, "hold"));
    expect((await step(coordinator, id, "open")).status).toBe("OPEN");
    await rejectsWith("conflict")(
      transitionSession(coordinator, { sessionId: id, version: 1, action: "hold" }),
    );
    expect((await step(coordinator, id, "hold")).status).toBe("HELD");
    await rejectsWith("invalid", "sessions.errors.transitionNotAllowed")(step(coordinator, id, "open"));
    expect((await step(coordinator, id, "close")).status).toBe("CLOSED");
    await rejectsWith("invalid", "sessions.errors.transitionNotAllowed")(step(coordinator, id, "close"));
    const { version } = await db().dialogueSession.findUniqueOrThrow({ where: { id } });
    await rejectsWith(
      "invalid",
      "sessions.errors.closed",
    )(
      updateSession(coordinator, {
        ...sessionForm(coordinator, "Sửa kỳ đã kết thúc"),
        sessionId: id,
        version,
      }),
    );
    const audit = await db().auditLog.findMany({
      where: { entity: "DialogueSession", entityId: String(id) },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audit.map((row) => row.action)).toEqual([
      "session.create",
      "session.open",
      "session.hold",
      "session.close",
    ]);
  });
});

describe("submissions and the session's status", () => {
  it("refuses a commune's submission to a planned or a closed session with the clear message", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const leader = await actorByEmail("thanhvinh@demo.vn");
    const { id: sessionId } = await createSession(
      coordinator,
      sessionForm(coordinator, `Kỳ nộp ${randomUUID()}`),
    );
    const draft = {
      sessionId,
      title: "Đề nghị hỗ trợ kinh phí xây dựng nhà văn hóa khối",
      content: "Nhà văn hóa khối 3 đã xuống cấp nghiêm trọng, đề nghị tỉnh hỗ trợ kinh phí xây mới.",
    };
    await rejectsWith(
      "invalid",
      "sessionNotOpen",
    )(saveDraft(leader, { ...draft, clientToken: randomUUID() }, NOW));

    await step(coordinator, sessionId, "open");
    const saved = await saveDraft(leader, { ...draft, clientToken: randomUUID() }, NOW);
    await step(coordinator, sessionId, "hold");
    await step(coordinator, sessionId, "close");
    await rejectsWith(
      "invalid",
      "sessionNotOpen",
    )(submitProposal(leader, { proposalId: saved.proposalId, version: saved.version }, NOW));
    expect((await db().proposal.findUniqueOrThrow({ where: { id: saved.proposalId } })).status).toBe("DRAFT");
    expect(makeTranslate("vi")("errors.sessionNotOpen")).toMatch(/không còn nhận kiến nghị/);
  });
});

describe("proposals raised aloud at the dialogue", () => {
  it("are entered by the coordinator for a participating commune, submitted with a code and marked", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const leader = await actorByEmail("thanhvinh@demo.vn");
    const { id: sessionId } = await createSession(
      coordinator,
      sessionForm(coordinator, `Kỳ nhập thay ${randomUUID()}`),
    );
    const input = {
      sessionId,
      clientToken: randomUUID(),
      unitId: leader.unitId as number,
      title: "Đề nghị sớm bố trí trụ sở làm việc sau sắp xếp",
      content:
        "Sau sắp xếp đơn vị hành chính, trụ sở phường chật hẹp, đề nghị tỉnh bố trí trụ sở làm việc mới.",
    };
    await rejectsWith(
      "invalid",
      "sessions.errors.onBehalfNotAllowed",
    )(enterProposalOnBehalf(coordinator, input, NOW));
    await step(coordinator, sessionId, "open");
    await step(coordinator, sessionId, "hold"); // after the window too: the dialogue is held
    const later = new Date("2026-12-20T03:00:00Z");
    for (const email of ["thanhvinh@demo.vn", "canbo.xd@demo.vn", "thuongvu@demo.vn", "admin@demo.vn"]) {
      await rejectsWith("forbidden")(enterProposalOnBehalf(await actorByEmail(email), input, later));
    }
    const { proposalId, code } = await enterProposalOnBehalf(coordinator, input, later);
    expect(code).toMatch(/^ĐT-2026-\d{5}$/);
    const again = await enterProposalOnBehalf(coordinator, input, later); // a doubled click
    expect(again).toEqual({ proposalId, code });
    expect(await db().proposal.count({ where: { clientToken: input.clientToken } })).toBe(1);

    const proposal = await db().proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(proposal).toMatchObject({
      status: "SUBMITTED",
      raisedAtMeeting: true,
      enteredById: coordinator.id,
      authorId: leader.id,
      unitId: leader.unitId,
      sessionId,
    });
    expect(proposal.receiptDueOn).not.toBeNull();
    const events = await db().statusEvent.findMany({ where: { proposalId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "submit", toStatus: "SUBMITTED", actorId: coordinator.id });
    expect(events[0]?.note).toMatch(/nhập thay/);

    const counts = (await getSession(leader, sessionId)).byStatus;
    expect(counts).toEqual([{ status: "SUBMITTED", count: 1 }]);

    const outsider = await db().administrativeUnit.findFirstOrThrow({
      where: { level: "COMMUNE", validTo: { not: null } },
    });
    await rejectsWith(
      "invalid",
      "sessions.errors.notParticipant",
    )(
      enterProposalOnBehalf(coordinator, { ...input, clientToken: randomUUID(), unitId: outsider.id }, later),
    );
    await step(coordinator, sessionId, "close");
    await rejectsWith(
      "invalid",
      "sessions.errors.onBehalfNotAllowed",
    )(enterProposalOnBehalf(coordinator, { ...input, clientToken: randomUUID() }, later));
  });
});
