#!/usr/bin/env bash
# Benchmark: zh_normalize against PostgreSQL's built-in normalize(text, NFKC)
# over the same ~12 MB of page-like text, in one run on one backend.
# Usage: bash test/bench/normalize.sh [MB]
source "$(dirname "$0")/../lib.sh"
MB="${1:-12}"

zh_bench_start

zh_psql -v target_mb="$MB" <<SQL
CREATE EXTENSION zhdoc;
\set page \`cat "$ZH_ROOT/test/data/fengtai-page.txt"\`
\i $ZH_ROOT/test/bench/corpus.sql
SELECT count(*) AS docs, round(sum(octet_length(body)) / 1048576.0, 1) AS mb FROM bench_docs;
WITH t AS (
    SELECT sum(octet_length(body)) / 1048576.0 AS mb,
           bench_best_of('SELECT sum(length(zhdoc.zh_normalize(body))) FROM bench_docs', 3) AS zh,
           bench_best_of('SELECT sum(length(normalize(body, NFKC))) FROM bench_docs', 3) AS builtin
    FROM bench_docs
)
SELECT round((mb / zh)::numeric, 1) AS zh_normalize_mb_s,
       round((mb / builtin)::numeric, 1) AS builtin_nfkc_mb_s,
       round((builtin / zh)::numeric, 2) AS ratio_to_builtin
FROM t;
SQL

# A fresh backend's first to_tsvector call (normalisation, dictionary open,
# segmentation), and how much of the mapped dictionary it made resident: a
# backend should touch only the pages its look-ups use.
zh_psql <<'SQL'
\echo
DO $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
    PERFORM to_tsvector('zhdoc.chinese', '区委书记王少峰主持会议，研究部署乡村振兴工作');
    RAISE NOTICE 'first to_tsvector call in a fresh backend: % ms',
        round((extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric, 2);
END $$;
WITH m AS (
    SELECT regexp_split_to_array(s, E'\n') AS l
    FROM regexp_split_to_table(pg_read_file('/proc/self/smaps'), E'\n(?=[0-9a-f]+-[0-9a-f]+ )') s
    WHERE s ~ '^\S+ \S+ \S+ \S+ \S+ +\S*zhdoc\.dict'
)
SELECT (SELECT sum(substring(x FROM '^Size: +([0-9]+)')::int) FROM m, unnest(l) x) AS dict_mapped_kb,
       (SELECT sum(substring(x FROM '^Rss: +([0-9]+)')::int) FROM m, unnest(l) x) AS dict_resident_kb;
SQL
