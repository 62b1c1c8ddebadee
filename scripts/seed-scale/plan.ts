// What the scale seed generates, with no I/O: the sessions (every six months back from today) and how the
// proposals of each are spread over the workflow's states.
import type { ProposalStatus } from "../../lib/generated/prisma/enums";

export interface ScaleSession {
  code: string;
  title: string;
  meeting: string; // yyyy-MM-dd
  opens: string;
  closes: string;
  era: "old" | "new";
  age: "current" | "recent" | "old";
  coordinatingAgency: string;
  proposals: number;
}

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
/** The 2025 reorganisation: sessions before it speak of the communes of the time. */
const REORGANISED = "2025-07-01";
const FIRST_MEETING = "2020-03-01"; // the old communes are recorded from 2020

/** Sessions every 182 days, the last held 45 days before today; proposals spread evenly over them. */
export function planSessions(today: Date, proposals: number): ScaleSession[] {
  const meetings: Date[] = [];
  for (let t = today.getTime() - 45 * DAY; iso(new Date(t)) >= FIRST_MEETING; t -= 182 * DAY)
    meetings.unshift(new Date(t));
  const each = Math.floor(proposals / meetings.length);
  return meetings.map((meeting, i) => {
    const day = iso(meeting);
    const year = meeting.getUTCFullYear();
    const era = day < REORGANISED ? "old" : "new";
    const last = i === meetings.length - 1;
    return {
      code: `DT-${year}-${day.slice(5, 7)}`,
      title: `Hội nghị đối thoại giữa Ban Thường vụ Tỉnh ủy với cán bộ chủ chốt các xã, phường, kỳ ${day.slice(5, 7)}/${year}`,
      meeting: day,
      opens: iso(new Date(meeting.getTime() - 45 * DAY)),
      closes: iso(new Date(meeting.getTime() - 10 * DAY)),
      era,
      age: last ? "current" : i === meetings.length - 2 ? "recent" : "old",
      coordinatingAgency: era === "old" ? "BDVTU" : "BTGDVTU",
      proposals: last ? proposals - each * (meetings.length - 1) : each,
    };
  });
}

/** How far along the workflow each state is; 0 for states off the main path. */
export const STAGE: Partial<Record<ProposalStatus, number>> = {
  SUBMITTED: 1,
  RECEIVED: 2,
  ASSIGNED: 3,
  IN_PROGRESS: 4,
  IN_REVIEW: 5,
  APPROVED: 6,
  SENT: 7,
  ACKNOWLEDGED: 8,
  FOLLOW_UP: 9,
  CLOSED: 10,
};

// Weights per session age. Old sessions are finished but for a few stragglers; the current one is in full swing.
export const STATUS_WEIGHTS: Record<ScaleSession["age"], [ProposalStatus, number][]> = {
  old: [
    ["CLOSED", 72],
    ["ACKNOWLEDGED", 10],
    ["FOLLOW_UP", 2],
    ["SENT", 5],
    ["OUT_OF_JURISDICTION", 5],
    ["WITHDRAWN", 3],
    ["IN_PROGRESS", 1.5],
    ["IN_REVIEW", 0.5],
    ["RETURNED", 1],
  ],
  recent: [
    ["CLOSED", 45],
    ["ACKNOWLEDGED", 18],
    ["FOLLOW_UP", 4],
    ["SENT", 12],
    ["APPROVED", 2],
    ["IN_REVIEW", 3],
    ["IN_PROGRESS", 6],
    ["OUT_OF_JURISDICTION", 5],
    ["WITHDRAWN", 3],
    ["RETURNED", 2],
  ],
  current: [
    ["SUBMITTED", 4],
    ["RECEIVED", 6],
    ["ASSIGNED", 14],
    ["IN_PROGRESS", 24],
    ["IN_REVIEW", 9],
    ["APPROVED", 5],
    ["SENT", 14],
    ["ACKNOWLEDGED", 9],
    ["CLOSED", 6],
    ["OUT_OF_JURISDICTION", 4],
    ["WITHDRAWN", 2],
    ["RETURNED", 3],
  ],
};

/** A SQL CASE choosing a state from a uniform draw `r` in [0, 1) (weights from code, never from input). */
export function statusCase(age: ScaleSession["age"], r: string): string {
  const weights = STATUS_WEIGHTS[age];
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  const arms = weights.map(([status, weight]) => {
    acc += weight / sum;
    if (!/^[A-Z_]+$/.test(status)) throw new Error("unexpected status");
    return `WHEN ${r} < ${acc.toFixed(6)} THEN '${status}'`;
  });
  return `(CASE ${arms.join(" ")} ELSE '${weights[weights.length - 1]![0]}' END)::"ProposalStatus"`;
}

/** A SQL CASE giving the stage of a status column. */
export function stageCase(column: string): string {
  const arms = Object.entries(STAGE).map(([status, stage]) => `WHEN '${status}' THEN ${stage}`);
  return `(CASE ${column} ${arms.join(" ")} ELSE 0 END)`;
}
