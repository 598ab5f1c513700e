#!/usr/bin/env bash
# Benchmark: zh_entities, zh_officials and zh_meetings against to_tsvector('zhdoc.chinese')
# over the same ~12 MB of page text, in one run on one backend.
# Usage: bash test/bench/entities.sh [MB]
source "$(dirname "$0")/../lib.sh"
MB="${1:-12}"

zh_bench_start

zh_psql -v target_mb="$MB" <<SQL
CREATE EXTENSION zhdoc;
\set page \`cat "$ZH_ROOT/test/data/fengtai-page.txt"\`
\i $ZH_ROOT/test/bench/corpus.sql
SELECT count(*) AS docs, round(sum(octet_length(body)) / 1048576.0, 1) AS mb FROM bench_docs;
SELECT to_tsvector('zhdoc.chinese', 'warm up') IS NOT NULL AS warm;
WITH t AS (
    SELECT sum(octet_length(body)) / 1048576.0 AS mb,
           bench_best_of('SELECT count(*) FROM bench_docs, zhdoc.zh_entities(body)', 3) AS ent,
           bench_best_of('SELECT count(*) FROM bench_docs, zhdoc.zh_officials(body)', 3) AS off,
           bench_best_of('SELECT count(*) FROM bench_docs, zhdoc.zh_meetings(body)', 3) AS mtg,
           bench_best_of('SELECT sum(length(to_tsvector(''zhdoc.chinese'', body))) FROM bench_docs', 3) AS tsv
    FROM bench_docs
)
SELECT round((mb / ent)::numeric, 1) AS zh_entities_mb_s,
       round((mb / off)::numeric, 1) AS zh_officials_mb_s,
       round((mb / mtg)::numeric, 1) AS zh_meetings_mb_s,
       round((mb / tsv)::numeric, 1) AS to_tsvector_mb_s,
       round((tsv / ent)::numeric, 2) AS entities_ratio_to_tsvector,
       round((tsv / mtg)::numeric, 2) AS meetings_ratio_to_tsvector
FROM t;
SQL
