# test/citus/load.sh — sourced: zh_citus_load PSQL... loads the same documents
# into zhdoc.documents of any node, in the same order: the dev page, every
# gold document, and $ZH_CITUS_DOCS generated ones (test/bench/documents.sql,
# whose file copy goes to /dev/null here).
zh_citus_load() {
	local args=(-v page="$(cat "$ZH_ROOT/test/data/fengtai-page.txt")" -v docs="${ZH_CITUS_DOCS:-2000}" -v datafile=/dev/null)
	local sql="INSERT INTO zhdoc.documents (source, external_id, published, body) VALUES ('dev', 'fengtai-page.txt', '2023-05-26', :'page');"
	local i=0 f
	for f in "$ZH_ROOT"/test/data/gold/*.txt; do
		i=$((i + 1))
		args+=(-v "gold$i=$(cat "$f")" -v "goldname$i=$(basename "$f")")
		sql+="INSERT INTO zhdoc.documents (source, external_id, body) VALUES ('gold', :'goldname$i', :'gold$i');"
	done
	"$@" "${args[@]}" <<SQL
$sql
\i $ZH_ROOT/test/bench/documents.sql
INSERT INTO zhdoc.documents (source, external_id, published, body)
SELECT 'bench', i::text, published, body FROM bench_src ORDER BY i;
DROP TABLE bench_src;
SQL
}

# zh_citus_checksums PSQL...: one line per view of the pipeline, its row
# count and the md5 of its rows sorted, with document ids replaced by the
# document's (source, external_id) so that two clusters that numbered the
# same documents differently compare equal.  (OFFSET 0: Citus sends
# to_jsonb(v) of a view to the workers as to_jsonb(ROW(...)), which names
# the keys f1, f2...; the view's rows are turned into JSON where they meet.)
zh_citus_checksums() {
	"$@" -At <<'SQL'
SET citus.enable_repartition_joins = on;
SELECT 'derivation_status', documents, current, stale, failed FROM zhdoc.derivation_status;
SELECT v, n, h FROM (
    SELECT 'articles' AS v, count(*) AS n, md5(string_agg(x, E'\n' ORDER BY x)) AS h FROM (
        SELECT (d.source, d.external_id, to_jsonb(v) - 'document_id')::text AS x
        FROM (SELECT * FROM zhdoc.articles OFFSET 0) v JOIN zhdoc.documents d ON d.id = v.document_id) s
    UNION ALL
    SELECT 'mentions', count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT (d.source, d.external_id, to_jsonb(v) - 'document_id')::text AS x
        FROM (SELECT * FROM zhdoc.mentions OFFSET 0) v JOIN zhdoc.documents d ON d.id = v.document_id) s
    UNION ALL
    SELECT 'meetings', count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT (d.source, d.external_id, v.meeting_id % 10000, to_jsonb(v) - 'document_id' - 'meeting_id')::text AS x
        FROM (SELECT * FROM zhdoc.meetings OFFSET 0) v JOIN zhdoc.documents d ON d.id = v.document_id) s
    UNION ALL
    SELECT 'meeting_participants', count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT (d.source, d.external_id, v.meeting_id % 10000, to_jsonb(v) - 'document_id' - 'meeting_id')::text AS x
        FROM (SELECT * FROM zhdoc.meeting_participants OFFSET 0) v JOIN zhdoc.documents d ON d.id = v.document_id) s
    UNION ALL
    SELECT 'meeting_agenda', count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT (d.source, d.external_id, v.meeting_id % 10000, to_jsonb(v) - 'document_id' - 'meeting_id')::text AS x
        FROM (SELECT * FROM zhdoc.meeting_agenda OFFSET 0) v JOIN zhdoc.documents d ON d.id = v.document_id) s
    UNION ALL
    SELECT 'officials', count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT to_jsonb(v)::text AS x FROM (SELECT * FROM zhdoc.officials OFFSET 0) v) s
    UNION ALL
    SELECT 'official_titles', count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT to_jsonb(v)::text AS x FROM (SELECT * FROM zhdoc.official_titles OFFSET 0) v) s
    UNION ALL
    SELECT 'officials_by_jurisdiction', count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT to_jsonb(v)::text AS x FROM (SELECT * FROM zhdoc.officials_by_jurisdiction OFFSET 0) v) s
    UNION ALL
    SELECT 'entities', count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT (d.source, d.external_id, e.entities)::text AS x
        FROM zhdoc.document_entities e JOIN zhdoc.documents d ON d.id = e.document_id) s
    UNION ALL
    SELECT 'body_tsv', count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT (d.source, d.external_id, d.body_tsv)::text AS x FROM zhdoc.documents d) s
    UNION ALL
    -- zhentity grouped across shards (under a subquery Citus keeps the
    -- grouped column in an intermediate result: binary I/O is needed)
    SELECT 'entity_counts', count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT m.entity::text || ' ' || count(*) AS x FROM zhdoc.document_mentions m GROUP BY m.entity) s
    UNION ALL
    -- zhentity joined across shards (a repartition join on Citus)
    SELECT 'entity_pairs', count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT (da.external_id, db.external_id, a.entity::text)::text AS x
        FROM zhdoc.document_mentions a
        JOIN zhdoc.documents da ON da.id = a.document_id
        JOIN zhdoc.document_mentions b ON b.entity OPERATOR(zhdoc.=) a.entity AND b.document_id <> a.document_id
        JOIN zhdoc.documents db ON db.id = b.document_id
        WHERE da.source = 'gold' AND db.source IN ('dev', 'gold')) s
) t ORDER BY v;
SQL
}
