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

-- Internal to the documents pipeline: one analysis, three results --------------

CREATE FUNCTION derive_parts(doc text, anchor date,
    OUT part text, OUT n int, OUT kind text, OUT surface text, OUT canonical text,
    OUT start int, OUT len int, OUT name text, OUT titles text[], OUT role text,
    OUT article_no int, OUT organ text, OUT seq int, OUT held_on date, OUT part_of_day text,
    OUT chair text, OUT chair_titles text[], OUT attendees text[], OUT agenda text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zhdoc_derive_parts'
LANGUAGE C STABLE PARALLEL SAFE ROWS 40;
COMMENT ON FUNCTION derive_parts(text, date) IS
'Internal to the documents pipeline: the rows of zh_entities (part mention), zh_officials (part official) and zh_meetings (part meeting) of one document from a single analysis';

-- Documents pipeline ------------------------------------------------------------
--
-- zhdoc.documents holds the documents; a row trigger derives their articles,
-- entity mentions, meetings and officials into the document_* tables in the
-- same transaction, and plain views over those tables serve analysts and BI
-- tools.  Everything here is plain SQL and PL/pgSQL over the C functions
-- above, so it can be read, dumped and restored like any other schema.

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
    body_tsv tsvector GENERATED ALWAYS AS (to_tsvector('zhdoc.chinese', body)) STORED,
    UNIQUE (source, external_id)
);
COMMENT ON TABLE documents IS
'Documents to analyse (a newspaper page, a bulletin). Inserting or updating body or published (re)derives document_articles, document_mentions, document_entities, document_meetings and document_officials in the same transaction; deleting cascades. published is the anchor date for relative dates. A document whose derivation fails is kept with derive_error set (and a WARNING): the rest of the batch goes on';
COMMENT ON COLUMN documents.id IS 'Document id (identity)';
COMMENT ON COLUMN documents.source IS 'Where the document comes from (a newspaper, a bulletin); with external_id the key for INSERT ... ON CONFLICT (source, external_id)';
COMMENT ON COLUMN documents.external_id IS 'The document''s id in its source (a URL, a page number)';
COMMENT ON COLUMN documents.published IS 'Publication date: the anchor for dates without a year (5月24日); NULL: the year the text states';
COMMENT ON COLUMN documents.body IS 'The text as extracted (raw PDF text is fine)';
COMMENT ON COLUMN documents.derived_at IS 'When the derived rows were computed (transaction time); a row inserted with it already set (pg_restore) is taken as derived';
COMMENT ON COLUMN documents.derive_error IS 'NULL, or why derivation failed: SQLSTATE: message (the document then has no derived rows)';

COMMENT ON COLUMN documents.body_tsv IS 'to_tsvector(''zhdoc.chinese'', body), stored and GIN-indexed: query with body_tsv @@ websearch_to_tsquery(''zhdoc.chinese'', ...)';

-- Full-text search over the whole document: GIN on the stored
-- to_tsvector('zhdoc.chinese', body), so that a phrase query rechecks its
-- candidates from the stored positions (milliseconds) rather than by
-- segmenting every candidate document again.
CREATE INDEX documents_body_fts ON documents USING gin (body_tsv);

CREATE TABLE document_articles (
    document_id bigint NOT NULL REFERENCES documents ON DELETE CASCADE,
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
    PRIMARY KEY (document_id, article_no)
);
COMMENT ON TABLE document_articles IS
'zh_articles of each document, maintained by the documents trigger (do not write): read zhdoc.articles';

-- One row per mention.  A btree on the entity (then the document) makes both
-- "WHERE entity = 'person:王少峰'" and "documents mentioning X" index scans
-- (the latter index-only); a per-document zhentity[] with GIN would be
-- smaller but could not return the mentions themselves.  No foreign key:
-- at some 25 mentions a document, its per-row check (and the row lock it
-- takes on documents) cost a tenth of the ingest time; the documents
-- triggers delete and truncate the mentions instead.
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
COMMENT ON TABLE document_mentions IS
'zh_entities of each document, with the article each falls in, maintained by the documents trigger (do not write): read zhdoc.mentions';

-- The set of entities each document mentions, for GIN: documents naming
-- several entities at once (entities @> ARRAY['person:王少峰',
-- 'place:丰台区']::zhentity[]) or any of several (&&).
CREATE TABLE document_entities (
    document_id bigint PRIMARY KEY REFERENCES documents ON DELETE CASCADE,
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
    document_id bigint NOT NULL REFERENCES documents ON DELETE CASCADE,
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
    document_id bigint NOT NULL REFERENCES documents ON DELETE CASCADE,
    name text NOT NULL,
    titles text[] NOT NULL,
    role text NOT NULL,
    published date,
    meetings_chaired int NOT NULL,
    meetings_attended int NOT NULL,
    PRIMARY KEY (document_id, name)
);
CREATE INDEX document_officials_name ON document_officials (name);
COMMENT ON TABLE document_officials IS
'zh_officials of each document with its published date and the meetings each person chaired and attended there, maintained by the documents trigger (do not write): read zhdoc.officials';

-- pg_dump keeps the documents and everything derived from them (and the
-- identity's position).  Restored documents arrive with derived_at set, so
-- the triggers leave them alone (see documents_stamp) and the derived rows
-- are restored as dumped, in whatever order pg_restore loads the tables.
SELECT pg_catalog.pg_extension_config_dump('documents', '');
SELECT pg_catalog.pg_extension_config_dump('documents_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('document_articles', '');
SELECT pg_catalog.pg_extension_config_dump('document_mentions', '');
SELECT pg_catalog.pg_extension_config_dump('document_entities', '');
SELECT pg_catalog.pg_extension_config_dump('document_meetings', '');
SELECT pg_catalog.pg_extension_config_dump('document_officials', '');

-- Derivation runs once per statement, set-based, over the rows the
-- statement wrote (transition tables): a COPY of 20,000 documents is a few
-- INSERT ... SELECT statements, not 20,000 trigger calls and subtransactions.
--
-- Which rows to derive: a BEFORE row trigger stamps derived_at = now() on
-- every inserted row that does not bring its own derived_at, and on every
-- update of body or published.  Rows stamped in this transaction are derived;
-- a row inserted with derived_at already set comes from pg_restore (or a copy
-- of documents together with their derived tables) and is left as it is.
CREATE FUNCTION documents_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' OR NEW.derived_at IS NULL THEN
        NEW.derived_at := pg_catalog.now();
        NEW.derive_error := NULL;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION documents_stamp() IS
'BEFORE row trigger of zhdoc.documents: marks the row for derivation (derived_at = now()) unless it is a restored row';

-- Documents larger than this are not analysed (the row is kept, with
-- derive_error program_limit_exceeded): a page or a bulletin is kilobytes,
-- so 50 MB in one row is a loading mistake (a whole archive in one value),
-- and extracting it would hold the batch for minutes.
CREATE FUNCTION documents_max_bytes() RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT 52428800::bigint';
COMMENT ON FUNCTION documents_max_bytes() IS
'Largest body (bytes) the documents trigger analyses: 50 MB';

-- Derives the given documents, set-based; the caller has deleted what was
-- derived before.  Any error aborts the whole call: derive_documents() below
-- runs it in a subtransaction and narrows a failure down to the documents
-- that cause it.
CREATE FUNCTION derive_set(ids bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM zhdoc.documents d
               WHERE d.id = ANY (ids) AND pg_catalog.octet_length(d.body) > zhdoc.documents_max_bytes()) THEN
        RAISE EXCEPTION 'document body larger than zhdoc analyses (% bytes)', zhdoc.documents_max_bytes()
            USING ERRCODE = 'program_limit_exceeded',
                  HINT = 'Split the document into pages or bulletins before loading it.';
    END IF;

    -- One statement: each document is analysed once (derive_parts gives its
    -- mentions, officials and meetings together), and every derived table is
    -- written from that.  Data-modifying CTEs all run, referenced or not.
    WITH parts AS MATERIALIZED (
        SELECT d.id AS document_id, p.*
        FROM zhdoc.documents d, zhdoc.derive_parts(d.body, d.published) p
        WHERE d.id = ANY (ids)
    ), arts AS (
        INSERT INTO zhdoc.document_articles
            (document_id, article_no, headline, byline, reporters, body, start, len,
             section, photographers, caption, author_org)
        SELECT d.id, a.article_no, a.headline, a.byline, a.reporters, a.body, a.start, a.len,
               a.section, a.photographers, a.caption, a.author_org
        FROM zhdoc.documents d, zhdoc.zh_articles(d.body) a
        WHERE d.id = ANY (ids)
        RETURNING document_id, article_no, start, len
    ), mentions AS (
        -- each mention with the article it starts in (offsets into the same body)
        INSERT INTO zhdoc.document_mentions (document_id, mention_no, article_no, entity, surface, start, len)
        SELECT DISTINCT ON (p.document_id, p.n)
               p.document_id, p.n, a.article_no, zhdoc.zhentity(p.kind, p.canonical), p.surface, p.start, p.len
        FROM parts p
        LEFT JOIN arts a ON a.document_id = p.document_id AND p.start >= a.start AND p.start < a.start + a.len
        WHERE p.part = 'mention'
        ORDER BY p.document_id, p.n, a.start DESC
    ), entity_sets AS (
        INSERT INTO zhdoc.document_entities (document_id, entities)
        SELECT p.document_id, pg_catalog.array_agg(DISTINCT zhdoc.zhentity(p.kind, p.canonical))
        FROM parts p
        WHERE p.part = 'mention'
        GROUP BY p.document_id
    ), meets AS (
        INSERT INTO zhdoc.document_meetings
            (meeting_id, document_id, meeting_no, article_no, organ, name, seq, held_on,
             part_of_day, chair, chair_titles, attendees, agenda)
        SELECT p.document_id * 10000 + p.n, p.document_id, p.n, p.article_no, p.organ, p.name, p.seq,
               p.held_on, p.part_of_day, p.chair, p.chair_titles, p.attendees, p.agenda
        FROM parts p
        WHERE p.part = 'meeting'
        RETURNING document_id, meeting_no, chair, chair_titles, attendees
    )
    -- The persons of the document, and anyone who chaired or attended a
    -- meeting in it, with the meetings counted per person.
    INSERT INTO zhdoc.document_officials
        (document_id, name, titles, role, published, meetings_chaired, meetings_attended)
    SELECT d.id, coalesce(o.name, p.name),
           coalesce(o.titles,
                    (SELECT m.chair_titles FROM meets m
                     WHERE m.document_id = p.document_id AND m.chair = p.name
                     ORDER BY m.meeting_no LIMIT 1),
                    '{}'),
           coalesce(o.role, 'official'), d.published,
           coalesce(p.chaired, 0), coalesce(p.attended, 0)
    FROM (
        SELECT DISTINCT ON (x.document_id, x.name) x.document_id, x.name, x.titles, x.role
        FROM parts x
        WHERE x.part = 'official' AND x.name IS NOT NULL
        ORDER BY x.document_id, x.name, x.role = 'official' DESC, x.role
    ) o
    FULL JOIN (
        SELECT q.document_id, q.name,
               pg_catalog.count(*) FILTER (WHERE q.chaired)::int AS chaired,
               pg_catalog.count(*) FILTER (WHERE NOT q.chaired)::int AS attended
        FROM (
            SELECT m.document_id, m.chair AS name, true AS chaired, m.meeting_no
            FROM meets m
            WHERE m.chair IS NOT NULL
            UNION ALL
            SELECT DISTINCT m.document_id, a.name, false, m.meeting_no
            FROM meets m, unnest(m.attendees) AS a(name)
            WHERE a.name IS NOT NULL
        ) q
        GROUP BY q.document_id, q.name
    ) p ON p.document_id = o.document_id AND p.name = o.name
    JOIN zhdoc.documents d ON d.id = coalesce(o.document_id, p.document_id);
END $$;
COMMENT ON FUNCTION derive_set(bigint[]) IS
'Internal to the documents triggers: derives the given documents set-based; any error aborts it';

-- Derives the given documents; errors are isolated by bisection: the whole
-- set is tried in one subtransaction and, if that fails, each half again,
-- down to single documents, whose error is recorded in derive_error and
-- raised as a WARNING naming the document.  A batch with one bad document
-- thus costs about twice a clean one, not a subtransaction per document.
CREATE FUNCTION derive_documents(ids bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    n int := coalesce(pg_catalog.array_length(ids, 1), 0);
    err_state text;
    err_message text;
    doc record;
BEGIN
    IF n = 0 THEN
        RETURN;
    END IF;
    BEGIN
        PERFORM zhdoc.derive_set(ids);
        RETURN;
    EXCEPTION WHEN others THEN
        GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT;
    END;
    IF n > 1 THEN
        PERFORM zhdoc.derive_documents(ids[1 : n / 2]);
        PERFORM zhdoc.derive_documents(ids[n / 2 + 1 : n]);
        RETURN;
    END IF;
    -- Only derive_error is set, so this update derives nothing again.
    UPDATE zhdoc.documents SET derive_error = err_state || ': ' || err_message
    WHERE id = ids[1]
    RETURNING id, source, external_id INTO doc;
    RAISE WARNING 'zhdoc: document % (source %, external_id %) kept without derived rows: %',
        doc.id, coalesce(pg_catalog.quote_literal(doc.source), 'NULL'),
        coalesce(pg_catalog.quote_literal(doc.external_id), 'NULL'), err_message
        USING ERRCODE = err_state,
              HINT = 'The error is in zhdoc.documents.derive_error; fix the document and UPDATE it to derive it again.';
END $$;
COMMENT ON FUNCTION derive_documents(bigint[]) IS
'Internal to the documents triggers: derives the given documents, recording each failing one''s error in derive_error with a WARNING';

-- AFTER statement triggers (one per event: transition tables allow no
-- more).  SECURITY DEFINER, with a fixed search_path: a role that may write
-- zhdoc.documents gets its derived rows written without needing rights on
-- the derived tables, which only these triggers should write.  On UPDATE, rows are derived again when the BEFORE trigger stamped
-- them in this statement (body or published set), unless an earlier
-- statement of this transaction already derived the same body and date.
CREATE FUNCTION documents_derive() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, zhdoc, pg_temp AS $$
DECLARE
    ids bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT pg_catalog.array_agg(n.id ORDER BY n.id) INTO ids
        FROM new_rows n
        WHERE n.derived_at = pg_catalog.now();
    ELSE
        SELECT pg_catalog.array_agg(n.id ORDER BY n.id) INTO ids
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.derived_at = pg_catalog.now()
          AND (o.derived_at IS DISTINCT FROM n.derived_at
               OR o.body IS DISTINCT FROM n.body
               OR o.published IS DISTINCT FROM n.published);
        IF ids IS NOT NULL THEN
            DELETE FROM zhdoc.document_articles WHERE document_id = ANY (ids);
            DELETE FROM zhdoc.document_mentions WHERE document_id = ANY (ids);
            DELETE FROM zhdoc.document_entities WHERE document_id = ANY (ids);
            DELETE FROM zhdoc.document_meetings WHERE document_id = ANY (ids);
            DELETE FROM zhdoc.document_officials WHERE document_id = ANY (ids);
        END IF;
    END IF;
    PERFORM zhdoc.derive_documents(ids);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION documents_derive() IS
'AFTER statement trigger of zhdoc.documents: replaces the derived rows of the documents the statement inserted or changed';

-- The cascade for document_mentions, which has no foreign key.
CREATE FUNCTION documents_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, zhdoc, pg_temp AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE zhdoc.document_mentions;
    ELSE
        DELETE FROM zhdoc.document_mentions m USING old_rows o WHERE m.document_id = o.id;
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION documents_deleted() IS
'AFTER DELETE and TRUNCATE trigger of zhdoc.documents: deletes the mentions of the deleted documents (the other derived tables cascade by foreign key)';

CREATE TRIGGER documents_stamp
BEFORE INSERT OR UPDATE OF body, published ON documents
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
-- tables too, so grants on documents govern what is visible.

CREATE VIEW articles WITH (security_invoker = true) AS
SELECT a.document_id, a.article_no, a.headline, a.byline, a.reporters, a.body,
       a.start, a.len, a.section, a.photographers, a.caption, a.author_org,
       d.source, d.external_id, d.published
FROM document_articles a
LEFT JOIN documents d ON d.id = a.document_id;
COMMENT ON VIEW articles IS
'Articles of every document in zhdoc.documents (zh_articles), with the document''s source and published date';
COMMENT ON COLUMN articles.document_id IS 'zhdoc.documents.id';
COMMENT ON COLUMN articles.article_no IS 'Number of the article in its document, in layout order, from 1';
COMMENT ON COLUMN articles.headline IS 'Headline';
COMMENT ON COLUMN articles.byline IS 'Byline as printed (本报讯（记者 王蕾蕾）)';
COMMENT ON COLUMN articles.reporters IS 'Reporters named in the byline';
COMMENT ON COLUMN articles.body IS 'Normalised text of the article, without byline and photo credits';
COMMENT ON COLUMN articles.start IS '1-based character offset of the article in the document body';
COMMENT ON COLUMN articles.len IS 'Length of the article in the document body, in characters';
COMMENT ON COLUMN articles.section IS 'Column name of the page (走一线), or NULL';
COMMENT ON COLUMN articles.photographers IS 'Photographers credited';
COMMENT ON COLUMN articles.caption IS 'Photo caption, or NULL';
COMMENT ON COLUMN articles.author_org IS 'Signing organisation, or NULL';
COMMENT ON COLUMN articles.source IS 'zhdoc.documents.source';
COMMENT ON COLUMN articles.external_id IS 'zhdoc.documents.external_id';
COMMENT ON COLUMN articles.published IS 'zhdoc.documents.published';

CREATE VIEW mentions WITH (security_invoker = true) AS
SELECT m.document_id, m.article_no, m.mention_no, m.entity,
       zhdoc.kind(m.entity) AS kind, zhdoc.name(m.entity) AS name,
       m.surface, m.start, m.len
FROM document_mentions m;
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
       m.part_of_day, m.chair, m.chair_titles, m.attendees, m.agenda
FROM document_meetings m;
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
COMMENT ON COLUMN meetings.agenda IS 'Documents heard, studied or adopted (the 《》 titles)';

-- Aggregated per name when read: a name filter is pushed into both grouped
-- subqueries and becomes an index scan on document_officials(name).
CREATE VIEW officials WITH (security_invoker = true) AS
SELECT s.name,
       coalesce(t.titles, '{}'::text[]) AS titles,
       s.first_seen, s.last_seen, s.documents, s.meetings_chaired, s.meetings_attended,
       s.roles
FROM (
    SELECT o.name,
           min(o.published) AS first_seen,
           max(o.published) AS last_seen,
           count(*)::int AS documents,
           sum(o.meetings_chaired)::int AS meetings_chaired,
           sum(o.meetings_attended)::int AS meetings_attended,
           array_agg(DISTINCT o.role ORDER BY o.role) AS roles
    FROM document_officials o
    GROUP BY o.name
) s
LEFT JOIN (
    SELECT o.name, array_agg(DISTINCT t ORDER BY t) AS titles
    FROM document_officials o, unnest(o.titles) AS t
    GROUP BY o.name
) t ON t.name = s.name;
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
