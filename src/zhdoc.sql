\echo Use "CREATE EXTENSION zhdoc" to load this file. \quit

-- zhdoc: Chinese document analytics.  One script, versioned by the Makefile.
DO $$
BEGIN
    IF pg_catalog.getdatabaseencoding() <> 'UTF8' THEN
        RAISE EXCEPTION 'zhdoc requires a UTF8 database'
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = format('The database encoding is %s.', pg_catalog.getdatabaseencoding()),
                  HINT = 'Create the database with ENCODING ''UTF8''.';
    END IF;
END $$;

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

-- Words: segmentation and full-text search ----------------------------------

-- User words take effect in every session without reconnecting: a statement
-- trigger sends a cache invalidation that every backend applies.  Indexes
-- built before a change keep the old segmentation until REINDEX.
CREATE TABLE user_words (
    word text PRIMARY KEY CHECK (length(word) BETWEEN 1 AND 64 AND word !~ '\s'),
    freq int CHECK (freq IS NULL OR freq > 0),
    pos text CHECK (pos IS NULL OR pos ~ '^[a-z]{1,7}$')
);
COMMENT ON TABLE user_words IS
'Custom words for segmentation: word, frequency (NULL: a high default), part of speech (NULL: "user"; e.g. "nr" person, "ns" place, "nt" organisation). Committed changes reach every session at its next statement; REINDEX indexes built on to_tsvector(''zhdoc.chinese'', ...) afterwards';
SELECT pg_catalog.pg_extension_config_dump('user_words', '');
GRANT SELECT ON user_words TO PUBLIC;

CREATE FUNCTION user_words_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'zhdoc_user_words_changed'
LANGUAGE C;
CREATE TRIGGER user_words_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_words
FOR EACH STATEMENT EXECUTE FUNCTION user_words_changed();

-- STABLE, not IMMUTABLE: the result depends on zhdoc.user_words.
CREATE FUNCTION zh_tokenize(doc text, mode text DEFAULT 'default',
    OUT token text, OUT pos text, OUT start int, OUT len int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zhdoc_tokenize'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION zh_tokenize(text, text) IS
'Words of a document with part of speech and 1-based character offsets into it (white space left out, punctuation tagged x); mode ''search'' adds the dictionary words inside long words. STABLE because it reads zhdoc.user_words';

CREATE FUNCTION zh_segment(doc text) RETURNS text[]
AS 'MODULE_PATHNAME', 'zhdoc_segment'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_segment(text) IS
'The words of a document, normalised, without punctuation. STABLE because it reads zhdoc.user_words';

CREATE FUNCTION prs_start(internal, int4) RETURNS internal
AS 'MODULE_PATHNAME', 'zhdoc_prs_start' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION prs_gettoken(internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'zhdoc_prs_gettoken' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION prs_end(internal) RETURNS void
AS 'MODULE_PATHNAME', 'zhdoc_prs_end' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION prs_lextype(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'zhdoc_prs_lextype' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION prs_headline(internal, internal, tsquery) RETURNS internal
AS 'MODULE_PATHNAME', 'zhdoc_prs_headline' LANGUAGE C STRICT PARALLEL SAFE;

CREATE TEXT SEARCH PARSER parser (
    START = prs_start, GETTOKEN = prs_gettoken, END = prs_end,
    LEXTYPES = prs_lextype, HEADLINE = prs_headline);
COMMENT ON TEXT SEARCH PARSER parser IS
'Chinese words from normalised text (dictionary and HMM segmentation); Latin words, numbers and codes kept whole';

-- Stop words live in a dictionary users can change:
--   ALTER TEXT SEARCH DICTIONARY zhdoc.chinese_stop (StopWords = mylist);
-- Its template behaves as pg_catalog.simple, without lower-casing text that
-- has no case (most of a Chinese document), which makes indexing faster.
CREATE FUNCTION stopdict_init(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'zhdoc_stopdict_init' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION stopdict_lexize(internal, internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'zhdoc_stopdict_lexize' LANGUAGE C STRICT PARALLEL SAFE;
CREATE TEXT SEARCH TEMPLATE stopwords_template (INIT = stopdict_init, LEXIZE = stopdict_lexize);
COMMENT ON TEXT SEARCH TEMPLATE stopwords_template IS
'Lower-cases words that have case and drops stop words (option StopWords), as simple does';
CREATE TEXT SEARCH DICTIONARY chinese_stop (TEMPLATE = stopwords_template, STOPWORDS = zhdoc);
COMMENT ON TEXT SEARCH DICTIONARY chinese_stop IS
'Lower-cases words and drops the Chinese stop words of tsearch_data/zhdoc.stop';

CREATE TEXT SEARCH CONFIGURATION chinese (PARSER = parser);
ALTER TEXT SEARCH CONFIGURATION chinese ADD MAPPING FOR
    noun, verb, adjective, adverb, person, place, organization, proper, idiom,
    number, time, latin, userword, function, other
    WITH chinese_stop;
COMMENT ON TEXT SEARCH CONFIGURATION chinese IS
'Chinese full-text search: zhdoc.parser words, stop words removed; punctuation and blanks not indexed';

-- Entities and officials ------------------------------------------------------

-- STABLE: segmentation reads zhdoc.user_words.
CREATE FUNCTION zh_entities(doc text,
    OUT kind text, OUT surface text, OUT canonical text, OUT start int, OUT len int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zhdoc_entities'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION zh_entities(text) IS
'Mentions of persons, titles, places and organisations (kind person, title, place, org) with 1-based character offsets into the argument; works on raw PDF text. STABLE because segmentation reads zhdoc.user_words';

CREATE FUNCTION zh_officials(doc text,
    OUT name text, OUT titles text[], OUT role text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zhdoc_officials'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION zh_officials(text) IS
'One row per person named in the text: every title given (split at 、, group roles such as 区领导 only when no other title), role official, reporter, photographer or other';

-- Dates -------------------------------------------------------------------------

CREATE FUNCTION zh_dates(doc text, anchor date DEFAULT NULL,
    OUT surface text, OUT start int, OUT len int, OUT span daterange, OUT grain text,
    OUT part_of_day text, OUT clock time, OUT approximate boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zhdoc_dates'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION zh_dates(text, date) IS
'Dates and times in the text, normalised to calendar ranges against the anchor (publication date) or, lacking one, the year the text states; grain day, week, xun, month, quarter, half, year or time; not STRICT: a NULL anchor means none';

-- Meetings ----------------------------------------------------------------------

-- STABLE: segmentation reads zhdoc.user_words.  Not STRICT: a NULL anchor
-- means none.
CREATE FUNCTION zh_meetings(doc text, anchor date DEFAULT NULL,
    OUT article_no int, OUT organ text, OUT name text, OUT seq int, OUT held_on date,
    OUT part_of_day text, OUT chair text, OUT chair_titles text[], OUT attendees text[],
    OUT agenda text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zhdoc_meetings'
LANGUAGE C STABLE PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION zh_meetings(text, date) IS
'Meetings of organs the text reports (one per article at most): organ, name, sequence number, date and part of day (against the anchor, else the year the text states), chair and the titles given there, attendees, agenda (the 《》 documents heard, studied or adopted)';

-- Type zhentity -------------------------------------------------------------------

CREATE TYPE zhentity;
CREATE FUNCTION zhentity_in(cstring) RETURNS zhentity
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION zhentity_out(zhentity) RETURNS cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE zhentity (
    INPUT = zhentity_in, OUTPUT = zhentity_out,
    INTERNALLENGTH = VARIABLE, STORAGE = extended, ALIGNMENT = int4,
    CATEGORY = 'U');
COMMENT ON TYPE zhentity IS
'An entity as a value: kind:name with kind person, title, place or org (person:王少峰); ordered by kind then name bytes; btree, hash and (as zhentity[]) GIN indexable';

CREATE FUNCTION zhentity(kind text, name text) RETURNS zhentity
AS 'MODULE_PATHNAME', 'zhentity_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zhentity(text, text) IS 'Builds a zhentity from its kind and name';
CREATE FUNCTION kind(zhentity) RETURNS text
AS 'MODULE_PATHNAME', 'zhentity_kind' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kind(zhentity) IS 'The kind of an entity: person, title, place or org';
CREATE FUNCTION name(zhentity) RETURNS text
AS 'MODULE_PATHNAME', 'zhentity_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION name(zhentity) IS 'The name of an entity';

CREATE FUNCTION zhentity(text) RETURNS zhentity
AS 'SELECT zhdoc.zhentity_in(pg_catalog.textout($1))'
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION text(zhentity) RETURNS text
AS 'SELECT pg_catalog.textin(zhdoc.zhentity_out($1))'
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zhentity(text) IS 'Parses kind:name into a zhentity (the cast from text)';
COMMENT ON FUNCTION text(zhentity) IS 'The text form kind:name of a zhentity (the cast to text)';
CREATE CAST (text AS zhentity) WITH FUNCTION zhentity(text) AS ASSIGNMENT;
CREATE CAST (zhentity AS text) WITH FUNCTION text(zhentity) AS ASSIGNMENT;

CREATE FUNCTION zhentity_cmp(zhentity, zhentity) RETURNS int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION zhentity_eq(zhentity, zhentity) RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION zhentity_ne(zhentity, zhentity) RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION zhentity_lt(zhentity, zhentity) RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION zhentity_le(zhentity, zhentity) RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION zhentity_gt(zhentity, zhentity) RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION zhentity_ge(zhentity, zhentity) RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION zhentity_hash(zhentity) RETURNS int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR = (LEFTARG = zhentity, RIGHTARG = zhentity, PROCEDURE = zhentity_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR <> (LEFTARG = zhentity, RIGHTARG = zhentity, PROCEDURE = zhentity_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR < (LEFTARG = zhentity, RIGHTARG = zhentity, PROCEDURE = zhentity_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR <= (LEFTARG = zhentity, RIGHTARG = zhentity, PROCEDURE = zhentity_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR > (LEFTARG = zhentity, RIGHTARG = zhentity, PROCEDURE = zhentity_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR >= (LEFTARG = zhentity, RIGHTARG = zhentity, PROCEDURE = zhentity_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);

CREATE OPERATOR CLASS zhentity_ops DEFAULT FOR TYPE zhentity USING btree AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 zhentity_cmp(zhentity, zhentity);
CREATE OPERATOR CLASS zhentity_hash_ops DEFAULT FOR TYPE zhentity USING hash AS
    OPERATOR 1 =,
    FUNCTION 1 zhentity_hash(zhentity);
