#!/usr/bin/env bash
# Benchmark: to_tsvector('zhdoc.chinese') against the built-in 'simple'
# configuration over the same ~12 MB of Chinese text (the dev page
# recombined, plus the PKU sentences when ../shared is present), on one
# backend; GIN index build time for both; a fresh backend's memory before and
# after its first to_tsvector call, and that call's latency.
# Usage: bash test/bench/tsvector.sh [MB]
source "$(dirname "$0")/../lib.sh"
MB="${1:-12}"
PKU="$ZH_ROOT/../shared/corpus/cws/pku_dev.utf8"

zh_bench_start

zh_psql -q -v target_mb="$MB" <<SQL
CREATE EXTENSION zhdoc;
\set page \`cat "$ZH_ROOT/test/data/fengtai-page.txt"\`
\i $ZH_ROOT/test/bench/corpus.sql
SQL
if [ -f "$PKU" ]; then
	# the PKU sentences (spaces removed), in documents of 50 lines
	zh_psql -q -c "CREATE TABLE pku(line text)" -c "\\copy pku FROM '$PKU'"
	zh_psql -q <<'SQL'
INSERT INTO bench_docs(id, body)
SELECT 1000000 + g, string_agg(replace(line, ' ', ''), E'\n')
FROM (SELECT line, (row_number() OVER ()) / 50 AS g FROM pku) s GROUP BY g;
SQL
fi

zh_psql <<'SQL'
\echo
SELECT count(*) AS docs, round(sum(octet_length(body)) / 1048576.0, 1) AS mb FROM bench_docs;
SELECT to_tsvector('zhdoc.chinese', 'warm up') IS NOT NULL AS warm;
WITH t AS (
    SELECT sum(octet_length(body)) / 1048576.0 AS mb,
           bench_best_of('SELECT sum(length(to_tsvector(''zhdoc.chinese'', body))) FROM bench_docs', 3) AS zh,
           bench_best_of('SELECT sum(length(to_tsvector(''simple'', body))) FROM bench_docs', 3) AS simple
    FROM bench_docs
)
SELECT round((mb / zh)::numeric, 1) AS zhdoc_chinese_mb_s,
       round((mb / simple)::numeric, 1) AS simple_mb_s,
       round((simple / zh)::numeric, 2) AS ratio_to_simple
FROM t;
SET max_parallel_maintenance_workers = 0;
SELECT round(bench_best_of('CREATE INDEX bench_zh ON bench_docs USING gin (to_tsvector(''zhdoc.chinese'', body)); DROP INDEX bench_zh', 1)::numeric, 2) AS gin_build_zhdoc_s,
       round(bench_best_of('CREATE INDEX bench_simple ON bench_docs USING gin (to_tsvector(''simple'', body)); DROP INDEX bench_simple', 1)::numeric, 2) AS gin_build_simple_s;
SQL

# A fresh backend: memory before and after its first call, and that call's latency.
zh_psql -q <<'SQL'
CREATE FUNCTION bench_mem() RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(regexp_replace(l, '\s+', ' ', 'g'), ', ')
    FROM regexp_split_to_table(pg_read_file('/proc/self/status'), E'\n') l
    WHERE l ~ '^(VmRSS|RssAnon|RssFile)' $$;
SQL
zh_psql <<'SQL'
\echo
SELECT bench_mem() AS before_first_call;
DO $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
    PERFORM to_tsvector('zhdoc.chinese', '区委书记王少峰主持会议');
    RAISE NOTICE 'first to_tsvector call: % ms', round((extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric, 2);
END $$;
SELECT bench_mem() AS after_first_call;
SQL
