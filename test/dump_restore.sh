#!/usr/bin/env bash
# pg_dump / pg_restore keep the documents and everything derived from them.
# Uses the running cluster (PGHOST etc., as test/all.sh sets them): loads the
# dev page and the gold documents into a new database, dumps it (-Fc),
# restores into another new database, and compares counts and checksums of
# documents and the derived tables; then checks that a restored database
# goes on deriving (new documents, identity values that do not collide).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SRC=zhdoc_dump_src
DST=zhdoc_dump_dst
DUMP="$(mktemp /tmp/zhdoc-dump.XXXXXX)"
cleanup() {
	rm -f "$DUMP"
	dropdb --if-exists "$SRC" 2>/dev/null || true
	dropdb --if-exists "$DST" 2>/dev/null || true
}
trap cleanup EXIT
cleanup
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

createdb -E UTF8 -T template0 "$SRC"
q -d "$SRC" -c "CREATE EXTENSION zhdoc"
# The test documents, with custom words that change how they are
# segmented: pg_restore loads documents before user_words, and the restored
# body_tsv must still be the one made with them.
bash "$ROOT/test/sample_documents.sh" | q -d "$SRC" 2>/dev/null

# one line per table: name, rows, checksum of the rows in a stable order
CHECK="
SELECT 'documents', count(*), md5(string_agg(concat_ws('|', id, source, external_id, published, body, derived_at, derive_error, body_tsv), '#' ORDER BY id)) FROM zhdoc.documents
UNION ALL SELECT 'phrase search', count(*), md5(coalesce(string_agg(id::text, ',' ORDER BY id), '')) FROM zhdoc.documents
    WHERE body_tsv @@ phraseto_tsquery('zhdoc.chinese', '尝鲜正当时') OR body_tsv @@ phraseto_tsquery('zhdoc.chinese', '京蒙劳务协作')
UNION ALL SELECT 'document_articles', count(*), md5(string_agg(t::text, '#' ORDER BY t::text)) FROM zhdoc.document_articles t
UNION ALL SELECT 'document_mentions', count(*), md5(string_agg(t::text, '#' ORDER BY t::text)) FROM zhdoc.document_mentions t
UNION ALL SELECT 'document_entities', count(*), md5(string_agg(t::text, '#' ORDER BY t::text)) FROM zhdoc.document_entities t
UNION ALL SELECT 'document_meetings', count(*), md5(string_agg(t::text, '#' ORDER BY t::text)) FROM zhdoc.document_meetings t
UNION ALL SELECT 'document_officials', count(*), md5(string_agg(t::text, '#' ORDER BY t::text)) FROM zhdoc.document_officials t
UNION ALL SELECT 'officials view', count(*), md5(string_agg(t::text, '#' ORDER BY t::text)) FROM zhdoc.officials t
UNION ALL SELECT 'user_words', count(*), md5(coalesce(string_agg(t::text, '#' ORDER BY t::text), '')) FROM zhdoc.user_words t"

pg_dump -Fc -f "$DUMP" "$SRC"
createdb -E UTF8 -T template0 "$DST"
pg_restore --exit-on-error -d "$DST" "$DUMP"

before="$(q -At -d "$SRC" -c "$CHECK")"
after="$(q -At -d "$DST" -c "$CHECK")"
echo "$before"
if [ "$before" != "$after" ]; then
	echo "dump_restore: restored database differs:" >&2
	diff <(echo "$before") <(echo "$after") >&2 || true
	exit 1
fi
for t in documents document_articles document_mentions document_entities document_meetings document_officials 'phrase search'; do
	n="$(echo "$before" | awk -F'|' -v t="$t" '$1 == t { print $2 }')"
	if [ "${n:-0}" -eq 0 ]; then
		echo "dump_restore: $t is empty: nothing was compared" >&2
		exit 1
	fi
done

# The restored database derives new documents and keeps the identity going.
q -d "$DST" <<'SQL'
INSERT INTO zhdoc.documents (source, external_id, published, body)
VALUES ('test', 'after-restore', '2024-01-10', '本报讯 1月9日上午，区委常委会召开第3次会议。区委书记李建国主持会议。');
DO $$
BEGIN
    IF (SELECT count(*) FROM zhdoc.meetings m JOIN zhdoc.documents d ON d.id = m.document_id
        WHERE d.external_id = 'after-restore') <> 1 THEN
        RAISE EXCEPTION 'restored database did not derive a new document';
    END IF;
    IF (SELECT count(DISTINCT id) FROM zhdoc.documents) <> (SELECT count(*) FROM zhdoc.documents) THEN
        RAISE EXCEPTION 'identity values collide after restore';
    END IF;
END $$;
SQL
echo "dump_restore: documents and derived tables identical after pg_dump -Fc / pg_restore"
