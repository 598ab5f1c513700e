-- The views over the documents pipeline: what BI tools see through the
-- catalog, and that each obvious filter is an index scan.
SET search_path = zhdoc, public;

-- Column names and types as information_schema shows them: plain types
-- (zhentity only in mentions.entity, beside kind and name as text).
SELECT table_name, column_name, data_type, udt_name
FROM information_schema.columns
WHERE table_schema = 'zhdoc' AND table_name IN ('articles', 'mentions', 'meetings', 'officials')
ORDER BY table_name, ordinal_position;

-- Every view and every column has a comment.
SELECT c.relname AS view_without_comment FROM pg_class c
WHERE c.relnamespace = 'zhdoc'::regnamespace AND c.relkind = 'v' AND obj_description(c.oid, 'pg_class') IS NULL;
SELECT c.relname, a.attname AS column_without_comment FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
WHERE c.relnamespace = 'zhdoc'::regnamespace AND c.relkind = 'v' AND a.attnum > 0 AND NOT a.attisdropped
  AND col_description(c.oid, a.attnum) IS NULL;
SELECT count(*) AS views, sum((SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0)) AS columns
FROM pg_class c WHERE c.relnamespace = 'zhdoc'::regnamespace AND c.relkind = 'v';

-- Start empty (TRUNCATE empties the derived tables too).
TRUNCATE documents;
SELECT (SELECT count(*) FROM document_mentions) AS mentions, (SELECT count(*) FROM document_officials) AS officials;

-- A few thousand short documents: meetings of 48 organs over 2023, chaired
-- and attended by 208 persons.
CREATE TEMP TABLE pool AS
SELECT array_agg(s || g ORDER BY s, g) AS names,
       (SELECT array_agg(d || o ORDER BY d, o)
        FROM unnest('{丰台区委,海淀区委,朝阳区委,石景山区委,房山区委,通州区委,顺义区委,昌平区委,大兴区委,平谷区委,密云区委,延庆区委,东城区委,西城区委,怀柔区委,门头沟区委}'::text[]) d,
             unnest('{常委会,理论学习中心组,财经委员会}'::text[]) o) AS organs
FROM unnest('{王,李,张,刘,陈,杨,赵,黄,周,吴,徐,孙,马,朱,胡,郭}'::text[]) s,
     unnest('{少峰,军威,志欣,建国,丽华,海涛,文博,晓明,春燕,国强,立新,红梅,永刚}'::text[]) g;
INSERT INTO documents (source, external_id, published, body)
SELECT 'generated', i::text, day + 1,
       format('本报讯 %s月%s日上午，%s召开第%s次会议。区委书记%s主持会议，区委副书记%s、%s出席会议。会议审议了《关于%s的实施方案》。',
              extract(month FROM day), extract(day FROM day), organs[1 + i % 48], i % 90 + 1,
              names[1 + (i * 7) % 208], names[1 + (i * 11 + 1) % 208], names[1 + (i * 13 + 2) % 208],
              (ARRAY['推进城市更新', '优化营商环境', '加强基层治理', '促进就业'])[1 + i % 4])
FROM pool, generate_series(1, 3000) i, LATERAL (SELECT date '2023-01-01' + (i * 37) % 365 AS day) d;
SELECT count(*) AS documents, count(derive_error) AS failed FROM documents;
SELECT count(*) AS meetings, count(DISTINCT organ) AS organs, count(DISTINCT chair) AS chairs,
       min(held_on), max(held_on) FROM meetings;
ANALYZE documents, document_articles, document_mentions, document_entities, document_meetings, document_officials;
-- small tables: keep the plans from depending on the statistics of the moment
SET enable_seqscan = off;

-- meetings by date range, organ, chair, chair in a month, attendee
EXPLAIN (COSTS OFF) SELECT * FROM meetings WHERE held_on BETWEEN '2023-03-01' AND '2023-03-07';
EXPLAIN (COSTS OFF) SELECT * FROM meetings WHERE organ = '海淀区委常委会';
EXPLAIN (COSTS OFF) SELECT * FROM meetings WHERE chair = '王少峰';
EXPLAIN (COSTS OFF) SELECT * FROM meetings WHERE chair = '王少峰' AND held_on >= '2023-05-01' AND held_on < '2023-06-01';
EXPLAIN (COSTS OFF) SELECT * FROM meetings WHERE attendees @> ARRAY['王少峰'];
-- mentions by entity, and the documents mentioning a person
EXPLAIN (COSTS OFF) SELECT * FROM mentions WHERE entity = 'person:王少峰';
-- a client binding text parameters (JDBC, psycopg) filters the plain columns
PREPARE by_name(varchar, varchar) AS SELECT document_id, start FROM mentions WHERE name = $1 AND kind = $2;
EXPLAIN (COSTS OFF) EXECUTE by_name('王少峰', 'person');
SET plan_cache_mode = force_generic_plan;
EXPLAIN (COSTS OFF) EXECUTE by_name('王少峰', 'person');
RESET plan_cache_mode;
DEALLOCATE by_name;
EXPLAIN (COSTS OFF) SELECT * FROM documents WHERE id IN (SELECT document_id FROM mentions WHERE entity = 'person:王少峰');
-- documents naming two entities at once, or any of two (GIN on zhentity[])
EXPLAIN (COSTS OFF) SELECT document_id FROM document_entities WHERE entities @> ARRAY['person:王少峰', 'place:丰台区']::zhentity[];
EXPLAIN (COSTS OFF) SELECT document_id FROM document_entities WHERE entities && ARRAY['person:王少峰', 'person:初军威']::zhentity[];
SELECT count(*) AS naming_both FROM document_entities WHERE entities @> ARRAY['person:王少峰', 'place:丰台区']::zhentity[];
-- documents by full text
EXPLAIN (COSTS OFF) SELECT id FROM documents WHERE body_tsv @@ websearch_to_tsquery('zhdoc.chinese', '城市更新');
-- one official: both halves of the view read document_officials by name
EXPLAIN (COSTS OFF) SELECT * FROM officials WHERE name = '王少峰';
RESET enable_seqscan;

-- the same queries' answers agree with the rows they read
SELECT count(*) AS chaired_in_may FROM meetings WHERE chair = '王少峰' AND held_on >= '2023-05-01' AND held_on < '2023-06-01';
SELECT name, meetings_chaired, meetings_attended, documents, first_seen, last_seen, titles FROM officials WHERE name = '王少峰';
SELECT (SELECT count(*) FROM meetings WHERE chair = '王少峰') AS chaired,
       (SELECT count(*) FROM meetings WHERE attendees @> ARRAY['王少峰']) AS attended,
       (SELECT count(DISTINCT document_id) FROM mentions WHERE entity = 'person:王少峰') AS documents;
SELECT count(*) AS documents FROM documents
WHERE body_tsv @@ phraseto_tsquery('zhdoc.chinese', '城市更新');

DELETE FROM documents WHERE source = 'generated';

-- Flat views for BI tools: a row per participant, agenda item, title
\set fengtai `cat test/data/fengtai-page.txt`
INSERT INTO documents (source, external_id, published, body) VALUES ('bi', 'fengtai', '2023-05-26', :'fengtai');
SELECT id AS bi_doc FROM documents WHERE source = 'bi' \gset
SELECT meeting_id - :bi_doc * 10000 AS meeting_no, role, person, titles FROM meeting_participants
WHERE document_id = :bi_doc ORDER BY meeting_id, role DESC, person;
SELECT meeting_id - :bi_doc * 10000 AS meeting_no, item_no, item FROM meeting_agenda
WHERE document_id = :bi_doc ORDER BY meeting_id, item_no;
SELECT name, title, documents FROM official_titles WHERE name IN ('王少峰', '初军威') ORDER BY name, title;
-- what they declare unique is unique
SELECT (SELECT count(*) FROM meeting_participants) = (SELECT count(DISTINCT (meeting_id, role, person)) FROM meeting_participants) AS participants_unique,
       (SELECT count(*) FROM meeting_agenda) = (SELECT count(DISTINCT (meeting_id, item_no)) FROM meeting_agenda) AS agenda_unique,
       (SELECT count(*) FROM official_titles) = (SELECT count(DISTINCT (name, title)) FROM official_titles) AS titles_unique;
-- Jurisdiction: read from the text (the place the organ's name begins with,
-- else the document's most named administrative place), or the source's
SELECT meeting_id - :bi_doc * 10000 AS meeting_no, organ, jurisdiction FROM meetings WHERE document_id = :bi_doc ORDER BY 1;
INSERT INTO sources VALUES ('bi', '北京市丰台区');
SELECT meeting_id - :bi_doc * 10000 AS meeting_no, organ, jurisdiction FROM meetings WHERE document_id = :bi_doc ORDER BY 1;
SELECT jurisdiction, name, titles, documents FROM officials_by_jurisdiction
WHERE name IN ('王少峰', '初军威') ORDER BY jurisdiction, name;
-- the same name under another jurisdiction is another official
INSERT INTO documents (source, external_id, published, body)
VALUES ('bi-2', 'x', '2023-06-01', '本报讯 5月31日上午，石景山区委常委会召开第12次会议。石景山区委书记王少峰主持会议。');
SELECT jurisdiction, name, titles, documents FROM officials_by_jurisdiction WHERE name = '王少峰' ORDER BY jurisdiction;
DELETE FROM sources WHERE source = 'bi';
DELETE FROM documents WHERE source IN ('bi', 'bi-2');
