// Walks one planned proposal through its states: the steps, their days and times, and who took each one.
import { addWorkingDays, type CalendarExceptions } from "../../lib/calendar/working-days";
import type { ProposalStatus } from "../../lib/generated/prisma/enums";
import type { Slot } from "./proposals";
import type { Rng } from "./random";
import {
  addDays,
  onOrAfterWorkingDay,
  onOrBeforeWorkingDay,
  spreadForward,
  stampDays,
  vietnamDay,
} from "./timeline";

export type Action =
  | "create"
  | "submit"
  | "return"
  | "resubmit"
  | "withdraw"
  | "receive"
  | "mark_out_of_jurisdiction"
  | "merge"
  | "assign"
  | "draft_answer"
  | "submit_for_review"
  | "request_changes"
  | "approve"
  | "send"
  | "acknowledge"
  | "follow_up"
  | "close";

// prettier-ignore
export const TRANSITIONS: Record<Action, [ProposalStatus | null, ProposalStatus]> = {
  create: [null, "DRAFT"], submit: ["DRAFT", "SUBMITTED"], return: ["SUBMITTED", "RETURNED"], resubmit: ["RETURNED", "SUBMITTED"],
  withdraw: ["SUBMITTED", "WITHDRAWN"], receive: ["SUBMITTED", "RECEIVED"], mark_out_of_jurisdiction: ["RECEIVED", "OUT_OF_JURISDICTION"],
  merge: ["RECEIVED", "MERGED"], assign: ["RECEIVED", "ASSIGNED"], draft_answer: ["ASSIGNED", "IN_PROGRESS"],
  submit_for_review: ["IN_PROGRESS", "IN_REVIEW"], request_changes: ["IN_REVIEW", "IN_PROGRESS"], approve: ["IN_REVIEW", "APPROVED"],
  send: ["APPROVED", "SENT"], acknowledge: ["SENT", "ACKNOWLEDGED"], follow_up: ["ACKNOWLEDGED", "FOLLOW_UP"], close: ["SENT", "CLOSED"],
};

/** The actions that lead from nothing to the slot's status, in order. */
export function stepsFor(slot: Slot): Action[] {
  const s = slot.status;
  const steps: Action[] = ["create"];
  if (s === "DRAFT") return steps;
  steps.push("submit");
  if (slot.returnedBefore) steps.push("return", "resubmit");
  if (s === "RETURNED") return [...steps, "return"];
  if (s === "SUBMITTED") return steps;
  if (s === "WITHDRAWN") return [...steps, "withdraw"];
  steps.push("receive");
  if (s === "RECEIVED") return steps;
  if (s === "OUT_OF_JURISDICTION") return [...steps, "mark_out_of_jurisdiction"];
  if (s === "MERGED") return [...steps, "merge"];
  steps.push("assign");
  if (s === "ASSIGNED") return steps;
  steps.push("draft_answer");
  if (s === "IN_PROGRESS") return steps;
  steps.push("submit_for_review");
  if (slot.changesRequested) steps.push("request_changes", "submit_for_review");
  if (s === "IN_REVIEW") return steps;
  steps.push("approve");
  if (s === "APPROVED") return steps;
  steps.push("send");
  if (s === "SENT") return steps;
  if (s === "CLOSED" && !slot.closeViaAck) return [...steps, "close"];
  steps.push("acknowledge");
  if (s === "ACKNOWLEDGED") return steps;
  steps.push("follow_up");
  if (s === "FOLLOW_UP") return steps;
  if (!slot.withFollowUp) steps.pop();
  return [...steps, "close"];
}

/** Working days between the previous step and this one: [min, max], the 2023 session at a calmer pace. */
function gapRange(action: Action, old: boolean): [number, number] {
  switch (action) {
    case "submit":
      return [0, 0];
    case "return":
    case "receive":
      return [0, 2];
    case "resubmit":
      return [1, 4];
    case "withdraw":
    case "mark_out_of_jurisdiction":
    case "merge":
      return [1, 4];
    case "assign":
      return [0, 3];
    case "draft_answer":
      return old ? [3, 12] : [2, 6];
    case "submit_for_review":
      return [1, 4];
    case "request_changes":
      return [1, 2];
    case "approve":
      return [1, 3];
    case "send":
      return [0, 2];
    case "acknowledge":
      return old ? [2, 10] : [1, 5];
    case "follow_up":
      return [1, 5];
    case "close":
      return old ? [40, 220] : [2, 6];
    default:
      return [0, 0];
  }
}

/** Calendar days before "today" on which a 2026 proposal that is not anchored on a deadline was submitted. */
const SUBMIT_AGE: Partial<Record<ProposalStatus, [number, number]>> = {
  SUBMITTED: [1, 7],
  RETURNED: [3, 14],
  WITHDRAWN: [4, 24],
  RECEIVED: [2, 10],
  OUT_OF_JURISDICTION: [8, 26],
  MERGED: [6, 24],
};

export interface TimedStep {
  action: Action;
  at: Date;
}

/** Days and instants for each step; `dueOn` is the lead deadline when the slot reaches assignment. */
export function timeSteps(
  slot: Slot,
  steps: Action[],
  today: Date,
  exc: CalendarExceptions,
  rng: Rng,
): TimedStep[] {
  const session = slot.session;
  const old = session.era === "old";
  const gaps = steps.map((a) => rng.int(...gapRange(a, old)));
  const end = onOrBeforeWorkingDay(session.lastEventDay, exc);
  const days: Date[] = new Array<Date>(steps.length);
  const submitIndex = steps.indexOf("submit");
  const assignIndex = steps.indexOf("assign");

  if (submitIndex < 0) {
    days[0] = onOrBeforeWorkingDay(addDays(end, -rng.int(0, 10)), exc);
  } else {
    let anchorIndex = submitIndex;
    let anchorDay: Date;
    if (slot.due && assignIndex >= 0) {
      const due =
        slot.due === "overdue"
          ? addWorkingDays(today, -rng.int(1, 4), exc)
          : slot.due === "soon"
            ? addWorkingDays(today, rng.int(1, 3), exc)
            : addWorkingDays(today, rng.int(4, 14), exc);
      anchorIndex = assignIndex;
      anchorDay = addWorkingDays(due, -session.defaultAnswerDays, exc);
      const earliest = addWorkingDays(session.windowOpen, 2, exc);
      if (anchorDay < earliest) anchorDay = earliest;
      if (anchorDay > end) anchorDay = end;
    } else if (slot.raisedAtMeeting) {
      anchorDay = rng.chance(0.5) ? session.startsOn : session.endsOn;
    } else if (old) {
      anchorDay = addWorkingDays(session.windowOpen, rng.int(0, 18), exc);
    } else {
      const [min, max] = SUBMIT_AGE[slot.status] ?? [20, 30];
      anchorDay = onOrAfterWorkingDay(addDays(today, -rng.int(min, max)), exc);
      if (anchorDay < session.windowOpen) anchorDay = session.windowOpen;
      if (anchorDay > end) anchorDay = end;
    }
    days[anchorIndex] = anchorDay;
    for (let i = anchorIndex - 1; i >= 1; i -= 1) {
      const next = days[i + 1] as Date;
      const back = addWorkingDays(next, -(gaps[i + 1] ?? 0), exc);
      days[i] = back < session.windowOpen ? onOrAfterWorkingDay(session.windowOpen, exc) : back;
      if ((days[i] as Date) > next) days[i] = next;
    }
    // Forward from the anchor; assignment waits for the notice of conclusions in 2023.
    let start = anchorDay;
    let from = anchorIndex + 1;
    if (assignIndex > anchorIndex) {
      const pre = spreadForward(anchorDay, gaps.slice(anchorIndex + 1, assignIndex + 1), end, exc);
      pre.forEach((d, k) => (days[anchorIndex + 1 + k] = d));
      let assignDay = pre[pre.length - 1] as Date;
      if (assignDay < session.assignNotBefore)
        assignDay = addWorkingDays(onOrAfterWorkingDay(session.assignNotBefore, exc), rng.int(0, 4), exc);
      days[assignIndex] = assignDay;
      start = assignDay;
      from = assignIndex + 1;
    }
    spreadForward(start, gaps.slice(from), end, exc).forEach((d, k) => (days[from + k] = d));
    // The draft was written shortly before it was submitted.
    days[0] = slot.raisedAtMeeting
      ? (days[submitIndex] as Date)
      : addDays(days[submitIndex] as Date, -rng.int(0, 3));
  }
  const stamps = stampDays(days as Date[], rng);
  return steps.map((action, i) => ({ action, at: stamps[i] as Date }));
}

/** The lead deadline of an assignment made at `assignedAt`. */
export function dueFrom(assignedAt: Date, answerDays: number, exc: CalendarExceptions): Date {
  return addWorkingDays(vietnamDay(assignedAt), answerDays, exc);
}
