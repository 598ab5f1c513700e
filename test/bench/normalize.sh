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
