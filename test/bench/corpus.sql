-- Builds table bench_docs: about :target_mb MB of page-like documents made
-- from the dev page, varied so that no two rows are the same string.  Each
-- row is the page's paragraphs rotated by a different amount, with digits
-- permuted, and every seventh row in traditional characters' stead for a
-- few common words (so folding has real work).
-- Needs psql variables :page (the dev page) and :target_mb.
CREATE TABLE bench_docs AS
WITH paras AS (
    SELECT array_agg(p ORDER BY ord) AS ps, count(*) AS n
    FROM regexp_split_to_table(:'page', E'\n\n') WITH ORDINALITY AS t(p, ord)
), rows AS (
    SELECT i FROM generate_series(1, ceil(:target_mb * 1048576.0 / octet_length(:'page'))::int) i
)
SELECT i AS id,
       CASE WHEN i % 7 = 0
            THEN translate(doc, '会议发展经济区书记', '會議發展經濟區書記')
            ELSE doc END AS body
FROM (
    SELECT i, translate(
               array_to_string(ps[(i % n) + 1 : n] || ps[1 : (i % n)], E'\n\n'),
               '0123456789',
               substr('01234567890123456789', (i % 10) + 1, 10)) AS doc
    FROM rows, paras
) d;
ANALYZE bench_docs;

-- best of :reps runs of a query, in seconds
CREATE FUNCTION bench_best_of(q text, reps int) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    best float8 := 'infinity';
BEGIN
    FOR i IN 1 .. reps LOOP
        t0 := clock_timestamp();
        EXECUTE q;
        best := least(best, extract(epoch FROM clock_timestamp() - t0));
    END LOOP;
    RETURN best;
END $$;
