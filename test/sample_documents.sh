#!/usr/bin/env bash
# Prints the SQL that loads the test documents into zhdoc: custom words that
# change how they are segmented, the dev page and the gold documents (source
# 'test', external_id the file's name), and one document whose derivation
# fails (published 'infinity'), which must stay failed.  Shared by the tests
# that load a database and compare it with another (dump_restore, upgrade).
# Only source, external_id, published and body are written, as a loader
# does: every version of zhdoc since 0.1.0 takes them.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

echo "INSERT INTO zhdoc.user_words (word) VALUES ('尝鲜正当时'), ('京蒙劳务协作'), ('会议审议');"
echo "SET search_path = zhdoc, public;"
for f in "$ROOT"/test/data/fengtai-page.txt "$ROOT"/test/data/gold/*.txt; do
	printf "\\\\set body \`cat '%s'\`\n" "$f"
	printf "INSERT INTO documents (source, external_id, published, body) VALUES ('test', '%s', NULL, :'body');\n" "$(basename "$f" .txt)"
done
echo "INSERT INTO documents (source, external_id, published, body) VALUES ('test', 'bad', 'infinity', '区委书记王少峰主持会议。');"
