#!/usr/bin/env bash
# Article splitting through PostgreSQL against gold: the dev page (every
# article and field) and the project's gold documents (floor 0.8).
source "$(dirname "$0")/lib.sh"
eval_db
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
DATA="$ZH_ROOT/test/data"

{
	eval_docs_sql
	cat <<'SQL'
\pset format unaligned
\pset tuples_only on
SELECT json_object_agg(name, (SELECT coalesce(json_agg(json_build_object(
    'headline', a.headline, 'byline', a.byline, 'reporters', a.reporters,
    'photographers', a.photographers, 'body', a.body)), '[]')
    FROM zhdoc.zh_articles(body) a))
FROM docs;
SQL
} | psql -X -q -v ON_ERROR_STOP=1 >"$out/system.json"

status=0
echo "dev page (every article and field):"
python3 "$EVAL_DIR/articles_score.py" "$out/system.json" "$DATA/gold.json" --floor 1.0 || status=1
echo
echo "project gold documents (floor 0.8):"
python3 "$EVAL_DIR/articles_score.py" "$out/system.json" "$DATA"/gold/*.json --floor 0.8 || status=1
exit $status
