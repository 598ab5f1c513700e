#!/usr/bin/env bash
# Meetings through PostgreSQL against gold: the dev page exactly, the
# project's gold documents with a floor on meeting F1 and field accuracy.
source "$(dirname "$0")/lib.sh"
eval_db
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
DATA="$ZH_ROOT/test/data"

{
	eval_docs_sql
	eval_meetings_json_sql
} | psql -X -q -v ON_ERROR_STOP=1 >"$out/system.json"

status=0
echo "dev page (every meeting, every field):"
python3 "$EVAL_DIR/meetings_score.py" "$out/system.json" "$DATA/gold.json" --exact || status=1
echo
echo "project gold documents (floor 0.8):"
python3 "$EVAL_DIR/meetings_score.py" "$out/system.json" "$DATA"/gold/*.json --floor 0.8 || status=1
exit $status
