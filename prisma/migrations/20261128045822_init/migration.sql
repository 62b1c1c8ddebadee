-- CreateExtension (written by hand: the schema declares no extensions, so Prisma diffs leave these alone)
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "UnitLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('TINH', 'THANH_PHO', 'THI_XA', 'HUYEN', 'PHUONG', 'XA', 'THI_TRAN');

-- CreateEnum
CREATE TYPE "AgencyType" AS ENUM ('STANDING_COMMITTEE', 'PARTY_COMMISSION', 'PARTY_AFFAIRS_COMMITTEE', 'PEOPLES_COMMITTEE', 'DEPARTMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKING_DAY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('COMMUNE_LEADER', 'COORDINATOR', 'AGENCY_OFFICER', 'AGENCY_HEAD', 'STANDING_COMMITTEE', 'ADMIN');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PLANNED', 'OPEN', 'HELD', 'CLOSED');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'IN_REVIEW', 'APPROVED', 'SENT', 'ACKNOWLEDGED', 'FOLLOW_UP', 'CLOSED', 'MERGED', 'OUT_OF_JURISDICTION', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('SATISFIED', 'PARTLY_SATISFIED', 'NOT_SATISFIED');

-- CreateEnum
CREATE TYPE "ImplementationOutcome" AS ENUM ('IN_PROGRESS', 'RESOLVED', 'PARTLY_RESOLVED', 'UNRESOLVED');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('LEAD', 'COORDINATING');

-- CreateEnum
CREATE TYPE "AnswerState" AS ENUM ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "ConclusionTaskKind" AS ENUM ('KEY_TASK', 'AGENCY_ASSIGNMENT');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED');

-- CreateTable
CREATE TABLE "AdministrativeUnit" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(10) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "parentId" INTEGER,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdministrativeUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitMapping" (
    "id" SERIAL NOT NULL,
    "oldUnitId" INTEGER NOT NULL,
    "newUnitId" INTEGER NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "note" VARCHAR(500),

    CONSTRAINT "UnitMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "nameEn" VARCHAR(300) NOT NULL,
    "shortName" VARCHAR(40) NOT NULL,
    "type" "AgencyType" NOT NULL,
    "parentId" INTEGER,
    "successorId" INTEGER,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Field" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "nameEn" VARCHAR(200) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "defaultLeadAgencyId" INTEGER,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Field_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" VARCHAR(200) NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR(200) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "position" VARCHAR(200),
    "passwordHash" VARCHAR(200),
    "role" "Role" NOT NULL,
    "unitId" INTEGER,
    "agencyId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" VARCHAR(5) NOT NULL DEFAULT 'vi',
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneTimeToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "tokenHash" VARCHAR(100) NOT NULL,
    "purpose" VARCHAR(40) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueSession" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "theme" VARCHAR(300),
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "venue" VARCHAR(300),
    "agenda" TEXT,
    "submissionOpensAt" TIMESTAMPTZ(3) NOT NULL,
    "submissionClosesAt" TIMESTAMPTZ(3) NOT NULL,
    "coordinatingAgencyId" INTEGER NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'PLANNED',
    "defaultAnswerDays" INTEGER NOT NULL DEFAULT 15,
    "receiptDays" INTEGER NOT NULL DEFAULT 10,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DialogueSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionParticipant" (
    "sessionId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,

    CONSTRAINT "SessionParticipant_pkey" PRIMARY KEY ("sessionId","unitId")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(30),
    "sessionId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "enteredById" INTEGER,
    "raisedAtMeeting" BOOLEAN NOT NULL DEFAULT false,
    "fieldId" INTEGER,
    "leadAgencyId" INTEGER,
    "title" VARCHAR(300) NOT NULL,
    "content" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "clientToken" VARCHAR(64),
    "answerDueOn" DATE,
    "receiptDueOn" DATE,
    "submittedAt" TIMESTAMPTZ(3),
    "receivedAt" TIMESTAMPTZ(3),
    "assignedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "acknowledgedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "returnReason" TEXT,
    "outOfJurisdictionNote" TEXT,
    "duplicateGroupId" INTEGER,
    "rating" "Rating",
    "ratingComment" TEXT,
    "implementationOutcome" "ImplementationOutcome",
    "implementationPercent" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuplicateGroup" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "primaryProposalId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DuplicateGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER,
    "answerId" INTEGER,
    "fileName" VARCHAR(255) NOT NULL,
    "mimeType" VARCHAR(100) NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "data" BYTEA,
    "storageKey" VARCHAR(300),
    "uploadedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "dueOn" DATE NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "contribution" TEXT,
    "contributedAt" TIMESTAMPTZ(3),
    "assignedById" INTEGER NOT NULL,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "state" "AnswerState" NOT NULL DEFAULT 'DRAFT',
    "content" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    "reviewerId" INTEGER,
    "reviewComment" TEXT,
    "correctionReason" TEXT,
    "documentNumber" VARCHAR(60),
    "documentDate" DATE,
    "signerName" VARCHAR(200),
    "signerTitle" VARCHAR(200),
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerTemplate" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "fieldId" INTEGER,
    "agencyId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AnswerTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternalNote" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternalNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusEvent" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "fromStatus" "ProposalStatus",
    "toStatus" "ProposalStatus",
    "note" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "askedById" INTEGER NOT NULL,
    "askedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reply" TEXT,
    "answeredById" INTEGER,
    "answeredAt" TIMESTAMPTZ(3),

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImplementationUpdate" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "percent" INTEGER NOT NULL,
    "outcome" "ImplementationOutcome" NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImplementationUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Urge" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER,
    "agencyId" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "level" INTEGER NOT NULL DEFAULT 1,
    "urgedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Urge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "params" JSONB,
    "link" VARCHAR(300),
    "proposalId" INTEGER,
    "dedupeKey" VARCHAR(200),
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" INTEGER NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "inApp" BOOLEAN NOT NULL DEFAULT true,
    "email" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" SERIAL NOT NULL,
    "toAddress" VARCHAR(200) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "dedupeKey" VARCHAR(200),
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConclusionNotice" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "number" VARCHAR(60) NOT NULL,
    "issuedOn" DATE NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "content" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConclusionNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConclusionTask" (
    "id" SERIAL NOT NULL,
    "noticeId" INTEGER NOT NULL,
    "kind" "ConclusionTaskKind" NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "description" TEXT NOT NULL,
    "agencyId" INTEGER,
    "dueOn" DATE,
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "percent" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConclusionTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConclusionTaskUpdate" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "status" "TaskStatus" NOT NULL,
    "percent" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConclusionTaskUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "action" VARCHAR(60) NOT NULL,
    "entity" VARCHAR(60) NOT NULL,
    "entityId" VARCHAR(60),
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "fileSha256" CHAR(64) NOT NULL,
    "fileName" VARCHAR(255) NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GeneratedReport" (
    "id" SERIAL NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "params" JSONB,
    "fileName" VARCHAR(255) NOT NULL,
    "mimeType" VARCHAR(120) NOT NULL,
    "data" BYTEA NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GeneratedReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodeCounter" (
    "key" VARCHAR(40) NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "CodeCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AdministrativeUnit_parentId_idx" ON "AdministrativeUnit"("parentId");

-- CreateIndex
CREATE INDEX "AdministrativeUnit_level_validTo_idx" ON "AdministrativeUnit"("level", "validTo");

-- CreateIndex
CREATE UNIQUE INDEX "AdministrativeUnit_code_validFrom_key" ON "AdministrativeUnit"("code", "validFrom");

-- CreateIndex
CREATE INDEX "UnitMapping_newUnitId_idx" ON "UnitMapping"("newUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitMapping_oldUnitId_newUnitId_effectiveDate_key" ON "UnitMapping"("oldUnitId", "newUnitId", "effectiveDate");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE INDEX "Agency_validTo_idx" ON "Agency"("validTo");

-- CreateIndex
CREATE UNIQUE INDEX "Field_code_key" ON "Field"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "User_agencyId_idx" ON "User"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeToken_tokenHash_key" ON "OneTimeToken"("tokenHash");

-- CreateIndex
CREATE INDEX "OneTimeToken_userId_idx" ON "OneTimeToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueSession_code_key" ON "DialogueSession"("code");

-- CreateIndex
CREATE INDEX "DialogueSession_status_idx" ON "DialogueSession"("status");

-- CreateIndex
CREATE INDEX "DialogueSession_startsOn_idx" ON "DialogueSession"("startsOn");

-- CreateIndex
CREATE INDEX "SessionParticipant_unitId_idx" ON "SessionParticipant"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_code_key" ON "Proposal"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_clientToken_key" ON "Proposal"("clientToken");

-- CreateIndex
CREATE INDEX "Proposal_unitId_createdAt_idx" ON "Proposal"("unitId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Proposal_sessionId_status_idx" ON "Proposal"("sessionId", "status");

-- CreateIndex
CREATE INDEX "Proposal_status_createdAt_idx" ON "Proposal"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Proposal_leadAgencyId_status_answerDueOn_idx" ON "Proposal"("leadAgencyId", "status", "answerDueOn");

-- CreateIndex
CREATE INDEX "Proposal_status_answerDueOn_idx" ON "Proposal"("status", "answerDueOn");

-- CreateIndex
CREATE INDEX "Proposal_fieldId_status_idx" ON "Proposal"("fieldId", "status");

-- CreateIndex
CREATE INDEX "Proposal_authorId_idx" ON "Proposal"("authorId");

-- CreateIndex
CREATE INDEX "Proposal_duplicateGroupId_idx" ON "Proposal"("duplicateGroupId");

-- CreateIndex
CREATE INDEX "Proposal_submittedAt_idx" ON "Proposal"("submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DuplicateGroup_primaryProposalId_key" ON "DuplicateGroup"("primaryProposalId");

-- CreateIndex
CREATE INDEX "DuplicateGroup_sessionId_idx" ON "DuplicateGroup"("sessionId");

-- CreateIndex
CREATE INDEX "Attachment_proposalId_idx" ON "Attachment"("proposalId");

-- CreateIndex
CREATE INDEX "Attachment_answerId_idx" ON "Attachment"("answerId");

-- CreateIndex
CREATE INDEX "Assignment_agencyId_active_role_dueOn_idx" ON "Assignment"("agencyId", "active", "role", "dueOn");

-- CreateIndex
CREATE INDEX "Assignment_proposalId_active_idx" ON "Assignment"("proposalId", "active");

-- CreateIndex
CREATE INDEX "Answer_agencyId_state_idx" ON "Answer"("agencyId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_proposalId_versionNo_key" ON "Answer"("proposalId", "versionNo");

-- CreateIndex
CREATE INDEX "InternalNote_proposalId_idx" ON "InternalNote"("proposalId");

-- CreateIndex
CREATE INDEX "StatusEvent_proposalId_createdAt_idx" ON "StatusEvent"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "StatusEvent_createdAt_idx" ON "StatusEvent"("createdAt");

-- CreateIndex
CREATE INDEX "FollowUp_proposalId_idx" ON "FollowUp"("proposalId");

-- CreateIndex
CREATE INDEX "ImplementationUpdate_proposalId_createdAt_idx" ON "ImplementationUpdate"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "Urge_agencyId_createdAt_idx" ON "Urge"("agencyId", "createdAt");

-- CreateIndex
CREATE INDEX "Urge_proposalId_idx" ON "Urge"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "EmailOutbox_dedupeKey_key" ON "EmailOutbox"("dedupeKey");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_nextAttemptAt_idx" ON "EmailOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConclusionNotice_sessionId_key" ON "ConclusionNotice"("sessionId");

-- CreateIndex
CREATE INDEX "ConclusionTask_noticeId_sortOrder_idx" ON "ConclusionTask"("noticeId", "sortOrder");

-- CreateIndex
CREATE INDEX "ConclusionTask_agencyId_idx" ON "ConclusionTask"("agencyId");

-- CreateIndex
CREATE INDEX "ConclusionTaskUpdate_taskId_createdAt_idx" ON "ConclusionTaskUpdate"("taskId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ImportBatch_sessionId_fileSha256_key" ON "ImportBatch"("sessionId", "fileSha256");

-- CreateIndex
CREATE INDEX "GeneratedReport_kind_createdAt_idx" ON "GeneratedReport"("kind", "createdAt");

-- AddForeignKey
ALTER TABLE "AdministrativeUnit" ADD CONSTRAINT "AdministrativeUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "AdministrativeUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitMapping" ADD CONSTRAINT "UnitMapping_oldUnitId_fkey" FOREIGN KEY ("oldUnitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitMapping" ADD CONSTRAINT "UnitMapping_newUnitId_fkey" FOREIGN KEY ("newUnitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Field" ADD CONSTRAINT "Field_defaultLeadAgencyId_fkey" FOREIGN KEY ("defaultLeadAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneTimeToken" ADD CONSTRAINT "OneTimeToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSession" ADD CONSTRAINT "DialogueSession_coordinatingAgencyId_fkey" FOREIGN KEY ("coordinatingAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "Field"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_duplicateGroupId_fkey" FOREIGN KEY ("duplicateGroupId") REFERENCES "DuplicateGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateGroup" ADD CONSTRAINT "DuplicateGroup_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateGroup" ADD CONSTRAINT "DuplicateGroup_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerTemplate" ADD CONSTRAINT "AnswerTemplate_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "Field"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerTemplate" ADD CONSTRAINT "AnswerTemplate_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalNote" ADD CONSTRAINT "InternalNote_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalNote" ADD CONSTRAINT "InternalNote_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalNote" ADD CONSTRAINT "InternalNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_askedById_fkey" FOREIGN KEY ("askedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationUpdate" ADD CONSTRAINT "ImplementationUpdate_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationUpdate" ADD CONSTRAINT "ImplementationUpdate_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationUpdate" ADD CONSTRAINT "ImplementationUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Urge" ADD CONSTRAINT "Urge_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Urge" ADD CONSTRAINT "Urge_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Urge" ADD CONSTRAINT "Urge_urgedById_fkey" FOREIGN KEY ("urgedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConclusionNotice" ADD CONSTRAINT "ConclusionNotice_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConclusionTask" ADD CONSTRAINT "ConclusionTask_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "ConclusionNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConclusionTask" ADD CONSTRAINT "ConclusionTask_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConclusionTaskUpdate" ADD CONSTRAINT "ConclusionTaskUpdate_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ConclusionTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConclusionTaskUpdate" ADD CONSTRAINT "ConclusionTaskUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GeneratedReport" ADD CONSTRAINT "GeneratedReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
