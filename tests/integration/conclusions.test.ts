// The notices of conclusions: the seeded 2023 notice, progress reported only by those responsible, and a new notice.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError, type ExpectedErrorCode } from "@/lib/errors";
import { createNotice, getNotice, listNotices } from "@/lib/data/conclusions";
import { addTask, editTask, recordTaskProgress } from "@/lib/data/conclusion-tasks";
import { actorByEmail } from "../support/actors";

async function notice2023() {
  return db().conclusionNotice.findFirstOrThrow({ where: { session: { code: "DT-2023" } } });
}

async function assignmentOf(agencyCode: string) {
  const notice = await notice2023();
  return db().conclusionTask.findFirstOrThrow({
    where: { noticeId: notice.id, kind: "AGENCY_ASSIGNMENT", agency: { code: agencyCode } },
  });
}

async function footprint(taskId: number) {
  return {
    task: await db().conclusionTask.findUniqueOrThrow({ where: { id: taskId } }),
    updates: await db().conclusionTaskUpdate.count({ where: { taskId } }),
  };
}

async function expectRefused(taskId: number, attempt: () => Promise<unknown>, codes: ExpectedErrorCode[]) {
  const before = await footprint(taskId);
  await expect(attempt()).rejects.toSatisfy(
    (error) => error instanceof ExpectedError && codes.includes(error.code),
  );
  expect(await footprint(taskId)).toEqual(before);
}

describe("the 2023 notice of conclusions", () => {
  it("holds six key tasks for commune leaders and four assignments to provincial bodies, visible to every role", async () => {
    const notice = await notice2023();
    for (const email of ["thanhvinh@demo.vn", "canbo.xd@demo.vn", "thuongvu@demo.vn", "dieuphoi@demo.vn"]) {
      const detail = await getNotice(await actorByEmail(email), notice.id);
      expect(detail.tasks.filter((t) => t.kind === "KEY_TASK")).toHaveLength(6);
      const assignments = detail.tasks.filter((t) => t.kind === "AGENCY_ASSIGNMENT");
      expect(assignments).toHaveLength(4);
      expect(assignments.every((t) => t.agency !== null && t.dueOn !== null)).toBe(true);
    }
    const listed = await listNotices(await actorByEmail("thanhvinh@demo.vn"));
    expect(listed.find((n) => n.id === notice.id)?.tasks.total).toBe(10);
  });
});

describe("reporting progress on a task", () => {
  it("lets the owner agency complete its assignment, and lists the update", async () => {
    const task = await assignmentOf("BTCTU");
    const officer = await actorByEmail("canbo.tc@demo.vn");
    const note = "Đã hoàn thành toàn bộ nội dung được giao; báo cáo kết quả gửi Ban Thường vụ.";
    const { version } = await recordTaskProgress(officer, {
      taskId: task.id,
      version: task.version,
      status: "COMPLETED",
      percent: 100,
      note,
    });
    expect(version).toBe(task.version + 1);
    const detail = await getNotice(officer, task.noticeId);
    const shown = detail.tasks.find((t) => t.id === task.id);
    expect(shown).toMatchObject({
      status: "COMPLETED",
      percent: 100,
      version,
      overdue: false,
      canUpdate: true,
    });
    expect(shown?.updates[0]).toMatchObject({
      status: "COMPLETED",
      percent: 100,
      note,
      author: { name: officer.name },
    });
  });

  it("refuses another agency, a commune leader and the Standing Committee, writing nothing", async () => {
    const task = await assignmentOf("BTCTU");
    const input = {
      taskId: task.id,
      version: task.version,
      status: "IN_PROGRESS" as const,
      percent: 40,
      note: "",
    };
    const outsiders: Actor[] = await Promise.all(
      ["canbo.xd@demo.vn", "lanhdao.xd@demo.vn", "thanhvinh@demo.vn", "thuongvu@demo.vn"].map(actorByEmail),
    );
    for (const caller of outsiders)
      await expectRefused(task.id, () => recordTaskProgress(caller, input), ["forbidden", "not-found"]);
    // A key task is the coordinator's to report, not an agency's.
    const keyTask = await db().conclusionTask.findFirstOrThrow({
      where: { noticeId: task.noticeId, kind: "KEY_TASK" },
    });
    await expectRefused(
      keyTask.id,
      () => recordTaskProgress(outsiders[0]!, { ...input, taskId: keyTask.id, version: keyTask.version }),
      ["forbidden", "not-found"],
    );
  });

  it("answers a stale form with a conflict, and rejects a percent out of range", async () => {
    const task = await assignmentOf("BCSDUBND");
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const input = {
      taskId: task.id,
      version: task.version - 1,
      status: "IN_PROGRESS" as const,
      percent: 50,
      note: "",
    };
    await expectRefused(task.id, () => recordTaskProgress(coordinator, input), ["conflict"]);
    await expectRefused(
      task.id,
      () => recordTaskProgress(coordinator, { ...input, version: task.version, percent: 101 }),
      ["invalid"],
    );
  });
});

async function ownSession() {
  const agency = await db().agency.findFirstOrThrow({ where: { code: "BTGDVTU" } });
  const day = new Date("2026-11-20T00:00:00Z");
  return db().dialogueSession.create({
    data: {
      code: `DT-T${Date.now()}`,
      title: "Kỳ đối thoại thử nghiệm",
      startsOn: day,
      endsOn: day,
      submissionOpensAt: day,
      submissionClosesAt: day,
      coordinatingAgencyId: agency.id,
    },
  });
}

describe("creating a notice", () => {
  it("lets the coordinator create the current session's notice with a task, audited; others may not", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    // The current session has no notice yet; on the shared embedded database another file may have given it
    // one, so a session of our own stands in.
    const session =
      (await db().dialogueSession.findFirst({
        where: { conclusionNotice: null },
        orderBy: { startsOn: "desc" },
      })) ?? (await ownSession());
    const input = {
      sessionId: session.id,
      number: "15-TB/TU",
      issuedOn: "2026-12-01",
      title: "Thông báo kết luận Hội nghị gặp mặt, đối thoại năm 2026",
      content: "Đoạn thứ nhất của thông báo.\n\nĐoạn thứ hai của thông báo.",
    };
    for (const email of ["canbo.tc@demo.vn", "thanhvinh@demo.vn", "thuongvu@demo.vn"])
      await expect(createNotice(await actorByEmail(email), input)).rejects.toBeInstanceOf(ExpectedError);

    const { id } = await createNotice(coordinator, input);
    await expect(createNotice(coordinator, input)).rejects.toMatchObject({ code: "conflict" });
    const agency = await db().agency.findFirstOrThrow({ where: { code: "BTCTU" } });
    await expect(
      addTask(coordinator, {
        noticeId: id,
        kind: "AGENCY_ASSIGNMENT",
        title: "Thiếu cơ quan chủ trì",
        description: "Không có cơ quan.",
      }),
    ).rejects.toMatchObject({ code: "invalid" });
    const task = await addTask(coordinator, {
      noticeId: id,
      kind: "AGENCY_ASSIGNMENT",
      title: "Tham mưu quy định tăng cường cán bộ về xã",
      description: "Chủ trì tham mưu, trình Ban Thường vụ Tỉnh ủy.",
      agencyId: agency.id,
      dueOn: "2027-03-31",
    });
    await editTask(coordinator, {
      taskId: task.id,
      version: 1,
      kind: "AGENCY_ASSIGNMENT",
      title: "Tham mưu quy định tăng cường cán bộ về xã (sửa)",
      description: "Chủ trì tham mưu, trình Ban Thường vụ Tỉnh ủy.",
      agencyId: agency.id,
      dueOn: "2027-06-30",
    });

    const detail = await getNotice(coordinator, id);
    expect(detail).toMatchObject({ number: "15-TB/TU", session: { id: session.id } });
    expect(detail.tasks).toHaveLength(1);
    expect(detail.tasks[0]).toMatchObject({
      status: "NOT_STARTED",
      percent: 0,
      version: 2,
      agency: { id: agency.id },
    });
    expect(detail.tasks[0]?.dueOn?.toISOString().slice(0, 10)).toBe("2027-06-30");
    const audits = await db().auditLog.findMany({
      where: {
        OR: [
          { entity: "ConclusionNotice", entityId: String(id) },
          { entity: "ConclusionTask", entityId: String(task.id) },
        ],
      },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ["conclusion_notice.create", coordinator.id],
      ["conclusion_task.create", coordinator.id],
      ["conclusion_task.update", coordinator.id],
    ]);
  });
});
