// The authorization matrix, written once as data: who may do what, at the data layer and over HTTP.
// tests/integration/authorization-matrix.test.ts and tests/e2e/authorization.spec.ts check the portal against it;
// `npm run security:matrix` writes it into docs/security.md (a unit test keeps the two in step).

/** The callers the matrix tries. X leads the test proposals, Z coordinates them, Y has nothing to do with them. */
export const ROLES = {
  communeA: { label: "commune A", email: "thanhvinh@demo.vn" },
  communeB: { label: "commune B", email: "cualo@demo.vn" },
  coordinator: { label: "coordinator", email: "dieuphoi@demo.vn" },
  officerX: { label: "officer X (lead)", email: "canbo.xd@demo.vn" },
  headX: { label: "head X (lead)", email: "lanhdao.xd@demo.vn" },
  officerZ: { label: "officer Z (coordinating)", email: "canbo.nn@demo.vn" },
  officerY: { label: "officer Y (other agency)", email: "canbo.tc@demo.vn" },
  committee: { label: "standing committee", email: "thuongvu@demo.vn" },
  admin: { label: "admin", email: "admin@demo.vn" },
} as const;

export type RoleKey = keyof typeof ROLES;
export const ROLE_KEYS = Object.keys(ROLES) as RoleKey[];

export type Operation = { id: string; label: string; allowed: readonly RoleKey[] };

const READERS: readonly RoleKey[] = [
  "communeA",
  "coordinator",
  "officerX",
  "headX",
  "officerZ",
  "committee",
  "admin",
];
const ANSWERING: readonly RoleKey[] = ["officerX", "headX", "officerZ"];
const LEAD: readonly RoleKey[] = ["officerX", "headX"];
const MANAGERS: readonly RoleKey[] = ["coordinator", "admin"];
const REPORTERS: readonly RoleKey[] = ["coordinator", "committee"];
const ADMIN: readonly RoleKey[] = ["admin"];

/**
 * Data layer (lib/data/*): each row is one function called by each role on records of commune A whose
 * proposal is led by agency X with agency Z coordinating. "Denied" means not-found or forbidden and no write.
 */
export const DATA_OPERATIONS: readonly Operation[] = [
  // Reading a proposal of commune A
  { id: "proposal.detail", label: "read commune A's proposal (getProposalByRef)", allowed: READERS },
  { id: "proposal.list", label: "find it in the proposal list (listProposals)", allowed: READERS },
  { id: "proposal.followUps", label: "read its follow-up questions (listFollowUps)", allowed: READERS },
  { id: "proposal.group", label: "read its duplicate group (getGroupForProposal)", allowed: READERS },
  { id: "draft.detail", label: "read commune A's draft (draft-<id>)", allowed: ["communeA"] },
  {
    id: "draft.editForm",
    label: "open commune A's draft in the form (getDraftForEditing)",
    allowed: ["communeA"],
  },
  { id: "attachment.list", label: "list its attachments (listAttachments)", allowed: READERS },
  { id: "attachment.download", label: "download an attachment (readAttachment)", allowed: READERS },
  { id: "answer.workspace", label: "open the answer workspace (getAnswerWorkspace)", allowed: ANSWERING },
  { id: "internalNotes.read", label: "read internal notes (listInternalNotes)", allowed: ANSWERING },
  // The commune's own steps
  { id: "draft.save", label: "save commune A's draft (saveDraft)", allowed: ["communeA"] },
  { id: "proposal.submit", label: "submit commune A's draft (submitProposal)", allowed: ["communeA"] },
  {
    id: "proposal.withdraw",
    label: "withdraw commune A's proposal (withdrawProposal)",
    allowed: ["communeA"],
  },
  {
    id: "attachment.add",
    label: "attach a file to commune A's draft (addAttachment)",
    allowed: ["communeA"],
  },
  {
    id: "attachment.remove",
    label: "remove an attachment of commune A's draft (removeAttachment)",
    allowed: ["communeA"],
  },
  {
    id: "answer.acknowledge",
    label: "confirm receipt of the reply and rate it (acknowledgeAnswer)",
    allowed: ["communeA"],
  },
  { id: "answer.followUp", label: "ask a follow-up question (askFollowUp)", allowed: ["communeA"] },
  // The coordinator's steps
  { id: "triage.receive", label: "receive (receiveProposal)", allowed: ["coordinator"] },
  { id: "triage.return", label: "return for clarification (returnProposal)", allowed: ["coordinator"] },
  {
    id: "triage.outOfJurisdiction",
    label: "mark out of jurisdiction (markOutOfJurisdiction)",
    allowed: ["coordinator"],
  },
  { id: "triage.setField", label: "set the field (setProposalField)", allowed: ["coordinator"] },
  {
    id: "triage.assign",
    label: "assign lead and coordinating agencies (assignProposal)",
    allowed: ["coordinator"],
  },
  {
    id: "triage.assignOptions",
    label: "read the assignment form's options (getAssignmentOptions)",
    allowed: ["coordinator"],
  },
  { id: "triage.bulkReceive", label: "receive in bulk (runBulkOperation)", allowed: ["coordinator"] },
  { id: "triage.send", label: "send the approved reply (sendAnswer)", allowed: ["coordinator"] },
  { id: "triage.close", label: "close (closeProposal)", allowed: ["coordinator"] },
  { id: "duplicates.suggest", label: "suggest duplicates (suggestDuplicates)", allowed: ["coordinator"] },
  {
    id: "duplicates.merge",
    label: "merge commune B's proposal into commune A's (mergeDuplicates)",
    allowed: ["coordinator"],
  },
  { id: "urge.agency", label: "urge agency X (urgeAgency)", allowed: ["coordinator"] },
  {
    id: "monitoring.board",
    label: "read the monitoring board (getMonitoringBoard)",
    allowed: ["coordinator"],
  },
  {
    id: "session.enterOnBehalf",
    label: "enter a proposal on commune A's behalf (enterProposalOnBehalf)",
    allowed: ["coordinator"],
  },
  // The answering agencies' steps
  { id: "answer.saveDraft", label: "save the reply draft (saveAnswerDraft)", allowed: LEAD },
  {
    id: "answer.submitForReview",
    label: "submit the reply for approval (submitAnswerForReview)",
    allowed: LEAD,
  },
  { id: "answer.requestChanges", label: "send the reply back (requestAnswerChanges)", allowed: ["headX"] },
  { id: "answer.approve", label: "approve and sign the reply (approveAnswer)", allowed: ["headX"] },
  { id: "answer.correct", label: "correct a signed reply (correctAnswer)", allowed: ["headX"] },
  {
    id: "answer.contribute",
    label: "add a coordinating agency's input (addContribution)",
    allowed: ["officerZ"],
  },
  { id: "internalNotes.add", label: "write an internal note (addInternalNote)", allowed: LEAD },
  { id: "followUp.reply", label: "answer the follow-up question (replyToFollowUp)", allowed: LEAD },
  { id: "implementation.record", label: "record implementation (recordImplementation)", allowed: LEAD },
  // Sessions and notices of conclusions
  { id: "session.read", label: "read a session (getSession)", allowed: [...ROLE_KEYS] },
  {
    id: "session.formOptions",
    label: "read the session form's options (getSessionFormOptions)",
    allowed: MANAGERS,
  },
  { id: "session.create", label: "create a session (createSession)", allowed: MANAGERS },
  { id: "session.update", label: "edit a session (updateSession)", allowed: MANAGERS },
  { id: "session.transition", label: "open / hold / close a session (transitionSession)", allowed: MANAGERS },
  { id: "notice.read", label: "read a notice of conclusions (getNotice)", allowed: [...ROLE_KEYS] },
  { id: "notice.create", label: "create a notice of conclusions (createNotice)", allowed: MANAGERS },
  { id: "notice.addTask", label: "add a task to a notice (addTask)", allowed: MANAGERS },
  { id: "notice.editTask", label: "edit a task (editTask)", allowed: MANAGERS },
  {
    id: "notice.taskProgress",
    label: "report progress on agency X's task (recordTaskProgress)",
    allowed: ["coordinator", "officerX", "headX"],
  },
  // Dashboards and reports
  { id: "dashboard.read", label: "read the dashboard (getDashboard)", allowed: [...REPORTERS, "admin"] },
  { id: "report.generate", label: "make a report (generateReport)", allowed: REPORTERS },
  { id: "report.list", label: "list reports (listReports)", allowed: REPORTERS },
  { id: "report.download", label: "download a report (readReport)", allowed: REPORTERS },
  // Administration
  { id: "admin.listUsers", label: "list users (listUsers)", allowed: ADMIN },
  { id: "admin.readUser", label: "read a user (getUserForAdmin)", allowed: ADMIN },
  { id: "admin.createUser", label: "create a user (createUser)", allowed: ADMIN },
  {
    id: "admin.changePlacement",
    label: "change a user's role or placement (changeUserPlacement)",
    allowed: ADMIN,
  },
  { id: "admin.deactivate", label: "deactivate a user (setUserActive)", allowed: ADMIN },
  { id: "admin.resetPassword", label: "reset a user's password (resetUserPassword)", allowed: ADMIN },
  // Another person's things
  {
    id: "notifications.markOthers",
    label: "mark commune A's notification read (markNotificationsRead)",
    allowed: ["communeA"],
  },
  {
    id: "notifications.listOthers",
    label: "see commune A's notification in one's list (listNotifications)",
    allowed: ["communeA"],
  },
];

export type HttpExpectation = "ok" | "not-found" | "sign-in" | "unauthorized" | "forbidden";
export type HttpRoleKey = RoleKey | "anonymous";
export const HTTP_ROLE_KEYS: readonly HttpRoleKey[] = [...ROLE_KEYS, "anonymous"];

export type HttpOperation = {
  id: string;
  /** path with placeholders the spec fills in: {proposalA} {draftA} {draftIdA} {attachmentA} {reportId} … */
  path: string;
  method: "GET" | "POST" | "DELETE";
  /** roles that get the page or the data (2xx) */
  allowed: readonly RoleKey[];
  /** what everyone else gets, unless `refused` says otherwise for a role */
  denied: HttpExpectation;
  refused?: Partial<Record<RoleKey, HttpExpectation>>;
  anonymous: HttpExpectation;
};

const page = (id: string, path: string, allowed: readonly RoleKey[]): HttpOperation => ({
  id,
  path,
  method: "GET",
  allowed,
  denied: "not-found",
  anonymous: "sign-in",
});

/** Readers of a proposal who may not change its files: they know it exists, so they are told "not allowed". */
const READERS_REFUSED = Object.fromEntries(
  READERS.map((role) => [role, "forbidden" as HttpExpectation]),
) as Partial<Record<RoleKey, HttpExpectation>>;

/**
 * Pages and route handlers, requested over HTTP from the production build (tests/e2e/authorization.spec.ts) on
 * records of commune A: {proposalA} is led by agency X with Z coordinating, {attachmentA} belongs to it,
 * {draftA} is commune A's unsubmitted draft.
 */
export const HTTP_OPERATIONS: readonly HttpOperation[] = [
  page("home", "/", ROLE_KEYS),
  page("proposals", "/proposals", ROLE_KEYS),
  page("proposal A", "/proposals/{proposalA}", READERS),
  page("receipt A", "/proposals/{proposalA}/receipt", READERS),
  page("draft A", "/proposals/{draftA}", ["communeA"]),
  page("edit draft A", "/proposals/{draftA}/edit", ["communeA"]),
  page("new proposal", "/proposals/new", ["communeA", "communeB"]),
  page("notifications", "/notifications", ROLE_KEYS),
  page("notification settings", "/settings/notifications", ROLE_KEYS),
  page("monitoring", "/monitoring", ["coordinator"]),
  page("dashboard", "/dashboard", [...REPORTERS, "admin"]),
  page("reports", "/reports", REPORTERS),
  page("sessions", "/sessions", ROLE_KEYS),
  page("session", "/sessions/{sessionId}", ROLE_KEYS),
  page("new session", "/sessions/new", MANAGERS),
  page("edit session", "/sessions/{sessionId}/edit", MANAGERS),
  page("notices", "/conclusions", ROLE_KEYS),
  page("notice", "/conclusions/{noticeId}", ROLE_KEYS),
  page("admin", "/admin", ADMIN),
  page("users", "/admin/users", ADMIN),
  page("new user", "/admin/users/new", ADMIN),
  page("user", "/admin/users/{userId}", ADMIN),
  {
    id: "attachment download",
    path: "/api/attachments/{attachmentA}",
    method: "GET",
    allowed: READERS,
    denied: "not-found",
    anonymous: "unauthorized",
  },
  {
    id: "attachment upload to draft A",
    path: "/api/proposals/{draftIdA}/attachments",
    method: "POST",
    allowed: ["communeA"],
    denied: "not-found",
    anonymous: "unauthorized",
  },
  {
    id: "attachment removal (proposal A is with the agencies: nobody may)",
    path: "/api/attachments/{attachmentA}",
    method: "DELETE",
    allowed: [],
    denied: "not-found",
    refused: READERS_REFUSED,
    anonymous: "unauthorized",
  },
  {
    id: "report download",
    path: "/api/reports/{reportId}",
    method: "GET",
    allowed: REPORTERS,
    denied: "not-found",
    anonymous: "unauthorized",
  },
];

/** What this role should get from this request. */
export function httpExpectation(op: HttpOperation, role: HttpRoleKey): HttpExpectation | "ok" {
  if (role === "anonymous") return op.anonymous;
  if (op.allowed.includes(role)) return "ok";
  return op.refused?.[role] ?? op.denied;
}

function cell(allowed: boolean): string {
  return allowed ? "✅" : "—";
}

/** The matrix as markdown tables, for docs/security.md. */
export function matrixMarkdown(): string {
  const header = (keys: readonly string[]) =>
    `| operation | ${keys.join(" | ")} |\n| --- |${keys.map(() => " :-: |").join("")}`;
  const dataRows = DATA_OPERATIONS.map(
    (op) => `| ${op.label} | ${ROLE_KEYS.map((role) => cell(op.allowed.includes(role))).join(" | ")} |`,
  );
  const httpCell = (op: HttpOperation, role: HttpRoleKey) => {
    const expected = httpExpectation(op, role);
    return expected === "ok" ? "2xx" : expected;
  };
  const httpRows = HTTP_OPERATIONS.map(
    (op) =>
      `| \`${op.method} ${op.path}\` | ${HTTP_ROLE_KEYS.map((role) => httpCell(op, role)).join(" | ")} |`,
  );
  const labels = ROLE_KEYS.map((role) => ROLES[role].label);
  return [
    "### Data layer (`lib/data/*`)",
    "",
    "✅ allowed · — refused (not-found or forbidden, nothing written). Anonymous callers never reach the data",
    "layer: every page and action starts with `requireUser()`.",
    "",
    header(labels),
    ...dataRows,
    "",
    "### Pages and route handlers (HTTP, production build)",
    "",
    "2xx · not-found = 404 page or JSON · sign-in = redirect to /sign-in · unauthorized = 401 JSON ·",
    "forbidden = 403 JSON. Never a 500, and a refused answer never contains the record.",
    "",
    header([...labels, "anonymous"]),
    ...httpRows,
  ].join("\n");
}
