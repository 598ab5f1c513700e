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

-- a headline on two lines (主题 then 副题): the main title is the line that
-- reports the meeting, even when the subtitle is wider
SELECT article_no, kicker, headline, subtitle, byline
FROM zh_articles(E'区政府召开常务会议\n研究部署防汛抗旱和安全生产工作\n\n本报讯（记者 张三）6月1日上午，区长李四主持召开区政府常务会议，研究部署防汛工作。');

-- three lines (引题 / 主题 / 副题), the subtitle after a dash
SELECT article_no, kicker, headline, subtitle, byline
FROM zh_articles(E'坚持人民至上 筑牢安全防线\n区政府召开常务会议\n——研究部署防汛工作\n\n本报讯（记者 张三）6月1日上午，区长李四主持召开区政府常务会议。');

-- no event verb anywhere: the wider line is the main title, the shorter one
-- printed first its kicker
SELECT article_no, kicker, headline, subtitle
FROM zh_articles(E'全力以赴保障群众生命财产安全\n我区防汛工作取得阶段性成效一线干部坚守岗位\n\n入汛以来，我区各部门坚守岗位，确保安全度汛。');

-- a headline standing apart from another line by a blank line: a column
-- name, not a kicker; a short line beside a headline is a column name too
SELECT article_no, kicker, headline, subtitle, section
FROM zh_articles(E'上一篇报道的标题\n\n上一篇的正文。\n\n民生直通车\n\n春风送岗位 就业暖人心\n\n今天上午，招聘会在区体育馆举行。');
SELECT article_no, kicker, headline, subtitle, section
FROM zh_articles(E'上一篇报道的标题\n\n上一篇的正文。\n\n简讯\n区政府召开常务会议\n\n今天上午，区政府召开常务会议。');

-- a long headline with spaces (theses after the main title) is one headline
SELECT article_no, kicker, headline, subtitle, left(body, 20) AS body
FROM zh_articles(E'李强主持召开国务院第二次全体会议强调 全面落实党中央决策部署 坚定不移推动高质量发展 大力提升行政效能 为完成各项任务提供有力保障\n\n新华社北京8月16日电 国务院总理李强8月16日主持召开国务院第二次全体会议。');

-- …but a long line with a comma is body text
SELECT article_no, headline, left(body, 20) AS body
FROM zh_articles(E'会议强调，要全面落实党中央决策部署，坚定不移推动高质量发展，大力提升行政效能，为完成各项任务提供有力保障\n\n会议指出了问题。');
