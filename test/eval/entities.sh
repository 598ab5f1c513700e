#!/usr/bin/env bash
# Entities and officials through PostgreSQL, against the gold files: the dev
# page (all officials exact, places and orgs recall >= 0.9) and the project's
# own gold documents (persons and officials F1, places and orgs recall >= 0.9).
source "$(dirname "$0")/lib.sh"
eval_db
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
DATA="$ZH_ROOT/test/data"

# system output for every document, as JSON keyed by file name
{
	eval_docs_sql
	cat <<'SQL'
\pset format unaligned
\pset tuples_only on
SELECT json_object_agg(name, json_build_object(
    'officials', (SELECT coalesce(json_agg(json_build_object('name', o.name, 'titles', o.titles, 'role', o.role)), '[]')
                  FROM zhdoc.zh_officials(body) o),
    'entities', (SELECT coalesce(json_agg(json_build_object('kind', e.kind, 'surface', e.surface)), '[]')
                 FROM zhdoc.zh_entities(body) e)))
FROM docs;
SQL
} | psql -X -q -v ON_ERROR_STOP=1 >"$out/system.json"

status=0
echo "dev page (acceptance: every official exact, no other person, places and orgs recall >= 0.9):"
python3 "$EVAL_DIR/entities_score.py" "$out/system.json" "$DATA/gold.json" --dev-floor || status=1
echo
echo "project gold documents (floor 0.9):"
python3 "$EVAL_DIR/entities_score.py" "$out/system.json" "$DATA"/gold/*.json --floor 0.9 || status=1
exit $status
