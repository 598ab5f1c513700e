-- Article search: the articles of the documents matching a query, each
-- checked on its own normalised body, with a clean snippet.  The documents'
-- GIN index (on the stored body_tsv) finds the candidate documents, so no
-- second index is kept at ingest; only the candidates' articles are
-- segmented again.
SET search_path = zhdoc, public;
\set fengtai `cat test/data/fengtai-page.txt`
INSERT INTO documents (source, external_id, published, body)
VALUES ('search-articles', 'fengtai', '2023-05-26', :'fengtai');

-- the README's query: which articles of the page speak of picking cherries
SELECT a.article_no, a.headline,
       ts_headline('zhdoc.chinese', a.body, q, 'MaxFragments=1, MaxWords=12, MinWords=4') AS snippet
FROM zhdoc.documents d
JOIN zhdoc.articles a ON a.document_id = d.id,
     websearch_to_tsquery('zhdoc.chinese', '采摘 樱桃') q
WHERE d.source = 'search-articles'
  AND d.body_tsv @@ q AND to_tsvector('zhdoc.chinese', a.body) @@ q
ORDER BY a.article_no;
-- the page has other articles, which the check leaves out
SELECT count(*) AS articles_on_page FROM articles a JOIN documents d ON d.id = a.document_id
WHERE d.source = 'search-articles';

-- the documents' GIN index serves the search (other scans off: the tables
-- are tiny here, where on real ones the GIN index is the cheaper plan)
SET enable_seqscan = off;
SET enable_indexscan = off;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF)
SELECT a.article_no
FROM zhdoc.documents d
JOIN zhdoc.articles a ON a.document_id = d.id,
     websearch_to_tsquery('zhdoc.chinese', '采摘 樱桃') q
WHERE d.body_tsv @@ q AND to_tsvector('zhdoc.chinese', a.body) @@ q;
RESET enable_seqscan;
RESET enable_indexscan;
RESET enable_hashjoin;
RESET enable_mergejoin;

DELETE FROM documents WHERE source = 'search-articles';
