#!/usr/bin/env bash
# Benchmark: where the documents pipeline's time goes, and the best ratio to
# the reference table each part leaves room for.  On DOCS documents
# (default 3,000, about 9 MB, made as for pipeline.sh), in one backend,
# CPU seconds (/proc/self/schedstat: steadier than wall time on a shared
# machine), best of ROUNDS runs taken in alternation:
#   R  the reference: INSERT into a table whose only index is the GIN on
#      to_tsvector('zhdoc.chinese', body) (as pipeline.sh);
#   P  the pipeline: INSERT into zhdoc.documents (trigger, derivation);
#   X  words only: INSERT into a copy of zhdoc.documents' columns and
#      indexes whose row trigger only stores the words
#      (documents_tsv(body): the pipeline with no extraction and no derived
#      rows);
#   W  the derived rows alone: P's articles, mentions, entity sets,
#      meetings and officials copied into empty tables with the same
#      indexes;
#   E  = P - X - W: extraction (persons, places, organisations, articles,
#      dates, meetings) and the derivation's own machinery.
# R/P is the ratio pipeline.sh reports; R/(X+E) is what the pipeline would
# reach if writing its derived rows cost nothing, R/(X+W) if extraction did.
# Usage: bash test/bench/pipeline_budget.sh [DOCS] [ROUNDS]
source "$(dirname "$0")/../lib.sh"
DOCS="${1:-3000}"
ROUNDS="${2:-3}"

zh_bench_start

zh_psql -v docs="$DOCS" -v rounds="$ROUNDS" -v datafile="$ZH_CLUSTER/budget_docs.tsv" <<SQL
CREATE EXTENSION zhdoc;
\set page \`cat "$ZH_ROOT/test/data/fengtai-page.txt"\`
\i $ZH_ROOT/test/bench/documents.sql

\i $ZH_ROOT/test/bench/cpu_seconds.sql

CREATE TABLE ref_docs (id bigint GENERATED ALWAYS AS IDENTITY, source text, external_id text, published date, body text);
CREATE INDEX ON ref_docs USING gin (to_tsvector('zhdoc.chinese', body));

-- zhdoc.documents' columns and indexes, the words kept by a row trigger
CREATE TABLE words_docs (LIKE zhdoc.documents INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES);
CREATE FUNCTION words_only() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
    NEW.body_tsv := zhdoc.documents_tsv(NEW.body);
    NEW.derived_with := zhdoc.analysis_version();
    NEW.derived_at := now();
    RETURN NEW;
END \$\$;
CREATE TRIGGER words_only BEFORE INSERT ON words_docs FOR EACH ROW EXECUTE FUNCTION words_only();

CREATE TABLE w_articles (LIKE zhdoc.document_articles INCLUDING ALL);
CREATE TABLE w_mentions (LIKE zhdoc.document_mentions INCLUDING ALL);
CREATE TABLE w_entities (LIKE zhdoc.document_entities INCLUDING ALL);
CREATE TABLE w_meetings (LIKE zhdoc.document_meetings INCLUDING ALL);
CREATE TABLE w_officials (LIKE zhdoc.document_officials INCLUDING ALL);

CREATE TABLE runs (part text, round int, cpu float8);
CREATE FUNCTION run_round(r int) RETURNS void LANGUAGE plpgsql AS \$\$
BEGIN
    TRUNCATE ref_docs, words_docs, zhdoc.documents,
             w_articles, w_mentions, w_entities, w_meetings, w_officials;
    INSERT INTO runs SELECT 'R', r, bench_cpu_seconds(\$q\$INSERT INTO ref_docs(source, external_id, published, body)
        SELECT 'bench', i::text, published, body FROM bench_src\$q\$);
    INSERT INTO runs SELECT 'X', r, bench_cpu_seconds(\$q\$INSERT INTO words_docs(source, external_id, published, body)
        SELECT 'bench', i::text, published, body FROM bench_src\$q\$);
    INSERT INTO runs SELECT 'P', r, bench_cpu_seconds(\$q\$INSERT INTO zhdoc.documents(source, external_id, published, body)
        SELECT 'bench', i::text, published, body FROM bench_src\$q\$);
    INSERT INTO runs SELECT 'W', r, bench_cpu_seconds(\$q\$
        INSERT INTO w_articles SELECT * FROM zhdoc.document_articles;
        INSERT INTO w_mentions SELECT * FROM zhdoc.document_mentions;
        INSERT INTO w_entities SELECT * FROM zhdoc.document_entities;
        INSERT INTO w_meetings SELECT * FROM zhdoc.document_meetings;
        INSERT INTO w_officials SELECT * FROM zhdoc.document_officials\$q\$);
END \$\$;
SELECT to_tsvector('zhdoc.chinese', 'warm up') IS NOT NULL AS warm;
SELECT count(run_round(r)) AS rounds FROM generate_series(1, :rounds) r;

\echo
\echo 'Rows derived'
SELECT (SELECT count(*) FROM zhdoc.document_articles) AS articles,
       (SELECT count(*) FROM zhdoc.document_mentions) AS mentions,
       (SELECT count(*) FROM zhdoc.document_meetings) AS meetings,
       (SELECT count(*) FROM zhdoc.document_officials) AS officials;
\echo
\echo 'CPU seconds, best of the rounds (R reference, P pipeline, X words only, W derived rows written, E = P - X - W)'
WITH b AS (SELECT part, min(cpu) AS s FROM runs GROUP BY part),
     v AS (SELECT max(s) FILTER (WHERE part = 'R') AS r, max(s) FILTER (WHERE part = 'P') AS p,
                  max(s) FILTER (WHERE part = 'X') AS x, max(s) FILTER (WHERE part = 'W') AS w FROM b)
SELECT round(r::numeric, 2) AS "R", round(p::numeric, 2) AS "P", round(x::numeric, 2) AS "X",
       round(w::numeric, 2) AS "W", round((p - x - w)::numeric, 2) AS "E",
       round((r / p)::numeric, 2) AS ratio,
       round((r / x)::numeric, 2) AS ratio_words_only,
       round((r / (x + (p - x - w)))::numeric, 2) AS ratio_if_writes_free,
       round((r / (x + w))::numeric, 2) AS ratio_if_extraction_free
FROM v;
SQL
