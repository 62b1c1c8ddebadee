// Notices of conclusions (thông báo kết luận): read by every signed-in role; created by whoever runs the sessions.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { toIsoDate } from "@/lib/format";
import { parseInput } from "@/lib/data/answers";
import { mayUpdateTask } from "@/lib/data/conclusion-tasks";
import { CreateNotice, type CreateNoticeInput } from "@/lib/schemas/conclusion";

/** Overdue is derived, never stored: past its due day (in Vietnam) and not completed. */
export function isTaskOverdue(task: { dueOn: Date | null; status: TaskStatus }, now: Date): boolean {
  return (
    task.dueOn !== null &&
    task.status !== "COMPLETED" &&
    task.dueOn.toISOString().slice(0, 10) < toIsoDate(now)
  );
}

export type NoticeSummary = {
  id: number;
  number: string;
  issuedOn: Date;
  title: string;
  session: { code: string; title: string; startsOn: Date };
  tasks: { total: number; completed: number; overdue: number; averagePercent: number };
};

export async function listNotices(actor: Actor, now: Date = new Date()): Promise<NoticeSummary[]> {
  void actor; // every signed-in role follows the notices
  const notices = await db().conclusionNotice.findMany({
    select: {
      id: true,
      number: true,
      issuedOn: true,
      title: true,
      session: { select: { code: true, title: true, startsOn: true } },
      tasks: { select: { status: true, percent: true, dueOn: true } },
    },
    orderBy: [{ session: { startsOn: "desc" } }],
  });
  return notices.map(({ tasks, ...notice }) => ({
    ...notice,
    tasks: {
      total: tasks.length,
      completed: tasks.filter((t) => t.status === "COMPLETED").length,
      overdue: tasks.filter((t) => isTaskOverdue(t, now)).length,
      averagePercent: tasks.length ? tasks.reduce((sum, t) => sum + t.percent, 0) / tasks.length : 0,
    },
  }));
}

export async function getNotice(actor: Actor, noticeId: number, now: Date = new Date()) {
  const notice = await db().conclusionNotice.findUnique({
    where: { id: noticeId },
    select: {
      id: true,
      number: true,
      issuedOn: true,
      title: true,
      content: true,
      session: { select: { id: true, code: true, title: true, startsOn: true } },
      tasks: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          title: true,
          description: true,
          dueOn: true,
          status: true,
          percent: true,
          version: true,
          agency: { select: { id: true, name: true, nameEn: true, successorId: true } },
          updates: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            select: {
              id: true,
              status: true,
              percent: true,
              note: true,
              createdAt: true,
              author: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!notice) throw notFound();
  return {
    ...notice,
    canManage: can(actor.role, "session.manage"),
    tasks: notice.tasks.map((task) => ({
      ...task,
      overdue: isTaskOverdue(task, now),
      canUpdate: mayUpdateTask(actor, task),
    })),
  };
}
export type NoticeDetail = Awaited<ReturnType<typeof getNotice>>;
export type NoticeTask = NoticeDetail["tasks"][number];

/** Sessions that have no notice yet: the choices when creating one. */
export async function listSessionsWithoutNotice(actor: Actor) {
  if (!can(actor.role, "session.manage")) throw forbidden();
  return db().dialogueSession.findMany({
    where: { conclusionNotice: null },
    select: { id: true, code: true, title: true, startsOn: true },
    orderBy: { startsOn: "desc" },
  });
}

/** Agencies in force today: the owners a new assignment may name. */
export async function listCurrentAgencies(actor: Actor) {
  if (!can(actor.role, "session.manage")) throw forbidden();
  return db().agency.findMany({
    where: { validTo: null },
    select: { id: true, name: true, nameEn: true },
    orderBy: { name: "asc" },
  });
}

export async function createNotice(actor: Actor, input: CreateNoticeInput): Promise<{ id: number }> {
  if (!can(actor.role, "session.manage")) throw forbidden();
  const data = parseInput(CreateNotice, input);
  return db().$transaction(async (tx) => {
    const session = await tx.dialogueSession.findUnique({
      where: { id: data.sessionId },
      select: { id: true, conclusionNotice: { select: { id: true } } },
    });
    if (!session) throw notFound();
    if (session.conclusionNotice) throw new ExpectedError("conflict", "conclusions.errors.noticeExists");
    // Row lock on the session: two coordinators creating at once meet here; the second sees the first's notice.
    await tx.$executeRaw`SELECT id FROM "DialogueSession" WHERE id = ${session.id} FOR UPDATE`;
    const existing = await tx.conclusionNotice.findUnique({
      where: { sessionId: session.id },
      select: { id: true },
    });
    if (existing) throw new ExpectedError("conflict", "conclusions.errors.noticeExists");
    const notice = await tx.conclusionNotice.create({ data, select: { id: true } });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "conclusion_notice.create",
        entity: "ConclusionNotice",
        entityId: String(notice.id),
        data: { sessionId: data.sessionId, number: data.number, title: data.title },
      },
    });
    return notice;
  });
}
