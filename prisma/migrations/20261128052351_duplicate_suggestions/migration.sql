-- Duplicate suggestions: a trigram index on proposal titles with Vietnamese diacritics removed ("Đường" ~ "duong").
-- Written by hand: Prisma cannot declare functions or expression indexes, and its diff leaves both alone.

-- unaccent() is only STABLE (its dictionary could be changed), so an index cannot use it. This wrapper names the
-- dictionary itself, which is fixed, and may therefore be IMMUTABLE. The SQL-standard body is bound when it is
-- created (unaccent and its dictionary are looked up now, in the schema the extension was created in), so it does
-- not depend on the search_path of later sessions, dumps or restores. The default unaccent rules map đ/Đ to d/D
-- and drop combining marks, so decomposed (NFD) text folds the same way. Case is folded by pg_trgm itself.
CREATE OR REPLACE FUNCTION portal_unaccent(text)
    RETURNS text
    LANGUAGE sql
    IMMUTABLE
    PARALLEL SAFE
    STRICT
    RETURN unaccent('unaccent'::regdictionary, $1);

-- CreateIndex
CREATE INDEX "Proposal_title_unaccent_trgm_idx" ON "Proposal" USING GIN (portal_unaccent("title") gin_trgm_ops);
