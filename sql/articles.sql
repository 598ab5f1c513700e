-- zh_articles on the dev page, checked against gold.json.
SET search_path = zhdoc, public;
\set page `cat test/data/fengtai-page.txt`
\set gold `cat test/data/gold.json`

CREATE TEMP TABLE gold_articles AS
SELECT ord::int AS article_no, a
FROM jsonb_array_elements((:'gold')::jsonb -> 'articles') WITH ORDINALITY AS g(a, ord);

-- raw page: every field as gold has it
SELECT z.article_no, z.headline, z.byline, z.reporters, z.section, z.photographers, z.caption, z.author_org,
       z.headline = g.a ->> 'headline' AS headline_ok,
       z.byline IS NOT DISTINCT FROM g.a ->> 'byline' AS byline_ok,
       z.reporters = ARRAY(SELECT r ->> 'name' FROM jsonb_array_elements(g.a -> 'reporters') r) AS reporters_ok,
       z.body LIKE (g.a ->> 'starts_with') || '%' AS body_ok,
       z.section IS NOT DISTINCT FROM g.a ->> 'column' AS section_ok,
       z.photographers = ARRAY(SELECT jsonb_array_elements_text(coalesce(g.a -> 'photographers', '[]'))) AS photographers_ok
FROM zh_articles(:'page') z FULL JOIN gold_articles g USING (article_no)
ORDER BY article_no;

-- offsets are characters into the argument and spans do not overlap
SELECT article_no, start, len,
       position(left(body, 10) IN zh_normalize(substr(:'page', start, len))) > 0 AS span_holds_body,
       start + len <= lead(start) OVER (ORDER BY article_no) AS no_overlap
FROM zh_articles(:'page') ORDER BY article_no;

-- photo credits and captions stay out of bodies
SELECT count(*) AS bodies_with_credit FROM zh_articles(:'page') WHERE body LIKE '%摄%赵智和%' OR body LIKE '%赵智和%摄%';

-- normalised input gives the same articles (display spaces aside)
SELECT r.article_no, r.headline = replace(n.headline, ' ', '') OR replace(r.headline, ' ', '') = n.headline AS same_headline,
       r.body = n.body AS same_body, r.reporters = n.reporters AS same_reporters
FROM zh_articles(:'page') r JOIN zh_articles(zh_normalize(:'page')) n USING (article_no)
ORDER BY 1;

-- a page with no bylines: headlines standing alone between paragraphs start articles
SELECT article_no, headline, left(body, 12) AS body
FROM zh_articles(E'市政府召开常务会议\n会议研究了有关事项。\n区人大常委会召开会议\n会议听取了报告。\n一、加强领导\n各部门要落实责任。');

-- a byline with two reporters, and a photo credit with a role
SELECT byline, reporters, photographers, caption
FROM zh_articles(E'新华社北京5月24日电（通讯员 刘畅 记者 周子墨）会议召开。\n会场一角。记者 李明 摄\n本报讯（记者 王某）另一篇报道。');
