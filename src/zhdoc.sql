\echo Use "CREATE EXTENSION zhdoc" to load this file. \quit

-- zhdoc: Chinese document analytics.  One script, versioned by the Makefile.
-- Functions that compute from their arguments alone are IMMUTABLE STRICT
-- PARALLEL SAFE, so that they serve in index expressions, generated columns
-- and parallel plans.

CREATE FUNCTION zh_normalize(doc text) RETURNS text
AS 'MODULE_PATHNAME', 'zhdoc_normalize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION zh_normalize(text) IS
'Repairs PDF-extracted Chinese text: joins hard-wrapped lines, removes spaces between Chinese characters, collapses headlines printed twice, applies NFKC (Chinese full-width punctuation kept) and converts traditional to simplified characters; idempotent';

CREATE FUNCTION zh_articles(doc text,
    OUT article_no int, OUT headline text, OUT byline text, OUT reporters text[],
    OUT body text, OUT start int, OUT len int,
    OUT section text, OUT photographers text[], OUT caption text, OUT author_org text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zhdoc_articles'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 8;

COMMENT ON FUNCTION zh_articles(text) IS
'Splits a newspaper page (raw or normalised) into articles: headline, byline and reporters, normalised body, character offsets (start, len) into the argument, column name, photographers, photo caption and signing organisation';
