-- Search reads a stored tsvector: the phrase check of a match (GIN keeps no word positions) then reads the
-- column instead of folding and splitting the whole text of every candidate again, which took minutes for a
-- common word at a million proposals. The dashboard's overdue count gets an index it can read alone.

-- DropIndex
DROP INDEX "Proposal_status_answerDueOn_idx";

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "searchVector" tsvector;

-- Kept by a trigger (written by hand: Prisma cannot declare triggers) whenever the title or text changes.
CREATE OR REPLACE FUNCTION portal_proposal_search_vector() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."searchVector" IS NULL
     OR NEW.title IS DISTINCT FROM OLD.title OR NEW.content IS DISTINCT FROM OLD.content THEN
    NEW."searchVector" := portal_search_vector(NEW.title, NEW.content);
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER proposal_search_vector BEFORE INSERT OR UPDATE ON "Proposal"
  FOR EACH ROW EXECUTE FUNCTION portal_proposal_search_vector();

-- Existing proposals (the dashboard's summaries do not change: its trigger is left out of this one update).
ALTER TABLE "Proposal" DISABLE TRIGGER proposal_dashboard_update;
UPDATE "Proposal" SET "searchVector" = portal_search_vector(title, content);
ALTER TABLE "Proposal" ENABLE TRIGGER proposal_dashboard_update;

-- The expression index it replaces.
DROP INDEX IF EXISTS "Proposal_search_idx";

-- CreateIndex
CREATE INDEX "Proposal_status_answerDueOn_sessionId_fieldId_leadAgencyId__idx" ON "Proposal"("status", "answerDueOn", "sessionId", "fieldId", "leadAgencyId", "unitId", "submittedAt");

-- CreateIndex
CREATE INDEX "Proposal_searchVector_idx" ON "Proposal" USING GIN ("searchVector");
