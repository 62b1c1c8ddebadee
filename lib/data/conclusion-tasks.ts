// The tasks of a notice of conclusions: added and edited by whoever runs the sessions; progress reported by the
// owner agency (or its successor after a merger) for an assignment, and by the coordinator for any task.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConclusionTaskKind } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/data/answers";
import {
  AddTask,
  EditTask,
  RecordTaskProgress,
  type AddTaskInput,
  type EditTaskInput,
  type RecordTaskProgressInput,
} from "@/lib/schemas/conclusion";

type TaskOwner = { kind: ConclusionTaskKind; agency: { id: number; successorId: number | null } | null };

/**
 * The coordinator (Mass Mobilization staff, who monitor and urge implementation) reports on every task; an
 * agency's officer or head on the assignments of their agency, including those of the body it replaced.
 */
export function mayUpdateTask(actor: Actor, task: TaskOwner): boolean {
  if (actor.role === "COORDINATOR") return true;
  if (task.kind !== "AGENCY_ASSIGNMENT" || !task.agency || actor.agencyId === null) return false;
  if (!can(actor.role, "implementation.record")) return false;
  return task.agency.id === actor.agencyId || task.agency.successorId === actor.agencyId;
}

async function audit(
  tx: Prisma.TransactionClient,
  actor: Actor,
  action: string,
  taskId: number,
  data: object,
) {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      action,
      entity: "ConclusionTask",
      entityId: String(taskId),
      data: data as Prisma.InputJsonObject,
    },
  });
}

/** A new owner must be an agency in force; an edit may keep the (possibly since merged) agency it had. */
async function checkAgency(
  tx: Prisma.TransactionClient,
  agencyId: number | undefined,
  keep: number | null = null,
) {
  if (agencyId === undefined || agencyId === keep) return;
  const agency = await tx.agency.findFirst({ where: { id: agencyId, validTo: null }, select: { id: true } });
  if (!agency) throw new ExpectedError("invalid", "conclusions.errors.agencyNotCurrent");
}

const dayOrNull = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);

export async function addTask(actor: Actor, input: AddTaskInput): Promise<{ id: number }> {
  if (!can(actor.role, "session.manage")) throw forbidden();
  const data = parseInput(AddTask, input);
  return db().$transaction(async (tx) => {
    const notice = await tx.conclusionNotice.findUnique({
      where: { id: data.noticeId },
      select: { id: true },
    });
    if (!notice) throw notFound();
    await checkAgency(tx, data.agencyId);
    const last = await tx.conclusionTask.aggregate({
      where: { noticeId: notice.id },
      _max: { sortOrder: true },
    });
    const task = await tx.conclusionTask.create({
      data: {
        noticeId: notice.id,
        kind: data.kind,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
        title: data.title,
        description: data.description,
        agencyId: data.kind === "AGENCY_ASSIGNMENT" ? (data.agencyId ?? null) : null,
        dueOn: data.dueOn ?? null,
      },
      select: { id: true },
    });
    await audit(tx, actor, "conclusion_task.create", task.id, {
      noticeId: notice.id,
      kind: data.kind,
      title: data.title,
      agencyId: data.agencyId ?? null,
      dueOn: dayOrNull(data.dueOn),
    });
    return task;
  });
}

export async function editTask(actor: Actor, input: EditTaskInput): Promise<{ version: number }> {
  if (!can(actor.role, "session.manage")) throw forbidden();
  const data = parseInput(EditTask, input);
  return db().$transaction(async (tx) => {
    const task = await tx.conclusionTask.findUnique({ where: { id: data.taskId } });
    if (!task) throw notFound();
    await checkAgency(tx, data.agencyId, task.agencyId);
    const agencyId = data.kind === "AGENCY_ASSIGNMENT" ? (data.agencyId ?? null) : null;
    const updated = await tx.conclusionTask.updateMany({
      where: { id: task.id, version: data.version },
      data: {
        kind: data.kind,
        title: data.title,
        description: data.description,
        agencyId,
        dueOn: data.dueOn ?? null,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new ExpectedError("conflict");
    await audit(tx, actor, "conclusion_task.update", task.id, {
      before: {
        kind: task.kind,
        title: task.title,
        agencyId: task.agencyId,
        dueOn: task.dueOn?.toISOString().slice(0, 10) ?? null,
      },
      after: { kind: data.kind, title: data.title, agencyId, dueOn: dayOrNull(data.dueOn) },
    });
    return { version: data.version + 1 };
  });
}

/** One progress report: a row of history and the task's current status and percent, in one transaction. */
export async function recordTaskProgress(
  actor: Actor,
  input: RecordTaskProgressInput,
): Promise<{ version: number }> {
  const data = parseInput(RecordTaskProgress, input);
  return db().$transaction(async (tx) => {
    const task = await tx.conclusionTask.findUnique({
      where: { id: data.taskId },
      select: { id: true, kind: true, agency: { select: { id: true, successorId: true } } },
    });
    if (!task) throw notFound();
    if (!mayUpdateTask(actor, task)) throw forbidden();
    const updated = await tx.conclusionTask.updateMany({
      where: { id: task.id, version: data.version },
      data: { status: data.status, percent: data.percent, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ExpectedError("conflict");
    await tx.conclusionTaskUpdate.create({
      data: {
        taskId: task.id,
        authorId: actor.id,
        status: data.status,
        percent: data.percent,
        note: data.note,
      },
    });
    return { version: data.version + 1 };
  });
}
