// The working-day calendar's exceptions per year: holidays and make-up working days — administrators only.
// Deadlines read the calendar afresh on every request (loadCalendarExceptions is cached per request only), so
// a change counts for every deadline computed after it; deadlines already set are not recomputed.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors";
import { requireAdmin } from "@/lib/data/admin-users";
import { writeAudit } from "@/lib/data/admin-audit";
import type {
  AddCalendarDayInput,
  RemoveCalendarDayInput,
  UpdateCalendarDayInput,
} from "@/lib/schemas/admin-calendar";

export const DAY_EXISTS = "admin.errors.calendarDayExists";

const isoKey = (date: Date) => date.toISOString().slice(0, 10);
const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));

export async function listCalendarYear(actor: Actor, year: number) {
  requireAdmin(actor);
  const [days, bounds] = await Promise.all([
    db().calendarDay.findMany({
      where: { date: { gte: yearStart(year), lt: yearStart(year + 1) } },
      orderBy: { date: "asc" },
    }),
    db().calendarDay.aggregate({ _min: { date: true }, _max: { date: true } }),
  ]);
  return {
    year,
    days,
    holidays: days.filter((day) => day.kind === "HOLIDAY").length,
    workingDays: days.filter((day) => day.kind === "WORKING_DAY").length,
    firstYear: bounds._min.date?.getUTCFullYear() ?? year,
    lastYear: bounds._max.date?.getUTCFullYear() ?? year,
  };
}

export async function addCalendarDay(actor: Actor, input: AddCalendarDayInput) {
  requireAdmin(actor);
  try {
    await db().$transaction(async (tx) => {
      if (await tx.calendarDay.count({ where: { date: input.date } }))
        throw new ExpectedError("conflict", DAY_EXISTS);
      const day = await tx.calendarDay.create({ data: input });
      await writeAudit(tx, actor, {
        action: "calendar.added",
        entity: "CalendarDay",
        entityId: isoKey(day.date),
        after: { kind: day.kind, name: day.name },
      });
    });
  } catch (error) {
    // Two administrators adding the same date at once: the primary key decides.
    if ((error as { code?: string }).code === "P2002") throw new ExpectedError("conflict", DAY_EXISTS);
    throw error;
  }
}

/** Changes a day only if it still reads as the form showed it (kind and name): otherwise "changed by someone". */
export async function updateCalendarDay(actor: Actor, input: UpdateCalendarDayInput) {
  requireAdmin(actor);
  await db().$transaction(async (tx) => {
    const updated = await tx.calendarDay.updateMany({
      where: { date: input.date, kind: input.wasKind, name: input.wasName },
      data: { kind: input.kind, name: input.name },
    });
    if (updated.count !== 1) throw new ExpectedError("conflict");
    await writeAudit(tx, actor, {
      action: "calendar.updated",
      entity: "CalendarDay",
      entityId: isoKey(input.date),
      before: { kind: input.wasKind, name: input.wasName },
      after: { kind: input.kind, name: input.name },
    });
  });
}

/** Removes a day (it becomes an ordinary day of the week again); the audit row keeps what it was. */
export async function removeCalendarDay(actor: Actor, input: RemoveCalendarDayInput) {
  requireAdmin(actor);
  await db().$transaction(async (tx) => {
    const removed = await tx.calendarDay.deleteMany({
      where: { date: input.date, kind: input.wasKind, name: input.wasName },
    });
    if (removed.count !== 1) throw new ExpectedError("conflict");
    await writeAudit(tx, actor, {
      action: "calendar.removed",
      entity: "CalendarDay",
      entityId: isoKey(input.date),
      before: { kind: input.wasKind, name: input.wasName },
    });
  });
}
