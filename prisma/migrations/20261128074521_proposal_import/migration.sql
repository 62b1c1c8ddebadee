-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "importBatchId" INTEGER;

-- CreateTable
CREATE TABLE "ImportUpload" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "fileName" VARCHAR(255) NOT NULL,
    "fileSha256" CHAR(64) NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportUpload_createdAt_idx" ON "ImportUpload"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ImportUpload_sessionId_createdById_fileSha256_key" ON "ImportUpload"("sessionId", "createdById", "fileSha256");

-- CreateIndex
CREATE INDEX "Proposal_importBatchId_idx" ON "Proposal"("importBatchId");

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportUpload" ADD CONSTRAINT "ImportUpload_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportUpload" ADD CONSTRAINT "ImportUpload_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
