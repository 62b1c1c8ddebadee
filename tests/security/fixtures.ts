// Records the security tests act on, written straight into the seeded database: commune A's proposals in any
// state, led by agency X with agency Z coordinating, with their answer, follow-up, note and attachment.
// Shared by the authorization matrix (integration), the fuzz tests and the HTTP matrix (e2e).
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import type { AnswerState, ProposalStatus } from "@/lib/generated/prisma/enums";
import { ROLES, type RoleKey } from "./authorization-table";

export type World = {
  users: Record<RoleKey, { id: number; unitId: number | null; agencyId: number | null }>;
  unitA: number;
  unitB: number;
  agencyX: number;
  agencyY: number;
  agencyZ: number;
  fieldId: number;
  /** an open session (window 2000–2100) both communes take part in */
  sessionId: number;
};

/** The demo users of the matrix and a session of their own (open by default; "HELD" takes no new proposals). */
export async function loadWorld(db: Db, sessionStatus: "OPEN" | "HELD" = "OPEN"): Promise<World> {
  const users = {} as World["users"];
  for (const [key, role] of Object.entries(ROLES) as [RoleKey, (typeof ROLES)[RoleKey]][]) {
    users[key] = await db.user.findUniqueOrThrow({
      where: { email: role.email },
      select: { id: true, unitId: true, agencyId: true },
    });
  }
  const unitA = users.communeA.unitId!;
  const unitB = users.communeB.unitId!;
  const field = await db.field.findFirstOrThrow({ where: { active: true }, select: { id: true } });
  const session = await db.dialogueSession.create({
    data: {
      code: `SEC-${randomUUID().slice(0, 8)}`,
      title: "Kỳ đối thoại dùng cho kiểm thử bảo mật",
      startsOn: new Date("2099-12-01T00:00:00Z"),
      endsOn: new Date("2099-12-02T00:00:00Z"),
      submissionOpensAt: new Date("2000-01-01T00:00:00Z"),
      submissionClosesAt: new Date("2100-01-01T00:00:00Z"),
      coordinatingAgencyId: users.coordinator.agencyId!,
      status: sessionStatus,
      participants: { createMany: { data: [{ unitId: unitA }, { unitId: unitB }] } },
    },
    select: { id: true },
  });
  return {
    users,
    unitA,
    unitB,
    agencyX: users.officerX.agencyId!,
    agencyY: users.officerY.agencyId!,
    agencyZ: users.officerZ.agencyId!,
    fieldId: field.id,
    sessionId: session.id,
  };
}

const ASSIGNED_FROM: readonly ProposalStatus[] = [
  "ASSIGNED",
  "IN_PROGRESS",
  "IN_REVIEW",
  "APPROVED",
  "SENT",
  "ACKNOWLEDGED",
  "FOLLOW_UP",
  "CLOSED",
];

function answerStateFor(status: ProposalStatus): AnswerState | null {
  if (status === "IN_PROGRESS") return "DRAFT";
  if (status === "IN_REVIEW") return "IN_REVIEW";
  if (["APPROVED", "SENT", "ACKNOWLEDGED", "FOLLOW_UP", "CLOSED"].includes(status)) return "APPROVED";
  return null;
}

export type Made = {
  id: number;
  code: string | null;
  version: number;
  ref: string;
  attachmentId: number;
  noteBody: string;
};

let counter = 0;
const FAR_AHEAD = new Date("2099-12-31T00:00:00Z");

/** A proposal of commune A (or B) in `status`, with everything that state implies. */
export async function makeProposal(
  db: Db,
  world: World,
  status: ProposalStatus,
  options: { unit?: "A" | "B"; title?: string } = {},
): Promise<Made> {
  counter += 1;
  const unitId = options.unit === "B" ? world.unitB : world.unitA;
  const author = options.unit === "B" ? world.users.communeB.id : world.users.communeA.id;
  const assigned = ASSIGNED_FROM.includes(status);
  const code = status === "DRAFT" ? null : `SEC-${process.pid}-${Date.now() % 1e7}-${counter}`;
  const sent = ["SENT", "ACKNOWLEDGED", "FOLLOW_UP", "CLOSED"].includes(status);
  const proposal = await db.proposal.create({
    data: {
      code,
      clientToken: randomUUID(),
      sessionId: world.sessionId,
      unitId,
      authorId: author,
      fieldId: world.fieldId,
      leadAgencyId: assigned ? world.agencyX : null,
      title: options.title ?? `Kiến nghị kiểm thử bảo mật số ${counter} về sửa chữa đường giao thông`,
      content: "Nội dung kiến nghị dùng để kiểm thử phân quyền: đề nghị tỉnh hỗ trợ kinh phí sửa đường.",
      status,
      submittedAt: status === "DRAFT" ? null : new Date(),
      // Far ahead: these proposals must never count as any agency's late work in other tests' figures.
      answerDueOn: assigned ? FAR_AHEAD : null,
      sentAt: sent ? new Date() : null,
    },
    select: { id: true, code: true, version: true },
  });
  if (assigned) {
    await db.assignment.createMany({
      data: [
        {
          proposalId: proposal.id,
          agencyId: world.agencyX,
          role: "LEAD",
          dueOn: FAR_AHEAD,
          assignedById: world.users.coordinator.id,
        },
        {
          proposalId: proposal.id,
          agencyId: world.agencyZ,
          role: "COORDINATING",
          dueOn: FAR_AHEAD,
          assignedById: world.users.coordinator.id,
        },
      ],
    });
  }
  const answerState = answerStateFor(status);
  if (answerState) {
    await db.answer.create({
      data: {
        proposalId: proposal.id,
        agencyId: world.agencyX,
        versionNo: 1,
        state: answerState,
        content: "<p>Dự thảo trả lời nội bộ của cơ quan X.</p>",
        authorId: world.users.officerX.id,
        ...(answerState === "APPROVED"
          ? {
              documentNumber: `SEC/${proposal.id}`,
              documentDate: new Date(),
              signerName: "Lãnh đạo X",
              signerTitle: "Giám đốc",
            }
          : {}),
      },
    });
  }
  if (status === "FOLLOW_UP") {
    await db.followUp.create({
      data: { proposalId: proposal.id, question: "Xin hỏi thêm về tiến độ?", askedById: author },
    });
  }
  const noteBody = `Ghi chú nội bộ bí mật ${randomUUID()}`;
  if (assigned) {
    await db.internalNote.create({
      data: {
        proposalId: proposal.id,
        agencyId: world.agencyX,
        authorId: world.users.officerX.id,
        body: noteBody,
      },
    });
  }
  const attachment = await db.attachment.create({
    data: {
      proposalId: proposal.id,
      fileName: "bien-ban.pdf",
      mimeType: "application/pdf",
      sizeBytes: 4,
      sha256: randomUUID().replace(/-/g, "").padEnd(64, "0"),
      data: new Uint8Array([37, 80, 68, 70]),
      uploadedById: author,
    },
    select: { id: true },
  });
  return {
    ...proposal,
    ref: code ?? `draft-${proposal.id}`,
    attachmentId: attachment.id,
    noteBody,
  };
}

/** A notice of conclusions for a fresh session, with one task assigned to agency X. */
export async function makeNotice(
  db: Db,
  world: World,
): Promise<{ noticeId: number; taskId: number; sessionId: number }> {
  const session = await db.dialogueSession.create({
    data: {
      code: `SEC-N-${randomUUID().slice(0, 8)}`,
      title: "Kỳ đối thoại có thông báo kết luận",
      startsOn: new Date("2099-12-01T00:00:00Z"),
      endsOn: new Date("2099-12-02T00:00:00Z"),
      submissionOpensAt: new Date("2000-01-01T00:00:00Z"),
      submissionClosesAt: new Date("2100-01-01T00:00:00Z"),
      coordinatingAgencyId: world.users.coordinator.agencyId!,
      status: "HELD",
    },
    select: { id: true },
  });
  const notice = await db.conclusionNotice.create({
    data: {
      sessionId: session.id,
      number: "99-TB/TU",
      issuedOn: new Date(),
      title: "Thông báo kết luận kiểm thử",
      content: "Nội dung kết luận kiểm thử.",
    },
    select: { id: true },
  });
  const task = await db.conclusionTask.create({
    data: {
      noticeId: notice.id,
      kind: "AGENCY_ASSIGNMENT",
      sortOrder: 1,
      title: "Nhiệm vụ của cơ quan X",
      description: "Mô tả nhiệm vụ.",
      agencyId: world.agencyX,
    },
    select: { id: true },
  });
  return { noticeId: notice.id, taskId: task.id, sessionId: session.id };
}

/** A session with no notice yet (what createNotice and the session steps act on). */
export async function makeSession(db: Db, world: World, status: "PLANNED" | "OPEN" = "PLANNED") {
  return db.dialogueSession.create({
    data: {
      code: `SEC-S-${randomUUID().slice(0, 8)}`,
      title: "Kỳ đối thoại kiểm thử",
      startsOn: new Date("2099-12-01T00:00:00Z"),
      endsOn: new Date("2099-12-02T00:00:00Z"),
      submissionOpensAt: new Date("2000-01-01T00:00:00Z"),
      submissionClosesAt: new Date("2100-01-01T00:00:00Z"),
      coordinatingAgencyId: world.users.coordinator.agencyId!,
      status,
      participants: { createMany: { data: [{ unitId: world.unitA }] } },
    },
    select: { id: true, version: true },
  });
}

/** Counts of the tables any action writes: a refused step must leave every one as it was. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.$queryRaw<Record<string, bigint>[]>`
    SELECT (SELECT count(*) FROM "Proposal") AS proposals,
           (SELECT count(*) FROM "StatusEvent") AS events,
           (SELECT count(*) FROM "Assignment") AS assignments,
           (SELECT count(*) FROM "Answer") AS answers,
           (SELECT count(*) FROM "Attachment") AS attachments,
           (SELECT count(*) FROM "InternalNote") AS notes,
           (SELECT count(*) FROM "FollowUp") AS "followUps",
           (SELECT count(*) FROM "ImplementationUpdate") AS implementation,
           (SELECT count(*) FROM "Notification") AS notifications,
           (SELECT count(*) FROM "EmailOutbox") AS emails,
           (SELECT count(*) FROM "Urge") AS urges,
           (SELECT count(*) FROM "AuditLog") AS audit,
           (SELECT count(*) FROM "DialogueSession") AS sessions,
           (SELECT count(*) FROM "SessionParticipant") AS participants,
           (SELECT count(*) FROM "ConclusionNotice") AS notices,
           (SELECT count(*) FROM "ConclusionTask") AS tasks,
           (SELECT count(*) FROM "ConclusionTaskUpdate") AS "taskUpdates",
           (SELECT count(*) FROM "DuplicateGroup") AS groups,
           (SELECT count(*) FROM "GeneratedReport") AS reports,
           (SELECT count(*) FROM "User") AS users,
           (SELECT count(*) FROM "OneTimeToken") AS tokens,
           (SELECT count(*) FROM "NotificationPreference") AS preferences,
           (SELECT coalesce(sum(version), 0) FROM "Proposal") AS "proposalVersions",
           (SELECT coalesce(sum(version), 0) FROM "DialogueSession") AS "sessionVersions",
           (SELECT coalesce(sum(version), 0) FROM "ConclusionTask") AS "taskVersions",
           (SELECT count(*) FROM "Notification" WHERE "readAt" IS NOT NULL) AS "notificationsRead",
           (SELECT count(*) FROM "User" WHERE active) AS "activeUsers",
           (SELECT coalesce(sum(version), 0) FROM "Answer") AS "answerVersions",
           (SELECT coalesce(sum(hashtext(role::text || coalesce("unitId", 0) || coalesce("agencyId", 0)
                   || coalesce("passwordHash", ''))), 0) FROM "User") AS "userState"`;
  return Object.fromEntries(Object.entries(rows[0]!).map(([key, value]) => [key, Number(value)]));
}

/**
 * Removes what the security tests made (sessions coded SEC-… or DT-2099…, their proposals and everything hanging
 * on them, test users, reports, marked notifications): on the embedded database every test file shares one
 * database, and other files' figures must not see these rows.
 */
export async function removeFixtures(db: Db): Promise<void> {
  const sessions = `SELECT id FROM "DialogueSession" WHERE code LIKE 'SEC-%' OR code LIKE 'DT-2099%'`;
  const proposals = `SELECT id FROM "Proposal" WHERE "sessionId" IN (${sessions})`;
  const users = `SELECT id FROM "User" WHERE email LIKE 'sec-%@test.vn' OR email LIKE 'new-%@test.vn'`;
  const statements = [
    `UPDATE "Proposal" SET "duplicateGroupId" = NULL WHERE id IN (${proposals})`,
    `DELETE FROM "Attachment" WHERE "proposalId" IN (${proposals})
       OR "answerId" IN (SELECT id FROM "Answer" WHERE "proposalId" IN (${proposals}))`,
    ...[
      "Answer",
      "Assignment",
      "StatusEvent",
      "InternalNote",
      "FollowUp",
      "ImplementationUpdate",
      "Notification",
      "Urge",
    ].map((table) => `DELETE FROM "${table}" WHERE "proposalId" IN (${proposals})`),
    `DELETE FROM "DuplicateGroup" WHERE "sessionId" IN (${sessions})`,
    `DELETE FROM "Proposal" WHERE id IN (${proposals})`,
    `DELETE FROM "ConclusionNotice" WHERE "sessionId" IN (${sessions})`,
    `DELETE FROM "GeneratedReport" WHERE "fileName" = 'so.xlsx' OR title LIKE '%SEC-%' OR title LIKE '%DT-2099%'`,
    `DELETE FROM "DialogueSession" WHERE id IN (${sessions})`,
    `DELETE FROM "Notification" WHERE params->>'fixture' = 'security' OR "userId" IN (${users})`,
    `DELETE FROM "OneTimeToken" WHERE "userId" IN (${users})`,
    `DELETE FROM "NotificationPreference" WHERE "userId" IN (${users})`,
    `DELETE FROM "AuditLog" WHERE "actorId" IN (${users})`,
    `DELETE FROM "User" WHERE id IN (${users})`,
  ];
  await db.$transaction(statements.map((sql) => db.$executeRawUnsafe(sql)));
}
