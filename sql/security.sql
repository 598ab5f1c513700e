-- Security: what an ordinary role can and cannot do through zhdoc.  Each
-- block reproduces an attack and shows it fails.
SET client_min_messages = warning;
CREATE ROLE regress_zh_hostile;
CREATE ROLE regress_zh_loader;
CREATE ROLE regress_zh_analyst;
GRANT USAGE ON SCHEMA zhdoc TO regress_zh_hostile, regress_zh_loader, regress_zh_analyst;
RESET client_min_messages;

-- 1. No SECURITY DEFINER function is executable by PUBLIC, and each has a
--    fixed search_path.
SELECT p.oid::regprocedure AS function,
       p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a
                                   WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') AS public_may_execute,
       p.proconfig AS settings
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'zhdoc'
WHERE p.prosecdef ORDER BY 1::text;

-- A hostile role cannot attach the pipeline's triggers to a table of its own
-- (the TRUNCATE trigger would empty the derived tables as their owner).
SET ROLE regress_zh_hostile;
CREATE TEMP TABLE x (id bigint, derived_at timestamptz);
CREATE TRIGGER x AFTER TRUNCATE ON x FOR EACH STATEMENT EXECUTE FUNCTION zhdoc.documents_deleted();
CREATE TRIGGER x AFTER INSERT ON x REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zhdoc.documents_derive();
SELECT zhdoc.derive_documents(ARRAY[1::bigint]);
RESET ROLE;

-- Even where the owner attaches them elsewhere, they refuse to run before
-- reading anything of the firing table.
INSERT INTO zhdoc.documents (source, external_id, body)
VALUES ('sec', 'one', '本报讯 1月9日上午，区委常委会召开第3次会议。区委书记李建国主持会议。');
CREATE TABLE not_documents (id bigint, derived_at timestamptz, body text, published date);
CREATE TRIGGER t AFTER TRUNCATE ON not_documents FOR EACH STATEMENT EXECUTE FUNCTION zhdoc.documents_deleted();
TRUNCATE not_documents;
CREATE TRIGGER u AFTER INSERT ON not_documents REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zhdoc.documents_derive();
INSERT INTO not_documents VALUES (1, now(), 'x', NULL);
SELECT count(*) > 0 AS mentions_kept FROM zhdoc.document_mentions;
DROP TABLE not_documents;

-- 2. ts_headline options longer than PostgreSQL's headline structure holds
--    are refused, as PostgreSQL's own parser refuses them; no crash.
SET ROLE regress_zh_hostile;
SELECT ts_headline('zhdoc.chinese', '王少峰', to_tsquery('zhdoc.chinese', '王少峰'), 'StopSel=' || repeat('x', 40000));
SELECT ts_headline('zhdoc.chinese', '王少峰', to_tsquery('zhdoc.chinese', '王少峰'), 'StartSel=' || repeat('x', 32768));
SELECT ts_headline('zhdoc.chinese', '王少峰 王少峰', to_tsquery('zhdoc.chinese', '王少峰'),
                   'MaxFragments=2, FragmentDelimiter=' || repeat('x', 70000));
SELECT length(ts_headline('zhdoc.chinese', '王少峰', to_tsquery('zhdoc.chinese', '王少峰'),
                          'StartSel=' || repeat('x', 32767))) AS longest_accepted;
RESET ROLE;

-- zhdoc.heap_retain decides how much memory a backend keeps: a superuser's
-- setting (a role could otherwise make its backend hold a gigabyte).
SET ROLE regress_zh_hostile;
SET zhdoc.heap_retain = '1GB';
SHOW zhdoc.heap_retain;
RESET ROLE;

-- zhdoc.derive_stash likewise; and what a role puts in the stash (derived
-- rows kept between the row trigger and the derivation) is used only for
-- exactly the body, anchor and words it was computed from: rows planted for
-- a document id with another body or date give way to a fresh analysis.
SET ROLE regress_zh_hostile;
SET zhdoc.derive_stash = '1GB';
BEGIN;
SELECT zhdoc.documents_analyse(42, '区委书记王少峰主持会议。', '2024-01-10') IS NOT NULL AS planted;
SELECT zhdoc.documents_analyse(43, '1月9日上午，区委书记王少峰主持召开区委常委会会议。', '2024-01-10') IS NOT NULL AS planted;
SELECT p.name, p.titles FROM zhdoc.derive_parts('区长李四主持会议。', '2024-01-10', 42) p
WHERE p.part = 'official';
SELECT count(*) AS same_as_fresh FROM (
    SELECT p::text FROM zhdoc.derive_parts('1月9日上午，区委书记王少峰主持召开区委常委会会议。', '2023-02-01', 43) p
    EXCEPT ALL
    SELECT p::text FROM zhdoc.derive_parts('1月9日上午，区委书记王少峰主持召开区委常委会会议。', '2023-02-01') p) d;
COMMIT;
RESET ROLE;

-- 3. A loader may write documents but not the pipeline's own columns: it
--    can neither skip derivation nor forge its result.
GRANT SELECT, INSERT, UPDATE, DELETE ON zhdoc.documents TO regress_zh_loader;
SET ROLE regress_zh_loader;
INSERT INTO zhdoc.documents (source, external_id, body, derived_at)
VALUES ('sec', 'forged', '区委书记王少峰主持会议。', now());
INSERT INTO zhdoc.documents (source, external_id, body, body_tsv)
VALUES ('sec', 'forged', '区委书记王少峰主持会议。', 'x');
INSERT INTO zhdoc.documents (source, external_id, published, body)
VALUES ('sec', 'loaded', '2024-01-10', '本报讯 1月9日上午，区政府召开第5次常务会议。区长王海涛主持会议。');
UPDATE zhdoc.documents SET derive_error = 'forged' WHERE external_id = 'loaded';
UPDATE zhdoc.documents SET derived_at = NULL WHERE external_id = 'loaded';
UPDATE zhdoc.documents SET body_tsv = NULL WHERE external_id = 'loaded';
CALL zhdoc.rederive();
-- what it may change is derived again, without rights on the derived tables
UPDATE zhdoc.documents SET body = replace(body, '王海涛', '王涛') WHERE external_id = 'loaded';
RESET ROLE;
SELECT d.external_id, d.derive_error, m.chair, d.body_tsv = to_tsvector('zhdoc.chinese', d.body) AS tsv_current
FROM zhdoc.documents d LEFT JOIN zhdoc.meetings m ON m.document_id = d.id
WHERE d.source = 'sec' ORDER BY d.id;

-- An update of a column other than body or published neither segments the
-- body again nor derives it again: a word added since then is not in the
-- stored vector until the body changes.
SELECT derived_at AS derived_before, body_tsv::text AS tsv_before FROM zhdoc.documents WHERE external_id = 'loaded' \gset
INSERT INTO zhdoc.user_words (word) VALUES ('常务会议区长');
UPDATE zhdoc.documents SET external_id = 'loaded-renamed' WHERE external_id = 'loaded';
SELECT derived_at = :'derived_before' AS not_derived_again, body_tsv::text = :'tsv_before' AS not_segmented_again
FROM zhdoc.documents WHERE external_id = 'loaded-renamed';
DELETE FROM zhdoc.user_words WHERE word = '常务会议区长';

-- 4. Row security on documents reaches everything derived from them: an
--    analyst kept from source 'sec-hidden' sees none of its articles,
--    mentions, meetings or officials, through the views or the tables.
INSERT INTO zhdoc.documents (source, external_id, published, body)
VALUES ('sec-hidden', 'secret', '2024-02-02', '本报讯 2月1日上午，县委常委会召开第9次会议。县委书记欧阳秘主持会议。');
GRANT SELECT ON zhdoc.documents, zhdoc.document_articles, zhdoc.document_mentions, zhdoc.document_entities,
    zhdoc.document_meetings, zhdoc.document_officials,
    zhdoc.articles, zhdoc.mentions, zhdoc.meetings, zhdoc.officials TO regress_zh_analyst;
ALTER TABLE zhdoc.documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY analyst_reads ON zhdoc.documents FOR SELECT TO regress_zh_analyst
    USING (source IS DISTINCT FROM 'sec-hidden');
SET ROLE regress_zh_analyst;
SELECT (SELECT count(*) FROM zhdoc.documents WHERE source = 'sec-hidden') AS documents,
       (SELECT count(*) FROM zhdoc.articles WHERE body LIKE '%欧阳秘%') AS articles,
       (SELECT count(*) FROM zhdoc.mentions WHERE name = '欧阳秘') AS mentions,
       (SELECT count(*) FROM zhdoc.meetings WHERE chair = '欧阳秘') AS meetings,
       (SELECT count(*) FROM zhdoc.officials WHERE name = '欧阳秘') AS officials,
       (SELECT count(*) FROM zhdoc.document_officials WHERE name = '欧阳秘') AS official_rows,
       (SELECT count(*) FROM zhdoc.document_entities WHERE entities @> ARRAY['person:欧阳秘']::zhdoc.zhentity[]) AS entity_sets;
-- what it may see, it sees
SELECT chair FROM zhdoc.meetings WHERE chair IN ('李建国', '王涛', '欧阳秘') ORDER BY chair;
-- and under row security an entity filter still uses its index (the
-- accessors are LEAKPROOF)
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT document_id FROM zhdoc.mentions WHERE name = '李建国' AND kind = 'person';
RESET enable_seqscan;
RESET ROLE;
SELECT chair FROM zhdoc.meetings WHERE chair IN ('李建国', '王涛', '欧阳秘') ORDER BY chair;
DROP POLICY analyst_reads ON zhdoc.documents;
ALTER TABLE zhdoc.documents DISABLE ROW LEVEL SECURITY;

-- 5. A committed user word reaches a session whose statement began before
--    the commit (READ COMMITTED) and a REPEATABLE READ transaction that
--    started before it, and stays there: the cache is never left valid
--    with old words.  Advisory locks order the two sessions; no sleeps.
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT format('dbname=%s host=%s port=%s user=%s', current_database(),
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port'), current_user) AS conninfo \gset
SELECT dblink_connect('a', :'conninfo');
SELECT pg_advisory_lock(4242);
-- session a takes its snapshot, then waits for the lock before its first
-- use of the user words
SELECT dblink_send_query('a', $$WITH l AS MATERIALIZED (SELECT pg_advisory_lock(4242))
                              SELECT zhdoc.zh_segment('春风送岗位暖人心') FROM l$$);
DO $$
BEGIN
    WHILE NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242 AND NOT granted) LOOP
        PERFORM pg_sleep(0.01);
    END LOOP;
END $$;
INSERT INTO zhdoc.user_words (word) VALUES ('岗位暖人心');
SELECT pg_advisory_unlock(4242);
SELECT * FROM dblink_get_result('a') AS r(words text[]);
SELECT * FROM dblink_get_result('a') AS r(words text[]);
SELECT * FROM dblink('a', $$SELECT zhdoc.zh_segment('春风送岗位暖人心')$$) AS r(words text[]);
SELECT dblink_disconnect('a');

SELECT dblink_connect('b', :'conninfo');
SELECT dblink_exec('b', 'BEGIN ISOLATION LEVEL REPEATABLE READ');
SELECT * FROM dblink('b', 'SELECT 1') AS r(snapshot_taken int);
INSERT INTO zhdoc.user_words (word) VALUES ('春风送');
SELECT * FROM dblink('b', $$SELECT zhdoc.zh_segment('春风送岗位暖人心')$$) AS r(words text[]);
SELECT dblink_exec('b', 'COMMIT');
SELECT * FROM dblink('b', $$SELECT zhdoc.zh_segment('春风送岗位暖人心')$$) AS r(words text[]);
SELECT dblink_disconnect('b');
DELETE FROM zhdoc.user_words WHERE word IN ('岗位暖人心', '春风送');
DROP EXTENSION dblink;

-- 5b. User terms are configuration, as user words are: anyone may read
--     them, only their owner may change them, and their triggers cannot be
--     fired by a hostile role (to flood every backend with invalidations)
--     or attached to a table of its own.
SET ROLE regress_zh_hostile;
SELECT count(*) >= 0 AS may_read FROM zhdoc.user_terms;
INSERT INTO zhdoc.user_terms VALUES ('title', '网格长');
UPDATE zhdoc.user_terms SET term = 'x';
DELETE FROM zhdoc.user_terms;
TRUNCATE zhdoc.user_terms;
CREATE TEMP TABLE t (kind text, term text);
CREATE TRIGGER t AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION zhdoc.user_terms_changed();
CREATE TRIGGER t BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION zhdoc.user_terms_check();
-- a term planted in a temporary table of the same name is not read
CREATE TEMP TABLE user_terms (kind text, term text);
INSERT INTO user_terms VALUES ('meeting', '议事会');
SET search_path = pg_temp, zhdoc, public;
SELECT count(*) AS meetings FROM zhdoc.zh_meetings('社区召开第3次居民议事会。');
RESET search_path;
RESET ROLE;
-- a reader who lost SELECT on them is told so, not analysed with other lists
REVOKE SELECT ON zhdoc.user_terms FROM PUBLIC;
SET ROLE regress_zh_hostile;
SELECT count(*) FROM zhdoc.zh_entities('区委书记王少峰');
RESET ROLE;
GRANT SELECT ON zhdoc.user_terms TO PUBLIC;

-- 6. CREATE EXTENSION refuses a schema zhdoc that another role created
--    (CVE-2022-2625 class), or that already holds objects.
SELECT current_database() AS regress_db \gset
CREATE DATABASE regress_zh_adopt TEMPLATE template0 ENCODING 'UTF8';
\c regress_zh_adopt
SET client_min_messages = warning;
CREATE ROLE regress_zh_squatter;
RESET client_min_messages;
GRANT CREATE ON DATABASE regress_zh_adopt TO regress_zh_squatter;
SET ROLE regress_zh_squatter;
CREATE SCHEMA zhdoc;
CREATE FUNCTION zhdoc.unnest(text[]) RETURNS SETOF text LANGUAGE sql AS $$SELECT 'squatter'$$;
RESET ROLE;
CREATE EXTENSION zhdoc;
DROP SCHEMA zhdoc CASCADE;
CREATE SCHEMA zhdoc;
GRANT CREATE, USAGE ON SCHEMA zhdoc TO regress_zh_squatter;
SET ROLE regress_zh_squatter;
CREATE FUNCTION zhdoc.unnest(text[]) RETURNS SETOF text LANGUAGE sql AS $$SELECT 'squatter'$$;
RESET ROLE;
CREATE EXTENSION zhdoc;
DROP SCHEMA zhdoc CASCADE;
-- a schema another superuser made, empty (pg_restore as another superuser) is fine
SET client_min_messages = warning;
CREATE ROLE regress_zh_super SUPERUSER;
RESET client_min_messages;
SET ROLE regress_zh_super;
CREATE SCHEMA zhdoc;
RESET ROLE;
CREATE EXTENSION zhdoc;
SELECT extname, extnamespace::regnamespace, pg_get_userbyid(n.nspowner) AS schema_owner
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE extname = 'zhdoc';
\c :regress_db
DROP DATABASE regress_zh_adopt;

-- clean up
DELETE FROM zhdoc.documents WHERE source LIKE 'sec%';
SET client_min_messages = warning;
DROP OWNED BY regress_zh_hostile, regress_zh_loader, regress_zh_analyst, regress_zh_squatter;
DROP ROLE regress_zh_hostile, regress_zh_loader, regress_zh_analyst, regress_zh_squatter, regress_zh_super;
