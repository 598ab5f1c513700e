#!/usr/bin/env bash
# Date accuracy through PostgreSQL on Duckling's Chinese time corpus
# (../shared/corpus/time/duckling_zh.tsv), with the scope and conventions of
# the corpus README, by family.  Floor: 0.90 of the in-scope rows.
source "$(dirname "$0")/lib.sh"

eval_need_shared corpus/time/duckling_zh.tsv duckling
corpus="$SHARED/corpus/time/duckling_zh.tsv"
eval_db
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# every phrase with its data line number (the header is line 1); the anchor
# is the reference time's day
awk -F'\t' 'NR > 1 { printf "%d\t%s\t%s\n", NR, $1, $2 }' "$corpus" >"$out/phrases.tsv"
psql -X -q -v ON_ERROR_STOP=1 <<SQL >"$out/system.json"
SET client_min_messages = warning;
DROP TABLE IF EXISTS duckling_zh;
CREATE TABLE duckling_zh(no int, phrase text, reference_time text);
\\copy duckling_zh FROM '$out/phrases.tsv' WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01')
\\pset format unaligned
\\pset tuples_only on
SET datestyle = ISO;
SELECT coalesce(json_object_agg(no, rs), '{}') FROM (
    SELECT c.no, json_agg(json_build_object('surface', d.surface, 'span', d.span::text,
               'grain', d.grain, 'clock', to_char(d.clock, 'HH24:MI')) ORDER BY d.start) rs
    FROM duckling_zh c, zhdoc.zh_dates(c.phrase, left(c.reference_time, 10)::date) d
    GROUP BY c.no) g;
SQL
python3 "$EVAL_DIR/duckling_score.py" "$corpus" "$out/system.json" --floor "${ZH_DUCKLING_FLOOR:-0.90}" ${ZH_EVAL_VERBOSE:+-v}
