-- zhdoc.chinese: to_tsvector, queries, phrase search, headlines, GIN.
SET search_path = zhdoc, public;
\set page `cat test/data/fengtai-page.txt`

SELECT * FROM ts_token_type('zhdoc.parser');
SELECT alias, dictionaries FROM ts_debug('zhdoc.chinese', '区委书记王少峰在丰台区主持会议，ABC公司增长4.6%。') ;

-- stop words are dropped but keep their positions; punctuation is not indexed
SELECT to_tsvector('zhdoc.chinese', '数字人民币的应用和推广，ABC公司');

-- queries work as for english; phrase positions are word positions
SELECT to_tsvector('zhdoc.chinese', :'page') @@ to_tsquery('zhdoc.chinese', '营商环境 & 京津冀') AS and_query,
       to_tsvector('zhdoc.chinese', :'page') @@ phraseto_tsquery('zhdoc.chinese', '数字人民币应用') AS phrase,
       to_tsvector('zhdoc.chinese', :'page') @@ phraseto_tsquery('zhdoc.chinese', '应用数字人民币') AS wrong_order,
       to_tsvector('zhdoc.chinese', :'page') @@ websearch_to_tsquery('zhdoc.chinese', '"区委书记" 王少峰 -樱桃') AS web_not,
       to_tsvector('zhdoc.chinese', :'page') @@ websearch_to_tsquery('zhdoc.chinese', '王少峰 or 不存在的人') AS web_or;
SELECT phraseto_tsquery('zhdoc.chinese', '数字人民币应用'), plainto_tsquery('zhdoc.chinese', '臺灣ＡＢＣ公司');

-- PDF damage and folded forms match their clean spelling
SELECT to_tsvector('zhdoc.chinese', '会议强调，要坚持以习近平新时代中国特色社' || E'\n\n' || '会主义思想为指导，全面贯彻落实区委书记王' || E'\n\n' || '少峰主持会议并讲话，区长初军威出席会议。') @@ to_tsquery('zhdoc.chinese', '王少峰') AS across_break,
       to_tsvector('zhdoc.chinese', '臺灣的２０２３年') @@ to_tsquery('zhdoc.chinese', '台湾 & 2023年') AS folded;

-- ranking
SELECT round(ts_rank(to_tsvector('zhdoc.chinese', :'page'), to_tsquery('zhdoc.chinese', '樱桃'))::numeric, 4) > 0 AS ranked;

-- headlines keep the text as written: spaces between words, punctuation and line
-- breaks stay, nothing is dropped or repeated; words show their normal form
-- (a stray space inside a Chinese word is PDF damage and goes)
SELECT ts_headline('zhdoc.chinese', '樱桃满枝头 尝鲜正当时。本报讯（实习记者 张馨予）5月24日，记者来到位于北宫镇的中华名枣庄园', to_tsquery('zhdoc.chinese', '樱桃'));
SELECT ts_headline('zhdoc.chinese', 'PostgreSQL 全文 检索  很 好用', to_tsquery('zhdoc.chinese', '检索'), 'HighlightAll=true');
SELECT ts_headline('zhdoc.chinese', :'page', to_tsquery('zhdoc.chinese', '王少峰'), 'MaxWords=12, MinWords=5, MaxFragments=2, StartSel=[, StopSel=]');
SELECT ts_headline('zhdoc.chinese', :'page', to_tsquery('zhdoc.chinese', '营商环境'), 'MaxWords=10, MinWords=5') IS NOT NULL AS headline_ok;
SELECT ts_headline('zhdoc.chinese', '测试', to_tsquery('zhdoc.chinese', '测试'), 'MinWords=50, MaxWords=10');
-- every other refusal, with PostgreSQL's wording (and the option named)
SELECT ts_headline('zhdoc.chinese', '测试', to_tsquery('zhdoc.chinese', '测试'), 'MinWords=0');
SELECT ts_headline('zhdoc.chinese', '测试', to_tsquery('zhdoc.chinese', '测试'), 'maxfragments=-1');
SELECT ts_headline('zhdoc.chinese', '测试', to_tsquery('zhdoc.chinese', '测试'), 'MaxWords=ten');
SELECT ts_headline('zhdoc.chinese', '测试', to_tsquery('zhdoc.chinese', '测试'), 'ShortWord=2147483648');
SELECT ts_headline('zhdoc.chinese', '测试', to_tsquery('zhdoc.chinese', '测试'), 'MaxWord=10');
-- a fragment per match in a long document, quickly (the choice is not a scan per fragment)
SELECT length(ts_headline('zhdoc.chinese', repeat('会议 ', 20000), to_tsquery('zhdoc.chinese', '会议'),
                          'MaxWords=2, MinWords=1, MaxFragments=100000')) > 100000 AS many_fragments;
-- every character of the input is in the parser's output exactly once (for tokens that are not words)
SELECT string_agg(token, '' ORDER BY ord) = '会议 在  北京，召开。' AS blanks_kept
FROM ts_parse('zhdoc.parser', '会议 在  北京，召开。') WITH ORDINALITY p(tokid, token, ord);

-- a GIN index serves the queries
CREATE TABLE docs(id serial PRIMARY KEY, body text);
INSERT INTO docs(body) SELECT replace(:'page', '王少峰', '王少峰' || i) FROM generate_series(1, 50) i;
INSERT INTO docs(body) VALUES (:'page');
CREATE INDEX docs_fts ON docs USING gin (to_tsvector('zhdoc.chinese', body));
ANALYZE docs;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM docs WHERE to_tsvector('zhdoc.chinese', body) @@ to_tsquery('zhdoc.chinese', '樱桃');
SELECT count(*) FROM docs WHERE to_tsvector('zhdoc.chinese', body) @@ phraseto_tsquery('zhdoc.chinese', '区委书记王少峰主持');
RESET enable_seqscan;

-- bad input
SELECT to_tsvector('zhdoc.chinese', ''), to_tsvector('zhdoc.chinese', '🎉👍 。，'), to_tsvector('zhdoc.chinese', E'\x01\x02');
SELECT length(to_tsvector('zhdoc.chinese', repeat('中', 300000))) > 0 AS long_run,
       length(to_tsvector('zhdoc.chinese', repeat('x', 100000))) AS long_latin_word;

-- The stop-word dictionary lower-cases as simple does, in every cased
-- script (Glagolitic, Coptic, Greek, Cyrillic, Latin), and leaves
-- ideographs alone.
SELECT w, ts_lexize('zhdoc.chinese_stop', w) = ts_lexize('simple', w) AS same_as_simple,
       ts_lexize('zhdoc.chinese_stop', w) AS lexeme
FROM unnest(ARRAY['Ⰰ', 'Ⲁ', 'ΣΟΦΙΑ', 'МОСКВА', 'Straße', 'ÉTÉ', 'Ǆ', '𐐀', '数字人民币', 'ＡＢＣ']) AS w;

-- Sub-word search: indexed with zhdoc.chinese_search, queried with
-- zhdoc.chinese, 人民币 finds 数字人民币, 营商 finds 营商环境, 北京 finds
-- 北京大学; the sub-words share the long word's position, so phrases hold.
SELECT to_tsvector('zhdoc.chinese_search', '推广数字人民币应用');
SELECT q, to_tsvector('zhdoc.chinese', d) @@ to_tsquery('zhdoc.chinese', q) AS words_only,
       to_tsvector('zhdoc.chinese_search', d) @@ to_tsquery('zhdoc.chinese', q) AS with_subwords
FROM (VALUES ('推广数字人民币应用', '人民币'), ('优化营商环境', '营商'), ('北京大学附属中学', '北京'),
             ('推广数字人民币应用', '推广 <-> 数字人民币'), ('推广数字人民币应用', '推广 <-> 人民币'),
             ('推广数字人民币应用', '人民')) AS t(d, q);
-- stop words stay out, words without case or sub-words come back alone
SELECT ts_lexize('zhdoc.chinese_subwords', '的'), ts_lexize('zhdoc.chinese_subwords', 'ABC'),
       ts_lexize('zhdoc.chinese_subwords', '王少峰');
