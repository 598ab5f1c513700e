-- zh_dates: calendar ranges, grains, parts of day, clocks, vague dates.
SET search_path = zhdoc, public;
SET datestyle = ISO;
\set page `cat test/data/fengtai-page.txt`

-- the dev page has no printed date: the year it states (2023) resolves the rest
SELECT surface, span, grain, part_of_day, clock, approximate FROM zh_dates(:'page') ORDER BY start;

-- against an anchor
SELECT surface, span, grain, part_of_day, clock, approximate
FROM zh_dates('昨天下午3点，上周四，下周三，今年一季度，去年年底，本月下旬，近日，8月底前', '2024-03-08') ORDER BY start;
SELECT surface, span, grain FROM zh_dates('7月5日至7日，5月18日—6月初，7月下旬至8月上旬，2022-2023年', '2024-01-10') ORDER BY start;
SELECT surface, span, grain FROM zh_dates('二〇二三年五月二十四日，２０２３年５月２４日，2023.5.24，2023/5/24，2023-05-24') ORDER BY start;

-- not dates: durations, ordinals, counts, money, impossible dates
SELECT count(*) AS rows FROM zh_dates('树龄长达23年，新园树龄5、6年，第68次会议，二十大，452个，3000元至20000元，70%，2月30日', '2023-06-01');

-- offsets are characters of the argument, across PDF line breaks
SELECT surface, start, len, substr(d, start, len) AS raw
FROM (SELECT '区委理论学习中心组在丰台区召开学习会，会议于5月2' || E'\n\n' || '4日下午召开，区委书记王少峰主持会议并讲' || E'\n\n' || '话，区长初军威出席了这次会议并且发了言。' AS d) x,
     zh_dates(d, '2023-06-01');

-- no anchor and no stated year: the row is kept, its span unknown
SELECT surface, span FROM zh_dates('5月24日上午开会');
SELECT surface, span FROM zh_dates('明天见', NULL);

-- holidays, solar terms and lunar dates: a year, else the next occurrence from the anchor
SELECT surface, span, grain FROM zh_dates('清明节，2024年春节，去年中秋节，腊月廿三，大年初二', '2024-01-20') ORDER BY start;

-- offsets from the anchor; a duration alone is no date
SELECT surface, span, grain, approximate FROM zh_dates('三天后，前两个月，近三年来，三十多年前，该工程历时3年', '2024-03-08') ORDER BY start;

-- a clock range is one row with its end clock
SELECT surface, span, grain, part_of_day, clock, end_clock FROM zh_dates('5月24日下午2点至4点，上午9点30分到11点', '2024-03-08') ORDER BY start;

-- bad input
SELECT count(*) FROM zh_dates('公元前221年，9999年农历八月十五，99999999年后，99999999个月前', '2024-03-08');
SELECT count(*) FROM zh_dates('春节，上两周，未来10天', '9999-12-31');
SELECT count(*) FROM zh_dates(NULL);
SELECT count(*) FROM zh_dates('');
SELECT count(*) FROM zh_dates('99999999年，0年1月1日，10000年', '2023-01-01');
-- a million digits are a number, not a date (and come back at once)
SELECT count(*) AS dates FROM zh_dates(repeat('1', 1000000));
SELECT * FROM zh_dates('今天', 'infinity');
