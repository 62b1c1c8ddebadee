-- The trigram index on unaccented titles (migration …_duplicate_suggestions) no longer serves any query:
-- duplicate suggestions compare a proposal with its session's most recent submissions (migration
-- …_proposal_session_submitted), because at a million titles that all begin "Đề nghị …" the index returned nearly
-- every row. It was still kept on every insert and every change of a title. similarity() itself needs no index.
DROP INDEX IF EXISTS "Proposal_title_unaccent_trgm_idx";
