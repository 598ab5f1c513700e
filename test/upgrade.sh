#!/usr/bin/env bash
# ALTER EXTENSION zhdoc UPDATE from every released version keeps every
# user's data and leaves the database as a fresh install of this one.
# Uses the running cluster (PGHOST etc., as test/all.sh sets them).  For each
# released install script sql-versions/zhdoc--V.sql (frozen as released):
#   - install V, load the test documents and user words (they are derived
#     by V's triggers, through today's library: only the current zhdoc.so
#     is installed, and V's C functions bind to it by symbol name);
#   - ALTER EXTENSION zhdoc UPDATE;
#   - (1) every document, user word and derived row is still there, its
#     columns of V unchanged (checksums), and every document is stale;
#   - (2) the catalogue equals a fresh install's: pg_dump --binary-upgrade
#     of both, entries sorted by name (test/upgrade_catalog.py), and the
#     configuration tables and initial privileges, with a diff on failure;
#   - (3) after CALL zhdoc.rederive() the documents and derived tables equal
#     a fresh install's that loaded the same documents;
#   - (4) a pg_dump of the database under V restores into this version with
#     its rows (body_tsv aside: V's dump may leave it out, as 0.1.0's does
#     for its generated column) and, derived again, equals the fresh one.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
UP=zhdoc_upgrade_old
FRESH=zhdoc_upgrade_fresh
RESTORED=zhdoc_upgrade_restored
WORK="$(mktemp -d /tmp/zhdoc-upgrade.XXXXXX)"
drop_databases() {
	dropdb --if-exists "$UP" 2>/dev/null || true
	dropdb --if-exists "$FRESH" 2>/dev/null || true
	dropdb --if-exists "$RESTORED" 2>/dev/null || true
}
trap 'drop_databases; rm -rf "$WORK"' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
fail() {
	echo "upgrade: $*" >&2
	exit 1
}
# same FILE_A FILE_B LABEL_A LABEL_B WHAT: fail with the diff unless equal
same() {
	if ! diff -u --label "$3" --label "$4" "$1" "$2" >"$WORK/diff"; then
		echo "upgrade: $5 differs (- $3, + $4):" >&2
		head -n 200 "$WORK/diff" >&2
		exit 1
	fi
}

current="$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" "$ROOT/zhdoc.control")"

# The rows a database holds, table by table: count and checksum, over the
# columns of version V (the update may add columns, never change these);
# rows_of DB restored: body_tsv and the table's storage left out.
rows_of() {
	local cols_documents="id, source, external_id, published, body, derived_at, derive_error, body_tsv"
	local storage="UNION ALL SELECT 'documents storage', 1, pg_relation_filenode('zhdoc.documents')::text"
	if [ "${2:-}" = restored ]; then
		cols_documents="${cols_documents%, body_tsv}"
		storage=""
	fi
	local cols_articles="document_id, article_no, headline, byline, reporters, body, start, len, section, photographers, caption, author_org"
	local cols_meetings="meeting_id, document_id, meeting_no, article_no, organ, name, seq, held_on, part_of_day, chair, chair_titles, attendees, agenda"
	local cols_officials="document_id, name, titles, role, published, meetings_chaired, meetings_attended"
	q -At -d "$1" <<SQL
SELECT 'documents', count(*), md5(string_agg(concat_ws('|', $cols_documents), '#' ORDER BY id)) FROM zhdoc.documents
UNION ALL SELECT 'user_words', count(*), md5(string_agg(t::text, '#' ORDER BY t::text)) FROM zhdoc.user_words t
UNION ALL SELECT 'document_articles', count(*), md5(string_agg(row($cols_articles)::text, '#' ORDER BY document_id, article_no)) FROM zhdoc.document_articles
UNION ALL SELECT 'document_mentions', count(*), md5(string_agg(t::text, '#' ORDER BY document_id, mention_no)) FROM zhdoc.document_mentions t
UNION ALL SELECT 'document_entities', count(*), md5(string_agg(t::text, '#' ORDER BY document_id)) FROM zhdoc.document_entities t
UNION ALL SELECT 'document_meetings', count(*), md5(string_agg(row($cols_meetings)::text, '#' ORDER BY meeting_id)) FROM zhdoc.document_meetings
UNION ALL SELECT 'document_officials', count(*), md5(string_agg(row($cols_officials)::text, '#' ORDER BY document_id, name)) FROM zhdoc.document_officials
$storage
SQL
}

# What pg_dump does not say in comparable form: the configuration tables
# (pg_dump writes their OIDs) and the initial privileges, by name.
catalogue_extras() {
	q -At -d "$1" <<'SQL'
SELECT 'config ' || c::regclass::text || ' ' || quote_literal(w)
FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(c, w)
WHERE e.extname = 'zhdoc'
UNION ALL
SELECT DISTINCT 'init_privs ' || pg_describe_object(p.classoid, p.objoid, p.objsubid) || ' ' || p.privtype::text || ' ' || p.initprivs::text
FROM pg_init_privs p
JOIN pg_depend d ON d.classid = p.classoid AND d.objid = p.objoid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'zhdoc'
ORDER BY 1;
SQL
}

catalogue() {
	pg_dump --schema-only --binary-upgrade -d "$1" | python3 "$ROOT/test/upgrade_catalog.py"
	catalogue_extras "$1"
}

# Everything the pipeline derived, with every column (derived_at aside:
# it is when, not what), and the state of each document.
derived_of() {
	q -At -d "$1" <<'SQL'
SELECT 'documents', count(*), md5(string_agg(concat_ws('|', id, source, external_id, published, body, derive_error, body_tsv, derived_with), '#' ORDER BY id)) FROM zhdoc.documents
UNION ALL SELECT 'document_articles', count(*), md5(string_agg(t::text, '#' ORDER BY document_id, article_no)) FROM zhdoc.document_articles t
UNION ALL SELECT 'document_mentions', count(*), md5(string_agg(t::text, '#' ORDER BY document_id, mention_no)) FROM zhdoc.document_mentions t
UNION ALL SELECT 'document_entities', count(*), md5(string_agg(t::text, '#' ORDER BY document_id)) FROM zhdoc.document_entities t
UNION ALL SELECT 'document_meetings', count(*), md5(string_agg(t::text, '#' ORDER BY meeting_id)) FROM zhdoc.document_meetings t
UNION ALL SELECT 'document_officials', count(*), md5(string_agg(t::text, '#' ORDER BY document_id, name)) FROM zhdoc.document_officials t
UNION ALL SELECT 'user_words', count(*), md5(string_agg(t::text, '#' ORDER BY t::text)) FROM zhdoc.user_words t
UNION ALL SELECT 'stale', stale, NULL FROM zhdoc.derivation_status
UNION ALL SELECT 'failed', failed, NULL FROM zhdoc.derivation_status;
SQL
}

AFTER_INSERT="INSERT INTO zhdoc.documents (source, external_id, published, body)
VALUES ('test', 'after-update', '2024-01-10', '本报讯 1月9日上午，区委常委会召开第3次会议。区委书记李建国主持会议。');"

tested=0
for script in "$ROOT"/sql-versions/zhdoc--*.sql; do
	from="$(basename "$script" .sql)"
	from="${from#zhdoc--}"
	case "$from" in *--*) continue ;; esac # an update script
	[ "$from" = "$current" ] && continue
	drop_databases
	echo "upgrade: $from -> $current"

	createdb -E UTF8 -T template0 "$UP"
	q -d "$UP" -c "CREATE EXTENSION zhdoc VERSION '$from'"
	bash "$ROOT/test/sample_documents.sh" | q -d "$UP" 2>/dev/null
	rows_of "$UP" >"$WORK/before"
	while IFS='|' read -r what n _; do
		[ "$what" = "documents storage" ] && continue
		[ "$n" -gt 0 ] || fail "$what is empty under $from: nothing would be compared"
	done <"$WORK/before"
	rows_of "$UP" restored >"$WORK/before.restored"
	pg_dump -Fc -f "$WORK/dump" "$UP"

	start=$(date +%s%N)
	q -d "$UP" -c "ALTER EXTENSION zhdoc UPDATE"
	echo "upgrade: ALTER EXTENSION zhdoc UPDATE took $((($(date +%s%N) - start) / 1000000)) ms"
	[ "$(q -At -d "$UP" -c "SELECT extversion FROM pg_extension WHERE extname = 'zhdoc'")" = "$current" ] ||
		fail "ALTER EXTENSION zhdoc UPDATE did not reach $current"

	# (1) nothing lost or changed, the documents table not rewritten, and
	# every document stale until it is derived again
	rows_of "$UP" >"$WORK/after"
	same "$WORK/before" "$WORK/after" "$from" "updated" "the data (rows and checksums)"
	stale="$(q -At -d "$UP" -c "SELECT stale = documents AND current = 0 FROM zhdoc.derivation_status")"
	[ "$stale" = t ] || fail "documents of $from are not all stale after the update"

	# (2) the catalogue
	createdb -E UTF8 -T template0 "$FRESH"
	q -d "$FRESH" -c "CREATE EXTENSION zhdoc"
	catalogue "$UP" >"$WORK/catalogue.up"
	catalogue "$FRESH" >"$WORK/catalogue.fresh"
	[ -s "$WORK/catalogue.fresh" ] || fail "empty catalogue"
	same "$WORK/catalogue.up" "$WORK/catalogue.fresh" "updated" "fresh install" \
		"the catalogue (pg_dump --binary-upgrade, configuration tables, initial privileges)"

	# (3) derived again, the updated database holds what a fresh install
	# derives from the same documents, and both go on with the same ids
	bash "$ROOT/test/sample_documents.sh" | q -d "$FRESH" 2>/dev/null
	q -d "$UP" -c "SET client_min_messages = error" -c "CALL zhdoc.rederive()"
	q -d "$UP" -c "$AFTER_INSERT"
	q -d "$FRESH" -c "$AFTER_INSERT"
	derived_of "$UP" >"$WORK/derived.up"
	derived_of "$FRESH" >"$WORK/derived.fresh"
	same "$WORK/derived.up" "$WORK/derived.fresh" "updated" "fresh install" "what zhdoc.rederive() derived"
	grep -qx 'stale|0|' "$WORK/derived.up" || fail "documents still stale after zhdoc.rederive()"

	# (4) the dump of V restored here: CREATE EXTENSION makes this version,
	# the rows come back as V had them (stale), rederive makes them current
	createdb -E UTF8 -T template0 "$RESTORED"
	pg_restore --exit-on-error -d "$RESTORED" "$WORK/dump"
	rows_of "$RESTORED" restored >"$WORK/after.restored"
	same "$WORK/before.restored" "$WORK/after.restored" "$from" "dump of $from restored" "the data (rows and checksums)"
	q -d "$RESTORED" -c "SET client_min_messages = error" -c "CALL zhdoc.rederive()"
	q -d "$RESTORED" -c "$AFTER_INSERT"
	derived_of "$RESTORED" >"$WORK/derived.restored"
	same "$WORK/derived.restored" "$WORK/derived.fresh" "dump of $from restored" "fresh install" "what zhdoc.rederive() derived"
	cat "$WORK/derived.up"
	tested=$((tested + 1))
done
[ "$tested" -gt 0 ] || fail "no released install script in sql-versions/"
echo "upgrade: $tested released version(s) updated to $current with their data, as a fresh install"
