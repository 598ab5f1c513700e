#!/usr/bin/env bash
# Benchmark: zh_dates against zh_normalize over the same ~12 MB of page
# text, in one run on one backend.
# Usage: bash test/bench/dates.sh [MB]
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
           bench_best_of('SELECT count(*) FROM bench_docs, zhdoc.zh_dates(body, ''2023-06-01'')', 3) AS dates,
           bench_best_of('SELECT sum(length(zhdoc.zh_normalize(body))) FROM bench_docs', 3) AS norm
    FROM bench_docs
)
SELECT round((mb / dates)::numeric, 1) AS zh_dates_mb_s,
       round((mb / norm)::numeric, 1) AS zh_normalize_mb_s,
       round((norm / dates)::numeric, 2) AS dates_ratio_to_normalize
FROM t;
-- absurd input: 10 MB of digits, huge years
SELECT count(*) AS rows_from_10mb_of_digits FROM zhdoc.zh_dates(repeat('1234567890', 1000000));
SELECT count(*) AS rows_from_absurd_years FROM zhdoc.zh_dates(repeat('99999999年，', 10000));
SQL
