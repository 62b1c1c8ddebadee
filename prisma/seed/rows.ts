// The rows one demo proposal turns into (before ids exist), and small helpers shared by the builders.
import type { CalendarExceptions } from "../../lib/calendar/working-days";
import type { ImplementationOutcome, ProposalStatus, Rating } from "../../lib/generated/prisma/enums";
import type { Slot } from "./proposals";
import type { Rng } from "./random";
import { isoDay } from "./timeline";

export interface AgencyInfo {
  code: string;
  name: string;
  signerName: string;
  signerTitle: string;
}
export interface BuildContext {
  today: Date;
  exc: CalendarExceptions;
  agencies: Map<string, AgencyInfo>;
  coordinatorEmail: string; // of the slot's session
  authorEmail: string;
}

export interface EventRow {
  action: string;
  from: ProposalStatus | null;
  to: ProposalStatus;
  actor: string;
  at: Date;
  note: string | null;
  data?: Record<string, unknown>;
}
export interface AnswerRow {
  agency: string;
  versionNo: number;
  state: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED";
  content: string;
  author: string;
  reviewer: string | null;
  reviewComment: string | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  signed: boolean;
  signerName: string | null;
  signerTitle: string | null;
  documentNumber: string | null;
}
export interface BuiltProposal {
  slot: Slot;
  title: string;
  content: string;
  status: ProposalStatus;
  authorEmail: string;
  enteredByEmail: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  receivedAt: Date | null;
  assignedAt: Date | null;
  approvedAt: Date | null;
  sentAt: Date | null;
  acknowledgedAt: Date | null;
  closedAt: Date | null;
  receiptDueOn: Date | null;
  answerDueOn: Date | null;
  returnReason: string | null;
  outOfJurisdictionNote: string | null;
  rating: Rating | null;
  ratingComment: string | null;
  implementationOutcome: ImplementationOutcome | null;
  implementationPercent: number | null;
  mergedAt: Date | null;
  events: EventRow[];
  answers: AnswerRow[];
  assignments: {
    agency: string;
    role: "LEAD" | "COORDINATING";
    dueOn: Date;
    assignedBy: string;
    assignedAt: Date;
    contribution: string | null;
    contributedAt: Date | null;
  }[];
  followUps: {
    question: string;
    askedBy: string;
    askedAt: Date;
    reply: string | null;
    answeredBy: string | null;
    answeredAt: Date | null;
  }[];
  updates: {
    agency: string;
    author: string;
    percent: number;
    outcome: ImplementationOutcome;
    note: string;
    at: Date;
  }[];
  urges: { agency: string; message: string; level: number; by: string; at: Date }[];
}

export function emptyProposal(
  slot: Slot,
  fields: Pick<
    BuiltProposal,
    "title" | "content" | "authorEmail" | "enteredByEmail" | "createdAt" | "updatedAt"
  >,
): BuiltProposal {
  return {
    slot,
    ...fields,
    status: slot.status,
    submittedAt: null,
    receivedAt: null,
    assignedAt: null,
    approvedAt: null,
    sentAt: null,
    acknowledgedAt: null,
    closedAt: null,
    receiptDueOn: null,
    answerDueOn: null,
    returnReason: null,
    outOfJurisdictionNote: null,
    rating: null,
    ratingComment: null,
    implementationOutcome: null,
    implementationPercent: null,
    mergedAt: null,
    events: [],
    answers: [],
    assignments: [],
    followUps: [],
    updates: [],
    urges: [],
  };
}

export const between = (rng: Rng, a: Date, b: Date) =>
  new Date(a.getTime() + Math.floor(rng.next() * Math.max(1, b.getTime() - a.getTime())));
export const ddmmyyyy = (day: Date) => isoDay(day).split("-").reverse().join("/");
