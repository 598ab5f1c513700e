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

# A fresh backend's first to_tsvector call (library load, normalisation,
# dictionary open, user words, segmentation), and how much of the mapped
# dictionary it made resident: a backend should touch only the pages its
# look-ups use.  Five fresh backends; each first runs SELECT 1, the session
# start-up every query pays, so that the time measured is zhdoc's.
zh_psql -q <<'SQL'
CREATE FUNCTION bench_dict_kb(field text) RETURNS int LANGUAGE sql AS $$
    SELECT sum(substring(x FROM '^' || field || ': +([0-9]+)')::int)::int
    FROM regexp_split_to_table(pg_read_file('/proc/self/smaps'), E'\n(?=[0-9a-f]+-[0-9a-f]+ )') s,
         regexp_split_to_table(s, E'\n') x
    WHERE s ~ '^\S+ \S+ \S+ \S+ \S+ +\S*zhdoc\.dict' $$;
SQL
echo
# first_call CONFIG TEXT: in a fresh backend, after SELECT 1 (the session
# start-up every query pays), the wall time of to_tsvector(CONFIG, TEXT) by
# \timing and the backend's CPU time from /proc/self/schedstat (nanoseconds
# on a CPU; the window includes the reading statements), which other load on
# the machine inflates less; then the zhdoc.dict pages resident.
first_call() {
	zh_psql -At -v cfg="$1" -v txt="$2" <<'SQL'
SELECT 1;
SELECT split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint AS cpu0 \gset
\timing on
SELECT to_tsvector(:'cfg', :'txt') IS NOT NULL;
\timing off
SELECT 'cpu ' || round((split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint - :cpu0) / 1e6, 2);
SELECT 'resident ' || coalesce(bench_dict_kb('Rss'), 0) || ' kB of ' || coalesce(bench_dict_kb('Size'), 0) || ' kB mapped';
SQL
}
times=()
cpus=()
english=()
english_cpu=()
for run in 1 2 3 4 5; do
	# the same first call of a built-in configuration, for scale: a fresh
	# backend's first call loads a library and fills caches whatever it does
	eng=$(first_call english 'the first call of a fresh backend')
	english+=("$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' <<<"$eng")")
	english_cpu+=("$(sed -n 's/^cpu //p' <<<"$eng")")
	res=$(first_call zhdoc.chinese '区委书记王少峰主持会议，研究部署乡村振兴工作')
	times+=("$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' <<<"$res")")
	cpus+=("$(sed -n 's/^cpu //p' <<<"$res")")
	resident="$(grep '^resident' <<<"$res")"
done
median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
printf 'first to_tsvector call in a fresh backend: median %s ms wall (runs: %s), %s ms CPU (runs: %s)\n' \
	"$(median "${times[@]}")" "${times[*]}" "$(median "${cpus[@]}")" "${cpus[*]}"
printf 'the same for to_tsvector(english, ...): median %s ms wall (runs: %s), %s ms CPU (runs: %s)\n' \
	"$(median "${english[@]}")" "${english[*]}" "$(median "${english_cpu[@]}")" "${english_cpu[*]}"
echo "zhdoc.dict after that call: $resident"
