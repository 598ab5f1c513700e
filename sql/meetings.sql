-- zh_meetings: organ, date, chair, attendees, agenda.
SET search_path = zhdoc, public;
SET datestyle = ISO;
\set page `cat test/data/fengtai-page.txt`

-- the dev page: three meetings; the job fair and the meeting only relayed are not
SELECT * FROM zh_meetings(:'page');

-- an anchor (publication date) resolves dates without a year
SELECT organ, name, seq, held_on, part_of_day, chair, chair_titles, attendees, agenda
FROM zh_meetings('本报讯（记者 张三）昨天上午，区政府召开第12次常务会议，审议《关于加强社区治理的意见》。区长李四主持会议，副区长王五、赵六出席。', '2024-03-08');
-- the chair may open the sentence: X主持召开ORGAN…会议
SELECT organ, name, seq, held_on, chair, chair_titles
FROM zh_meetings('本报讯 3月6日上午，区委副书记、区长贺川主持召开区政府第23次常务会议，研究《植树造林实施方案》。', '2024-03-08');
-- the number is the one before 次, also after a term (十五届二十一次 → 21)
SELECT organ, name, seq FROM zh_meetings('本报讯 5月20日上午，区政协召开十五届二十一次主席会议，审议《工作要点》。', '2023-06-01');
SELECT organ, name, seq FROM zh_meetings('本报讯 6月12日上午，市委常委会召开会议，传达学习《会议精神》。', '2024-06-13');
-- a meeting only mentioned is not reported
SELECT count(*) AS meetings FROM zh_meetings('会议传达了市委教育工作领导小组第一次全体会议精神。');

-- bad input
SELECT (SELECT count(*) FROM zh_meetings(NULL)) AS null_doc, (SELECT count(*) FROM zh_meetings('')) AS empty_doc;
SELECT count(*) FROM zh_meetings(repeat('区委常委会召开第1次会议。', 5000));
SELECT * FROM zh_meetings('召开', '-infinity');
