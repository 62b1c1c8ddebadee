-- Phrase search narrowed by the index itself (decision 022). The GIN index on "searchVector" keeps no word
-- positions: for a phrase of common syllables that are rarely side by side ("học đường") every row holding both
-- syllables was read and rechecked (51,000 rows, 0.8 s at a million proposals). "searchPairs" holds each pair of
-- neighbouring words as one lexeme ("hoc_duong"), so the rows holding every pair of the phrase come from the
-- index; the phrase itself is still checked on those. Written by hand: Prisma cannot declare functions or triggers.

-- The words of a text, diacritics and case folded, in order (letters and digits; anything else separates).
CREATE OR REPLACE FUNCTION portal_search_words(body text)
    RETURNS text[]
    LANGUAGE sql
    IMMUTABLE
    PARALLEL SAFE
    RETURN string_to_array(btrim(regexp_replace(lower(portal_unaccent(COALESCE(body, ''))), '[^a-z0-9]+', ' ', 'g')), ' ');

-- Each pair of neighbouring words, joined by "_" (which no word contains): about 70 µs for a proposal's text.
-- A lexeme may not exceed 2,047 bytes (array_to_tsvector refuses it, where to_tsvector drops it): pairs longer
-- than 1,000 letters are left out. They are not words, and the phrase itself is still checked on every match.
CREATE OR REPLACE FUNCTION portal_search_pair_list(words text[])
    RETURNS text[]
    LANGUAGE sql
    IMMUTABLE
    PARALLEL SAFE
    RETURN ARRAY(
      SELECT first || '_' || second
      FROM unnest(words[1:cardinality(words) - 1], words[2:cardinality(words)]) AS pair(first, second)
      WHERE length(first) + length(second) < 1000
    );

-- What is stored: the pairs of the title and of the text, as lexemes without positions.
CREATE OR REPLACE FUNCTION portal_search_pairs(title text, content text)
    RETURNS tsvector
    LANGUAGE sql
    IMMUTABLE
    PARALLEL SAFE
    RETURN array_to_tsvector(portal_search_pair_list(portal_search_words(COALESCE(title, '') || ' ' || COALESCE(content, ''))));

-- What is searched: every pair of the words typed, or NULL for a single word (then the phrase alone).
CREATE OR REPLACE FUNCTION portal_search_pairs_query(typed text)
    RETURNS tsquery
    LANGUAGE sql
    IMMUTABLE
    PARALLEL SAFE
    RETURN (
      SELECT string_agg(quote_literal(pair), ' & ')::tsquery
      FROM unnest(portal_search_pair_list(portal_search_words(typed))) AS pair
    );

CREATE OR REPLACE FUNCTION portal_proposal_search_vector() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."searchVector" IS NULL OR NEW."searchPairs" IS NULL
     OR NEW.title IS DISTINCT FROM OLD.title OR NEW.content IS DISTINCT FROM OLD.content THEN
    NEW."searchVector" := portal_search_vector(NEW.title, NEW.content);
    NEW."searchPairs" := portal_search_pairs(NEW.title, NEW.content);
  END IF;
  RETURN NEW;
END $$;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "searchPairs" tsvector;

-- Existing proposals, with the table's own triggers off for this one update (nothing else changes).
ALTER TABLE "Proposal" DISABLE TRIGGER USER;
UPDATE "Proposal" SET "searchPairs" = portal_search_pairs(title, content);
ALTER TABLE "Proposal" ENABLE TRIGGER USER;

-- CreateIndex
CREATE INDEX "Proposal_searchPairs_idx" ON "Proposal" USING GIN ("searchPairs");
