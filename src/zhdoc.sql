\echo Use "CREATE EXTENSION zhdoc" to load this file. \quit

-- zhdoc: Chinese document analytics.  One script, versioned by the Makefile.
DO $$
BEGIN
    IF pg_catalog.getdatabaseencoding() OPERATOR(pg_catalog.<>) 'UTF8' THEN
        RAISE EXCEPTION 'zhdoc requires a UTF8 database'
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = pg_catalog.format('The database encoding is %s.', pg_catalog.getdatabaseencoding()),
                  HINT = 'Create the database with ENCODING ''UTF8''.';
    END IF;
END $$;

-- The script runs with the installer's rights in schema zhdoc.  A schema
-- created beforehand by another role could hold objects that shadow
-- built-ins (zhdoc.unnest(text[]) beats pg_catalog.unnest(anyarray)) or let
-- its owner change ours later: install only into a schema the installing
-- role owns and that holds nothing yet (CREATE EXTENSION creates it so).
DO $$
DECLARE
    nsp pg_catalog.oid;
    nsp_owner pg_catalog.oid;
BEGIN
    SELECT n.oid, n.nspowner INTO nsp, nsp_owner
    FROM pg_catalog.pg_namespace n WHERE n.nspname OPERATOR(pg_catalog.=) 'zhdoc';
    -- a schema of the installer's or of a superuser (pg_restore as another
    -- superuser recreates it under the old owner) is trusted; another
    -- role's is not
    IF nsp_owner OPERATOR(pg_catalog.<>) (SELECT r.oid FROM pg_catalog.pg_roles r
                                          WHERE r.rolname OPERATOR(pg_catalog.=) CURRENT_USER)
       AND NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.oid OPERATOR(pg_catalog.=) nsp_owner) THEN
        RAISE EXCEPTION 'schema zhdoc is owned by role %, not by the installing role %',
            pg_catalog.pg_get_userbyid(nsp_owner), CURRENT_USER
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = 'zhdoc installs only into a schema owned by the installing role or a superuser.',
                  HINT = 'Drop or rename the existing schema zhdoc, then run CREATE EXTENSION zhdoc again.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
               WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_namespace'::pg_catalog.regclass
                 AND d.refobjid OPERATOR(pg_catalog.=) nsp
                 AND d.classid OPERATOR(pg_catalog.<>) 'pg_catalog.pg_extension'::pg_catalog.regclass) THEN
        RAISE EXCEPTION 'schema zhdoc already holds objects'
            USING ERRCODE = 'duplicate_schema',
                  DETAIL = 'zhdoc installs only into an empty schema, so that nothing in it can stand in for its own objects.',
                  HINT = 'Move the objects out of schema zhdoc or drop it, then run CREATE EXTENSION zhdoc again.';
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
    OUT section text, OUT photographers text[], OUT caption text, OUT author_org text,
    OUT kicker text, OUT subtitle text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zhdoc_articles'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 8;

COMMENT ON FUNCTION zh_articles(text) IS
'Splits a newspaper page (raw or normalised) into articles: headline, byline and reporters, normalised body, character offsets (start, len) into the argument, column name, photographers, photo caption, signing organisation, and the kicker (引题, lines printed above the main title) and subtitle (副题, lines printed under it) of a headline printed on several lines; headline is always the main title (主题)';

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
REVOKE EXECUTE ON FUNCTION user_words_changed() FROM PUBLIC;
CREATE TRIGGER user_words_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_words
FOR EACH STATEMENT EXECUTE FUNCTION user_words_changed();

-- The word lists of the analysis (titles, organs, meeting nouns …) ship in
-- data/vocab/KIND.txt, compiled into the dictionary; term_kinds() lists the
-- kinds from it.  user_terms adds to them, with the same invalidation as
-- user_words: a committed change is read by every session's next statement.
CREATE FUNCTION term_kinds(OUT kind text, OUT about text, OUT shipped int, OUT extensible boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zhdoc_term_kinds'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 50;
COMMENT ON FUNCTION term_kinds() IS
'The word lists of the analysis: kind, what the list is for (its data file''s header), how many entries ship in zhdoc.dict, and whether zhdoc.user_terms may add to it (not to the lists the IMMUTABLE zh_articles and zh_dates read). STABLE: it reads the installed dictionary';

-- The kind is checked against the dictionary's lists by a trigger rather
-- than a CHECK constraint: the lists are the installed dictionary's, which a
-- CHECK (an immutable rule) must not read.
CREATE TABLE user_terms (
    kind text NOT NULL,
    term text NOT NULL CHECK (length(term) BETWEEN 1 AND 32 AND term !~ '\s'),
    PRIMARY KEY (kind, term)
);
COMMENT ON TABLE user_terms IS
'Terms added to the word lists of the analysis: kind (a list of zhdoc.term_kinds(): title, organ, organisation, meeting, …) and term, read as if it were a line of data/vocab/KIND.txt. Committed changes reach every session at its next statement and make stored documents stale (analysis_version)';
SELECT pg_catalog.pg_extension_config_dump('user_terms', '');
GRANT SELECT ON user_terms TO PUBLIC;

CREATE FUNCTION user_terms_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM zhdoc.term_kinds() k
                   WHERE k.kind OPERATOR(pg_catalog.=) NEW.kind AND k.extensible) THEN
        RAISE EXCEPTION 'zhdoc.user_terms has no kind "%"', NEW.kind
            USING ERRCODE = 'check_violation',
                  HINT = 'The kinds are those of SELECT kind, about FROM zhdoc.term_kinds() WHERE extensible.';
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION user_terms_check() FROM PUBLIC;
COMMENT ON FUNCTION user_terms_check() IS
'Trigger of zhdoc.user_terms: refuses a kind that is not an extensible list of zhdoc.term_kinds()';
CREATE TRIGGER user_terms_check
BEFORE INSERT OR UPDATE ON user_terms
FOR EACH ROW EXECUTE FUNCTION user_terms_check();

CREATE FUNCTION user_terms_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'zhdoc_user_words_changed'
LANGUAGE C;
REVOKE EXECUTE ON FUNCTION user_terms_changed() FROM PUBLIC;
COMMENT ON FUNCTION user_terms_changed() IS
'Trigger of zhdoc.user_terms: every session reads the terms again at its next statement after the commit';
CREATE TRIGGER user_terms_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_terms
FOR EACH STATEMENT EXECUTE FUNCTION user_terms_changed();

-- A jieba-format user dictionary (one "word [freq] [pos]" a line, fields
-- separated by spaces or tabs) loaded in one call, from the file's contents
-- rather than its path: the caller reads the file wherever it is (psql's
-- \set d `cat user.dict`, or pg_read_file() for a file on the server, which
-- needs its own privilege), so this function reads no file system and a
-- managed database without server file access can use it.  Blank lines and
-- lines starting with # are skipped; a second field of letters is the part
-- of speech (jieba accepts "word pos" too).  Every line is checked before
-- anything is written, so a malformed line (named by its number) loads
-- nothing; a word given twice takes its last line, as jieba does.  Not
-- SECURITY DEFINER: only who may write zhdoc.user_words (its owner) may
-- load words, and EXECUTE is revoked from PUBLIC to say so.  Parsed by
-- user_words_parse() twice (check, then write) rather than into a
-- temporary table: a dictionary is small and the parse is pure.
CREATE FUNCTION user_words_parse(lines text,
    OUT line_no bigint, OUT line text, OUT word text, OUT freq text, OUT pos text, OUT problem text)
RETURNS SETOF record
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp AS $$
    SELECT f.line_no, f.line, f.fs[1], f.freq, f.pos,
           CASE WHEN pg_catalog.cardinality(f.fs) OPERATOR(pg_catalog.>) 3
                     OR (pg_catalog.cardinality(f.fs) OPERATOR(pg_catalog.=) 3 AND f.freq IS NULL)
                     THEN 'expected: word [freq] [pos]'
                WHEN pg_catalog.length(f.fs[1]) OPERATOR(pg_catalog.>) 64
                     THEN 'the word is longer than 64 characters'
                WHEN f.freq::pg_catalog.numeric NOT BETWEEN 1 AND 2147483647
                     THEN 'the frequency must be an integer from 1 to 2147483647'
                WHEN f.pos OPERATOR(pg_catalog.!~) '^[a-z]{1,7}$'
                     THEN 'the part of speech must be 1 to 7 lower-case letters (nr, ns, nt, n, v, ...)'
           END
    FROM (
        SELECT l.line_no, l.line, s.fs,
               CASE WHEN s.fs[2] OPERATOR(pg_catalog.~) '^[0-9]+$' THEN s.fs[2] END AS freq,
               CASE WHEN s.fs[2] OPERATOR(pg_catalog.~) '^[0-9]+$' THEN s.fs[3] ELSE s.fs[2] END AS pos
        FROM (
            -- a byte order mark at the start of the file, and the \r of
            -- CRLF line ends, are no part of any field
            SELECT t.line_no,
                   pg_catalog.btrim(CASE WHEN t.line_no OPERATOR(pg_catalog.=) 1
                                         THEN pg_catalog.ltrim(t.line, pg_catalog.chr(65279))
                                         ELSE t.line END, E' \t\r') AS line
            FROM pg_catalog.regexp_split_to_table(lines, E'\n') WITH ORDINALITY AS t(line, line_no)
        ) l,
        LATERAL (SELECT pg_catalog.regexp_split_to_array(l.line, '[ \t]+') AS fs) s
        WHERE l.line OPERATOR(pg_catalog.<>) '' AND l.line NOT LIKE '#%'
    ) f
$$;
COMMENT ON FUNCTION user_words_parse(text) IS
'Internal to add_user_words: the lines of a jieba-format user dictionary as word, freq, pos, and what is wrong with each malformed one (problem, NULL when the line is good)';

CREATE FUNCTION add_user_words(lines text) RETURNS int
LANGUAGE plpgsql STRICT SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bad record;
    n int;
BEGIN
    SELECT p.line_no, p.line, p.problem INTO bad
    FROM zhdoc.user_words_parse(lines) p
    WHERE p.problem IS NOT NULL
    ORDER BY p.line_no
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'malformed user dictionary line %: %', bad.line_no, bad.problem
            USING ERRCODE = 'invalid_text_representation',
                  DETAIL = pg_catalog.format('Line %s is %L.', bad.line_no, pg_catalog.left(bad.line, 200)),
                  HINT = 'Each line is a word, then optionally its frequency and part of speech, separated by spaces (jieba''s format); no word was loaded.';
    END IF;

    -- words new or changed; a word listed twice takes its last line
    INSERT INTO zhdoc.user_words AS w (word, freq, pos)
    SELECT DISTINCT ON (p.word) p.word, p.freq::pg_catalog.int4, p.pos
    FROM zhdoc.user_words_parse(lines) p
    ORDER BY p.word, p.line_no DESC
    ON CONFLICT (word) DO UPDATE SET freq = EXCLUDED.freq, pos = EXCLUDED.pos
        WHERE (w.freq, w.pos) IS DISTINCT FROM (EXCLUDED.freq, EXCLUDED.pos);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;
REVOKE EXECUTE ON FUNCTION add_user_words(text) FROM PUBLIC;
COMMENT ON FUNCTION add_user_words(text) IS
'Loads a jieba-format user dictionary (the file''s contents: one "word [freq] [pos]" a line, spaces or tabs between fields; blank and # lines skipped) into zhdoc.user_words, adding or updating each word; returns how many words were added or changed. A malformed line is reported by number and nothing is loaded. For the owner of zhdoc.user_words: SELECT zhdoc.add_user_words(pg_read_file(''/path/user.dict'')), or from psql \set d `cat user.dict` then SELECT zhdoc.add_user_words(:''d'')';

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

-- Sub-word search: index with zhdoc.chinese_search, query with zhdoc.chinese.
-- The index then holds, at a long word's position, the dictionary words
-- inside it too, so 人民币 finds 数字人民币 and 北京 finds 北京大学, and
-- phrase queries still count positions in words.  (Querying with
-- chinese_search would expand the query's words as well: 人民币 would also
-- match 人民.)
CREATE TEXT SEARCH DICTIONARY chinese_subwords (TEMPLATE = stopwords_template, STOPWORDS = zhdoc, SUBWORDS = true);
COMMENT ON TEXT SEARCH DICTIONARY chinese_subwords IS
'As zhdoc.chinese_stop, and adds at the same position the dictionary words inside a long word (数字人民币: 数字, 人民币)';
-- zhdoc.chinese's mappings, each with the sub-word dictionary instead
CREATE TEXT SEARCH CONFIGURATION chinese_search (COPY = chinese);
ALTER TEXT SEARCH CONFIGURATION chinese_search ALTER MAPPING REPLACE chinese_stop WITH chinese_subwords;
COMMENT ON TEXT SEARCH CONFIGURATION chinese_search IS
'Chinese full-text search with sub-words, for indexing: as zhdoc.chinese, plus the dictionary words inside long words at the same position. Query such an index with zhdoc.chinese';

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
    OUT part_of_day text, OUT clock time, OUT approximate boolean, OUT end_clock time)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zhdoc_dates'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION zh_dates(text, date) IS
'Dates and times in the text, normalised to calendar ranges against the anchor (publication date) or, lacking one, the year the text states; grain day, week, xun, month, quarter, half, year or time; end_clock ends a clock range (9点到11点); not STRICT: a NULL anchor means none';

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
-- binary I/O: the text form's bytes (Citus moves typed columns in binary)
CREATE FUNCTION zhentity_send(zhentity) RETURNS bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION zhentity_recv(internal) RETURNS zhentity
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE zhentity (
    INPUT = zhentity_in, OUTPUT = zhentity_out,
    SEND = zhentity_send, RECEIVE = zhentity_recv,
    INTERNALLENGTH = VARIABLE, STORAGE = extended, ALIGNMENT = int4,
    CATEGORY = 'U');
COMMENT ON TYPE zhentity IS
'An entity as a value: kind:name with kind person, title, place or org (person:王少峰); ordered by kind then name bytes; btree, hash and (as zhentity[]) GIN indexable';

CREATE FUNCTION zhentity(kind text, name text) RETURNS zhentity
AS 'MODULE_PATHNAME', 'zhentity_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zhentity(text, text) IS 'Builds a zhentity from its kind and name';
-- LEAKPROOF (they cannot fail on a valid value): so that a filter on them
-- can use an index under row security (zhdoc.mentions WHERE name = ?).
CREATE FUNCTION kind(zhentity) RETURNS text
AS 'MODULE_PATHNAME', 'zhentity_kind' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION kind(zhentity) IS 'The kind of an entity: person, title, place or org';
CREATE FUNCTION name(zhentity) RETURNS text
AS 'MODULE_PATHNAME', 'zhentity_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
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

-- The state an analysis depends on that can change after installation: the
-- compiled dictionary (its checksum) and the user words (a hash of the
-- rows).  The documents pipeline stores it with each document.
CREATE FUNCTION analysis_version() RETURNS text
AS 'MODULE_PATHNAME', 'zhdoc_analysis_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION analysis_version() IS
'The dictionary, user words and user terms state analyses are made with now (dictionary checksum-user words hash-user terms hash); documents derived with another are stale. STABLE: it reads zhdoc.user_words and zhdoc.user_terms';

-- Internal to the documents pipeline: one analysis, three results --------------

CREATE FUNCTION derive_parts(doc text, anchor date, document_id bigint DEFAULT NULL,
    OUT part text, OUT n int, OUT kind text, OUT surface text, OUT canonical text,
    OUT start int, OUT len int, OUT name text, OUT titles text[], OUT role text,
    OUT article_no int, OUT organ text, OUT seq int, OUT held_on date, OUT part_of_day text,
    OUT chair text, OUT chair_titles text[], OUT attendees text[], OUT agenda text[],
    OUT headline text, OUT byline text, OUT reporters text[], OUT body text, OUT section text,
    OUT photographers text[], OUT caption text, OUT author_org text,
    OUT kicker text, OUT subtitle text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zhdoc_derive_parts'
LANGUAGE C VOLATILE PARALLEL RESTRICTED ROWS 40;
COMMENT ON FUNCTION derive_parts(text, date, bigint) IS
'Internal to the documents pipeline: the rows of zh_articles (part article, n = article_no), zh_entities (part mention, with the article_no it falls in), zh_officials (part official) and zh_meetings (part meeting) of one document from a single analysis. With document_id, the rows its row trigger kept when it analysed exactly this body with this anchor and today''s words (see documents_analyse) are taken instead of analysing again';

-- Documents pipeline ------------------------------------------------------------
--
-- zhdoc.documents holds the documents; triggers derive their articles,
-- entity mentions, meetings and officials into the document_* tables in the
-- same transaction, and plain views over those tables serve analysts and BI
-- tools.  Everything here is plain SQL and PL/pgSQL over the C functions
-- above, so it can be read, dumped and restored like any other schema.
--
-- Who writes what: loaders write id-less rows (source, external_id,
-- published, body); the columns derived_at, derive_error and body_tsv and
-- the document_* tables are written by the pipeline alone, running as the
-- extension's owner.  Readers see derived rows only of the documents they
-- may see (row security on the document_* tables defers to documents).

CREATE TABLE documents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source text,
    external_id text,
    published date,
    body text,
    -- When the derived rows were last computed (transaction time) and, if that
    -- failed, why (SQLSTATE: message).  Set by the triggers below.
    derived_at timestamptz,
    derive_error text,
    -- The document's words, stored: phrase queries and ranking then read
    -- positions from the row instead of segmenting each candidate again.
    -- Kept by the BEFORE trigger (not a generated column): it is computed
    -- only when body changes, and pg_restore restores it as it was dumped
    -- instead of recomputing it before the user words are back.
    body_tsv tsvector,
    -- zhdoc.analysis_version() when body_tsv and the derived rows were made:
    -- a document with another is stale (zhdoc.rederive() brings it up to date).
    derived_with text,
    UNIQUE (source, external_id)
);
COMMENT ON TABLE documents IS
'Documents to analyse (a newspaper page, a bulletin). Inserting or updating body or published (re)derives document_articles, document_mentions, document_entities, document_meetings and document_officials in the same transaction; deleting or truncating removes them. published is the anchor date for relative dates. A document whose derivation fails is kept with derive_error set (and a WARNING): the rest of the batch goes on. derived_at, derive_error and body_tsv are written by zhdoc only';
COMMENT ON COLUMN documents.id IS 'Document id (identity)';
COMMENT ON COLUMN documents.source IS 'Where the document comes from (a newspaper, a bulletin); with external_id the key for INSERT ... ON CONFLICT (source, external_id)';
COMMENT ON COLUMN documents.external_id IS 'The document''s id in its source (a URL, a page number)';
COMMENT ON COLUMN documents.published IS 'Publication date: the anchor for dates without a year (5月24日); NULL: the year the text states';
COMMENT ON COLUMN documents.body IS 'The text as extracted (raw PDF text is fine)';
COMMENT ON COLUMN documents.derived_at IS 'When the derived rows were computed (transaction time); written by zhdoc only (a row the owner inserts with it set, as pg_restore does, is taken as restored with its derived rows)';
COMMENT ON COLUMN documents.derive_error IS 'NULL, or why derivation failed: SQLSTATE: message (the document then has no derived rows); written by zhdoc only';
COMMENT ON COLUMN documents.derived_with IS 'zhdoc.analysis_version() when the document was analysed; written by zhdoc only. Another value than the current one: the document is stale (see zhdoc.derivation_status, CALL zhdoc.rederive())';
COMMENT ON COLUMN documents.body_tsv IS 'to_tsvector(''zhdoc.chinese'', body), kept by zhdoc and GIN-indexed: query with body_tsv @@ websearch_to_tsquery(''zhdoc.chinese'', ...)';

-- Full-text search over the whole document: GIN on the stored
-- to_tsvector('zhdoc.chinese', body), so that a phrase query rechecks its
-- candidates from the stored positions (milliseconds) rather than by
-- segmenting every candidate document again.
CREATE INDEX documents_body_fts ON documents USING gin (body_tsv);

-- The derived tables have no foreign keys to documents: the triggers below
-- delete and truncate them with their documents (a foreign key would make
-- TRUNCATE documents fail, and its per-row check and row lock cost a tenth
-- of the ingest time), and only those triggers write them.
CREATE TABLE document_articles (
    document_id bigint NOT NULL,
    article_no int NOT NULL,
    headline text,
    byline text,
    reporters text[],
    body text,
    start int,
    len int,
    section text,
    photographers text[],
    caption text,
    author_org text,
    kicker text,
    subtitle text,
    PRIMARY KEY (document_id, article_no)
);
COMMENT ON TABLE document_articles IS
'zh_articles of each document, maintained by the documents trigger (do not write): read zhdoc.articles';
COMMENT ON COLUMN document_articles.kicker IS 'Kicker (引题) printed above the main title, or NULL';
COMMENT ON COLUMN document_articles.subtitle IS 'Subtitle (副题) printed under the main title, or NULL';

-- One row per mention.  A btree on the entity (then the document) makes both
-- "WHERE entity = 'person:王少峰'" and "documents mentioning X" index scans
-- (the latter index-only); a per-document zhentity[] with GIN would be
-- smaller but could not return the mentions themselves.
CREATE TABLE document_mentions (
    document_id bigint NOT NULL,
    mention_no int NOT NULL,
    article_no int,
    entity zhentity NOT NULL,
    surface text,
    start int,
    len int,
    PRIMARY KEY (document_id, mention_no)
);
CREATE INDEX document_mentions_entity ON document_mentions (entity, document_id);
-- The same look-up by plain text columns, for clients that bind parameters
-- as text or varchar (JDBC, psycopg): WHERE name = ? AND kind = ? on
-- zhdoc.mentions is served by this index.
CREATE INDEX document_mentions_name ON document_mentions (zhdoc.name(entity), zhdoc.kind(entity));
COMMENT ON TABLE document_mentions IS
'zh_entities of each document, with the article each falls in, maintained by the documents trigger (do not write): read zhdoc.mentions';

-- The set of entities each document mentions, for GIN: documents naming
-- several entities at once (entities @> ARRAY['person:王少峰',
-- 'place:丰台区']::zhentity[]) or any of several (&&).
CREATE TABLE document_entities (
    document_id bigint PRIMARY KEY,
    entities zhentity[] NOT NULL
);
CREATE INDEX document_entities_gin ON document_entities USING gin (entities);
COMMENT ON TABLE document_entities IS
'The distinct entities of each document (zhentity[], GIN-indexed), maintained by the documents trigger (do not write): WHERE entities @> ARRAY[''person:王少峰'']::zhdoc.zhentity[]';
COMMENT ON COLUMN document_entities.document_id IS 'zhdoc.documents.id';
COMMENT ON COLUMN document_entities.entities IS 'Every entity the document mentions, once, sorted';

-- meeting_id is document_id * 10000 + the meeting's number in its document:
-- re-deriving a document gives its meetings the same ids (a sequence would
-- not), and the CHECK turns a document with more meetings into a recorded
-- derive_error rather than a clash.
CREATE TABLE document_meetings (
    meeting_id bigint PRIMARY KEY,
    document_id bigint NOT NULL,
    meeting_no int NOT NULL CHECK (meeting_no BETWEEN 1 AND 9999),
    article_no int,
    organ text,
    name text,
    seq int,
    held_on date,
    part_of_day text,
    chair text,
    chair_titles text[],
    attendees text[],
    agenda text[],
    -- the place the text puts the meeting in (see derive_set); the views
    -- prefer the document's source's jurisdiction (zhdoc.sources)
    jurisdiction text,
    CHECK (meeting_id = document_id * 10000 + meeting_no)
);
CREATE INDEX document_meetings_document ON document_meetings (document_id);
CREATE INDEX document_meetings_held_on ON document_meetings (held_on);
-- (organ|chair, held_on): an equality on the first column alone, or with a
-- date range, is one index range.
CREATE INDEX document_meetings_organ ON document_meetings (organ, held_on);
CREATE INDEX document_meetings_chair ON document_meetings (chair, held_on);
CREATE INDEX document_meetings_attendees ON document_meetings USING gin (attendees);
COMMENT ON TABLE document_meetings IS
'zh_meetings of each document (anchored at its published date), maintained by the documents trigger (do not write): read zhdoc.meetings';

-- One row per person per document, with what zhdoc.officials adds up: kept
-- by the trigger so that the view aggregates small rows by an indexed name
-- instead of re-running extraction.
CREATE TABLE document_officials (
    document_id bigint NOT NULL,
    name text NOT NULL,
    titles text[] NOT NULL,
    role text NOT NULL,
    published date,
    meetings_chaired int NOT NULL,
    meetings_attended int NOT NULL,
    jurisdiction text,			-- the document's, as the text names it (see derive_set)
    PRIMARY KEY (document_id, name)
);
CREATE INDEX document_officials_name ON document_officials (name);
COMMENT ON TABLE document_officials IS
'zh_officials of each document with its published date and the meetings each person chaired and attended there, maintained by the documents trigger (do not write): read zhdoc.officials';

-- Where each source's documents belong: one district's paper, one county's
-- bulletin.  Filled by the user; read when the views are read, so a change
-- applies at once to every document of the source.
CREATE TABLE sources (
    source text PRIMARY KEY,
    jurisdiction text NOT NULL CHECK (pg_catalog.length(jurisdiction) OPERATOR(pg_catalog.>) 0)
);
COMMENT ON TABLE sources IS
'The jurisdiction (the place whose organs a source reports: 北京市丰台区) of each source of zhdoc.documents, filled by the user; the meetings and officials views prefer it to the place read from the text';
SELECT pg_catalog.pg_extension_config_dump('sources', '');
GRANT SELECT ON sources TO PUBLIC;

-- Derived rows are visible to a role only where the document they come from
-- is: each policy asks zhdoc.documents, under the reader's own rights and
-- row security, whether the document is there.  A reader therefore needs
-- SELECT on documents (the id column is enough) besides the derived table;
-- a policy on documents that hides a source hides its articles, mentions,
-- meetings and officials as well.  The owner (the pipeline) bypasses them.
ALTER TABLE document_articles ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_mentions ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_entities ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_meetings ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_officials ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible_document ON document_articles FOR SELECT USING
    (EXISTS (SELECT 1 FROM zhdoc.documents d WHERE d.id OPERATOR(pg_catalog.=) document_articles.document_id));
CREATE POLICY visible_document ON document_mentions FOR SELECT USING
    (EXISTS (SELECT 1 FROM zhdoc.documents d WHERE d.id OPERATOR(pg_catalog.=) document_mentions.document_id));
CREATE POLICY visible_document ON document_entities FOR SELECT USING
    (EXISTS (SELECT 1 FROM zhdoc.documents d WHERE d.id OPERATOR(pg_catalog.=) document_entities.document_id));
CREATE POLICY visible_document ON document_meetings FOR SELECT USING
    (EXISTS (SELECT 1 FROM zhdoc.documents d WHERE d.id OPERATOR(pg_catalog.=) document_meetings.document_id));
CREATE POLICY visible_document ON document_officials FOR SELECT USING
    (EXISTS (SELECT 1 FROM zhdoc.documents d WHERE d.id OPERATOR(pg_catalog.=) document_officials.document_id));

-- pg_dump keeps the documents and everything derived from them (and the
-- identity's position).  Restored documents arrive with derived_at and
-- body_tsv set by their owner, so the triggers keep them as they are (see
-- documents_stamp) and the derived rows are restored as dumped, in
-- whatever order pg_restore loads the tables.
SELECT pg_catalog.pg_extension_config_dump('documents', '');
SELECT pg_catalog.pg_extension_config_dump('documents_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('document_articles', '');
SELECT pg_catalog.pg_extension_config_dump('document_mentions', '');
SELECT pg_catalog.pg_extension_config_dump('document_entities', '');
SELECT pg_catalog.pg_extension_config_dump('document_meetings', '');
SELECT pg_catalog.pg_extension_config_dump('document_officials', '');

-- May the current role write the pipeline's own columns (derived_at,
-- derive_error, body_tsv)?  Only the owner of zhdoc.documents may (and
-- superusers): that is the pipeline itself, which runs as the owner, and a
-- restore, which the owner runs.  A loader with INSERT or UPDATE rights may
-- not, so it can neither skip derivation nor forge its result.
CREATE FUNCTION documents_state_writer() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(CURRENT_USER, c.relowner, 'USAGE')
    FROM pg_catalog.pg_class c
    WHERE c.oid OPERATOR(pg_catalog.=) 'zhdoc.documents'::pg_catalog.regclass
$$;
COMMENT ON FUNCTION documents_state_writer() IS
'Internal to the documents triggers: whether the current role may write derived_at, derive_error and body_tsv (the owner of zhdoc.documents, or a superuser)';

-- Documents larger than this are not analysed (the row is kept, with
-- derive_error program_limit_exceeded): a page or a bulletin is kilobytes,
-- so 50 MB in one row is a loading mistake (a whole archive in one value),
-- and extracting it would hold the batch for minutes.
CREATE FUNCTION documents_max_bytes() RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT 52428800::pg_catalog.int8';
COMMENT ON FUNCTION documents_max_bytes() IS
'Largest body (bytes) the documents trigger analyses: 50 MB';

-- The stored words of a body: none for a body over documents_max_bytes(),
-- which derive_set then records as program_limit_exceeded (segmenting it in
-- the row trigger would hold, or fail, the whole statement).
CREATE FUNCTION documents_tsv(body text) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN pg_catalog.octet_length(body) OPERATOR(pg_catalog.>) zhdoc.documents_max_bytes() THEN NULL
                ELSE pg_catalog.to_tsvector('zhdoc.chinese'::pg_catalog.regconfig, body) END
$$;
COMMENT ON FUNCTION documents_tsv(text) IS
'Internal to the documents pipeline: to_tsvector(''zhdoc.chinese'', body), or NULL for a body larger than documents_max_bytes()';

-- The same for a document's row: the one analysis that gives body_tsv also
-- gives the document's derived rows, kept (zhdoc.derive_stash) for
-- derive_set at the end of the statement, which would otherwise normalise
-- and segment the body a second time.
CREATE FUNCTION documents_analyse(document_id bigint, body text, published date) RETURNS tsvector
AS 'MODULE_PATHNAME', 'zhdoc_documents_tsv'
LANGUAGE C VOLATILE PARALLEL RESTRICTED;
COMMENT ON FUNCTION documents_analyse(bigint, text, date) IS
'Internal to the documents pipeline: to_tsvector(''zhdoc.chinese'', body), keeping the document''s derived rows from the same analysis for derive_parts(text, date, bigint)';
CREATE FUNCTION documents_tsv(body text, published date, document_id bigint) RETURNS tsvector
LANGUAGE sql VOLATILE PARALLEL RESTRICTED AS $$
    SELECT CASE WHEN pg_catalog.octet_length(body) OPERATOR(pg_catalog.>) zhdoc.documents_max_bytes() THEN NULL
                ELSE zhdoc.documents_analyse(document_id, body, published) END
$$;
COMMENT ON FUNCTION documents_tsv(text, date, bigint) IS
'Internal to the documents pipeline: documents_tsv(body) for the row of document document_id, keeping its derived rows for the derivation';

-- BEFORE row trigger: computes body_tsv when body changes and marks the row
-- for derivation (derived_at = now()) when body or published changes; an
-- update that changes neither (an idempotent re-run of a batch) derives
-- nothing.  A row the owner inserts with derived_at set is a restored one
-- and is kept as it comes.
CREATE FUNCTION documents_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    version text;
    known pg_catalog.tsvector;
BEGIN
    IF TG_OP OPERATOR(pg_catalog.=) 'INSERT' THEN
        IF NEW.derived_at IS NOT NULL OR NEW.derive_error IS NOT NULL OR NEW.body_tsv IS NOT NULL
           OR NEW.derived_with IS NOT NULL THEN
            IF NOT zhdoc.documents_state_writer() THEN
                RAISE EXCEPTION 'derived_at, derive_error, body_tsv and derived_with of zhdoc.documents are written by zhdoc'
                    USING ERRCODE = 'insufficient_privilege',
                          HINT = 'Insert only source, external_id, published and body; zhdoc derives the rest.';
            END IF;
            IF NEW.derived_at IS NOT NULL THEN
                IF NEW.body_tsv IS NULL AND NEW.body IS NOT NULL THEN
                    NEW.body_tsv := zhdoc.documents_tsv(NEW.body);
                END IF;
                RETURN NEW;     -- restored
            END IF;
        END IF;
        version := zhdoc.analysis_version();
        -- An upsert proposes every row of the batch as an INSERT, and
        -- PostgreSQL fires this trigger for each before it finds the
        -- conflict: segmenting here made re-running an unchanged batch cost
        -- a third of its first load.  A row already stored under the same
        -- key, with the same body, analysed with today's words, has the
        -- words: take them (an index probe and a comparison).  Only for a
        -- role that may read the table (row security applies): a loader
        -- with INSERT alone gets the body segmented as before.
        IF NEW.source IS NOT NULL AND NEW.external_id IS NOT NULL AND NEW.body IS NOT NULL
           AND pg_catalog.has_table_privilege('zhdoc.documents'::pg_catalog.regclass, 'SELECT') THEN
            SELECT d.body_tsv INTO known
            FROM zhdoc.documents d
            WHERE d.source OPERATOR(pg_catalog.=) NEW.source
              AND d.external_id OPERATOR(pg_catalog.=) NEW.external_id
              AND d.body OPERATOR(pg_catalog.=) NEW.body
              AND d.derived_with OPERATOR(pg_catalog.=) version;
        END IF;
        NEW.body_tsv := coalesce(known, zhdoc.documents_tsv(NEW.body, NEW.published, NEW.id));
        NEW.derived_with := version;
        NEW.derived_at := pg_catalog.now();
        NEW.derive_error := NULL;
        RETURN NEW;
    END IF;

    IF (NEW.derived_at IS DISTINCT FROM OLD.derived_at
        OR NEW.derive_error IS DISTINCT FROM OLD.derive_error
        OR NEW.body_tsv IS DISTINCT FROM OLD.body_tsv
        OR NEW.derived_with IS DISTINCT FROM OLD.derived_with)
       AND NOT zhdoc.documents_state_writer() THEN
        RAISE EXCEPTION 'derived_at, derive_error, body_tsv and derived_with of zhdoc.documents are written by zhdoc'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Update body or published; zhdoc derives the rest.';
    END IF;
    IF NEW.body IS DISTINCT FROM OLD.body OR NEW.published IS DISTINCT FROM OLD.published THEN
        -- derived again: the words too if the body or the analysis changed
        version := zhdoc.analysis_version();
        IF NEW.body IS DISTINCT FROM OLD.body OR OLD.derived_with IS DISTINCT FROM version THEN
            NEW.body_tsv := zhdoc.documents_tsv(NEW.body, NEW.published, NEW.id);
            NEW.derived_with := version;
        END IF;
        NEW.derived_at := pg_catalog.now();
        NEW.derive_error := NULL;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION documents_stamp() IS
'BEFORE row trigger of zhdoc.documents: keeps body_tsv and derived_with, marks changed rows for derivation, refuses writes of the pipeline''s columns by other roles, keeps restored rows';


-- Derives the given documents, set-based; the caller has deleted what was
-- derived before.  Any error aborts the whole call: derive_documents() below
-- runs it in a subtransaction and narrows a failure down to the documents
-- that cause it.  Runs inside documents_derive(), as the owner, with that
-- function's search_path; built-ins are qualified all the same.
CREATE FUNCTION derive_set(ids bigint[]) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM zhdoc.documents d
               WHERE d.id OPERATOR(pg_catalog.=) ANY (ids)
                 AND pg_catalog.octet_length(d.body) OPERATOR(pg_catalog.>) zhdoc.documents_max_bytes()) THEN
        RAISE EXCEPTION 'document body larger than zhdoc analyses (% bytes)', zhdoc.documents_max_bytes()
            USING ERRCODE = 'program_limit_exceeded',
                  HINT = 'Split the document into pages or bulletins before loading it.';
    END IF;

    -- One statement: each document is analysed once (derive_parts gives its
    -- mentions, officials and meetings together, as the row trigger kept
    -- them when it computed body_tsv), and every derived table is written
    -- from that.  Data-modifying CTEs all run, referenced or not.
    WITH parts AS MATERIALIZED (
        SELECT d.id AS document_id, p.*
        FROM zhdoc.documents d, zhdoc.derive_parts(d.body, d.published, d.id) p
        WHERE d.id OPERATOR(pg_catalog.=) ANY (ids)
    ), arts AS (
        INSERT INTO zhdoc.document_articles
            (document_id, article_no, headline, byline, reporters, body, start, len,
             section, photographers, caption, author_org, kicker, subtitle)
        SELECT p.document_id, p.n, p.headline, p.byline, p.reporters, p.body, p.start, p.len,
               p.section, p.photographers, p.caption, p.author_org, p.kicker, p.subtitle
        FROM parts p
        WHERE p.part OPERATOR(pg_catalog.=) 'article'
    ), mentions AS (
        -- each mention with the article it falls in (derive_parts finds it)
        INSERT INTO zhdoc.document_mentions (document_id, mention_no, article_no, entity, surface, start, len)
        SELECT p.document_id, p.n, p.article_no, zhdoc.zhentity(p.kind, p.canonical), p.surface, p.start, p.len
        FROM parts p
        WHERE p.part OPERATOR(pg_catalog.=) 'mention'
    ), entity_sets AS (
        INSERT INTO zhdoc.document_entities (document_id, entities)
        SELECT p.document_id, pg_catalog.array_agg(DISTINCT zhdoc.zhentity(p.kind, p.canonical))
        FROM parts p
        WHERE p.part OPERATOR(pg_catalog.=) 'mention'
        GROUP BY p.document_id
    ), admin_places AS (
        -- the administrative places each document names (省 市 区 县 旗 州), how often
        SELECT p.document_id, p.canonical AS place, pg_catalog.count(*) AS mentions,
               pg_catalog.min(p.start) AS first_at
        FROM parts p
        WHERE p.part OPERATOR(pg_catalog.=) 'mention' AND p.kind OPERATOR(pg_catalog.=) 'place'
          AND pg_catalog.length(p.canonical) OPERATOR(pg_catalog.>=) 2
          AND pg_catalog."right"(p.canonical, 1) OPERATOR(pg_catalog.=) ANY ('{省,市,区,县,旗,州}'::pg_catalog.text[])
          -- areas that are no administration's (丽泽金融商务区, 开发区, 社区)
          AND p.canonical OPERATOR(pg_catalog.!~) '(商务|开发|园|社|景|片|校|保护|示范|功能|试验|自贸|保税|风景|工业|产业)区$'
        GROUP BY p.document_id, p.canonical
    ), doc_place AS (
        -- the document's jurisdiction as its text names it: the
        -- administrative place it names most often (first named on a tie,
        -- then the longer: 北京市丰台区 before 北京市, which it nests)
        SELECT DISTINCT ON (a.document_id) a.document_id, a.place
        FROM admin_places a
        ORDER BY a.document_id, a.mentions DESC, a.first_at, pg_catalog.length(a.place) DESC, a.place
    ), meets AS (
        INSERT INTO zhdoc.document_meetings
            (meeting_id, document_id, meeting_no, article_no, organ, name, seq, held_on,
             part_of_day, chair, chair_titles, attendees, agenda, jurisdiction)
        SELECT (p.document_id OPERATOR(pg_catalog.*) 10000) OPERATOR(pg_catalog.+) p.n, p.document_id, p.n,
               p.article_no, p.organ, p.name, p.seq,
               p.held_on, p.part_of_day, p.chair, p.chair_titles, p.attendees, p.agenda,
               -- the place the organ's name begins with (丰台区委常委会: a place the
               -- text names, or an administrative name before an organ's head:
               -- 石景山区|委, 海淀区|政府), else the document's
               coalesce((SELECT a.place FROM admin_places a
                         WHERE a.document_id OPERATOR(pg_catalog.=) p.document_id
                           AND pg_catalog.starts_with(p.organ, a.place)
                         ORDER BY pg_catalog.length(a.place) DESC LIMIT 1),
                        pg_catalog.substring(pg_catalog.regexp_replace(p.organ, '^中共', ''),
                                             '^(.{1,8}?[省市区县旗州])(?:委|政府|人大|政协|人民)'),
                        (SELECT dp.place FROM doc_place dp WHERE dp.document_id OPERATOR(pg_catalog.=) p.document_id))
        FROM parts p
        WHERE p.part OPERATOR(pg_catalog.=) 'meeting'
        RETURNING document_id, meeting_no, chair, chair_titles, attendees, jurisdiction
    )
    -- The persons of the document, and anyone who chaired or attended a
    -- meeting in it, with the meetings counted per person; the titles of a
    -- person the text gives none are those of the first meeting they
    -- chaired.  Joins, not a subquery per person: a chunk has hundreds of
    -- persons and meetings.
    INSERT INTO zhdoc.document_officials
        (document_id, name, titles, role, published, meetings_chaired, meetings_attended, jurisdiction)
    SELECT d.id, coalesce(o.name, p.name),
           coalesce(o.titles, mc.chair_titles, '{}'),
           coalesce(o.role, 'official'), d.published,
           coalesce(p.chaired, 0), coalesce(p.attended, 0),
           -- the jurisdiction of the first meeting the person chaired or
           -- attended here, else the document's most named administrative
           -- place, else its first meeting's
           coalesce(mj.jurisdiction, dp.place, fm.jurisdiction)
    FROM (
        SELECT DISTINCT ON (x.document_id, x.name) x.document_id, x.name, x.titles, x.role
        FROM parts x
        WHERE x.part OPERATOR(pg_catalog.=) 'official' AND x.name IS NOT NULL
        ORDER BY x.document_id, x.name, x.role OPERATOR(pg_catalog.=) 'official' DESC, x.role
    ) o
    FULL JOIN (
        SELECT q.document_id, q.name,
               pg_catalog.count(*) FILTER (WHERE q.chaired)::pg_catalog.int4 AS chaired,
               pg_catalog.count(*) FILTER (WHERE NOT q.chaired)::pg_catalog.int4 AS attended,
               pg_catalog.min(q.meeting_no) FILTER (WHERE q.chaired) AS first_chaired,
               pg_catalog.min(q.meeting_no) AS first_meeting
        FROM (
            SELECT m.document_id, m.chair AS name, true AS chaired, m.meeting_no
            FROM meets m
            WHERE m.chair IS NOT NULL
            UNION ALL
            SELECT DISTINCT m.document_id, a.name, false, m.meeting_no
            FROM meets m, pg_catalog.unnest(m.attendees) AS a(name)
            WHERE a.name IS NOT NULL
        ) q
        GROUP BY q.document_id, q.name
    ) p ON p.document_id OPERATOR(pg_catalog.=) o.document_id AND p.name OPERATOR(pg_catalog.=) o.name
    JOIN zhdoc.documents d ON d.id OPERATOR(pg_catalog.=) coalesce(o.document_id, p.document_id)
    LEFT JOIN meets mc ON mc.document_id OPERATOR(pg_catalog.=) p.document_id
                      AND mc.meeting_no OPERATOR(pg_catalog.=) p.first_chaired
    LEFT JOIN meets mj ON mj.document_id OPERATOR(pg_catalog.=) p.document_id
                      AND mj.meeting_no OPERATOR(pg_catalog.=) p.first_meeting
    LEFT JOIN doc_place dp ON dp.document_id OPERATOR(pg_catalog.=) d.id
    LEFT JOIN (
        SELECT DISTINCT ON (m.document_id) m.document_id, m.jurisdiction
        FROM meets m
        ORDER BY m.document_id, m.meeting_no
    ) fm ON fm.document_id OPERATOR(pg_catalog.=) d.id;
END $$;
COMMENT ON FUNCTION derive_set(bigint[]) IS
'Internal to the documents triggers: derives the given documents set-based; any error aborts it';

-- Derives the given documents in chunks of derive_chunk() documents, so
-- that what one chunk's analysis holds in memory is bounded whatever the
-- size of the statement (a COPY of a whole archive).
CREATE FUNCTION derive_chunk() RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT 256';
COMMENT ON FUNCTION derive_chunk() IS
'Internal to the documents pipeline: documents derived together in one step (bounds the memory of a large statement)';

CREATE FUNCTION derive_documents(ids bigint[]) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n int := coalesce(pg_catalog.array_length(ids, 1), 0);
    chunk int := zhdoc.derive_chunk();
BEGIN
    FOR i IN 0 .. (n OPERATOR(pg_catalog.-) 1) OPERATOR(pg_catalog./) chunk LOOP
        PERFORM zhdoc.derive_bisect(ids[(i OPERATOR(pg_catalog.*) chunk) OPERATOR(pg_catalog.+) 1 :
                                        (i OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.*) chunk]);
    END LOOP;
END $$;
COMMENT ON FUNCTION derive_documents(bigint[]) IS
'Internal to the documents triggers: derives the given documents chunk by chunk';

-- Derives the given documents; errors are isolated by bisection: the whole
-- set is tried in one subtransaction and, if that fails, each half again,
-- down to single documents, whose error is recorded in derive_error and
-- raised as a WARNING naming the document (or, with zhdoc.on_derive_error
-- = error, as an error that aborts the statement).  A batch with one bad
-- document thus costs about twice a clean one, not a subtransaction per
-- document.
CREATE FUNCTION derive_bisect(ids bigint[]) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n int := coalesce(pg_catalog.array_length(ids, 1), 0);
    err_state text;
    err_message text;
    doc record;
BEGIN
    IF n OPERATOR(pg_catalog.=) 0 THEN
        RETURN;
    END IF;
    BEGIN
        PERFORM zhdoc.derive_set(ids);
        RETURN;
    EXCEPTION WHEN others THEN
        GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT;
        -- a failure of the moment (deadlock, serialization, lock timeout, resources,
        -- operator intervention, system, a lost connection to a Citus worker)
        -- is no fault of the documents: it fails the statement, to be run again
        IF pg_catalog."left"(err_state, 2) OPERATOR(pg_catalog.=) ANY ('{08,40,53,57,58}'::pg_catalog.text[])
           OR err_state OPERATOR(pg_catalog.=) '55P03' THEN
            RAISE;
        END IF;
    END;
    IF n OPERATOR(pg_catalog.>) 1 THEN
        PERFORM zhdoc.derive_bisect(ids[1 : n OPERATOR(pg_catalog./) 2]);
        PERFORM zhdoc.derive_bisect(ids[(n OPERATOR(pg_catalog./) 2) OPERATOR(pg_catalog.+) 1 : n]);
        RETURN;
    END IF;
    IF pg_catalog.current_setting('zhdoc.on_derive_error', true) OPERATOR(pg_catalog.=) 'error' THEN
        SELECT d.id, d.source, d.external_id INTO doc FROM zhdoc.documents d WHERE d.id OPERATOR(pg_catalog.=) ids[1];
        RAISE EXCEPTION 'zhdoc: document % (source %, external_id %) could not be derived: %',
            doc.id, coalesce(pg_catalog.quote_literal(doc.source), 'NULL'),
            coalesce(pg_catalog.quote_literal(doc.external_id), 'NULL'), err_message
            USING ERRCODE = err_state,
                  HINT = 'zhdoc.on_derive_error is error; set it to warning to keep such documents with derive_error set.';
    END IF;
    -- Only derive_error is set, so this update derives nothing again.
    UPDATE zhdoc.documents SET derive_error = err_state OPERATOR(pg_catalog.||) ': ' OPERATOR(pg_catalog.||) err_message
    WHERE id OPERATOR(pg_catalog.=) ids[1]
    RETURNING id, source, external_id INTO doc;
    RAISE WARNING 'zhdoc: document % (source %, external_id %) kept without derived rows: %',
        doc.id, coalesce(pg_catalog.quote_literal(doc.source), 'NULL'),
        coalesce(pg_catalog.quote_literal(doc.external_id), 'NULL'), err_message
        USING ERRCODE = err_state,
              HINT = 'The error is in zhdoc.documents.derive_error; fix the document and UPDATE it to derive it again.';
END $$;
COMMENT ON FUNCTION derive_bisect(bigint[]) IS
'Internal to the documents triggers: derives the given documents, recording each failing one''s error in derive_error with a WARNING';

-- The triggers below are SECURITY DEFINER: a role that may write
-- zhdoc.documents gets its derived rows written without rights on the
-- derived tables, which only these triggers write.  Such a function must
-- serve its one purpose only: nobody but the owner may attach it to a table
-- (EXECUTE is revoked from PUBLIC below; CREATE TRIGGER requires it), and it
-- refuses to run unless zhdoc.documents fired it, as the trigger it was
-- made for, before it reads anything of the firing relation: a column of a
-- caller's table could carry a type whose casts or operators run the
-- caller's code with the owner's rights.
CREATE FUNCTION documents_trigger_check(fn text, relid oid, tg_when text, tg_level text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF relid IS DISTINCT FROM 'zhdoc.documents'::pg_catalog.regclass::pg_catalog.oid
       OR tg_when IS DISTINCT FROM 'AFTER' OR tg_level IS DISTINCT FROM 'STATEMENT' THEN
        RAISE EXCEPTION '% may only fire as an AFTER statement trigger of zhdoc.documents', fn
            USING ERRCODE = 'trigger_protocol_violated';
    END IF;
END $$;
COMMENT ON FUNCTION documents_trigger_check(text, oid, text, text) IS
'Internal to the documents triggers: refuses to go on unless zhdoc.documents fired the trigger';

-- AFTER statement triggers (one per event: transition tables allow no
-- more).  On UPDATE, rows are derived again when the BEFORE trigger stamped
-- them in this statement (body or published changed).
CREATE FUNCTION documents_derive() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ids bigint[];
BEGIN
    PERFORM zhdoc.documents_trigger_check('zhdoc.documents_derive()', TG_RELID, TG_WHEN, TG_LEVEL);
    IF TG_OP OPERATOR(pg_catalog.=) 'INSERT' THEN
        SELECT pg_catalog.array_agg(n.id ORDER BY n.id) INTO ids
        FROM new_rows n
        WHERE n.derived_at OPERATOR(pg_catalog.=) pg_catalog.now() AND n.derive_error IS NULL;
    ELSIF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
        SELECT pg_catalog.array_agg(n.id ORDER BY n.id) INTO ids
        FROM new_rows n JOIN old_rows o ON o.id OPERATOR(pg_catalog.=) n.id
        WHERE n.derived_at OPERATOR(pg_catalog.=) pg_catalog.now() AND n.derive_error IS NULL
          AND (o.derived_at IS DISTINCT FROM n.derived_at
               OR o.body IS DISTINCT FROM n.body
               OR o.published IS DISTINCT FROM n.published);
        IF ids IS NOT NULL THEN
            PERFORM zhdoc.documents_forget(ids);
        END IF;
    ELSE
        RAISE EXCEPTION 'zhdoc.documents_derive() fires on INSERT and UPDATE only'
            USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    PERFORM zhdoc.derive_documents(ids);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION documents_derive() IS
'AFTER statement trigger of zhdoc.documents: replaces the derived rows of the documents the statement inserted or changed';

-- Deletes what was derived from the given documents.
CREATE FUNCTION documents_forget(ids bigint[]) RETURNS void
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
    DELETE FROM zhdoc.document_articles WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
    DELETE FROM zhdoc.document_mentions WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
    DELETE FROM zhdoc.document_entities WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
    DELETE FROM zhdoc.document_meetings WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
    DELETE FROM zhdoc.document_officials WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
$$;
COMMENT ON FUNCTION documents_forget(bigint[]) IS
'Internal to the documents triggers: deletes the derived rows of the given documents';

-- The cascade of DELETE and TRUNCATE to the derived tables.
CREATE FUNCTION documents_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ids bigint[];
BEGIN
    PERFORM zhdoc.documents_trigger_check('zhdoc.documents_deleted()', TG_RELID, TG_WHEN, TG_LEVEL);
    IF TG_OP OPERATOR(pg_catalog.=) 'TRUNCATE' THEN
        TRUNCATE zhdoc.document_articles, zhdoc.document_mentions, zhdoc.document_entities,
                 zhdoc.document_meetings, zhdoc.document_officials;
    ELSIF TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN
        SELECT pg_catalog.array_agg(o.id) INTO ids FROM old_rows o;
        IF ids IS NOT NULL THEN
            PERFORM zhdoc.documents_forget(ids);
        END IF;
    ELSE
        RAISE EXCEPTION 'zhdoc.documents_deleted() fires on DELETE and TRUNCATE only'
            USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION documents_deleted() IS
'AFTER DELETE and TRUNCATE trigger of zhdoc.documents: deletes the derived rows of the deleted documents';

-- Runs of zhdoc.rederive(), one row each, updated after every batch (in the
-- batch's transaction): what a scheduled job did, and how far a run got.
CREATE TABLE rederive_runs (
    run_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    updated_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    finished_at timestamptz,
    only_stale boolean NOT NULL,
    batch_size int NOT NULL,
    documents bigint NOT NULL DEFAULT 0,
    batches int NOT NULL DEFAULT 0,
    last_id bigint
);
SELECT pg_catalog.pg_extension_config_dump('rederive_runs', '');
SELECT pg_catalog.pg_extension_config_dump('rederive_runs_run_id_seq', '');
COMMENT ON TABLE rederive_runs IS
'One row per CALL zhdoc.rederive(): when it started, its progress (documents, batches, last document id, committed with each batch) and when it finished (NULL: running, or stopped before the end)';

-- Derives documents again (after an upgrade of zhdoc, or a change of user
-- words): body_tsv and every derived row, in batches of batch_size
-- documents in id order, committing after each batch so that a long run
-- holds no lock for long and an interruption loses one batch at most; a
-- NOTICE and the run's row in rederive_runs report progress.  By default
-- only stale documents (derived_with other than analysis_version()); all of
-- them with only_stale => false.  For the owner: it writes the pipeline's
-- own columns.  (No SET search_path: a procedure with one may not commit;
-- every name in it is qualified instead.)
CREATE PROCEDURE rederive(batch_size int DEFAULT 1000, only_stale boolean DEFAULT true)
LANGUAGE plpgsql AS $$
DECLARE
    upto bigint := 0;
    ids bigint[];
    done bigint := 0;
    run bigint;
    version text := zhdoc.analysis_version();
BEGIN
    IF batch_size IS NULL OR batch_size OPERATOR(pg_catalog.<) 1 THEN
        RAISE EXCEPTION 'batch_size must be at least 1'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO zhdoc.rederive_runs (only_stale, batch_size)
    VALUES (coalesce(only_stale, true), batch_size) RETURNING run_id INTO run;
    COMMIT;
    LOOP
        SELECT pg_catalog.array_agg(s.id ORDER BY s.id) INTO ids
        FROM (SELECT d.id FROM zhdoc.documents d
              WHERE d.id OPERATOR(pg_catalog.>) upto
                AND (NOT coalesce(only_stale, true) OR d.derived_with IS NULL
                     OR d.derived_with OPERATOR(pg_catalog.<>) version)
              ORDER BY d.id LIMIT batch_size) s;
        EXIT WHEN ids IS NULL;
        -- a new derived_at makes the AFTER trigger derive the rows again,
        -- from the analysis that gives the words (documents_tsv keeps the
        -- rows); in batch mode (no trigger: see set_derivation_mode) this
        -- derives them, and the words come from the one-argument form: Citus
        -- pushes no VOLATILE function down to the shards (and takes no STABLE
        -- function of a column in an UPDATE's SET: hence the subquery)
        IF zhdoc.derivation_mode() OPERATOR(pg_catalog.=) 'batch' THEN
            UPDATE zhdoc.documents d
            SET body_tsv = w.tsv,
                derived_with = version, derived_at = pg_catalog.now(), derive_error = NULL
            FROM (SELECT x.id, zhdoc.documents_tsv(x.body) AS tsv FROM zhdoc.documents x
                  WHERE x.id OPERATOR(pg_catalog.=) ANY (ids)) w
            WHERE d.id OPERATOR(pg_catalog.=) w.id;
            PERFORM zhdoc.documents_forget(ids);
            PERFORM zhdoc.derive_documents(ids);
        ELSE
            UPDATE zhdoc.documents d
            SET body_tsv = zhdoc.documents_tsv(d.body, d.published, d.id),
                derived_with = version, derived_at = pg_catalog.now(), derive_error = NULL
            WHERE d.id OPERATOR(pg_catalog.=) ANY (ids);
        END IF;
        upto := ids[pg_catalog.array_upper(ids, 1)];
        done := done OPERATOR(pg_catalog.+) pg_catalog.array_length(ids, 1);
        UPDATE zhdoc.rederive_runs r
        SET documents = done, batches = r.batches OPERATOR(pg_catalog.+) 1, last_id = upto,
            updated_at = pg_catalog.clock_timestamp()
        WHERE r.run_id OPERATOR(pg_catalog.=) run;
        RAISE NOTICE 'zhdoc.rederive: % documents derived again (last id %)', done, upto;
        COMMIT;
    END LOOP;
    UPDATE zhdoc.rederive_runs r SET finished_at = pg_catalog.clock_timestamp(), updated_at = pg_catalog.clock_timestamp()
    WHERE r.run_id OPERATOR(pg_catalog.=) run;
    COMMIT;
END $$;
COMMENT ON PROCEDURE rederive(int, boolean) IS
'Derives stale documents (or, only_stale => false, all of them) again: body_tsv and the derived tables, in batches of batch_size, committing after each batch, progress in zhdoc.rederive_runs; for the owner of zhdoc.documents: CALL zhdoc.rederive()';

-- How the documents stand: counts by state, for a dashboard or a check
-- after a scheduled load.
CREATE VIEW derivation_status WITH (security_invoker = true) AS
SELECT pg_catalog.count(*) AS documents,
       pg_catalog.count(*) FILTER (WHERE d.derive_error IS NULL
                                   AND d.derived_with OPERATOR(pg_catalog.=) v.version) AS current,
       pg_catalog.count(*) FILTER (WHERE d.derived_with IS DISTINCT FROM v.version) AS stale,
       pg_catalog.count(*) FILTER (WHERE d.derive_error IS NOT NULL) AS failed,
       pg_catalog.max(d.derived_at) AS last_derived_at,
       v.version AS analysis_version
FROM zhdoc.documents d, (SELECT zhdoc.analysis_version() AS version) v
GROUP BY v.version;
COMMENT ON VIEW derivation_status IS
'Documents by state: current (derived with today''s dictionary and user words), stale (derived with another: CALL zhdoc.rederive()), failed (derive_error set: see zhdoc.derivation_errors)';

COMMENT ON COLUMN derivation_status.documents IS 'Documents in zhdoc.documents (that the reader may see)';
COMMENT ON COLUMN derivation_status.current IS 'Derived without error with today''s analysis_version';
COMMENT ON COLUMN derivation_status.stale IS 'Derived with another dictionary or other user words: CALL zhdoc.rederive() brings them up to date';
COMMENT ON COLUMN derivation_status.failed IS 'Kept without derived rows (derive_error set): see zhdoc.derivation_errors';
COMMENT ON COLUMN derivation_status.last_derived_at IS 'When a document was last derived';
COMMENT ON COLUMN derivation_status.analysis_version IS 'zhdoc.analysis_version() now';

CREATE VIEW derivation_errors WITH (security_invoker = true) AS
SELECT d.id AS document_id, d.source, d.external_id, d.derived_at, d.derive_error
FROM zhdoc.documents d
WHERE d.derive_error IS NOT NULL;
COMMENT ON VIEW derivation_errors IS
'Documents kept without derived rows, with why (SQLSTATE: message) and when: fix and UPDATE them to derive again';
COMMENT ON COLUMN derivation_errors.document_id IS 'zhdoc.documents.id';
COMMENT ON COLUMN derivation_errors.source IS 'zhdoc.documents.source';
COMMENT ON COLUMN derivation_errors.external_id IS 'zhdoc.documents.external_id';
COMMENT ON COLUMN derivation_errors.derived_at IS 'When derivation was tried';
COMMENT ON COLUMN derivation_errors.derive_error IS 'Why it failed: SQLSTATE: message';

-- Internal functions: not for PUBLIC.  The triggers run them as the owner.
REVOKE EXECUTE ON PROCEDURE rederive(int, boolean) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION documents_derive() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION documents_deleted() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION documents_forget(bigint[]) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION documents_trigger_check(text, oid, text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION derive_set(bigint[]) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION derive_documents(bigint[]) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION derive_bisect(bigint[]) FROM PUBLIC;

CREATE TRIGGER documents_stamp
BEFORE INSERT OR UPDATE ON documents
FOR EACH ROW EXECUTE FUNCTION documents_stamp();
CREATE TRIGGER documents_derive_insert
AFTER INSERT ON documents REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION documents_derive();
CREATE TRIGGER documents_derive_update
AFTER UPDATE ON documents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION documents_derive();
CREATE TRIGGER documents_deleted
AFTER DELETE ON documents REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION documents_deleted();
CREATE TRIGGER documents_truncated
AFTER TRUNCATE ON documents
FOR EACH STATEMENT EXECUTE FUNCTION documents_deleted();

-- Views ---------------------------------------------------------------------------
--
-- Plain column types only (text, text[], int, bigint, date; zhentity only
-- in mentions, beside its kind and name as text) so that BI tools read them
-- through the catalog.  security_invoker: a reader needs SELECT on the
-- tables too, and row security on the derived tables shows the reader only
-- the rows of documents that the reader may see in zhdoc.documents.

CREATE VIEW articles WITH (security_invoker = true) AS
SELECT a.document_id, a.article_no, a.headline, a.byline, a.reporters, a.body,
       a.start, a.len, a.section, a.photographers, a.caption, a.author_org,
       a.kicker, a.subtitle, d.source, d.external_id, d.published
FROM zhdoc.document_articles a
LEFT JOIN zhdoc.documents d ON d.id OPERATOR(pg_catalog.=) a.document_id;
COMMENT ON VIEW articles IS
'Articles of every document in zhdoc.documents (zh_articles), with the document''s source and published date';
COMMENT ON COLUMN articles.document_id IS 'zhdoc.documents.id';
COMMENT ON COLUMN articles.article_no IS 'Number of the article in its document, in layout order, from 1';
COMMENT ON COLUMN articles.headline IS 'Headline: the main title (主题) when it is printed with a kicker or subtitle';
COMMENT ON COLUMN articles.byline IS 'Byline as printed (本报讯（记者 王蕾蕾）)';
COMMENT ON COLUMN articles.reporters IS 'Reporters named in the byline';
COMMENT ON COLUMN articles.body IS 'Normalised text of the article, without byline and photo credits';
COMMENT ON COLUMN articles.start IS '1-based character offset of the article in the document body';
COMMENT ON COLUMN articles.len IS 'Length of the article in the document body, in characters';
COMMENT ON COLUMN articles.section IS 'Column name of the page (走一线), or NULL';
COMMENT ON COLUMN articles.photographers IS 'Photographers credited';
COMMENT ON COLUMN articles.caption IS 'Photo caption, or NULL';
COMMENT ON COLUMN articles.author_org IS 'Signing organisation, or NULL';
COMMENT ON COLUMN articles.kicker IS 'Kicker (引题): headline lines printed right above the main title, or NULL';
COMMENT ON COLUMN articles.subtitle IS 'Subtitle (副题): headline lines printed right under the main title, without a leading ——, or NULL';
COMMENT ON COLUMN articles.source IS 'zhdoc.documents.source';
COMMENT ON COLUMN articles.external_id IS 'zhdoc.documents.external_id';
COMMENT ON COLUMN articles.published IS 'zhdoc.documents.published';

CREATE VIEW mentions WITH (security_invoker = true) AS
SELECT m.document_id, m.article_no, m.mention_no, m.entity,
       zhdoc.kind(m.entity) AS kind, zhdoc.name(m.entity) AS name,
       m.surface, m.start, m.len
FROM zhdoc.document_mentions m;
COMMENT ON VIEW mentions IS
'Mentions of persons, titles, places and organisations in every document (zh_entities). Indexed: WHERE entity = ''person:王少峰'' (also for the documents mentioning it)';
COMMENT ON COLUMN mentions.document_id IS 'zhdoc.documents.id';
COMMENT ON COLUMN mentions.article_no IS 'The article the mention falls in (zhdoc.articles.article_no), NULL outside any article';
COMMENT ON COLUMN mentions.mention_no IS 'Number of the mention in its document, in text order, from 1';
COMMENT ON COLUMN mentions.entity IS 'The entity as kind:name (zhentity; compare with a string: entity = ''person:王少峰'')';
COMMENT ON COLUMN mentions.kind IS 'person, title, place or org';
COMMENT ON COLUMN mentions.name IS 'Canonical name of the entity';
COMMENT ON COLUMN mentions.surface IS 'The mention as written in the document';
COMMENT ON COLUMN mentions.start IS '1-based character offset of the mention in the document body';
COMMENT ON COLUMN mentions.len IS 'Length of the mention in characters';

CREATE VIEW meetings WITH (security_invoker = true) AS
SELECT m.document_id, m.meeting_id, m.article_no, m.organ, m.name, m.seq, m.held_on,
       m.part_of_day, m.chair, m.chair_titles, m.attendees, m.agenda,
       coalesce(s.jurisdiction, m.jurisdiction) AS jurisdiction
FROM zhdoc.document_meetings m
LEFT JOIN zhdoc.documents d ON d.id OPERATOR(pg_catalog.=) m.document_id
LEFT JOIN zhdoc.sources s ON s.source OPERATOR(pg_catalog.=) d.source;
COMMENT ON VIEW meetings IS
'Meetings reported in every document (zh_meetings, anchored at the published date). Indexed: held_on ranges, organ, chair (each with held_on), attendees @> ARRAY[''name'']';
COMMENT ON COLUMN meetings.document_id IS 'zhdoc.documents.id';
COMMENT ON COLUMN meetings.meeting_id IS 'Meeting id: document_id * 10000 + its number in the document (stable when the document is derived again)';
COMMENT ON COLUMN meetings.article_no IS 'The article reporting the meeting (zhdoc.articles.article_no)';
COMMENT ON COLUMN meetings.organ IS 'The body that met (区委常委会)';
COMMENT ON COLUMN meetings.name IS 'Name of the meeting (区委常委会第68次会议)';
COMMENT ON COLUMN meetings.seq IS 'Sequence number (第68次), or NULL';
COMMENT ON COLUMN meetings.held_on IS 'Date held, or NULL if the text gives none';
COMMENT ON COLUMN meetings.part_of_day IS 'morning, noon, afternoon, evening, night or NULL';
COMMENT ON COLUMN meetings.chair IS 'Who chaired (主持), or NULL';
COMMENT ON COLUMN meetings.chair_titles IS 'Titles given to the chair in the report';
COMMENT ON COLUMN meetings.attendees IS 'Others named as attending; filter with attendees @> ARRAY[''name''] to use the index';
COMMENT ON COLUMN meetings.jurisdiction IS 'Where the organ belongs: the jurisdiction of the document''s source (zhdoc.sources), else the place the organ''s name begins with (丰台区委常委会), else the administrative place the document names most often; NULL if none';
COMMENT ON COLUMN meetings.agenda IS 'Documents heard, studied or adopted (the 《》 titles)';

-- Aggregated per name when read: a name filter is pushed into both grouped
-- subqueries and becomes an index scan on document_officials(name).
CREATE VIEW officials WITH (security_invoker = true) AS
SELECT s.name,
       coalesce(t.titles, '{}'::pg_catalog.text[]) AS titles,
       s.first_seen, s.last_seen, s.documents, s.meetings_chaired, s.meetings_attended,
       s.roles
FROM (
    SELECT o.name,
           pg_catalog.min(o.published) AS first_seen,
           pg_catalog.max(o.published) AS last_seen,
           pg_catalog.count(*)::pg_catalog.int4 AS documents,
           pg_catalog.sum(o.meetings_chaired)::pg_catalog.int4 AS meetings_chaired,
           pg_catalog.sum(o.meetings_attended)::pg_catalog.int4 AS meetings_attended,
           pg_catalog.array_agg(DISTINCT o.role ORDER BY o.role) AS roles
    FROM zhdoc.document_officials o
    GROUP BY o.name
) s
LEFT JOIN (
    SELECT o.name, pg_catalog.array_agg(DISTINCT t ORDER BY t) AS titles
    FROM zhdoc.document_officials o, pg_catalog.unnest(o.titles) AS t
    GROUP BY o.name
) t ON t.name OPERATOR(pg_catalog.=) s.name;
COMMENT ON VIEW officials IS
'One row per person across all documents: the titles seen, first and last published date, documents and meetings. Indexed by name';
COMMENT ON COLUMN officials.name IS 'Name of the person';
COMMENT ON COLUMN officials.titles IS 'Every title the person was given, sorted';
COMMENT ON COLUMN officials.first_seen IS 'Earliest published date of a document naming the person';
COMMENT ON COLUMN officials.last_seen IS 'Latest published date of a document naming the person';
COMMENT ON COLUMN officials.documents IS 'Number of documents naming the person';
COMMENT ON COLUMN officials.meetings_chaired IS 'Number of meetings (zhdoc.meetings) the person chaired';
COMMENT ON COLUMN officials.meetings_attended IS 'Number of meetings the person attended without chairing';
COMMENT ON COLUMN officials.roles IS 'Roles seen: official, reporter, photographer, other';

-- Flat views for BI tools, which cannot group by an array element ---------

CREATE VIEW meeting_participants WITH (security_invoker = true) AS
SELECT m.meeting_id, m.document_id, m.held_on, m.organ, m.name AS meeting,
       'chair'::pg_catalog.text AS role, m.chair AS person, m.chair_titles AS titles
FROM zhdoc.document_meetings m
WHERE m.chair IS NOT NULL
UNION ALL
SELECT m.meeting_id, m.document_id, m.held_on, m.organ, m.name,
       'attendee'::pg_catalog.text, a.person, NULL::pg_catalog.text[]
FROM zhdoc.document_meetings m, pg_catalog.unnest(m.attendees) AS a(person);
COMMENT ON VIEW meeting_participants IS
'One row per meeting and participant: the chair (role chair, with the titles printed there) and each attendee (role attendee). Unique: (meeting_id, role, person)';
COMMENT ON COLUMN meeting_participants.meeting_id IS 'zhdoc.meetings.meeting_id';
COMMENT ON COLUMN meeting_participants.document_id IS 'zhdoc.documents.id';
COMMENT ON COLUMN meeting_participants.held_on IS 'Date the meeting was held, or NULL';
COMMENT ON COLUMN meeting_participants.organ IS 'The body that met';
COMMENT ON COLUMN meeting_participants.meeting IS 'Name of the meeting';
COMMENT ON COLUMN meeting_participants.role IS 'chair or attendee';
COMMENT ON COLUMN meeting_participants.person IS 'Name of the participant';
COMMENT ON COLUMN meeting_participants.titles IS 'Titles printed with the chair (NULL for attendees)';

CREATE VIEW meeting_agenda WITH (security_invoker = true) AS
SELECT m.meeting_id, m.document_id, m.held_on, m.organ, m.name AS meeting,
       a.item_no::pg_catalog.int4 AS item_no, a.item
FROM zhdoc.document_meetings m, pg_catalog.unnest(m.agenda) WITH ORDINALITY AS a(item, item_no);
COMMENT ON VIEW meeting_agenda IS
'One row per meeting and agenda item (the 《》 documents heard, studied or adopted), in the order printed. Unique: (meeting_id, item_no)';
COMMENT ON COLUMN meeting_agenda.meeting_id IS 'zhdoc.meetings.meeting_id';
COMMENT ON COLUMN meeting_agenda.document_id IS 'zhdoc.documents.id';
COMMENT ON COLUMN meeting_agenda.held_on IS 'Date the meeting was held, or NULL';
COMMENT ON COLUMN meeting_agenda.organ IS 'The body that met';
COMMENT ON COLUMN meeting_agenda.meeting IS 'Name of the meeting';
COMMENT ON COLUMN meeting_agenda.item_no IS 'Position of the item in the meeting''s agenda, from 1';
COMMENT ON COLUMN meeting_agenda.item IS 'The document''s title, without 《》';

CREATE VIEW official_titles WITH (security_invoker = true) AS
SELECT o.name, t.title,
       pg_catalog.min(o.published) AS first_seen, pg_catalog.max(o.published) AS last_seen,
       pg_catalog.count(*)::pg_catalog.int4 AS documents
FROM zhdoc.document_officials o, pg_catalog.unnest(o.titles) AS t(title)
GROUP BY o.name, t.title;
COMMENT ON VIEW official_titles IS
'One row per person and title across all documents, with the first and last published date it was seen and in how many documents. Unique: (name, title). Indexed by name';
COMMENT ON COLUMN official_titles.name IS 'Name of the person';
COMMENT ON COLUMN official_titles.title IS 'A title the person was given';
COMMENT ON COLUMN official_titles.first_seen IS 'Earliest published date of a document giving the title';
COMMENT ON COLUMN official_titles.last_seen IS 'Latest published date of a document giving the title';
COMMENT ON COLUMN official_titles.documents IS 'Number of documents giving the person the title';

-- Officials by jurisdiction: the same name in two districts' papers is two
-- people.  One row per jurisdiction and name (jurisdiction as in
-- zhdoc.meetings: the source's, else the document's most named
-- administrative place).
CREATE VIEW officials_by_jurisdiction WITH (security_invoker = true) AS
SELECT j.jurisdiction, o.name,
       pg_catalog.array_agg(DISTINCT t.title ORDER BY t.title) FILTER (WHERE t.title IS NOT NULL) AS titles,
       pg_catalog.min(o.published) AS first_seen, pg_catalog.max(o.published) AS last_seen,
       pg_catalog.count(DISTINCT o.document_id)::pg_catalog.int4 AS documents
FROM zhdoc.document_officials o
LEFT JOIN zhdoc.documents d ON d.id OPERATOR(pg_catalog.=) o.document_id
LEFT JOIN zhdoc.sources s ON s.source OPERATOR(pg_catalog.=) d.source
CROSS JOIN LATERAL (SELECT coalesce(s.jurisdiction, o.jurisdiction) AS jurisdiction) j
LEFT JOIN LATERAL pg_catalog.unnest(o.titles) AS t(title) ON true
WHERE o.role OPERATOR(pg_catalog.=) 'official'
GROUP BY j.jurisdiction, o.name;
COMMENT ON VIEW officials_by_jurisdiction IS
'One row per jurisdiction and official (persons with role official): titles seen, first and last published date, documents. Unique: (jurisdiction, name). A person who chaired or attended a meeting takes that meeting''s jurisdiction, others the document''s';
COMMENT ON COLUMN officials_by_jurisdiction.jurisdiction IS 'The source''s jurisdiction (zhdoc.sources), else the administrative place the document names most often; NULL if none';
COMMENT ON COLUMN officials_by_jurisdiction.name IS 'Name of the person';
COMMENT ON COLUMN officials_by_jurisdiction.titles IS 'Every title the person was given there, sorted';
COMMENT ON COLUMN officials_by_jurisdiction.first_seen IS 'Earliest published date of a document naming the person there';
COMMENT ON COLUMN officials_by_jurisdiction.last_seen IS 'Latest published date of a document naming the person there';
COMMENT ON COLUMN officials_by_jurisdiction.documents IS 'Number of documents naming the person there';

-- Batch derivation and Citus ---------------------------------------------------
--
-- By default the triggers above derive a document in the statement that
-- writes it.  Two cases want the work done later, in batches, by a step the
-- ETL calls (CALL zhdoc.rederive(), from pg_cron or the loader):
--  - a single node loading a large archive (set_derivation_mode('batch'));
--  - Citus, which distributes no table with triggers ("cannot distribute
--    relation because it has triggers"), and whose workers could not run
--    them anyway: the derivation reads zhdoc.documents across shards.
-- In batch mode a document is written with derived_with NULL, which is what
-- makes it stale (zhdoc.derivation_status counts it), and rederive()
-- derives it: body_tsv in an UPDATE and the derived rows with the same
-- derive_documents() the triggers call.  No second mechanism: staleness,
-- rederive_runs and the error bisection are the trigger mode's.

-- 'trigger' when the documents triggers derive (the default), 'batch' when
-- rederive() does (set_derivation_mode('batch'), or zhdoc.distribute()).
CREATE FUNCTION derivation_mode() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t
                             WHERE t.tgrelid OPERATOR(pg_catalog.=) 'zhdoc.documents'::pg_catalog.regclass
                               AND t.tgname OPERATOR(pg_catalog.=) 'documents_derive_insert'
                               AND t.tgenabled OPERATOR(pg_catalog.<>) 'D')
                THEN 'trigger' ELSE 'batch' END
$$;
COMMENT ON FUNCTION derivation_mode() IS
'How documents are derived: trigger (in the statement that writes them) or batch (by CALL zhdoc.rederive(), as on Citus)';

-- Switches a single node between the two modes by disabling or enabling the
-- triggers that stamp and derive (those that forget deleted documents stay).
-- Documents written in batch mode stay pending (stale) until rederive().
CREATE FUNCTION set_derivation_mode(mode text) RETURNS text
LANGUAGE plpgsql STRICT SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF mode OPERATOR(pg_catalog.<>) ALL ('{trigger,batch}'::pg_catalog.text[]) THEN
        RAISE EXCEPTION 'derivation mode must be trigger or batch, not %', pg_catalog.quote_literal(mode)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t
                   WHERE t.tgrelid OPERATOR(pg_catalog.=) 'zhdoc.documents'::pg_catalog.regclass
                     AND t.tgname OPERATOR(pg_catalog.=) 'documents_derive_insert') THEN
        RAISE EXCEPTION 'zhdoc.documents is distributed: it is derived in batches only'
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Run CALL zhdoc.rederive() after each load.';
    END IF;
    IF mode OPERATOR(pg_catalog.=) 'batch' THEN
        ALTER TABLE zhdoc.documents DISABLE TRIGGER documents_stamp,
            DISABLE TRIGGER documents_derive_insert, DISABLE TRIGGER documents_derive_update;
    ELSE
        ALTER TABLE zhdoc.documents ENABLE TRIGGER documents_stamp,
            ENABLE TRIGGER documents_derive_insert, ENABLE TRIGGER documents_derive_update;
    END IF;
    RETURN zhdoc.derivation_mode();
END $$;
REVOKE EXECUTE ON FUNCTION set_derivation_mode(text) FROM PUBLIC;
COMMENT ON FUNCTION set_derivation_mode(text) IS
'Single node: batch makes the documents triggers stop deriving (load fast, then CALL zhdoc.rederive()); trigger derives in each writing statement again (run CALL zhdoc.rederive() for what was loaded meanwhile). For the owner of zhdoc.documents';

-- Distributes the documents pipeline over a Citus cluster, from the
-- coordinator, once Citus and zhdoc are installed on every node and the
-- workers added.  Citus lets an extension's tables be distributed: it
-- creates no shell table for them on the workers, where CREATE EXTENSION
-- zhdoc (which Citus runs there itself) has made them.  What Citus refuses
-- is changed first, and said in the README:
--  - the documents triggers are dropped: batch mode for good;
--  - UNIQUE (source, external_id) is dropped: Citus enforces only unique
--    keys that hold the distribution column (id), so loaders deduplicate;
--  - document_meetings' key becomes (document_id, meeting_id), the same
--    rows being unique (meeting_id holds its document_id: see its CHECK);
--  - the row security policies of the derived tables (they ask
--    zhdoc.documents, and Citus takes no subquery in a policy) are dropped,
--    so it refuses when zhdoc.documents has row security of its own, which
--    the derived rows would then no longer follow.
-- Documents and derived tables are then hash-distributed by document id and
-- colocated (a document's rows share a worker, and derivation joins them
-- there); the user's tables (user words, sources, and any other the
-- extension dumps as configuration) become reference tables, copied on
-- every node, the coordinator included, so segmentation on any node reads
-- the same words (citus_placement.c) and a change reaches all at commit.
CREATE FUNCTION distribute(shard_count int DEFAULT 32) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    t pg_catalog.regclass;
    derived pg_catalog.text[] := '{document_articles,document_mentions,document_entities,document_meetings,document_officials}';
    n pg_catalog.text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'citus') THEN
        RAISE EXCEPTION 'zhdoc.distribute() needs the citus extension'
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Install Citus on every node, CREATE EXTENSION citus, add the workers, then call it again.';
    END IF;
    EXECUTE 'SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition WHERE logicalrelid OPERATOR(pg_catalog.=) ''zhdoc.documents''::pg_catalog.regclass)' INTO STRICT n;
    IF n::boolean THEN
        RAISE NOTICE 'zhdoc.documents is distributed already';
        RETURN;
    END IF;
    EXECUTE 'SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_node WHERE groupid OPERATOR(pg_catalog.=) 0)' INTO STRICT n;
    IF NOT n::boolean THEN
        RAISE EXCEPTION 'the coordinator is not in the Citus metadata'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Run SELECT citus_set_coordinator_host(''host'', port) so that it holds a copy of the user words.';
    END IF;
    IF (SELECT c.relrowsecurity FROM pg_catalog.pg_class c
        WHERE c.oid OPERATOR(pg_catalog.=) 'zhdoc.documents'::pg_catalog.regclass) THEN
        RAISE EXCEPTION 'zhdoc.documents has row security, which its derived rows cannot follow on Citus'
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Citus takes no subquery in a policy; disable row security on zhdoc.documents first.';
    END IF;

    DROP TRIGGER documents_stamp ON zhdoc.documents;
    DROP TRIGGER documents_derive_insert ON zhdoc.documents;
    DROP TRIGGER documents_derive_update ON zhdoc.documents;
    DROP TRIGGER documents_deleted ON zhdoc.documents;
    DROP TRIGGER documents_truncated ON zhdoc.documents;
    ALTER TABLE zhdoc.documents DROP CONSTRAINT documents_source_external_id_key;
    ALTER TABLE zhdoc.document_meetings DROP CONSTRAINT document_meetings_pkey,
        ADD PRIMARY KEY (document_id, meeting_id);
    FOREACH n IN ARRAY derived LOOP
        EXECUTE pg_catalog.format('DROP POLICY visible_document ON zhdoc.%I', n);
        EXECUTE pg_catalog.format('ALTER TABLE zhdoc.%I DISABLE ROW LEVEL SECURITY', n);
    END LOOP;

    EXECUTE 'SELECT pg_catalog.create_distributed_table(''zhdoc.documents'', ''id'', shard_count => $1)'
        USING shard_count;
    FOREACH n IN ARRAY derived LOOP
        EXECUTE 'SELECT pg_catalog.create_distributed_table($1, ''document_id'', colocate_with => ''zhdoc.documents'')'
            USING 'zhdoc.' OPERATOR(pg_catalog.||) pg_catalog.quote_ident(n);
    END LOOP;
    -- the statement triggers of user tables (user_words' cache invalidation)
    -- go with them to every placement: Citus calls that unsafe because a
    -- trigger may write other tables from a shard; these write none
    PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
    FOR t IN
        SELECT c.oid::pg_catalog.regclass
        FROM pg_catalog.pg_extension e, pg_catalog.unnest(e.extconfig) AS x(oid)
        JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) x.oid
        WHERE e.extname OPERATOR(pg_catalog.=) 'zhdoc' AND c.relkind OPERATOR(pg_catalog.=) 'r'
          AND c.relname OPERATOR(pg_catalog.<>) ALL (derived OPERATOR(pg_catalog.||) '{documents,rederive_runs}'::pg_catalog.text[])
        ORDER BY c.relname
    LOOP
        EXECUTE 'SELECT pg_catalog.create_reference_table($1)' USING t;
    END LOOP;
    -- the tables as they were are shells now: leave no stale rows in them
    FOR t IN
        SELECT p.logicalrelid FROM pg_catalog.pg_dist_partition p
        JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) p.logicalrelid
        WHERE c.relnamespace OPERATOR(pg_catalog.=) 'zhdoc'::pg_catalog.regnamespace
    LOOP
        EXECUTE 'SELECT pg_catalog.truncate_local_data_after_distributing_table($1)' USING t;
    END LOOP;
END $$;
REVOKE EXECUTE ON FUNCTION distribute(int) FROM PUBLIC;
COMMENT ON FUNCTION distribute(int) IS
'Citus, on the coordinator: distributes zhdoc.documents and its derived tables by document id (colocated, shard_count shards) and makes the user words and sources reference tables; derivation is then by CALL zhdoc.rederive() (batch mode). See the README, Scaling out with Citus';
