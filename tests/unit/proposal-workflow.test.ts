// Every action × every state × every role and relation: the state machine allows exactly what this spec says.
// The spec is written out again here on purpose: changing who may do what must change two places knowingly.
import { describe, expect, it } from "vitest";
import {
  availableActions,
  decide,
  WORKFLOW_ACTIONS,
  type Relation,
  type WorkflowAction,
} from "@/lib/workflow/proposal-workflow";
import { ALL_STATUSES } from "@/lib/workflow/proposal-status";
import type { ProposalStatus, Role } from "@/lib/generated/prisma/enums";

type Spec = {
  from: ProposalStatus[];
  to: ProposalStatus | null;
  roles: Role[];
  party: "own-unit" | "lead" | "coordinating" | "any";
};

const AGENCY: Role[] = ["AGENCY_OFFICER", "AGENCY_HEAD"];
const SPEC: Record<WorkflowAction, Spec> = {
  edit: { from: ["DRAFT", "SUBMITTED", "RETURNED"], to: null, roles: ["COMMUNE_LEADER"], party: "own-unit" },
  submit: { from: ["DRAFT"], to: "SUBMITTED", roles: ["COMMUNE_LEADER"], party: "own-unit" },
  resubmit: { from: ["RETURNED"], to: "SUBMITTED", roles: ["COMMUNE_LEADER"], party: "own-unit" },
  withdraw: {
    from: ["DRAFT", "SUBMITTED", "RETURNED"],
    to: "WITHDRAWN",
    roles: ["COMMUNE_LEADER"],
    party: "own-unit",
  },
  acknowledge: { from: ["SENT"], to: "ACKNOWLEDGED", roles: ["COMMUNE_LEADER"], party: "own-unit" },
  follow_up: { from: ["ACKNOWLEDGED"], to: "FOLLOW_UP", roles: ["COMMUNE_LEADER"], party: "own-unit" },
  receive: { from: ["SUBMITTED"], to: "RECEIVED", roles: ["COORDINATOR"], party: "any" },
  return: { from: ["SUBMITTED", "RECEIVED"], to: "RETURNED", roles: ["COORDINATOR"], party: "any" },
  mark_out_of_jurisdiction: {
    from: ["SUBMITTED", "RECEIVED"],
    to: "OUT_OF_JURISDICTION",
    roles: ["COORDINATOR"],
    party: "any",
  },
  set_field: {
    from: ["SUBMITTED", "RECEIVED", "ASSIGNED", "IN_PROGRESS"],
    to: null,
    roles: ["COORDINATOR"],
    party: "any",
  },
  merge: { from: ["SUBMITTED", "RECEIVED"], to: "MERGED", roles: ["COORDINATOR"], party: "any" },
  assign: { from: ["RECEIVED"], to: "ASSIGNED", roles: ["COORDINATOR"], party: "any" },
  reassign: { from: ["ASSIGNED", "IN_PROGRESS"], to: "ASSIGNED", roles: ["COORDINATOR"], party: "any" },
  send: { from: ["APPROVED"], to: "SENT", roles: ["COORDINATOR"], party: "any" },
  close: { from: ["SENT", "ACKNOWLEDGED", "FOLLOW_UP"], to: "CLOSED", roles: ["COORDINATOR"], party: "any" },
  urge: {
    from: ["ASSIGNED", "IN_PROGRESS", "IN_REVIEW", "FOLLOW_UP"],
    to: null,
    roles: ["COORDINATOR"],
    party: "any",
  },
  draft_answer: { from: ["ASSIGNED", "IN_PROGRESS"], to: "IN_PROGRESS", roles: AGENCY, party: "lead" },
  submit_for_review: { from: ["IN_PROGRESS"], to: "IN_REVIEW", roles: AGENCY, party: "lead" },
  request_changes: { from: ["IN_REVIEW"], to: "IN_PROGRESS", roles: ["AGENCY_HEAD"], party: "lead" },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", roles: ["AGENCY_HEAD"], party: "lead" },
  correct_answer: {
    from: ["APPROVED", "SENT", "ACKNOWLEDGED"],
    to: null,
    roles: ["AGENCY_HEAD"],
    party: "lead",
  },
  answer_follow_up: { from: ["FOLLOW_UP"], to: "ACKNOWLEDGED", roles: AGENCY, party: "lead" },
  implementation: {
    from: ["SENT", "ACKNOWLEDGED", "FOLLOW_UP", "CLOSED"],
    to: null,
    roles: AGENCY,
    party: "lead",
  },
  internal_note: {
    from: ["ASSIGNED", "IN_PROGRESS", "IN_REVIEW", "APPROVED", "SENT", "ACKNOWLEDGED", "FOLLOW_UP"],
    to: null,
    roles: AGENCY,
    party: "lead",
  },
  contribute: { from: ["ASSIGNED", "IN_PROGRESS"], to: null, roles: AGENCY, party: "coordinating" },
};

const ROLES: Role[] = [
  "COMMUNE_LEADER",
  "COORDINATOR",
  "AGENCY_OFFICER",
  "AGENCY_HEAD",
  "STANDING_COMMITTEE",
  "ADMIN",
];
const RELATIONS = [false, true].flatMap((ownUnit) =>
  [false, true].flatMap((leadAgency) =>
    [false, true].map((coordinatingAgency) => ({ ownUnit, leadAgency, coordinatingAgency })),
  ),
);

function partyHolds(spec: Spec, relation: Omit<Relation, "role">): boolean {
  if (spec.party === "own-unit") return relation.ownUnit;
  if (spec.party === "lead") return relation.leadAgency;
  if (spec.party === "coordinating") return relation.coordinatingAgency;
  return true;
}

describe("the proposal state machine", () => {
  it("has a spec for every action and no action without one", () => {
    expect([...WORKFLOW_ACTIONS].sort()).toEqual(Object.keys(SPEC).sort());
  });

  for (const action of WORKFLOW_ACTIONS) {
    it(`${action}: allowed exactly for the spec's states, roles and relation`, () => {
      const spec = SPEC[action];
      let allowed = 0;
      for (const status of ALL_STATUSES)
        for (const role of ROLES)
          for (const flags of RELATIONS) {
            const decision = decide(action, status, { role, ...flags });
            const permitted = spec.roles.includes(role) && partyHolds(spec, flags);
            if (!permitted)
              expect(decision, `${role} ${JSON.stringify(flags)} in ${status}`).toEqual({
                allowed: false,
                reason: "not-permitted",
              });
            else if (!spec.from.includes(status))
              expect(decision, `${role} in ${status}`).toEqual({ allowed: false, reason: "wrong-state" });
            else {
              expect(decision, `${role} in ${status}`).toEqual({ allowed: true, to: spec.to });
              allowed++;
            }
          }
      expect(allowed).toBeGreaterThan(0);
    });
  }

  it("never lets the Standing Committee or an administrator change a proposal", () => {
    for (const role of ["STANDING_COMMITTEE", "ADMIN"] as const)
      for (const status of ALL_STATUSES)
        for (const flags of RELATIONS) expect(availableActions(status, { role, ...flags })).toEqual([]);
  });

  it("leaves final states final, but for implementation tracking of a closed proposal", () => {
    for (const status of ["MERGED", "OUT_OF_JURISDICTION", "WITHDRAWN"] as const)
      for (const role of ROLES)
        for (const flags of RELATIONS) expect(availableActions(status, { role, ...flags })).toEqual([]);
    const closed = availableActions("CLOSED", {
      role: "AGENCY_OFFICER",
      ownUnit: false,
      leadAgency: true,
      coordinatingAgency: false,
    });
    expect(closed).toEqual(["implementation"]);
  });

  it("keeps an agency that only coordinates away from the lead's answer", () => {
    const coordinating = {
      role: "AGENCY_HEAD" as const,
      ownUnit: false,
      leadAgency: false,
      coordinatingAgency: true,
    };
    expect(availableActions("IN_PROGRESS", coordinating)).toEqual(["contribute"]);
    expect(availableActions("IN_REVIEW", coordinating)).toEqual([]);
  });
});
