// Who may do what: one table from role to capabilities. The data layer asks `can()` before every read and write.
import type { Role } from "@/lib/generated/prisma/enums";

export const CAPABILITIES = [
  "proposal.create", // write and submit proposals for one's own commune
  "proposal.read.own-unit", // read the proposals of one's own commune
  "proposal.read.assigned", // read the proposals assigned to one's agency
  "proposal.read.all", // read every submitted proposal of the province
  "proposal.triage", // receive, return, mark out of jurisdiction, set field, merge duplicates
  "proposal.assign", // assign lead and coordinating agencies and a deadline
  "proposal.enter-on-behalf", // enter a proposal raised aloud at the meeting for a commune
  "proposal.import", // import a meeting's paper proposals from a spreadsheet into a session
  "answer.draft", // draft the answer of one's agency and submit it for review
  "answer.contribute", // a coordinating agency's input to the lead's answer
  "answer.review", // approve or send back the agency's draft
  "answer.send", // send approved answers to the communes
  "answer.acknowledge", // confirm receipt, rate, ask a follow-up
  "implementation.record", // record implementation progress
  "agency.urge", // urge a late agency
  "dashboard.view", // dashboards and summaries of the whole program
  "report.generate", // thematic and annual reports, registers
  "session.manage", // create and run dialogue sessions, notices of conclusions
  "admin.manage", // users, units, agencies, fields, calendar, templates
] as const;

export type Capability = (typeof CAPABILITIES)[number];

export const ROLE_CAPABILITIES: Record<Role, readonly Capability[]> = {
  COMMUNE_LEADER: ["proposal.create", "proposal.read.own-unit", "answer.acknowledge"],
  COORDINATOR: [
    "proposal.read.all",
    "proposal.triage",
    "proposal.assign",
    "proposal.enter-on-behalf",
    "proposal.import",
    "answer.send",
    "agency.urge",
    "dashboard.view",
    "report.generate",
    "session.manage",
  ],
  AGENCY_OFFICER: ["proposal.read.assigned", "answer.draft", "answer.contribute", "implementation.record"],
  AGENCY_HEAD: [
    "proposal.read.assigned",
    "answer.draft",
    "answer.contribute",
    "answer.review",
    "implementation.record",
  ],
  STANDING_COMMITTEE: ["proposal.read.all", "dashboard.view", "report.generate"],
  ADMIN: ["admin.manage", "session.manage", "proposal.read.all", "dashboard.view"],
};

export function can(role: Role, capability: Capability): boolean {
  return ROLE_CAPABILITIES[role].includes(capability);
}
