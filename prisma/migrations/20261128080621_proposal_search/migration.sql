-- Proposal search and list order at a million proposals. Written by hand: Prisma cannot declare functions or
-- expression indexes, and its diff leaves both alone.

-- Full-text search over title and content, diacritics folded ("duong" finds "đường"), one token per syllable
-- (the 'simple' configuration: no stemming, which Vietnamese does not need). The list searches phrases with
-- phraseto_tsquery('simple', portal_unaccent(q)): the words typed, in that order.
CREATE OR REPLACE FUNCTION portal_search_vector(title text, content text)
    RETURNS tsvector
    LANGUAGE sql
    IMMUTABLE
    PARALLEL SAFE
    RETURN to_tsvector('simple'::regconfig, portal_unaccent(COALESCE(title, '') || ' ' || COALESCE(content, '')));

CREATE INDEX "Proposal_search_idx" ON "Proposal" USING GIN (portal_search_vector("title", "content"));

-- The list shows the most recently changed first.
CREATE INDEX "Proposal_updatedAt_id_idx" ON "Proposal" ("updatedAt" DESC, "id" DESC);
CREATE INDEX "Proposal_unitId_updatedAt_idx" ON "Proposal" ("unitId", "updatedAt" DESC);
