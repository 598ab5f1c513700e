#!/usr/bin/env bash
# Named entities through PostgreSQL against People's Daily 1998 (development
# split, ../shared/corpus/ner/pd1998_dev.jsonl): zh_entities on every
# sentence, scored by exact span and type (person→PER, place→LOC, org→ORG),
# per type and micro.  Floors are in ner_score.py.  The corpus is read where
# it lies and never copied; without ../shared the evaluation is skipped.
source "$(dirname "$0")/lib.sh"
eval_need_shared corpus/ner/pd1998_dev.jsonl ner
GOLD="$SHARED/corpus/ner/pd1998_dev.jsonl"
eval_db
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# id and text as CSV, which \copy reads without escaping surprises
python3 -c '
import csv, json, sys
w = csv.writer(sys.stdout)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    w.writerow([d["id"], d["text"]])
' "$GOLD" >"$out/sentences.csv"

psql -X -q -v ON_ERROR_STOP=1 >"$out/system.tsv" <<SQL
CREATE TEMP TABLE sentences(id int, body text);
\copy sentences FROM '$out/sentences.csv' (FORMAT csv)
\pset format unaligned
\pset tuples_only on
\pset fieldsep '\t'
SELECT s.id, e.kind, e.start, e.len FROM sentences s, zhdoc.zh_entities(s.body) e
WHERE e.kind <> 'title' ORDER BY s.id, e.start;
SQL
python3 "$EVAL_DIR/ner_score.py" "$out/system.tsv" "$GOLD" "$@"
