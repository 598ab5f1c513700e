#!/usr/bin/env bash
# Benchmark: ALTER EXTENSION zhdoc UPDATE on a loaded database.  Installs the
# released version FROM (default 0.1.0, its frozen script in sql-versions/),
# loads DOCS generated documents (default 20,000, about 64 MB: the pipeline
# bench's, test/bench/documents.sql) in batches of 1,000 through FROM's
# triggers, then times:
#   - ALTER EXTENSION zhdoc UPDATE (one transaction; the derived rows are
#     kept and marked stale, nothing is analysed), with the sizes it ran on,
#     and the build of an index like the one it adds on the mentions (most
#     of its time);
#   - CALL zhdoc.rederive() afterwards, which derives every document again
#     with the new version (batches of 1,000, committed as they go).
# Usage: bash test/bench/upgrade.sh [DOCS] [FROM]
source "$(dirname "$0")/../lib.sh"
DOCS="${1:-20000}"
FROM="${2:-0.1.0}"

zh_bench_start

DATA="$ZH_CLUSTER/bench_docs.tsv"

zh_psql -v docs="$DOCS" -v datafile="$DATA" -v from="$FROM" <<SQL
CREATE EXTENSION zhdoc VERSION :'from';
\set page \`cat "$ZH_ROOT/test/data/fengtai-page.txt"\`
\i $ZH_ROOT/test/bench/documents.sql
CREATE TABLE staging (i bigserial, source text, external_id text, published date, body text);
COPY staging (source, external_id, published, body) FROM :'datafile';
\echo
\echo 'Load: the documents derived by the released version, 1,000 a statement'
\timing on
DO \$\$
BEGIN
    FOR b IN 0 .. (SELECT max(i) FROM staging) / 1000 LOOP
        INSERT INTO zhdoc.documents (source, external_id, published, body)
        SELECT source, external_id, published, body FROM staging
        WHERE i > b * 1000 AND i <= (b + 1) * 1000 ORDER BY i;
    END LOOP;
END \$\$;
\timing off
VACUUM ANALYZE;
CHECKPOINT;
SQL

zh_psql <<'SQL'
\echo
\echo 'What the update runs on'
SELECT extversion AS version,
       (SELECT count(*) FROM zhdoc.documents) AS documents,
       (SELECT count(*) FROM zhdoc.documents WHERE derive_error IS NOT NULL) AS failed,
       (SELECT count(*) FROM zhdoc.document_articles) AS articles,
       (SELECT count(*) FROM zhdoc.document_mentions) AS mentions,
       (SELECT count(*) FROM zhdoc.document_meetings) AS meetings,
       (SELECT count(*) FROM zhdoc.document_officials) AS officials,
       pg_size_pretty(pg_database_size(current_database())) AS database
FROM pg_extension WHERE extname = 'zhdoc';
\echo
\echo 'ALTER EXTENSION zhdoc UPDATE (wall time, one transaction)'
\timing on
ALTER EXTENSION zhdoc UPDATE;
\timing off
SELECT extversion AS version FROM pg_extension WHERE extname = 'zhdoc';
SELECT documents, current, stale, failed FROM zhdoc.derivation_status;
\echo 'of which the new index on the mentions, built again alike:'
\timing on
CREATE INDEX bench_mentions_name ON zhdoc.document_mentions (zhdoc.name(entity), zhdoc.kind(entity));
\timing off
DROP INDEX zhdoc.bench_mentions_name;
\echo
\echo 'CALL zhdoc.rederive() afterwards (every document stale)'
SET client_min_messages = warning;
\timing on
CALL zhdoc.rederive();
\timing off
SELECT documents, current, stale, failed FROM zhdoc.derivation_status;
SELECT r.documents, r.batches, round(extract(epoch FROM r.finished_at - r.started_at)::numeric, 1) AS seconds,
       round(r.documents / extract(epoch FROM r.finished_at - r.started_at)::numeric, 1) AS docs_per_s
FROM zhdoc.rederive_runs r ORDER BY r.run_id DESC LIMIT 1;
SQL
