-- A document number is issued once per agency, whatever its case: approving an answer checks this, and the
-- check (lib/data/answers.ts) compares lower() of both sides so that it can use this index instead of reading
-- every answer of the agency with ILIKE (seconds at a million proposals).
CREATE INDEX "Answer_agencyId_documentNumber_lower_idx" ON "Answer" ("agencyId", lower("documentNumber"))
  WHERE "documentNumber" IS NOT NULL;
