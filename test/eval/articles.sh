#!/usr/bin/env bash
# Article splitting through PostgreSQL against gold: the dev page (every
# article and field), the project's gold documents (floor 0.8) and, where
# ../shared is present, the headlines of the real reports (every one).
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

# Real reports (../shared/corpus/meetings): line 1 of each file is its
# headline as printed, one line however long; the first article must have it.
if [ -d "$SHARED/corpus/meetings" ]; then
	{
		echo "CREATE TEMP TABLE real(name text, body text);"
		for f in "$SHARED"/corpus/meetings/*.txt; do
			echo "\\set body \`cat '$f'\`"
			echo "INSERT INTO real VALUES ('$(basename "$f")', :'body');"
		done
		cat <<'SQL'
\pset format unaligned
\pset tuples_only on
SELECT json_object_agg(name, (SELECT a.headline FROM zhdoc.zh_articles(body) a ORDER BY a.article_no LIMIT 1))
FROM real;
SQL
	} | psql -X -q -v ON_ERROR_STOP=1 >"$out/real.json"
	echo
	echo "real reports: headline of the first article (floor 1.0):"
	python3 - "$out/real.json" "$SHARED/corpus/meetings" <<'PY' || status=1
import json, os, sys
got = json.load(open(sys.argv[1], encoding="utf-8"))
ok = 0
for name in sorted(got):
    with open(os.path.join(sys.argv[2], name), encoding="utf-8") as f:
        want = f.readline().strip()
    h = got[name]
    if h is not None and h.replace(" ", "") == want.replace(" ", ""):
        ok += 1
    else:
        print("    %s: headline %s, printed %s" % (name, h, want))
print("headlines %d/%d" % (ok, len(got)))
print("floor 1.0: %s" % ("met" if ok == len(got) else "MISSED"))
sys.exit(0 if ok == len(got) else 1)
PY
fi
exit $status
