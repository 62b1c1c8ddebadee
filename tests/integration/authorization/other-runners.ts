// The authorization matrix's answering, session, notice, report, administration and notification operations.
import { db } from "@/lib/db";
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
import { recordImplementation, replyToFollowUp } from "@/lib/data/implementation";
import {
  createSession,
  getSession,
  getSessionFormOptions,
  transitionSession,
  updateSession,
} from "@/lib/data/sessions";
import { createNotice, getNotice } from "@/lib/data/conclusions";
import { addTask, editTask, recordTaskProgress } from "@/lib/data/conclusion-tasks";
import { getDashboard } from "@/lib/data/dashboard";
import { generateReport, listReports, readReport } from "@/lib/data/dashboard-reports";
import { registerRequest } from "@/lib/schemas/report";
import {
  changeUserPlacement,
  createUser,
  getUserForAdmin,
  listUsers,
  resetUserPassword,
  setUserActive,
} from "@/lib/data/admin-users";
import { listNotifications, markNotificationsRead } from "@/lib/data/notifications";
import { parseDashboardFilters } from "@/lib/schemas/dashboard";
import type { SessionInput } from "@/lib/schemas/session";
import type { Actor } from "@/lib/auth/actor";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { makeNotice, makeProposal, makeSession, type Made, type World } from "../../security/fixtures";
import type { Runner } from "./proposal-runners";

function on(status: ProposalStatus, call: (actor: Actor, made: Made) => Promise<unknown>): Runner {
  return {
    prepare: async (world) => {
      const made = await makeProposal(db(), world, status);
      return (actor) => call(actor, made);
    },
  };
}

/** A runner that needs no record of its own. */
const plain = (call: (actor: Actor, world: World) => Promise<unknown>): Runner => ({
  prepare: async (world) => (actor) => call(actor, world),
});

const versioned = (made: Made) => ({ proposalId: made.id, version: made.version });
const signed = { documentDate: "2026-11-20", signerName: "Nguyễn Văn Ký", signerTitle: "Giám đốc" };

export function sessionInput(world: World): SessionInput {
  return {
    title: "Kỳ đối thoại mới",
    theme: null,
    startsOn: new Date("2099-10-01T00:00:00Z"),
    endsOn: new Date("2099-10-02T00:00:00Z"),
    venue: null,
    agenda: null,
    allUnits: false,
    unitIds: [world.unitA],
    coordinatingAgencyId: world.users.coordinator.agencyId!,
    submissionOpensAt: new Date("2099-09-01T00:00:00Z"),
    submissionClosesAt: new Date("2099-09-20T00:00:00Z"),
    defaultAnswerDays: 15,
    receiptDays: 10,
  };
}

/** A runner on a fresh user (of agency Y) for the administration steps to act on. */
function onUser(call: (actor: Actor, userId: number, world: World) => Promise<unknown>): Runner {
  return {
    prepare: async (world) => {
      const user = await db().user.create({
        data: {
          email: `sec-${crypto.randomUUID()}@test.vn`,
          name: "Người dùng thử",
          role: "AGENCY_OFFICER",
          agencyId: world.agencyY,
        },
        select: { id: true },
      });
      return (actor) => call(actor, user.id, world);
    },
  };
}

/** A runner on a fresh unread notification of commune A's leader. */
function onNotificationOfA(call: (actor: Actor, id: number) => Promise<unknown>): Runner {
  return {
    prepare: async (world) => {
      const { id } = await db().notification.create({
        data: {
          userId: world.users.communeA.id,
          kind: "proposal_received",
          link: "/proposals",
          params: { fixture: "security" },
        },
        select: { id: true },
      });
      return (actor) => call(actor, id);
    },
  };
}

export const OTHER_RUNNERS: Record<string, Runner> = {
  "answer.workspace": on("IN_PROGRESS", (actor, made) => getAnswerWorkspace(actor, made.id)),
  "internalNotes.read": on("IN_PROGRESS", (actor, made) => listInternalNotes(actor, made.id)),
  "answer.saveDraft": on("ASSIGNED", (actor, made) =>
    saveAnswerDraft(actor, { ...versioned(made), content: "<p>Trả lời.</p>" }),
  ),
  "answer.submitForReview": on("IN_PROGRESS", (actor, made) => submitAnswerForReview(actor, versioned(made))),
  "answer.requestChanges": on("IN_REVIEW", (actor, made) =>
    requestAnswerChanges(actor, { ...versioned(made), comment: "Sửa lại." }),
  ),
  "answer.approve": on("IN_REVIEW", (actor, made) =>
    approveAnswer(actor, { ...versioned(made), documentNumber: `A/${made.id}`, ...signed }),
  ),
  "answer.correct": on("SENT", (actor, made) =>
    correctAnswer(actor, {
      ...versioned(made),
      content: "<p>Bản đính chính.</p>",
      reason: "Sai số liệu.",
      documentNumber: `C/${made.id}`,
      ...signed,
    }),
  ),
  "answer.contribute": on("ASSIGNED", (actor, made) =>
    addContribution(actor, { ...versioned(made), text: "Ý kiến phối hợp." }),
  ),
  "internalNotes.add": on("IN_PROGRESS", (actor, made) =>
    addInternalNote(actor, { ...versioned(made), body: "Ghi chú." }),
  ),
  "followUp.reply": on("FOLLOW_UP", (actor, made) =>
    replyToFollowUp(actor, { ...versioned(made), reply: "Đang làm." }),
  ),
  "implementation.record": on("SENT", (actor, made) =>
    recordImplementation(actor, {
      ...versioned(made),
      percent: 40,
      outcome: "IN_PROGRESS",
      note: "Đang làm.",
    }),
  ),
  "session.read": plain((actor, world) => getSession(actor, world.sessionId)),
  "session.formOptions": plain((actor) => getSessionFormOptions(actor)),
  "session.create": plain((actor, world) => createSession(actor, sessionInput(world))),
  "session.update": {
    prepare: async (world) => {
      const session = await makeSession(db(), world);
      return (actor) =>
        updateSession(actor, { ...sessionInput(world), sessionId: session.id, version: session.version });
    },
  },
  "session.transition": {
    prepare: async (world) => {
      const session = await makeSession(db(), world);
      return (actor) =>
        transitionSession(actor, { sessionId: session.id, version: session.version, action: "open" });
    },
  },
  "notice.read": {
    prepare: async (world) => {
      const { noticeId } = await makeNotice(db(), world);
      return (actor) => getNotice(actor, noticeId);
    },
  },
  "notice.create": {
    prepare: async (world) => {
      const session = await makeSession(db(), world);
      return (actor) =>
        createNotice(actor, {
          sessionId: session.id,
          number: "12-TB/TU",
          issuedOn: "2099-12-05",
          title: "Thông báo kết luận",
          content: "Nội dung kết luận của kỳ.",
        });
    },
  },
  "notice.addTask": {
    prepare: async (world) => {
      const { noticeId } = await makeNotice(db(), world);
      return (actor) =>
        addTask(actor, { noticeId, kind: "KEY_TASK", title: "Nhiệm vụ mới", description: "Mô tả nhiệm vụ." });
    },
  },
  "notice.editTask": {
    prepare: async (world) => {
      const { taskId } = await makeNotice(db(), world);
      return (actor) =>
        editTask(actor, {
          taskId,
          version: 1,
          kind: "AGENCY_ASSIGNMENT",
          agencyId: world.agencyX,
          title: "Nhiệm vụ đã sửa",
          description: "Mô tả đã sửa.",
        });
    },
  },
  "notice.taskProgress": {
    prepare: async (world) => {
      const { taskId } = await makeNotice(db(), world);
      return (actor) =>
        recordTaskProgress(actor, {
          taskId,
          version: 1,
          status: "IN_PROGRESS",
          percent: 30,
          note: "Đang làm.",
        });
    },
  },
  "dashboard.read": plain((actor) => getDashboard(actor, parseDashboardFilters({}))),
  "report.generate": plain((actor, world) => generateReport(actor, registerRequest(world.sessionId))),
  "report.list": plain((actor) => listReports(actor)),
  "report.download": {
    prepare: async (world) => {
      const report = await db().generatedReport.create({
        data: {
          kind: "register",
          title: "Sổ theo dõi",
          fileName: "so.xlsx",
          mimeType: "application/octet-stream",
          data: new Uint8Array([1]),
          createdById: world.users.coordinator.id,
        },
        select: { id: true },
      });
      return (actor) => readReport(actor, report.id);
    },
  },
  "admin.listUsers": plain((actor) => listUsers(actor, { page: 1 })),
  "admin.readUser": onUser((actor, userId) => getUserForAdmin(actor, userId)),
  "admin.createUser": plain((actor, world) =>
    createUser(actor, {
      email: `new-${crypto.randomUUID()}@test.vn`,
      name: "Người mới",
      position: null,
      role: "AGENCY_OFFICER",
      unitId: null,
      agencyId: world.agencyY,
      credential: "link",
    }),
  ),
  "admin.changePlacement": onUser((actor, userId, world) =>
    changeUserPlacement(actor, { userId, role: "AGENCY_HEAD", unitId: null, agencyId: world.agencyY }),
  ),
  "admin.deactivate": onUser((actor, userId) => setUserActive(actor, { userId, active: false })),
  "admin.resetPassword": onUser((actor, userId) => resetUserPassword(actor, { userId, credential: "link" })),
  "notifications.markOthers": {
    ...onNotificationOfA((actor, id) => markNotificationsRead(actor, [id])),
    judge: (count) => count === 1,
  },
  "notifications.listOthers": {
    ...onNotificationOfA(async (actor, id) => (await listNotifications(actor, 500)).some((n) => n.id === id)),
    judge: (found) => found === true,
  },
};
