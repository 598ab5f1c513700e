#!/usr/bin/env bash
# Date accuracy through PostgreSQL: the case table (exact match >= 0.95) and
# the dev page's gold dates.
source "$(dirname "$0")/lib.sh"
eval_db
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# the table without comments, with its line numbers
awk -F'\t' '!/^#/ && NF > 0 { printf "%d\t%s\t%s\n", NR, $1, $2 }' "$EVAL_DIR/dates_cases.tsv" >"$out/cases.tsv"

psql -X -q -v ON_ERROR_STOP=1 <<SQL >"$out/system.json"
SET client_min_messages = warning;
DROP TABLE IF EXISTS date_cases;
CREATE TABLE date_cases(no int, text text, anchor text);
\\copy date_cases FROM '$out/cases.tsv' WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01')
\\set page \`cat "$ZH_ROOT/test/data/fengtai-page.txt"\`
\\pset format unaligned
\\pset tuples_only on
SET datestyle = ISO;
WITH rows AS (
    SELECT c.no, d.start, json_build_object('surface', d.surface, 'span', d.span::text, 'grain', d.grain,
           'part_of_day', d.part_of_day, 'clock', to_char(d.clock, 'HH24:MI'), 'approximate', d.approximate,
           'end_clock', to_char(d.end_clock, 'HH24:MI')) AS r
    FROM date_cases c,
         zhdoc.zh_dates(replace(c.text, '\\n', E'\\n'), nullif(c.anchor, '')::date) d
)
SELECT json_build_object(
    'cases', (SELECT coalesce(json_object_agg(no, rs), '{}') FROM
              (SELECT no, json_agg(r ORDER BY start) rs FROM rows GROUP BY no) g),
    'dev', (SELECT json_agg(json_build_object('surface', d.surface, 'span', d.span::text, 'grain', d.grain,
                   'part_of_day', d.part_of_day, 'clock', to_char(d.clock, 'HH24:MI'), 'approximate', d.approximate)
                   ORDER BY d.start)
            FROM zhdoc.zh_dates(:'page') d));
SQL
python3 "$EVAL_DIR/dates_score.py" "$EVAL_DIR/dates_cases.tsv" "$out/system.json" "$ZH_ROOT/test/data/gold.json" --floor 0.95
