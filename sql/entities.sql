-- zh_entities and zh_officials.
SET search_path = zhdoc, public;
\set page `cat test/data/fengtai-page.txt`

-- the dev page's officials, reporters and photographer
SELECT * FROM zh_officials(:'page');

-- entities by kind, with offsets into the raw page
SELECT kind, count(*) AS mentions, count(DISTINCT canonical) AS distinct_names FROM zh_entities(:'page') GROUP BY kind ORDER BY kind;
SELECT kind, surface, start, len, substr(:'page', start, len) AS raw
FROM zh_entities(:'page') WHERE canonical IN ('王少峰', '初军威', '区委教育工作领导小组', '丰台站') ORDER BY start LIMIT 8;

-- titles before names, shared titles, compound surnames, bylines and credits
SELECT * FROM zh_officials('市委常委、常务副市长霍建新，副市长欧阳明、司马光辉出席会议。');
SELECT * FROM zh_officials('本报讯（通讯员 刘畅 记者 周子墨）会议召开。会场一角。记者 李明 摄');
-- a title without a name is not a person; a name found once is a person everywhere
SELECT * FROM zh_officials('市人大常委会主任、市政协主席列席会议。');
SELECT kind, surface FROM zh_entities('区长张晓明主持会议。会后，张晓明来到社区。') WHERE kind = 'person';
-- words that look like names are not persons without a title; with one they are
SELECT count(*) AS persons FROM zh_officials('高速公路方案已经审议通过，高远的目标。');
SELECT * FROM zh_officials('副区长方圆出席。（记者 高远）');

-- bad input
SELECT count(*) FROM zh_entities(''), zh_officials('');
SELECT count(*) FROM zh_entities('🎉👍 Москва 123 abc');
-- a list of 20,000 titled names: every one found, nothing else taken for a person
SELECT count(*) FILTER (WHERE kind = 'person' AND canonical = '王少峰') AS named,
       count(*) FILTER (WHERE kind = 'person' AND canonical <> '王少峰') AS others
FROM zh_entities(repeat('区委书记王少峰、', 20000));
SELECT count(*) AS officials FROM zh_officials(repeat('王', 100000));
