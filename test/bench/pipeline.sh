#!/usr/bin/env bash
# Benchmark: the documents pipeline.  Generates DOCS documents (default
# 20,000, about 64 MB) by recombining the dev page: each document is one of
# its articles as extracted (line breaks and all), with the persons swapped
# for names from a pool of 208, the district for one of 16, dates, years and
# meeting numbers shifted, published dates spread over 2020-2023.  Then, on
# one backend:
#   - COPY into a plain table whose only index is the GIN on
#     to_tsvector('zhdoc.chinese', body): the reference;
#   - COPY into zhdoc.documents (articles, mentions, meetings, officials
#     derived by the trigger, plus the same GIN);
#   - ingest MB/s and documents/s of both, and their ratio (target >= 0.3);
#   - median latency over 50 runs (parameters varied) of: meetings chaired by
#     one person in one month, documents mentioning one person, documents
#     matching a two-word phrase (first 20, and all of them).
# Usage: bash test/bench/pipeline.sh [DOCS]
source "$(dirname "$0")/../lib.sh"
DOCS="${1:-20000}"

zh_bench_start

# The server writes and reads the generated file: put it in the cluster's
# directory, which its owner can write.
DATA="$ZH_CLUSTER/bench_docs.tsv"

zh_psql -v docs="$DOCS" -v datafile="$DATA" <<SQL
CREATE EXTENSION zhdoc;
\set page \`cat "$ZH_ROOT/test/data/fengtai-page.txt"\`
CREATE TABLE bench_src AS
WITH arts AS (
    SELECT array_agg(substr(:'page', a.start, a.len) ORDER BY a.article_no) AS a, count(*)::int AS n
    FROM zhdoc.zh_articles(:'page') a
), names AS (
    SELECT array_agg(s || g ORDER BY s, g) AS pool, count(*)::int AS n
    FROM unnest('{王,李,张,刘,陈,杨,赵,黄,周,吴,徐,孙,马,朱,胡,郭}'::text[]) s,
         unnest('{少峰,军威,志欣,建国,丽华,海涛,文博,晓明,春燕,国强,立新,红梅,永刚}'::text[]) g
), districts AS (
    SELECT '{丰台,海淀,朝阳,石景山,房山,通州,顺义,昌平,大兴,门头沟,怀柔,平谷,密云,延庆,东城,西城}'::text[] AS pool
), params AS (
    SELECT i, 2020 + i % 4 AS y, 1 + (i / 4) % 12 AS m, 1 + (i / 48) % 26 AS d
    FROM generate_series(1, :docs) i
)
SELECT i, make_date(y, m, d + 2) AS published,
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       replace(replace(replace(replace(
           arts.a[1 + i % arts.n],
           '王少峰', names.pool[1 + (i * 7) % names.n]),
           '初军威', names.pool[1 + (i * 11 + 3) % names.n]),
           '底志欣', names.pool[1 + (i * 13 + 5) % names.n]),
           '薄澜', names.pool[1 + (i * 17 + 7) % names.n]),
           '王蕾蕾', names.pool[1 + (i * 19 + 11) % names.n]),
           '唐诺仪', names.pool[1 + (i * 23 + 13) % names.n]),
           '张馨予', names.pool[1 + (i * 29 + 17) % names.n]),
           '赵智和', names.pool[1 + (i * 31 + 19) % names.n]),
           '丰台', districts.pool[1 + (i / 6) % 16]),
           '5月24日', m || '月' || d || '日'),
           '5月25日', m || '月' || (d + 1) || '日'),
           '第68次', '第' || (1 + i % 120) || '次'),
           '2023年', y || '年'),
           '2022年', (y - 1) || '年') AS body
FROM params, arts, names, districts;
COPY (SELECT 'bench', i::text, published, body FROM bench_src ORDER BY i) TO :'datafile';
SELECT count(*) AS docs, round(sum(octet_length(body)) / 1048576.0, 1) AS mb FROM bench_src;

-- the reference: the same columns, only the full-text GIN index
CREATE TABLE ref_docs (id bigint GENERATED ALWAYS AS IDENTITY, source text, external_id text, published date, body text);
CREATE INDEX ON ref_docs USING gin (to_tsvector('zhdoc.chinese', body));

CREATE FUNCTION bench_seconds(q text) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
    EXECUTE q;
    RETURN extract(epoch FROM clock_timestamp() - t0);
END \$\$;
-- median of reps runs, in ms; q is a format() string given the run number
CREATE FUNCTION bench_median_ms(q text, reps int) RETURNS numeric LANGUAGE plpgsql AS \$\$
DECLARE
    t0 timestamptz;
    ts float8[] := '{}';
BEGIN
    FOR i IN 1 .. reps LOOP
        t0 := clock_timestamp();
        EXECUTE format(q, i);
        ts := ts || extract(epoch FROM clock_timestamp() - t0) * 1000;
    END LOOP;
    RETURN (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY t)::numeric, 2) FROM unnest(ts) t);
END \$\$;
SELECT to_tsvector('zhdoc.chinese', 'warm up') IS NOT NULL AS warm;
CHECKPOINT;
SQL

zh_psql -v datafile="$DATA" <<'SQL'
SET search_path = zhdoc, public;
\echo
\echo 'Ingest: COPY of the same file, one backend'
CREATE TEMP TABLE t AS
SELECT bench_seconds(format('COPY ref_docs(source, external_id, published, body) FROM %L', :'datafile')) AS ref_s;
CHECKPOINT;
UPDATE t SET ref_s = ref_s;
ALTER TABLE t ADD COLUMN zh_s float8;
UPDATE t SET zh_s = bench_seconds(format('COPY zhdoc.documents(source, external_id, published, body) FROM %L', :'datafile'));
SELECT count(*) AS docs, round(sum(octet_length(body)) / 1048576.0, 1) AS mb,
       round(((SELECT ref_s FROM t))::numeric, 1) AS reference_s,
       round(((SELECT zh_s FROM t))::numeric, 1) AS pipeline_s
FROM ref_docs;
WITH s AS (SELECT sum(octet_length(body)) / 1048576.0 AS mb, count(*) AS n FROM ref_docs)
SELECT round((mb / zh_s)::numeric, 2) AS pipeline_mb_s,
       round((n / zh_s)::numeric, 0) AS pipeline_docs_s,
       round((mb / ref_s)::numeric, 2) AS reference_mb_s,
       round((n / ref_s)::numeric, 0) AS reference_docs_s,
       round((ref_s / zh_s)::numeric, 2) AS ratio
FROM s, t;
SELECT (SELECT count(*) FROM zhdoc.documents WHERE derive_error IS NOT NULL) AS failed,
       (SELECT count(*) FROM zhdoc.document_articles) AS articles,
       (SELECT count(*) FROM zhdoc.document_mentions) AS mentions,
       (SELECT count(*) FROM zhdoc.document_meetings) AS meetings,
       (SELECT count(*) FROM zhdoc.document_officials) AS document_officials,
       (SELECT count(*) FROM zhdoc.officials) AS officials;
VACUUM ANALYZE zhdoc.documents, zhdoc.document_articles, zhdoc.document_mentions,
    zhdoc.document_meetings, zhdoc.document_officials;

\echo
\echo 'Median latency over 50 runs (ms), a different person, month or phrase each run'
-- the persons and phrases the runs cycle through
CREATE TEMP TABLE chairs AS
SELECT row_number() OVER (ORDER BY chair) AS k, chair FROM (SELECT DISTINCT chair FROM zhdoc.meetings WHERE chair IS NOT NULL) c;
CREATE TEMP TABLE phrases(k int, phrase text);
INSERT INTO phrases VALUES (0, '数字人民币 应用'), (1, '营商环境 优化'), (2, '采摘 樱桃'), (3, '招聘会 岗位'), (4, '主题 教育');
SELECT (SELECT count(*) FROM chairs) AS chairs_in_pool,
  bench_median_ms($q$SELECT * FROM zhdoc.meetings
      WHERE chair = (SELECT chair FROM chairs WHERE k = 1 + %1$s %% (SELECT count(*) FROM chairs))
        AND held_on >= make_date(2020 + %1$s %% 4, 1 + %1$s %% 12, 1)
        AND held_on < make_date(2020 + %1$s %% 4, 1 + %1$s %% 12, 1) + interval '1 month'$q$, 50)
      AS meetings_chaired_in_month_ms,
  bench_median_ms($q$SELECT id, source, external_id, published FROM zhdoc.documents
      WHERE id IN (SELECT document_id FROM zhdoc.mentions
                   WHERE entity = zhdoc.zhentity('person', (SELECT chair FROM chairs WHERE k = 1 + %1$s %% (SELECT count(*) FROM chairs))))$q$, 50)
      AS documents_mentioning_person_ms,
  bench_median_ms($q$SELECT id FROM zhdoc.documents
      WHERE body_tsv @@ phraseto_tsquery('zhdoc.chinese', (SELECT phrase FROM phrases WHERE k = %1$s %% 5))
      LIMIT 20$q$, 50)
      AS phrase_first_20_ms,
  bench_median_ms($q$SELECT count(*) FROM zhdoc.documents
      WHERE body_tsv @@ phraseto_tsquery('zhdoc.chinese', (SELECT phrase FROM phrases WHERE k = %1$s %% 5))$q$, 10)
      AS phrase_all_matches_ms_10_runs;
SELECT p.phrase, (SELECT count(*) FROM zhdoc.documents WHERE body_tsv @@ phraseto_tsquery('zhdoc.chinese', p.phrase)) AS matching_documents
FROM phrases p ORDER BY k;
SELECT avg(n)::int AS avg_documents_per_person FROM (SELECT count(DISTINCT document_id) AS n FROM zhdoc.mentions WHERE entity IN (SELECT zhdoc.zhentity('person', chair) FROM chairs) GROUP BY entity) s;
SQL
