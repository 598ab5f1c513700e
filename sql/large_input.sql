-- 20 MB documents: linear time, and cancellable by statement_timeout.
SET search_path = zhdoc, public;
\set page `cat test/data/fengtai-page.txt`

-- about 20 MB of varied text built from the dev page
CREATE TEMP TABLE big AS
SELECT string_agg(replace(:'page', '5月', i::text || '月'), E'\n') AS doc
FROM generate_series(1, 1050) i;
SELECT octet_length(doc) > 20000000 AS over_20mb FROM big;
CREATE TEMP TABLE small AS SELECT left(doc, length(doc) / 4) AS doc FROM big;

-- time for the whole vs a quarter: linear means a ratio near 4, quadratic near 16.
-- The backend's own CPU time (the machine may be busy with other work).
CREATE FUNCTION pg_temp.cpu_s() RETURNS float8 LANGUAGE sql AS
$$ SELECT pg_catalog.split_part(pg_catalog.pg_read_file('/proc/self/schedstat'), ' ', 1)::float8 / 1e9 $$;
SELECT pg_temp.cpu_s() AS t0 \gset
SELECT length(zh_normalize(doc)) > 0 AS small_done FROM small;
SELECT pg_temp.cpu_s() AS t1 \gset
SELECT length(zh_normalize(doc)) > 0 AS big_done FROM big;
SELECT pg_temp.cpu_s() AS t2 \gset
SELECT (:t2 - :t1) / greatest(:t1 - :t0, 0.001) < 10 AS linear_normalize;

SELECT pg_temp.cpu_s() AS t0 \gset
SELECT count(*) > 0 AS small_articles FROM small, zh_articles(small.doc);
SELECT pg_temp.cpu_s() AS t1 \gset
SELECT count(*) > 0 AS big_articles FROM big, zh_articles(big.doc);
SELECT pg_temp.cpu_s() AS t2 \gset
SELECT (:t2 - :t1) / greatest(:t1 - :t0, 0.001) < 10 AS linear_articles;

-- statement_timeout interrupts a long call promptly
\set VERBOSITY terse
SET statement_timeout = '100ms';
SELECT clock_timestamp() AS t0 \gset
SELECT length(zh_normalize(doc || doc || doc)) FROM big;
RESET statement_timeout;
SELECT clock_timestamp() - :'t0'::timestamptz < interval '1 second' AS cancelled_within_1s;
SET statement_timeout = '100ms';
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) FROM big, zh_articles(doc || doc || doc);
RESET statement_timeout;
SELECT clock_timestamp() - :'t0'::timestamptz < interval '1 second' AS cancelled_within_1s;

-- the analyses built on segmentation: linear and cancellable too
RESET statement_timeout;
SELECT pg_temp.cpu_s() AS t0 \gset
SELECT length(to_tsvector('zhdoc.chinese', doc)) > 0 AS small_tsvector FROM small;
SELECT pg_temp.cpu_s() AS t1 \gset
SELECT length(to_tsvector('zhdoc.chinese', doc)) > 0 AS big_tsvector FROM big;
SELECT pg_temp.cpu_s() AS t2 \gset
SELECT (:t2 - :t1) / greatest(:t1 - :t0, 0.001) < 10 AS linear_tsvector;

SELECT pg_temp.cpu_s() AS t0 \gset
SELECT count(*) > 0 AS small_entities FROM small, zh_entities(small.doc);
SELECT pg_temp.cpu_s() AS t1 \gset
SELECT count(*) > 0 AS big_entities FROM big, zh_entities(big.doc);
SELECT pg_temp.cpu_s() AS t2 \gset
SELECT (:t2 - :t1) / greatest(:t1 - :t0, 0.001) < 10 AS linear_entities;

SELECT pg_temp.cpu_s() AS t0 \gset
SELECT count(*) > 0 AS small_meetings FROM small, zh_meetings(small.doc);
SELECT pg_temp.cpu_s() AS t1 \gset
SELECT count(*) > 0 AS big_meetings FROM big, zh_meetings(big.doc);
SELECT pg_temp.cpu_s() AS t2 \gset
SELECT (:t2 - :t1) / greatest(:t1 - :t0, 0.001) < 10 AS linear_meetings;

SET statement_timeout = '100ms';
SELECT clock_timestamp() AS t0 \gset
SELECT length(to_tsvector('zhdoc.chinese', doc)) FROM big;
RESET statement_timeout;
SELECT clock_timestamp() - :'t0'::timestamptz < interval '1 second' AS tsvector_cancelled_within_1s;
SET statement_timeout = '100ms';
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) FROM big, zh_meetings(doc);
RESET statement_timeout;
SELECT clock_timestamp() - :'t0'::timestamptz < interval '1 second' AS meetings_cancelled_within_1s;
SET statement_timeout = '100ms';
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) FROM big, zh_dates(doc);
RESET statement_timeout;
SELECT clock_timestamp() - :'t0'::timestamptz < interval '1 second' AS dates_cancelled_within_1s;
