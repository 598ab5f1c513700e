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
-- The backend's own CPU time (the machine may be busy with other work, which
-- still inflates one run now and then: a ratio over the bar is measured once
-- more, and the better of the two runs of each size counts).
CREATE FUNCTION pg_temp.cpu_s() RETURNS float8 LANGUAGE sql AS
$$ SELECT pg_catalog.split_part(pg_catalog.pg_read_file('/proc/self/schedstat'), ' ', 1)::float8 / 1e9 $$;
CREATE FUNCTION pg_temp.cpu_of(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 float8 := pg_temp.cpu_s();
BEGIN
    EXECUTE q;
    RETURN pg_temp.cpu_s() - t0;
END $$;
-- q names its table %1$s: small, then big
CREATE FUNCTION pg_temp.linear(q text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    small float8 := pg_temp.cpu_of(format(q, 'small'));
    big float8 := pg_temp.cpu_of(format(q, 'big'));
BEGIN
    IF big / greatest(small, 0.001) >= 10 THEN
        small := least(small, pg_temp.cpu_of(format(q, 'small')));
        big := least(big, pg_temp.cpu_of(format(q, 'big')));
    END IF;
    RETURN big / greatest(small, 0.001) < 10;
END $$;
SELECT pg_temp.linear($q$SELECT length(zh_normalize(doc)) > 0 FROM %1$s$q$) AS linear_normalize;

SELECT pg_temp.linear($q$SELECT count(*) > 0 FROM %1$s, zh_articles(%1$s.doc)$q$) AS linear_articles;

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
SELECT pg_temp.linear($q$SELECT length(to_tsvector('zhdoc.chinese', doc)) > 0 FROM %1$s$q$) AS linear_tsvector;

SELECT pg_temp.linear($q$SELECT count(*) > 0 FROM %1$s, zh_entities(%1$s.doc)$q$) AS linear_entities;

SELECT pg_temp.linear($q$SELECT count(*) > 0 FROM %1$s, zh_meetings(%1$s.doc)$q$) AS linear_meetings;

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
