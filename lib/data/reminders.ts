// The scheduled reminders, run by the worker (never by a request): answers due within 3 working days, overdue
// answers, proposals not received within the 10-working-day rule, and the commune's notice when its expected
// answer date slips. Every notice carries a dedupe key, so running this twice on a day sends each reminder once.
import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { loadCalendarExceptions } from "@/lib/data/calendar";
import { notify, proposalLink, type Audience } from "@/lib/data/notify";
import { addWorkingDays, isoDateKey, isWorkingDay, workingDaysBetween } from "@/lib/calendar/working-days";
import { todayInVietnam } from "@/lib/calendar/today";
import { formatDate } from "@/lib/format";
import { DEADLINE_RUNNING_STATUSES } from "@/lib/workflow/proposal-status";

const AGENCY_STAFF: Role[] = ["AGENCY_OFFICER", "AGENCY_HEAD"];
/** A reassignment older than this is history: the notice for it has been sent (or the worker was down). */
const MOVED_LOOKBACK_MS = 7 * 86_400_000;

export type ReminderRun = {
  dueSoon: number;
  overdue: number;
  receiptOverdue: number;
  slipped: number;
  moved: number;
};

type Item = {
  id: number;
  code: string | null;
  title: string;
  unitId: number;
  leadAgencyId: number | null;
  answerDueOn: Date | null;
};

const itemSelect = {
  id: true,
  code: true,
  title: true,
  unitId: true,
  leadAgencyId: true,
  answerDueOn: true,
} as const;

function params(item: { code: string | null; title: string }, extra: Record<string, string | number> = {}) {
  return { code: item.code ?? "", title: item.title, ...extra };
}

/** One short transaction per notice: on the embedded database a long one would hold up every request. */
async function send(audience: Audience, notice: Parameters<typeof notify>[2]) {
  await db().$transaction((tx) => notify(tx, audience, notice));
}

export async function runReminders(now: Date = new Date()): Promise<ReminderRun> {
  const exceptions = await loadCalendarExceptions();
  const today = todayInVietnam(now);
  const todayKey = isoDateKey(today);
  const soonThreshold = addWorkingDays(today, 3, exceptions);
  const running = { status: { in: [...DEADLINE_RUNNING_STATUSES] } };
  const run: ReminderRun = { dueSoon: 0, overdue: 0, receiptOverdue: 0, slipped: 0, moved: 0 };

  // Due within three working days: once per deadline, to the lead agency's officers and head.
  const dueSoon: Item[] = await db().proposal.findMany({
    where: { ...running, leadAgencyId: { not: null }, answerDueOn: { gte: today, lte: soonThreshold } },
    select: itemSelect,
    orderBy: { id: "asc" },
  });
  for (const item of dueSoon) {
    const due = isoDateKey(item.answerDueOn!);
    await send(
      { agencyId: item.leadAgencyId!, roles: AGENCY_STAFF },
      {
        kind: "reminder_due_soon",
        proposalId: item.id,
        link: proposalLink(item.code, item.id),
        params: params(item, {
          date: formatDate(item.answerDueOn),
          days: workingDaysBetween(today, item.answerDueOn!, exceptions),
        }),
        dedupeKey: `reminder:${item.id}:${due}:due-soon`,
      },
    );
    run.dueSoon++;
  }

  // Overdue: every working day until answered, to the agency; once per deadline, to the commune.
  const overdue: Item[] = await db().proposal.findMany({
    where: { ...running, answerDueOn: { lt: today } },
    select: itemSelect,
    orderBy: { id: "asc" },
  });
  for (const item of overdue) {
    const due = isoDateKey(item.answerDueOn!);
    const link = proposalLink(item.code, item.id);
    const late = params(item, {
      date: formatDate(item.answerDueOn),
      days: workingDaysBetween(item.answerDueOn!, today, exceptions),
    });
    if (item.leadAgencyId !== null && isWorkingDay(today, exceptions)) {
      await send(
        { agencyId: item.leadAgencyId, roles: AGENCY_STAFF },
        {
          kind: "reminder_overdue",
          proposalId: item.id,
          link,
          params: late,
          dedupeKey: `reminder:${item.id}:${todayKey}:overdue`,
        },
      );
      run.overdue++;
    }
    await send(
      { unitId: item.unitId },
      {
        kind: "deadline_slipped",
        proposalId: item.id,
        link,
        params: late,
        dedupeKey: `slipped:${item.id}:passed:${due}`,
      },
    );
    run.slipped++;
  }

  // The 10-working-day rule: a submitted proposal nobody has received by its receipt date, to the coordinators.
  const unreceived = await db().proposal.findMany({
    where: { status: "SUBMITTED", receiptDueOn: { lt: today } },
    select: { ...itemSelect, receiptDueOn: true },
    orderBy: { id: "asc" },
  });
  for (const item of unreceived) {
    await send(
      { roles: ["COORDINATOR"] },
      {
        kind: "reminder_receipt_overdue",
        proposalId: item.id,
        link: proposalLink(item.code, item.id),
        params: params(item, { date: formatDate(item.receiptDueOn) }),
        dedupeKey: `reminder:${item.id}:${isoDateKey(item.receiptDueOn!)}:receipt-overdue`,
      },
    );
    run.receiptOverdue++;
  }

  // A reassignment moved the expected answer date later: the commune is told the new date, once per move.
  const moved = await db().proposal.findMany({
    where: {
      ...running,
      answerDueOn: { not: null },
      assignments: {
        some: {
          role: "LEAD",
          active: false,
          endedAt: { gte: new Date(now.getTime() - MOVED_LOOKBACK_MS), lte: now },
        },
      },
    },
    select: {
      ...itemSelect,
      assignments: {
        where: { role: "LEAD", active: false },
        orderBy: [{ endedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { dueOn: true },
      },
    },
  });
  for (const item of moved) {
    const previous = item.assignments[0]?.dueOn;
    if (!previous || previous.getTime() >= item.answerDueOn!.getTime()) continue;
    await send(
      { unitId: item.unitId },
      {
        kind: "deadline_moved",
        proposalId: item.id,
        link: proposalLink(item.code, item.id),
        params: params(item, { date: formatDate(item.answerDueOn), previous: formatDate(previous) }),
        dedupeKey: `slipped:${item.id}:moved:${isoDateKey(item.answerDueOn!)}`,
      },
    );
    run.moved++;
  }
  return run;
}
