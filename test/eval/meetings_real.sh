#!/usr/bin/env bash
# Meetings in real government news reports (../shared/corpus/meetings: 40
# articles, 32 with meetings, 8 negatives), through PostgreSQL.  Floors from
# issue 14 are enforced by meetings_real_score.py (see --floor there).
source "$(dirname "$0")/lib.sh"
eval_need_shared corpus/meetings "meetings (real reports)"
eval_db
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
CORPUS="$SHARED/corpus/meetings"

{
	echo "CREATE TEMP TABLE docs(name text, anchor date, body text);"
	for f in "$CORPUS"/*.txt; do
		g="${f%.txt}.json"
		anchor=$(python3 -c "import json,sys; a=json.load(open(sys.argv[1])).get('anchor'); print(a or '')" "$g")
		echo "\\set body \`cat '$f'\`"
		echo "INSERT INTO docs VALUES ('$(basename "$f")', nullif('$anchor', '')::date, :'body');"
	done
	eval_meetings_json_sql
} | psql -X -q -v ON_ERROR_STOP=1 >"$out/system.json"

# Floors: issue 14's, recall and precision >= 0.90 and every field >= 0.85.
python3 "$EVAL_DIR/meetings_real_score.py" "$out/system.json" "$CORPUS"/*.json \
	--floor-recall 0.9 --floor-precision 0.9 --floor-field 0.85 "$@"
