// Fuzz: running the program — sessions (create, edit, status, on-behalf entry), notices of conclusions and their
// tasks, urging an agency, making a report — 1,000 generated forms each.
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { db } from "@/lib/db";
import {
  createSessionAction,
  enterOnBehalfAction,
  transitionSessionAction,
  updateSessionAction,
} from "@/app/(portal)/sessions/actions";
import { createNoticeAction } from "@/app/(portal)/conclusions/actions";
import { addTaskAction, editTaskAction, recordProgressAction } from "@/app/(portal)/conclusions/[id]/actions";
import { urgeAction } from "@/app/(portal)/monitoring/actions";
import { createReport } from "@/app/(portal)/reports/actions";
import { exportSessionRegister } from "@/app/(portal)/dashboard/actions";
import { OnBehalfProposal, SessionInput, SessionTransition, SessionUpdate } from "@/lib/schemas/session";
import { AddTask, CreateNotice, EditTask, RecordTaskProgress } from "@/lib/schemas/conclusion";
import { UrgeForm } from "@/lib/schemas/urge";
import { ReportRequest } from "@/lib/schemas/report";
import { makeNotice, makeSession, removeFixtures } from "../security/fixtures";
import { form, fuzzAction, ids, INITIAL, type ActionTarget, type FormRecord } from "./support/harness";
import {
  CURRENT,
  fuzzWorld,
  pool,
  resolveVersions,
  someText,
  version,
  type FuzzWorld,
} from "./support/world";

let w: FuzzWorld;
beforeAll(async () => {
  w = await fuzzWorld();
});
afterAll(() => removeFixtures(db()));

const day = fc.constantFrom("2099-10-01", "2099-10-02", "2099-02-29", "2099-9-1", "");
const moment = fc.constantFrom("2099-09-01T08:00", "2099-09-20T17:00", "2099-09-20T24:00", "");

function sessionFields() {
  return {
    title: someText,
    theme: someText,
    startsOn: day,
    endsOn: day,
    venue: someText,
    agenda: someText,
    allUnits: fc.constantFrom("", "on"),
    unitIds: fc.array(ids(w.unitA, w.unitB, 1), { maxLength: 3 }),
    coordinatingAgencyId: ids(w.users.coordinator.agencyId!, w.agencyX, 1),
    submissionOpensAt: moment,
    submissionClosesAt: moment,
    defaultAnswerDays: fc.constantFrom("15", "0", "121", "7.5"),
    receiptDays: fc.constantFrom("10", "61"),
  };
}

/** Sessions to edit and step, put back to "planned" after each run; versions filled in at run time. */
async function sessionPool() {
  const made = await Promise.all(Array.from({ length: 4 }, () => makeSession(db(), w)));
  const sessionIds = made.map((session) => session.id);
  return {
    sessionId: ids(...sessionIds),
    reset: async () => {
      await db().dialogueSession.updateMany({
        where: { id: { in: sessionIds } },
        data: { status: "PLANNED" },
      });
    },
    resolve: async (record: FormRecord) => {
      if (record.version !== CURRENT || typeof record.sessionId !== "string") return record;
      const found = /^\d{1,9}$/.test(record.sessionId)
        ? await db().dialogueSession.findUnique({ where: { id: Number(record.sessionId) } })
        : null;
      return { ...record, version: String(found?.version ?? 1) };
    },
  };
}

async function taskPool() {
  const made = await Promise.all(Array.from({ length: 3 }, () => makeNotice(db(), w)));
  const taskIds = made.map((notice) => notice.taskId);
  return {
    noticeIds: ids(...made.map((notice) => notice.noticeId)),
    taskId: ids(...taskIds),
    resolve: async (record: FormRecord) => {
      if (record.version !== CURRENT || typeof record.taskId !== "string") return record;
      const found = /^\d{1,9}$/.test(record.taskId)
        ? await db().conclusionTask.findUnique({ where: { id: Number(record.taskId) } })
        : null;
      return { ...record, version: String(found?.version ?? 1) };
    },
  };
}

const targets: Record<string, () => Promise<ActionTarget>> = {
  "createSessionAction (coordinator)": async () => ({
    actor: w.actors.coordinator,
    action: (fd) => createSessionAction(INITIAL, fd),
    schema: SessionInput,
    arrays: ["unitIds"],
    form: form(sessionFields()),
  }),
  "updateSessionAction (coordinator)": async () => {
    const sessions = await sessionPool();
    return {
      actor: w.actors.coordinator,
      action: (fd) => updateSessionAction(INITIAL, fd),
      schema: SessionUpdate,
      arrays: ["unitIds"],
      form: form({ ...sessionFields(), sessionId: sessions.sessionId, version }),
      resolve: sessions.resolve,
      reset: sessions.reset,
    };
  },
  "transitionSessionAction (admin)": async () => {
    const sessions = await sessionPool();
    return {
      actor: w.actors.admin,
      action: (fd) => transitionSessionAction(INITIAL, fd),
      schema: SessionTransition,
      form: form({
        sessionId: sessions.sessionId,
        version,
        action: fc.constantFrom("open", "hold", "close"),
      }),
      resolve: sessions.resolve,
      reset: sessions.reset,
    };
  },
  "enterOnBehalfAction (coordinator)": async () => ({
    actor: w.actors.coordinator,
    action: (fd) => enterOnBehalfAction(INITIAL, fd),
    schema: OnBehalfProposal,
    form: form({
      sessionId: ids(w.sessionId),
      clientToken: fc.uuid(),
      unitId: ids(w.unitA, w.unitB, 1),
      fieldId: fc.oneof(fc.constant(""), ids(w.fieldId)),
      title: someText,
      content: someText.map((text) => text.repeat(3)),
    }),
  }),
  "createNoticeAction (coordinator)": async () => {
    const free = await Promise.all(Array.from({ length: 3 }, () => makeSession(db(), w)));
    return {
      actor: w.actors.coordinator,
      action: (fd) => createNoticeAction(INITIAL, fd),
      schema: CreateNotice,
      form: form({
        sessionId: ids(...free.map((session) => session.id)),
        number: someText,
        issuedOn: day,
        title: someText,
        content: someText.map((text) => text.repeat(2)),
      }),
    };
  },
  "addTaskAction (coordinator)": async () => {
    const tasks = await taskPool();
    return {
      actor: w.actors.coordinator,
      action: (fd) => addTaskAction(INITIAL, fd),
      schema: AddTask,
      form: form({
        noticeId: tasks.noticeIds,
        kind: fc.constantFrom("KEY_TASK", "AGENCY_ASSIGNMENT"),
        title: someText,
        description: someText,
        agencyId: fc.oneof(fc.constant(""), ids(w.agencyX, 1)),
        dueOn: day,
      }),
    };
  },
  "editTaskAction (admin)": async () => {
    const tasks = await taskPool();
    return {
      actor: w.actors.admin,
      action: (fd) => editTaskAction(INITIAL, fd),
      schema: EditTask,
      form: form({
        taskId: tasks.taskId,
        version,
        kind: fc.constantFrom("KEY_TASK", "AGENCY_ASSIGNMENT"),
        title: someText,
        description: someText,
        agencyId: fc.oneof(fc.constant(""), ids(w.agencyX)),
        dueOn: day,
      }),
      resolve: tasks.resolve,
    };
  },
  "recordProgressAction (officer X)": async () => {
    const tasks = await taskPool();
    return {
      actor: w.actors.officerX,
      action: (fd) => recordProgressAction(INITIAL, fd),
      schema: RecordTaskProgress,
      form: form({
        taskId: tasks.taskId,
        version,
        status: fc.constantFrom("NOT_STARTED", "IN_PROGRESS", "COMPLETED"),
        percent: fc.constantFrom("0", "50", "100"),
        note: someText,
      }),
      resolve: tasks.resolve,
    };
  },
  "urgeAction (coordinator)": async () => {
    const assigned = await pool(w, "ASSIGNED", 3);
    return {
      actor: w.actors.coordinator,
      action: (fd) => urgeAction(INITIAL, fd),
      schema: UrgeForm,
      form: form({
        agencyId: ids(w.agencyX, w.agencyY),
        proposalId: fc.oneof(fc.constant(""), assigned.ids),
        message: someText,
      }),
      resolve: resolveVersions,
    };
  },
  "createReport (standing committee)": async () => ({
    actor: w.actors.committee,
    action: (fd) => createReport(INITIAL, fd),
    schema: ReportRequest,
    form: form({
      kind: fc.constantFrom("register", "annual", "thematic"),
      theme: fc.constantFrom(
        "",
        `field:${w.fieldId}`,
        `agency:${w.agencyX}`,
        `session:${w.sessionId}`,
        "field:9999999999",
      ),
      year: fc.constantFrom("", "2026", "1999"),
      session: fc.constantFrom("", String(w.sessionId)),
      number: fc.constantFrom("", "12", "x"),
      date: day,
      introduction: someText,
      conclusion: someText,
      signMode: fc.constantFrom("TM_BTV", "KT_TRUONG_BAN", "TRUONG_BAN"),
      signerTitle: someText,
      signerName: someText,
      recipients: someText,
    }),
  }),
  "exportSessionRegister (standing committee, from the dashboard)": async () => ({
    actor: w.actors.committee,
    action: (fd) => exportSessionRegister(INITIAL, fd),
    form: form({ session: fc.constantFrom("", String(w.sessionId), "2000000000", "0", "-3", "1.5", "x") }),
  }),
};

describe("fuzz: program actions", () => {
  for (const [name, make] of Object.entries(targets)) {
    it(name, async () => fuzzAction(await make()));
  }
});
