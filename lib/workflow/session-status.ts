// The life of a dialogue session: planned → open → held → closed, one explicit step at a time. Pure, no I/O.
//
// Decisions (ask here before changing them):
// - Only forward moves, one step each: no skipping (planned → held) and no going back (held → open, closed →
//   anything). Going back would reopen submissions after the dialogue and make the record of what was raised
//   before and during the meeting ambiguous; a session opened by mistake is corrected by editing its window.
// - A closed session is a record: it can no longer be edited.
// - Communes submit only while OPEN and inside the submission window (lib/data/proposal-drafts.ts).
// - The coordinator enters proposals raised aloud at the meeting while the session is OPEN or HELD, whatever
//   the window says: the dialogue day usually falls after the written window closes.
import type { SessionStatus } from "@/lib/generated/prisma/enums";

export const SESSION_STATUSES: readonly SessionStatus[] = ["PLANNED", "OPEN", "HELD", "CLOSED"];

export const SESSION_ACTIONS = ["open", "hold", "close"] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];

const TRANSITIONS: Record<SessionAction, { from: SessionStatus; to: SessionStatus }> = {
  open: { from: "PLANNED", to: "OPEN" },
  hold: { from: "OPEN", to: "HELD" },
  close: { from: "HELD", to: "CLOSED" },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextSessionStatus(action: SessionAction, status: SessionStatus): SessionStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from === status ? transition.to : null;
}

/** The buttons a session in `status` shows (at most one, since the path is linear). */
export function availableSessionActions(status: SessionStatus): SessionAction[] {
  return SESSION_ACTIONS.filter((action) => TRANSITIONS[action].from === status);
}

export function isSessionEditable(status: SessionStatus): boolean {
  return status !== "CLOSED";
}

export function acceptsOnBehalfEntry(status: SessionStatus): boolean {
  return status === "OPEN" || status === "HELD";
}
