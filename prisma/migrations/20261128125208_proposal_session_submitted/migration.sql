-- Duplicate suggestions compare a proposal with the most recent submissions of its session (lib/data/duplicates.ts).
-- CreateIndex
CREATE INDEX "Proposal_sessionId_submittedAt_idx" ON "Proposal"("sessionId", "submittedAt" DESC);
