-- zh_segment and zh_tokenize: words, parts of speech, offsets.
SET search_path = zhdoc, public;
\set page `cat test/data/fengtai-page.txt`

-- names the dictionary does not know come out whole, as do these words of the dev page
SELECT w, w = ANY (zh_segment(:'page')) AS single_token
FROM unnest(ARRAY['王少峰', '初军威', '底志欣', '数字人民币', '营商环境', '京津冀', '石景山区']) w;

-- numbers, percentages, codes and date parts
SELECT zh_segment('2023年5月24日，增长4.6%，占70%以上，产品ic005和ＡＢＣ１２３型号');

-- offsets are 1-based characters of the argument, even across PDF damage
SELECT token, pos, start, len, substr(d, start, len) AS surface
FROM (SELECT '会议强调，要坚持以习近平新时代中国特色社' || E'\n\n' || '会主义思想为指导，全面贯彻落实区委书记王' || E'\n\n' || '少峰主持会议并讲话，区长初军威出席会议。' AS d) x, zh_tokenize(d)
WHERE token IN ('王少峰', '初军威', '社会主义');
SELECT token, pos, start, len, substr(d, start, len) AS surface
FROM (SELECT '臺灣的ＡＢＣ公司，区长马 骏出席' AS d) x, zh_tokenize(d);

-- search mode adds the words inside long words at the same place
SELECT token, start, len FROM zh_tokenize('推广数字人民币应用', 'search');
SELECT * FROM zh_tokenize('测试', 'fast');

-- bad input
SELECT zh_segment(NULL) IS NULL AS null_in, zh_segment('') AS empty, zh_segment(' 。，！ ') AS punct_only;
SELECT count(*) AS emoji_tokens FROM zh_tokenize('会议🎉圆满👍🏽成功 Москва 東京');
SELECT cardinality(zh_segment(repeat('中', 1000000))) > 0 AS one_char_run,
       cardinality(zh_segment(repeat('1234567890', 100000))) AS digit_run,
       cardinality(zh_segment(repeat('abcdefghij', 100000))) AS latin_run;
SELECT cardinality(zh_segment(:'page')) > 2000 AS page_segmented;

-- declared volatility: user words make these STABLE
SELECT proname, provolatile, proisstrict, proparallel FROM pg_proc
WHERE pronamespace = 'zhdoc'::regnamespace AND proname IN ('zh_segment', 'zh_tokenize') ORDER BY 1;
