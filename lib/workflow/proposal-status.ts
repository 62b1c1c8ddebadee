// Groups of proposal states and the derived deadline state; no I/O. Transitions live in this folder too.
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

export const ALL_STATUSES: readonly ProposalStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "RECEIVED",
  "ASSIGNED",
  "IN_PROGRESS",
  "IN_REVIEW",
  "APPROVED",
  "SENT",
  "ACKNOWLEDGED",
  "FOLLOW_UP",
  "CLOSED",
  "MERGED",
  "OUT_OF_JURISDICTION",
  "WITHDRAWN",
];

/** The commune has its reply. */
export const ANSWERED_STATUSES: readonly ProposalStatus[] = ["SENT", "ACKNOWLEDGED", "FOLLOW_UP", "CLOSED"];

/** An agency is working on it: the answer deadline runs. */
export const DEADLINE_RUNNING_STATUSES: readonly ProposalStatus[] = ["ASSIGNED", "IN_PROGRESS", "IN_REVIEW"];

/** With the coordinator, before any agency has it. */
export const INTAKE_STATUSES: readonly ProposalStatus[] = ["SUBMITTED", "RECEIVED"];

/** Finished one way or another (no further work expected). */
export const FINAL_STATUSES: readonly ProposalStatus[] = [
  "CLOSED",
  "MERGED",
  "OUT_OF_JURISDICTION",
  "WITHDRAWN",
];

export type DeadlineState = "overdue" | "due-soon" | "on-track" | "none";

/**
 * Overdue is derived, never stored: the deadline has passed and there is no approved answer yet.
 * `soonThreshold` is the last date still counted as "due soon" (today + 3 working days).
 */
export function deadlineState(
  status: ProposalStatus,
  dueOn: Date | null,
  today: Date,
  soonThreshold: Date,
): DeadlineState {
  if (!dueOn || !DEADLINE_RUNNING_STATUSES.includes(status)) return "none";
  if (dueOn.getTime() < today.getTime()) return "overdue";
  if (dueOn.getTime() <= soonThreshold.getTime()) return "due-soon";
  return "on-track";
}

/** Party rule 11-QĐi/TW: a sender learns within 10 working days that the proposal was received; derived too. */
export function receiptOverdue(
  proposal: { status: ProposalStatus; receiptDueOn: Date | null },
  today: Date,
): boolean {
  return proposal.status === "SUBMITTED" && proposal.receiptDueOn !== null && proposal.receiptDueOn < today;
}

/** Timeline entries that stay between agencies: a commune never sees its reply being drafted or reviewed. */
export const INTERNAL_ACTIONS: readonly string[] = [
  "draft_answer",
  "submit_for_review",
  "request_changes",
  "approve",
  "contribute",
  "internal_note",
];
