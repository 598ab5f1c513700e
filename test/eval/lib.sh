# test/eval/lib.sh — shared by the evaluations: a database with zhdoc in the
# cluster the test command started (PGHOST/PGPORT/PGUSER come from it).
set -euo pipefail
EVAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ZH_ROOT="$(cd "$EVAL_DIR/../.." && pwd)"
SHARED="${ZH_SHARED:-$ZH_ROOT/../shared}"
export PGDATABASE=zhdoc_eval

# eval_need_shared PATH WHAT: an evaluation whose corpus lives in ../shared
# (not shipped with zhdoc) says it is skipped and exits 77, which the test
# command counts as skipped, never as passed.
eval_need_shared() {
	if [ ! -e "$SHARED/$1" ]; then
		echo "$2 eval skipped: $SHARED/$1 is absent (the corpus is not shipped with zhdoc)"
		exit 77
	fi
}

eval_db() {
	if ! psql -X -q -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'zhdoc_eval'" | grep -q 1; then
		psql -X -q -d postgres -c "CREATE DATABASE zhdoc_eval ENCODING 'UTF8' TEMPLATE template0"
		psql -X -q -c "CREATE EXTENSION zhdoc"
	fi
}

# SQL that loads the dev page and the gold documents into temp table docs
# (name = file name, anchor = the gold file's anchor, body), for the
# evaluations that compare a function's output with the gold files.
eval_docs_sql() {
	local data="$ZH_ROOT/test/data" f g anchor
	echo "CREATE TEMP TABLE docs(name text, anchor date, body text);"
	for f in "$data/fengtai-page.txt" "$data"/gold/*.txt; do
		g="${f%.txt}.json"
		[ "$f" = "$data/fengtai-page.txt" ] && g="$data/gold.json"
		anchor=$(python3 -c "import json,sys; a=json.load(open(sys.argv[1])).get('anchor'); print(a or '')" "$g")
		echo "\\set body \`cat '$f'\`"
		echo "INSERT INTO docs VALUES ('$(basename "$f")', nullif('$anchor', '')::date, :'body');"
	done
}

# SQL that prints, as one JSON object, the zh_meetings of every row of temp
# table docs(name, anchor, body), keyed by name.
eval_meetings_json_sql() {
	cat <<'SQL'
\pset format unaligned
\pset tuples_only on
SET datestyle = ISO;
SELECT json_object_agg(name, (SELECT coalesce(json_agg(json_build_object(
    'organ', m.organ, 'name', m.name, 'seq', m.seq, 'held_on', m.held_on::text, 'part_of_day', m.part_of_day,
    'chair', m.chair, 'chair_titles', m.chair_titles, 'attendees', m.attendees, 'agenda', m.agenda)), '[]')
    FROM zhdoc.zh_meetings(body, anchor) m))
FROM docs;
SQL
}
