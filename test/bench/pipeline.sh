#!/usr/bin/env bash
# Benchmark: the documents pipeline.  Generates DOCS documents (default
# 20,000, about 64 MB) by recombining the dev page: each document is one of
# its articles as extracted (line breaks and all), with the persons swapped
# for names from a pool of 208, the district for one of 16, dates, years and
# meeting numbers shifted, published dates spread over 2020-2023.  Then, on
# one backend:
#   - COPY into a plain table whose only index is the GIN on
#     to_tsvector('zhdoc.chinese', body): the reference;
#   - COPY into zhdoc.documents (articles, mentions, meetings, officials
#     derived by the trigger, plus the same GIN);
#   - ingest MB/s and documents/s of both, and their ratio, in wall time and
#     in the backend's CPU time (steadier when the machine is shared);
#   - the backend's private memory (RssAnon in /proc/<pid>/status) before,
#     at its peak during (sampled every 50 ms from outside) and after the
#     COPY into zhdoc.documents (target: growth < 64 MB);
#   - median latency over 50 runs (parameters varied) of: meetings chaired by
#     one person in one month, documents mentioning one person, documents
#     matching a two-word phrase (first 20, and all of them);
#   - the same batch again, unchanged, by the README's upsert (INSERT ... ON
#     CONFLICT DO UPDATE ... WHERE (...) IS DISTINCT FROM (...)) from a
#     staging table, against the first load;
#   - CALL zhdoc.rederive() after adding a user word (every document stale):
#     documents/s and MB/s;
#   - single documents of about 0.1, 1, 4 and 16 MB (the dev page repeated):
#     CPU seconds (the backend's, from /proc/self/schedstat: the machine is
#     shared) per MB of an INSERT into zhdoc.documents, and of its pieces
#     (to_tsvector, derive_parts, the derived rows written, the document row
#     and its indexes) to show where the time goes; the ratio of
#     the largest per-MB cost to the smallest (target < 2);
#   - zhdoc.chinese_search against zhdoc.chinese over the same corpus:
#     to_tsvector MB/s (best of 3) and the size and build time (best of 2)
#     of a GIN index, the two measured in alternation.
# Usage: bash test/bench/pipeline.sh [DOCS]
source "$(dirname "$0")/../lib.sh"
DOCS="${1:-20000}"

zh_bench_start

# The server writes and reads the generated file: put it in the cluster's
# directory, which its owner can write.
DATA="$ZH_CLUSTER/bench_docs.tsv"

zh_psql -v docs="$DOCS" -v datafile="$DATA" <<SQL
CREATE EXTENSION zhdoc;
\set page \`cat "$ZH_ROOT/test/data/fengtai-page.txt"\`
\i $ZH_ROOT/test/bench/documents.sql

-- the reference: the same columns, only the full-text GIN index
CREATE TABLE ref_docs (id bigint GENERATED ALWAYS AS IDENTITY, source text, external_id text, published date, body text);
CREATE INDEX ON ref_docs USING gin (to_tsvector('zhdoc.chinese', body));

CREATE FUNCTION bench_seconds(q text) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
    EXECUTE q;
    RETURN extract(epoch FROM clock_timestamp() - t0);
END \$\$;
-- wall and backend CPU seconds of q (see bench_cpu_seconds below)
CREATE FUNCTION bench_wall_cpu(q text, OUT wall float8, OUT cpu float8) LANGUAGE plpgsql AS \$\$
DECLARE
    t0 timestamptz := clock_timestamp();
    c0 bigint := split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint;
BEGIN
    EXECUTE q;
    wall := extract(epoch FROM clock_timestamp() - t0);
    cpu := (split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint - c0) / 1e9;
END \$\$;
-- median of reps runs, in ms; q is a format() string given the run number
CREATE FUNCTION bench_median_ms(q text, reps int) RETURNS numeric LANGUAGE plpgsql AS \$\$
DECLARE
    t0 timestamptz;
    ts float8[] := '{}';
BEGIN
    FOR i IN 1 .. reps LOOP
        t0 := clock_timestamp();
        EXECUTE format(q, i);
        ts := ts || extract(epoch FROM clock_timestamp() - t0) * 1000;
    END LOOP;
    RETURN (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY t)::numeric, 2) FROM unnest(ts) t);
END \$\$;
\i $ZH_ROOT/test/bench/cpu_seconds.sql
-- RssAnon of this backend, in kB: the memory it holds privately
CREATE FUNCTION bench_rss_kb() RETURNS bigint LANGUAGE sql AS \$\$
    SELECT substring(pg_read_file('/proc/self/status') FROM 'RssAnon:\s*([0-9]+)')::bigint \$\$;
SELECT to_tsvector('zhdoc.chinese', 'warm up') IS NOT NULL AS warm;
CHECKPOINT;
SQL

export ZH_BENCH_STOP="$ZH_CLUSTER/rss_stop" ZH_BENCH_SAMPLES="$ZH_CLUSTER/rss_samples"
zh_psql -v datafile="$DATA" -v samples="$ZH_BENCH_SAMPLES" <<'SQL'
SET search_path = zhdoc, public;
\echo
\echo 'Ingest: COPY of the same file, one backend'
CREATE TEMP TABLE t AS
SELECT r.wall AS ref_s, r.cpu AS ref_cpu
FROM bench_wall_cpu(format('COPY ref_docs(source, external_id, published, body) FROM %L', :'datafile')) r;
CHECKPOINT;
ALTER TABLE t ADD COLUMN zh_s float8, ADD COLUMN zh_cpu float8;
-- this backend's private memory: RssAnon before, at its peak during the
-- COPY (a sampler outside the server reads /proc/<pid>/status every 50 ms)
-- and after
SELECT pg_backend_pid() AS pid \gset
\setenv ZH_BENCH_PID :pid
SELECT bench_rss_kb() AS rss_before_kb \gset
\! ( while [ ! -e "$ZH_BENCH_STOP" ]; do sed -n 's/^RssAnon:[^0-9]*\([0-9]*\).*/\1/p' /proc/$ZH_BENCH_PID/status; sleep 0.05; done > "$ZH_BENCH_SAMPLES" ) &
UPDATE t SET (zh_s, zh_cpu) = (SELECT r.wall, r.cpu FROM bench_wall_cpu(format('COPY zhdoc.documents(source, external_id, published, body) FROM %L', :'datafile')) r);
\! touch "$ZH_BENCH_STOP"; sleep 0.2
SELECT bench_rss_kb() AS rss_after_kb \gset
\set rss_peak_kb `sort -n "$ZH_BENCH_SAMPLES" | tail -1`
\echo
\echo 'Private memory (RssAnon) of the backend around the COPY into zhdoc.documents'
SELECT round(:rss_before_kb / 1024.0, 1) AS before_mb, round(:rss_peak_kb / 1024.0, 1) AS peak_mb,
       round(:rss_after_kb / 1024.0, 1) AS after_mb,
       round((:rss_peak_kb - :rss_before_kb) / 1024.0, 1) AS peak_growth_mb,
       round((SELECT sum(octet_length(body)) FROM ref_docs) / 1048576.0, 1) AS copied_mb,
       (SELECT count(*) FROM regexp_split_to_table(pg_read_file(:'samples'), E'\n') l WHERE l <> '') AS samples;
SELECT count(*) AS docs, round(sum(octet_length(body)) / 1048576.0, 1) AS mb,
       round(((SELECT ref_s FROM t))::numeric, 1) AS reference_s,
       round(((SELECT zh_s FROM t))::numeric, 1) AS pipeline_s,
       round(((SELECT ref_cpu FROM t))::numeric, 1) AS reference_cpu_s,
       round(((SELECT zh_cpu FROM t))::numeric, 1) AS pipeline_cpu_s
FROM ref_docs;
WITH s AS (SELECT sum(octet_length(body)) / 1048576.0 AS mb, count(*) AS n FROM ref_docs)
SELECT round((mb / zh_s)::numeric, 2) AS pipeline_mb_s,
       round((n / zh_s)::numeric, 0) AS pipeline_docs_s,
       round((mb / ref_s)::numeric, 2) AS reference_mb_s,
       round((n / ref_s)::numeric, 0) AS reference_docs_s,
       round((ref_s / zh_s)::numeric, 2) AS ratio,
       -- the same in the backend's CPU time: steadier on a shared machine
       round((ref_cpu / zh_cpu)::numeric, 2) AS cpu_ratio
FROM s, t;
SELECT (SELECT count(*) FROM zhdoc.documents WHERE derive_error IS NOT NULL) AS failed,
       (SELECT count(*) FROM zhdoc.document_articles) AS articles,
       (SELECT count(*) FROM zhdoc.document_mentions) AS mentions,
       (SELECT count(*) FROM zhdoc.document_meetings) AS meetings,
       (SELECT count(*) FROM zhdoc.document_officials) AS document_officials,
       (SELECT count(*) FROM zhdoc.officials) AS officials;
VACUUM ANALYZE zhdoc.documents, zhdoc.document_articles, zhdoc.document_mentions,
    zhdoc.document_meetings, zhdoc.document_officials;

\echo
\echo 'Median latency over 50 runs (ms), a different person, month or phrase each run'
-- the persons and phrases the runs cycle through
CREATE TEMP TABLE chairs AS
SELECT row_number() OVER (ORDER BY chair) AS k, chair FROM (SELECT DISTINCT chair FROM zhdoc.meetings WHERE chair IS NOT NULL) c;
CREATE TEMP TABLE phrases(k int, phrase text);
INSERT INTO phrases VALUES (0, '数字人民币 应用'), (1, '营商环境 优化'), (2, '采摘 樱桃'), (3, '招聘会 岗位'), (4, '主题 教育');
SELECT (SELECT count(*) FROM chairs) AS chairs_in_pool,
  bench_median_ms($q$SELECT * FROM zhdoc.meetings
      WHERE chair = (SELECT chair FROM chairs WHERE k = 1 + %1$s %% (SELECT count(*) FROM chairs))
        AND held_on >= make_date(2020 + %1$s %% 4, 1 + %1$s %% 12, 1)
        AND held_on < make_date(2020 + %1$s %% 4, 1 + %1$s %% 12, 1) + interval '1 month'$q$, 50)
      AS meetings_chaired_in_month_ms,
  bench_median_ms($q$SELECT id, source, external_id, published FROM zhdoc.documents
      WHERE id IN (SELECT document_id FROM zhdoc.mentions
                   WHERE entity = zhdoc.zhentity('person', (SELECT chair FROM chairs WHERE k = 1 + %1$s %% (SELECT count(*) FROM chairs))))$q$, 50)
      AS documents_mentioning_person_ms,
  bench_median_ms($q$SELECT id FROM zhdoc.documents
      WHERE body_tsv @@ phraseto_tsquery('zhdoc.chinese', (SELECT phrase FROM phrases WHERE k = %1$s %% 5))
      LIMIT 20$q$, 50)
      AS phrase_first_20_ms,
  bench_median_ms($q$SELECT count(*) FROM zhdoc.documents
      WHERE body_tsv @@ phraseto_tsquery('zhdoc.chinese', (SELECT phrase FROM phrases WHERE k = %1$s %% 5))$q$, 10)
      AS phrase_all_matches_ms_10_runs;
SELECT p.phrase, (SELECT count(*) FROM zhdoc.documents WHERE body_tsv @@ phraseto_tsquery('zhdoc.chinese', p.phrase)) AS matching_documents
FROM phrases p ORDER BY k;
SELECT avg(n)::int AS avg_documents_per_person FROM (SELECT count(DISTINCT document_id) AS n FROM zhdoc.mentions WHERE entity IN (SELECT zhdoc.zhentity('person', chair) FROM chairs) GROUP BY entity) s;
-- the first load's timings, for the sessions below
CREATE TABLE public.bench_first AS SELECT * FROM t;
SQL

zh_psql -v datafile="$DATA" <<'SQL'
\echo
\echo 'The same batch again, unchanged: staging COPY, then the README upsert (nothing to derive)'
CREATE UNLOGGED TABLE stage (source text, external_id text, published date, body text);
CREATE TEMP TABLE u AS
SELECT bench_seconds(format('COPY stage FROM %L', :'datafile')) AS stage_s;
SELECT max(derived_at) AS derived_before FROM zhdoc.documents \gset
ALTER TABLE u ADD COLUMN upsert_s float8;
UPDATE u SET upsert_s = bench_seconds($q$
    INSERT INTO zhdoc.documents (source, external_id, published, body)
    SELECT source, external_id, published, body FROM stage
    ON CONFLICT (source, external_id) DO UPDATE
        SET published = EXCLUDED.published, body = EXCLUDED.body
        WHERE (zhdoc.documents.published, zhdoc.documents.body)
              IS DISTINCT FROM (EXCLUDED.published, EXCLUDED.body)$q$);
SELECT (SELECT count(*) FROM stage) AS docs,
       (SELECT count(*) FROM zhdoc.documents WHERE derived_at > :'derived_before') AS derived_again,
       round(stage_s::numeric, 2) AS stage_copy_s, round(upsert_s::numeric, 2) AS upsert_s,
       round(zh_s::numeric, 1) AS first_load_s,
       round(((stage_s + upsert_s) / zh_s)::numeric, 3) AS rerun_over_first_load
FROM u, bench_first;

\echo
\echo 'CALL zhdoc.rederive() after adding a user word (every document stale), batches of 1,000'
INSERT INTO zhdoc.user_words (word, pos) VALUES ('金融商务区', 'ns');
SELECT stale FROM zhdoc.derivation_status;
SET client_min_messages = warning;
CALL zhdoc.rederive(1000);
RESET client_min_messages;
WITH r AS (
    SELECT documents, batches, extract(epoch FROM finished_at - started_at) AS s
    FROM zhdoc.rederive_runs ORDER BY run_id DESC LIMIT 1
)
SELECT r.documents, r.batches, round(r.s::numeric, 1) AS seconds,
       round((r.documents / r.s)::numeric, 0) AS docs_s,
       round(((SELECT sum(octet_length(body)) FROM zhdoc.documents) / 1048576.0 / r.s)::numeric, 2) AS mb_s,
       (SELECT stale FROM zhdoc.derivation_status) AS stale_after
FROM r;
SQL

zh_psql <<SQL
\echo
\echo 'Single documents of growing size (the dev page repeated): CPU seconds per MB, best of 2'
\set page \`cat "$ZH_ROOT/test/data/fengtai-page.txt"\`
-- each size's document, and the time of each piece on it
CREATE TABLE big_docs AS
SELECT mb, repeat(:'page' || E'\n\n', ceil(mb * 1048576 / (octet_length(:'page') + 2))::int) AS body
FROM unnest('{0.1,1,4,16}'::numeric[]) mb;
ALTER TABLE big_docs ADD COLUMN bytes bigint, ADD COLUMN tsvector_s float8,
    ADD COLUMN parts_s float8, ADD COLUMN insert_s float8, ADD COLUMN derive_set_s float8;
UPDATE big_docs SET bytes = octet_length(body);
SQL
# the index's pending list, left by the loads above, flushed now rather than
# by whichever document comes first
zh_psql -c 'VACUUM zhdoc.documents'
for mb in 0.1 1 4 16; do
	# each piece best of two, in a session of its own
	zh_psql -v mb="$mb" <<'SQL'
-- a fresh session: a small document first, so that the timing below is the
-- statement's, not the session's start (plans, caches, the dictionary)
INSERT INTO zhdoc.documents (source, external_id, body) VALUES ('warm', 'up', '区委书记王少峰主持会议。');
DELETE FROM zhdoc.documents WHERE source = 'warm';
\set tsv 'SELECT length(to_tsvector(''zhdoc.chinese'', body)) FROM big_docs WHERE mb = ' :mb
\set parts 'SELECT count(*) FROM big_docs b, zhdoc.derive_parts(b.body, ''2023-05-26'') WHERE b.mb = ' :mb
\set ins 'INSERT INTO zhdoc.documents (source, external_id, published, body) SELECT ''big'', mb::text, ''2023-05-26'', body FROM big_docs WHERE mb = ' :mb
UPDATE big_docs SET tsvector_s = least(bench_cpu_seconds(:'tsv'), bench_cpu_seconds(:'tsv')),
                    parts_s = least(bench_cpu_seconds(:'parts'), bench_cpu_seconds(:'parts')),
                    insert_s = bench_cpu_seconds(:'ins')
WHERE mb = :mb;
DELETE FROM zhdoc.documents WHERE source = 'big' AND external_id = :'mb';
UPDATE big_docs SET insert_s = least(insert_s, bench_cpu_seconds(:'ins')) WHERE mb = :mb;
-- the derivation alone (analysis and derived rows, not the document's own
-- row and body_tsv): its derived rows deleted, then derived again
SELECT id AS doc_id FROM zhdoc.documents WHERE source = 'big' AND external_id = :'mb' \gset
SELECT zhdoc.documents_forget(ARRAY[:doc_id]::bigint[]) \gset
UPDATE big_docs SET derive_set_s = bench_cpu_seconds(format('SELECT zhdoc.derive_set(ARRAY[%s]::bigint[])', :doc_id))
WHERE mb = :mb;
SELECT zhdoc.documents_forget(ARRAY[:doc_id]::bigint[]) \gset
UPDATE big_docs SET derive_set_s = least(derive_set_s, bench_cpu_seconds(format('SELECT zhdoc.derive_set(ARRAY[%s]::bigint[])', :doc_id)))
WHERE mb = :mb;
SQL
done
zh_psql <<'SQL'
SELECT b.mb AS nominal_mb, round(b.bytes / 1048576.0, 2) AS mb,
       round((b.insert_s / (b.bytes / 1048576.0))::numeric, 3) AS insert_s_per_mb,
       round((b.tsvector_s / (b.bytes / 1048576.0))::numeric, 3) AS tsvector_s_per_mb,
       round((b.parts_s / (b.bytes / 1048576.0))::numeric, 3) AS derive_parts_s_per_mb,
       round(((b.derive_set_s - b.parts_s) / (b.bytes / 1048576.0))::numeric, 3) AS derived_rows_s_per_mb,
       round(((b.insert_s - b.tsvector_s - b.derive_set_s) / (b.bytes / 1048576.0))::numeric, 3) AS row_and_index_s_per_mb,
       d.derive_error IS NULL AS derived,
       (SELECT count(*) FROM zhdoc.document_mentions m WHERE m.document_id = d.id) AS mentions
FROM big_docs b JOIN zhdoc.documents d ON d.source = 'big' AND d.external_id = b.mb::text
ORDER BY b.mb;
WITH c AS (SELECT insert_s / (bytes / 1048576.0) AS per_mb FROM big_docs)
SELECT round((max(per_mb) / min(per_mb))::numeric, 2) AS largest_over_smallest_per_mb_cost FROM c;

\echo
\echo 'zhdoc.chinese_search (sub-words) against zhdoc.chinese, the generated corpus'
-- one backend, as everywhere above: no parallel workers
SET max_parallel_maintenance_workers = 0;
SET max_parallel_workers_per_gather = 0;
-- the table settled first (autovacuum would otherwise take a core during
-- the first passes), and rounds that alternate the two configurations, so
-- that neither is measured only while the machine is busier: best of 3
-- to_tsvector passes and of 2 index builds each
VACUUM ANALYZE bench_src;
CREATE TEMP TABLE cfg (config text, tsvector_s float8 DEFAULT 'infinity',
                       gin_build_s float8 DEFAULT 'infinity', gin_bytes bigint);
INSERT INTO cfg (config) VALUES ('zhdoc.chinese'), ('zhdoc.chinese_search');
DO $$
DECLARE c text;
BEGIN
    FOR r IN 1 .. 3 LOOP
        FOREACH c IN ARRAY ARRAY['zhdoc.chinese', 'zhdoc.chinese_search'] LOOP
            UPDATE cfg SET tsvector_s = least(tsvector_s,
                bench_seconds(format('SELECT sum(length(to_tsvector(%L, body))) FROM bench_src', c)))
            WHERE config = c;
        END LOOP;
    END LOOP;
    FOR r IN 1 .. 2 LOOP
        FOREACH c IN ARRAY ARRAY['zhdoc.chinese', 'zhdoc.chinese_search'] LOOP
            UPDATE cfg SET gin_build_s = least(gin_build_s,
                bench_seconds(format('CREATE INDEX bench_gin ON bench_src USING gin (to_tsvector(%L, body))', c)))
            WHERE config = c;
            UPDATE cfg SET gin_bytes = pg_relation_size('bench_gin') WHERE config = c;
            DROP INDEX bench_gin;
        END LOOP;
    END LOOP;
END $$;
SELECT config, round((mb / tsvector_s)::numeric, 2) AS tsvector_mb_s,
       round(gin_build_s::numeric, 1) AS gin_build_s,
       round(gin_bytes / 1048576.0, 1) AS gin_mb,
       round(gin_bytes::numeric / first_value(gin_bytes) OVER (ORDER BY config), 2) AS gin_size_ratio,
       round((first_value(tsvector_s) OVER (ORDER BY config) / tsvector_s)::numeric, 2) AS speed_ratio
FROM cfg, (SELECT sum(octet_length(body)) / 1048576.0 AS mb FROM bench_src) s
ORDER BY config;
SQL
