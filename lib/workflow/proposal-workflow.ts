// The proposal state machine: which action may move a proposal from which state, for whom. Pure; no I/O.
// Every state change in the data layer asks `decide()` first; nothing else decides.
import type { ProposalStatus, Role } from "@/lib/generated/prisma/enums";
import type { Capability } from "@/lib/permissions";
import { can } from "@/lib/permissions";

/** How the caller stands to this proposal (worked out by the data layer from the database). */
export type Relation = {
  role: Role;
  /** the proposal comes from the caller's own commune */
  ownUnit: boolean;
  /** the caller's agency is the active lead agency */
  leadAgency: boolean;
  /** the caller's agency has an active coordinating assignment */
  coordinatingAgency: boolean;
};

type Party = "own-unit" | "lead-agency" | "coordinating-agency" | "province";

type Rule = {
  from: readonly ProposalStatus[];
  /** null: the action records something but leaves the status as it is */
  to: ProposalStatus | null;
  capability: Capability;
  party: Party;
};

export const WORKFLOW = {
  // The commune
  edit: {
    from: ["DRAFT", "SUBMITTED", "RETURNED"],
    to: null,
    capability: "proposal.create",
    party: "own-unit",
  },
  submit: { from: ["DRAFT"], to: "SUBMITTED", capability: "proposal.create", party: "own-unit" },
  resubmit: { from: ["RETURNED"], to: "SUBMITTED", capability: "proposal.create", party: "own-unit" },
  withdraw: {
    from: ["DRAFT", "SUBMITTED", "RETURNED"],
    to: "WITHDRAWN",
    capability: "proposal.create",
    party: "own-unit",
  },
  acknowledge: { from: ["SENT"], to: "ACKNOWLEDGED", capability: "answer.acknowledge", party: "own-unit" },
  follow_up: { from: ["ACKNOWLEDGED"], to: "FOLLOW_UP", capability: "answer.acknowledge", party: "own-unit" },
  // The coordinator
  receive: { from: ["SUBMITTED"], to: "RECEIVED", capability: "proposal.triage", party: "province" },
  return: {
    from: ["SUBMITTED", "RECEIVED"],
    to: "RETURNED",
    capability: "proposal.triage",
    party: "province",
  },
  mark_out_of_jurisdiction: {
    from: ["SUBMITTED", "RECEIVED"],
    to: "OUT_OF_JURISDICTION",
    capability: "proposal.triage",
    party: "province",
  },
  set_field: {
    from: ["SUBMITTED", "RECEIVED", "ASSIGNED", "IN_PROGRESS"],
    to: null,
    capability: "proposal.triage",
    party: "province",
  },
  merge: { from: ["SUBMITTED", "RECEIVED"], to: "MERGED", capability: "proposal.triage", party: "province" },
  assign: { from: ["RECEIVED"], to: "ASSIGNED", capability: "proposal.assign", party: "province" },
  reassign: {
    from: ["ASSIGNED", "IN_PROGRESS"],
    to: "ASSIGNED",
    capability: "proposal.assign",
    party: "province",
  },
  send: { from: ["APPROVED"], to: "SENT", capability: "answer.send", party: "province" },
  close: {
    from: ["SENT", "ACKNOWLEDGED", "FOLLOW_UP"],
    to: "CLOSED",
    capability: "answer.send",
    party: "province",
  },
  // Urging (đôn đốc) a late agency records the urge on the timeline; the status stays as it is.
  urge: {
    from: ["ASSIGNED", "IN_PROGRESS", "IN_REVIEW", "FOLLOW_UP"],
    to: null,
    capability: "agency.urge",
    party: "province",
  },
  // The lead agency
  draft_answer: {
    from: ["ASSIGNED", "IN_PROGRESS"],
    to: "IN_PROGRESS",
    capability: "answer.draft",
    party: "lead-agency",
  },
  submit_for_review: {
    from: ["IN_PROGRESS"],
    to: "IN_REVIEW",
    capability: "answer.draft",
    party: "lead-agency",
  },
  request_changes: {
    from: ["IN_REVIEW"],
    to: "IN_PROGRESS",
    capability: "answer.review",
    party: "lead-agency",
  },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", capability: "answer.review", party: "lead-agency" },
  correct_answer: {
    from: ["APPROVED", "SENT", "ACKNOWLEDGED"],
    to: null,
    capability: "answer.review",
    party: "lead-agency",
  },
  answer_follow_up: {
    from: ["FOLLOW_UP"],
    to: "ACKNOWLEDGED",
    capability: "answer.draft",
    party: "lead-agency",
  },
  implementation: {
    from: ["SENT", "ACKNOWLEDGED", "FOLLOW_UP", "CLOSED"],
    to: null,
    capability: "implementation.record",
    party: "lead-agency",
  },
  internal_note: {
    from: ["ASSIGNED", "IN_PROGRESS", "IN_REVIEW", "APPROVED", "SENT", "ACKNOWLEDGED", "FOLLOW_UP"],
    to: null,
    capability: "answer.draft",
    party: "lead-agency",
  },
  // A coordinating agency
  contribute: {
    from: ["ASSIGNED", "IN_PROGRESS"],
    to: null,
    capability: "answer.contribute",
    party: "coordinating-agency",
  },
} as const satisfies Record<string, Rule>;

export type WorkflowAction = keyof typeof WORKFLOW;
export const WORKFLOW_ACTIONS = Object.keys(WORKFLOW) as WorkflowAction[];

export type Decision =
  { allowed: true; to: ProposalStatus | null } | { allowed: false; reason: "not-permitted" | "wrong-state" };

function isParty(party: Party, relation: Relation): boolean {
  switch (party) {
    case "own-unit":
      return relation.ownUnit;
    case "lead-agency":
      return relation.leadAgency;
    case "coordinating-agency":
      return relation.coordinatingAgency;
    case "province":
      return true;
  }
}

/** May this caller take this action on a proposal in this state, and where does it lead? */
export function decide(action: WorkflowAction, status: ProposalStatus, relation: Relation): Decision {
  const rule: Rule = WORKFLOW[action];
  if (!can(relation.role, rule.capability) || !isParty(rule.party, relation)) {
    return { allowed: false, reason: "not-permitted" };
  }
  if (!rule.from.includes(status)) return { allowed: false, reason: "wrong-state" };
  return { allowed: true, to: rule.to };
}

/** The actions this caller could take now: what the detail page offers. */
export function availableActions(status: ProposalStatus, relation: Relation): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => decide(action, status, relation).allowed);
}
