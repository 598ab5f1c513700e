-- The documents pipeline: what inserting documents derives, idempotent
-- batches, COPY, a failing document in a batch, update, delete, restore.
SET search_path = zhdoc, public;
\set fengtai `cat test/data/fengtai-page.txt`
\set chaoyang `cat test/data/gold/chaoyang-page.txt`
\set haidian `cat test/data/gold/haidian-bulletin.txt`
\set city `cat test/data/gold/city-standing-committee.txt`
\set county `cat test/data/gold/county-page.txt`

-- A checksum of everything derived, to compare states.
CREATE TEMP VIEW derived_checksum AS
SELECT (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM document_articles t) AS articles,
       (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM document_mentions t) AS mentions,
       (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM document_entities t) AS entity_sets,
       (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM document_meetings t) AS meetings,
       (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM document_officials t) AS officials;

-- The dev page and the gold documents, as an ETL job loads them; published
-- is the anchor for dates (NULL: the years the text states).
INSERT INTO documents (source, external_id, published, body) VALUES
    ('丰台报', 'fengtai-page', '2023-05-26', :'fengtai'),
    ('朝阳报', 'chaoyang-page', NULL, :'chaoyang'),
    ('海淀政务', 'haidian-bulletin', '2024-03-08', :'haidian'),
    ('洛阳日报', 'city-standing-committee', '2024-06-13', :'city'),
    ('浦江报', 'county-page', NULL, :'county')
ON CONFLICT (source, external_id) DO UPDATE SET published = EXCLUDED.published, body = EXCLUDED.body;
SELECT id, source, external_id, published, derived_at IS NOT NULL AS derived, derive_error FROM documents ORDER BY id;

SELECT document_id, article_no, headline, reporters, section FROM articles ORDER BY document_id, article_no;
SELECT document_id, meeting_id, article_no, organ, name, seq, held_on, part_of_day, chair, chair_titles, attendees
FROM meetings ORDER BY meeting_id;
SELECT meeting_id, agenda FROM meetings WHERE document_id = 1 ORDER BY meeting_id;
SELECT * FROM officials WHERE 'official' = ANY (roles) ORDER BY meetings_chaired DESC, documents DESC, name LIMIT 15;
SELECT kind, count(*) AS mentions, count(DISTINCT name) AS names FROM mentions GROUP BY kind ORDER BY kind;
SELECT document_id, article_no, entity, kind, name, surface, start, len FROM mentions
WHERE entity = 'person:王少峰' ORDER BY document_id, start;
-- every mention lies within the article it is attributed to
SELECT count(*) AS mentions, count(m.article_no) AS in_an_article,
       count(*) FILTER (WHERE m.start >= a.start AND m.start < a.start + a.len) AS inside_that_article
FROM mentions m LEFT JOIN articles a ON a.document_id = m.document_id AND a.article_no = m.article_no;

-- Idempotent: the same batch again derives the same rows, with the same ids.
SELECT * FROM derived_checksum \gset before_
SELECT max(derived_at) AS derived_before FROM documents \gset
INSERT INTO documents (source, external_id, published, body) VALUES
    ('丰台报', 'fengtai-page', '2023-05-26', :'fengtai'),
    ('朝阳报', 'chaoyang-page', NULL, :'chaoyang'),
    ('海淀政务', 'haidian-bulletin', '2024-03-08', :'haidian'),
    ('洛阳日报', 'city-standing-committee', '2024-06-13', :'city'),
    ('浦江报', 'county-page', NULL, :'county')
ON CONFLICT (source, external_id) DO UPDATE SET published = EXCLUDED.published, body = EXCLUDED.body;
SELECT articles = :'before_articles' AS same_articles, mentions = :'before_mentions' AS same_mentions,
       meetings = :'before_meetings' AS same_meetings, officials = :'before_officials' AS same_officials
FROM derived_checksum;
SELECT count(*) AS documents, count(*) FILTER (WHERE derived_at > :'derived_before') AS derived_again FROM documents;
-- The re-run took the stored words of each unchanged row instead of
-- segmenting it again (see documents_stamp); they are the body's words.
SELECT count(*) FILTER (WHERE body_tsv = to_tsvector('zhdoc.chinese', body)) AS words_current,
       count(*) FILTER (WHERE derived_with = analysis_version()) AS version_current
FROM documents;

-- One analysis per document: the rows the row trigger kept for the
-- derivation when it computed body_tsv (zhdoc.derive_stash) are those a
-- fresh analysis gives (rederive analyses each document again).
SELECT * FROM derived_checksum \gset stashed_
CALL rederive(1000, only_stale => false);
SELECT articles = :'stashed_articles' AS same_articles, mentions = :'stashed_mentions' AS same_mentions,
       meetings = :'stashed_meetings' AS same_meetings, officials = :'stashed_officials' AS same_officials,
       entity_sets = :'stashed_entity_sets' AS same_entity_sets
FROM derived_checksum;

-- COPY, as ETL jobs load files
COPY documents (source, external_id, published, body) FROM STDIN;
wire	2024-0001	2024-01-10	本报讯 1月9日上午，区委常委会召开第3次会议。区委书记李建国主持会议，区委副书记张丽华、区长王海涛出席会议。会议审议了《关于推进城市更新的实施方案》。
wire	2024-0002	2024-01-12	本报讯 1月11日下午，区政府召开第5次常务会议。区长王海涛主持会议，副区长陈立新参加会议。会议研究了《区政府2024年工作要点》。
\.
SELECT d.external_id, m.meeting_id, m.organ, m.name, m.held_on, m.part_of_day, m.chair, m.attendees, m.agenda
FROM documents d JOIN meetings m ON m.document_id = d.id WHERE d.source = 'wire' ORDER BY m.meeting_id;
SELECT name, titles, first_seen, last_seen, documents, meetings_chaired, meetings_attended
FROM officials WHERE name IN ('李建国', '张丽华', '王海涛', '陈立新') ORDER BY name;

-- One bad document does not lose the batch: an infinite publication date
-- is an anchor zh_meetings rejects (invalid_parameter_value).  The row is
-- kept with the error, a WARNING names it, the others derive normally.
INSERT INTO documents (source, external_id, published, body) VALUES
    ('batch', 'good-1', '2024-02-01', '本报讯 1月31日上午，县委常委会召开第8次会议。县委书记赵文博主持会议。'),
    ('batch', 'bad', 'infinity', '本报讯 1月31日上午，县委常委会召开第9次会议。县委书记赵文博主持会议。'),
    ('batch', 'good-2', '2024-02-02', '本报讯 2月1日下午，县政府召开第4次常务会议。县长孙晓明主持会议。');
SELECT external_id, derive_error, (SELECT count(*) FROM meetings m WHERE m.document_id = d.id) AS meetings,
       (SELECT count(*) FROM mentions m WHERE m.document_id = d.id) AS mentions
FROM documents d WHERE source = 'batch' ORDER BY external_id;
-- fixing the document derives it
UPDATE documents SET published = '2024-02-01' WHERE source = 'batch' AND external_id = 'bad';
SELECT external_id, derive_error, (SELECT string_agg(name || ' ' || held_on, ', ') FROM meetings m WHERE m.document_id = d.id) AS meetings
FROM documents d WHERE source = 'batch' ORDER BY external_id;

-- Update re-derives: a new publication date moves the meetings, a new body
-- replaces everything; an update of other columns derives nothing.
SELECT meeting_id, name, held_on FROM meetings WHERE document_id = 1 ORDER BY meeting_id;
SELECT * FROM derived_checksum \gset before_
BEGIN;
UPDATE documents SET published = '2022-05-26' WHERE external_id = 'fengtai-page';
SELECT meeting_id, name, held_on FROM meetings WHERE document_id = 1 ORDER BY meeting_id;
UPDATE documents SET body = '本报讯 5月24日下午，区委常委会召开第69次会议。区委书记王少峰主持会议。' WHERE external_id = 'fengtai-page';
SELECT (SELECT count(*) FROM articles WHERE document_id = 1) AS articles,
       (SELECT count(*) FROM mentions WHERE document_id = 1) AS mentions,
       (SELECT string_agg(name, ', ') FROM meetings WHERE document_id = 1) AS meetings,
       (SELECT string_agg(name, ', ' ORDER BY name) FROM document_officials WHERE document_id = 1) AS officials;
ROLLBACK;
SELECT articles = :'before_articles' AS same_articles, meetings = :'before_meetings' AS same_meetings FROM derived_checksum;
SELECT derived_at AS derived_before FROM documents WHERE external_id = 'fengtai-page' \gset
UPDATE documents SET source = source WHERE external_id = 'fengtai-page';
SELECT derived_at > :'derived_before' AS derived_again FROM documents WHERE external_id = 'fengtai-page';

-- Delete cascades to everything derived.
DELETE FROM documents WHERE source = 'wire';
SELECT (SELECT count(*) FROM documents WHERE source = 'wire') AS documents,
       (SELECT count(*) FROM document_articles WHERE document_id NOT IN (SELECT id FROM documents)) AS orphan_articles,
       (SELECT count(*) FROM document_mentions WHERE document_id NOT IN (SELECT id FROM documents)) AS orphan_mentions,
       (SELECT count(*) FROM document_meetings WHERE document_id NOT IN (SELECT id FROM documents)) AS orphan_meetings,
       (SELECT count(*) FROM document_officials WHERE document_id NOT IN (SELECT id FROM documents)) AS orphan_officials;
-- 陈立新 was named only in the deleted documents
SELECT count(*) AS officials FROM officials WHERE name = '陈立新';

-- A row that arrives with derived_at set comes from pg_restore (its derived
-- rows come with it): it is not derived again.
INSERT INTO documents (source, external_id, published, body, derived_at)
VALUES ('restored', '1', '2024-01-10', '区委书记李建国主持会议。', '2024-01-10 08:00+00');
SELECT (SELECT count(*) FROM mentions m WHERE m.document_id = d.id) AS mentions FROM documents d WHERE source = 'restored';
DELETE FROM documents WHERE source = 'restored';

-- zhdoc.rederive() derives every document again, in committed batches:
-- after a user word is added, body_tsv and the derived rows use it, and
-- nothing else changes.
SELECT count(*) AS word_before FROM documents WHERE body_tsv @@ '尝鲜正当时'::tsquery;
SELECT * FROM derived_checksum \gset before_
INSERT INTO user_words (word) VALUES ('尝鲜正当时');
CALL rederive(2);
SELECT count(*) AS word_after FROM documents WHERE body_tsv @@ '尝鲜正当时'::tsquery;
SELECT count(*) FILTER (WHERE body_tsv = to_tsvector('zhdoc.chinese', body)) AS current_tsv, count(*) AS documents
FROM documents;
SELECT articles = :'before_articles' AS same_articles, meetings = :'before_meetings' AS same_meetings FROM derived_checksum;
DELETE FROM user_words WHERE word = '尝鲜正当时';
CALL rederive(0);

-- Staleness: a user word makes every document stale (derived with another
-- analysis_version); rederive() derives the stale ones only, records its
-- run, and leaves nothing stale.  (The word removed above left all stale.)
SELECT documents, current, stale, failed FROM derivation_status;
CALL rederive();
SELECT documents, current, stale, failed FROM derivation_status;
INSERT INTO user_words (word) VALUES ('区委常委会议');
SELECT documents, current, stale, failed FROM derivation_status;
CALL rederive(3);
SELECT documents, current, stale, failed FROM derivation_status;
SELECT only_stale, batch_size, documents, batches, finished_at IS NOT NULL AS finished
FROM rederive_runs ORDER BY run_id DESC LIMIT 1;
-- nothing stale: a second run derives nothing
CALL rederive();
SELECT documents, batches FROM rederive_runs ORDER BY run_id DESC LIMIT 1;
DELETE FROM user_words WHERE word = '区委常委会议';
CALL rederive(1000, only_stale => false);

-- Health: failed documents are listed with their error; with
-- zhdoc.on_derive_error = error a failing document aborts the statement.
SELECT source, external_id, derive_error FROM derivation_errors ORDER BY document_id;
SET zhdoc.on_derive_error = error;
INSERT INTO documents (source, external_id, published, body)
VALUES ('strict', '1', 'infinity', '本报讯 1月31日上午，县委常委会召开第9次会议。');
SELECT count(*) AS kept FROM documents WHERE source = 'strict';
RESET zhdoc.on_derive_error;
SET zhdoc.on_derive_error = sometimes;

-- The tables are the extension's, dumped by pg_dump.
SELECT c.relname FROM pg_extension e, unnest(e.extconfig) AS t(oid) JOIN pg_class c ON c.oid = t.oid
WHERE e.extname = 'zhdoc' ORDER BY 1;

-- the pipeline keeps a headline's kicker and subtitle (zh_articles' columns)
INSERT INTO documents (source, external_id, published, body)
VALUES ('test', 'headline-group', '2024-06-01',
        E'坚持人民至上 筑牢安全防线\n区政府召开常务会议\n——研究部署防汛工作\n\n本报讯（记者 张三）6月1日上午，区长李四主持召开区政府常务会议。');
SELECT kicker, headline, subtitle FROM articles WHERE external_id = 'headline-group';
DELETE FROM documents WHERE external_id = 'headline-group';

-- A loader that may INSERT but not read the table: no look-up of stored
-- words (it could not read them), the body is segmented as before.
CREATE ROLE regress_zh_insert_only;
GRANT USAGE ON SCHEMA zhdoc TO regress_zh_insert_only;
GRANT INSERT ON documents TO regress_zh_insert_only;
SET ROLE regress_zh_insert_only;
INSERT INTO zhdoc.documents (source, external_id, published, body)
VALUES ('insert-only', '1', '2024-01-10', '本报讯 1月9日上午，区政府召开第5次常务会议。区长王海涛主持会议。');
RESET ROLE;
SELECT body_tsv = to_tsvector('zhdoc.chinese', body) AS words_current, derived_with = analysis_version() AS version_current
FROM documents WHERE source = 'insert-only';
DELETE FROM documents WHERE source = 'insert-only';
REVOKE ALL ON documents FROM regress_zh_insert_only;
REVOKE USAGE ON SCHEMA zhdoc FROM regress_zh_insert_only;
DROP ROLE regress_zh_insert_only;
