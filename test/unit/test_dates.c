/* Dates: calendar arithmetic, the dev page's gold, anchors, hostile input. */
#include "unit.h"
#include "zh_dates.h"
#include "zh_calendar.h"
#include "zh_lunar.h"

#include <stdint.h>

static ZhDate *rows;
static size_t nrows;

/* Dates of s; the previous call's rows are freed first. */
static size_t
dates(const char *s, size_t n, bool has_anchor, int32_t anchor)
{
	zh_dates_free(&unit_env, rows, nrows);
	rows = NULL;
	nrows = 0;
	if (zh_dates(&unit_env, s, n, has_anchor, anchor, &rows, &nrows) != ZH_OK)
		return (size_t) -1;
	return nrows;
}

static int32_t
day(int y, int m, int d)
{
	return (int32_t) zh_days_from_ymd(y, m, d);
}

/* Rows with this surface, and whether each has the expected columns. */
static int
count_rows(const char *surface, int32_t lo, int32_t hi, int grain, int pod, int clock,
		   bool *all_match)
{
	int			c = 0;

	*all_match = true;
	for (size_t i = 0; i < nrows; i++)
	{
		const ZhDate *r = &rows[i];

		if (strcmp(r->surface, surface) != 0)
			continue;
		c++;
		if (r->grain != grain || r->part_of_day != pod ||
			(clock >= 0 ? !r->has_clock || r->clock_sec != clock : r->has_clock) ||
			(lo != hi ? !r->has_span || r->lo != lo || r->hi != hi : r->has_span))
			*all_match = false;
	}
	return c;
}

static void
test_calendar(void)
{
	int64_t		y;
	int			m,
				d;
	bool		ok = true;

	CHECK(zh_days_from_ymd(2000, 1, 1) == 0);
	CHECK(zh_days_from_ymd(1970, 1, 1) == -10957);
	CHECK(zh_iso_weekday(0) == 6);	/* 2000-01-01, a Saturday */
	CHECK(zh_iso_weekday(day(2023, 5, 24)) == 3);
	CHECK(zh_is_leap(2000) && zh_is_leap(2024) && !zh_is_leap(1900) && !zh_is_leap(2023));
	CHECK(zh_month_days(2023, 2) == 28 && zh_month_days(2024, 2) == 29 && zh_month_days(2023, 13) == 0);
	CHECK(!zh_ymd_valid(2023, 2, 29) && zh_ymd_valid(2024, 2, 29) && !zh_ymd_valid(10000, 1, 1));
	CHECK(zh_month_start(2023, 13) == day(2024, 1, 1));
	CHECK(zh_month_start(2023, 0) == day(2022, 12, 1));
	for (int64_t k = -800000; k < 3000000 && ok; k += 97)
	{
		zh_ymd_from_days(k, &y, &m, &d);
		ok = zh_days_from_ymd(y, m, d) == k && m >= 1 && m <= 12 && d >= 1 &&
			d <= zh_month_days(y, m);
	}
	CHECK(ok);
	zh_ymd_from_days(INT32_MIN, &y, &m, &d);
	CHECK(zh_days_from_ymd(y, m, d) == INT32_MIN);
}

static void
test_dev_page(void)
{
	char		path[512];
	char	   *page;
	size_t		len;
	bool		m;
	static const char *const not_dates[] = {
		"23年", "5、6年", "6年", "第68次", "68", "16个", "二十大", "452个", "3000元",
		"20000元", "1万", "107份", "5000棵", "十多个", "6个", "18家", "两区", "五子", "百日",
		"百", NULL
	};

	snprintf(path, sizeof(path), "%s/fengtai-page.txt", unit_data_dir);
	page = unit_read_file(path, &len);
	CHECK(dates(page, len, false, 0) != (size_t) -1);
	CHECK(count_rows("5月24日下午", day(2023, 5, 24), day(2023, 5, 25), ZH_GRAIN_DAY,
					 ZH_POD_AFTERNOON, -1, &m) == 2 && m);
	CHECK(count_rows("5月24日", day(2023, 5, 24), day(2023, 5, 25), ZH_GRAIN_DAY,
					 ZH_POD_NONE, -1, &m) == 1 && m);
	CHECK(count_rows("5月25日上午", day(2023, 5, 25), day(2023, 5, 26), ZH_GRAIN_DAY,
					 ZH_POD_MORNING, -1, &m) == 1 && m);
	CHECK(count_rows("5月18日", day(2023, 5, 18), day(2023, 5, 19), ZH_GRAIN_DAY,
					 ZH_POD_NONE, -1, &m) == 1 && m);
	CHECK(count_rows("6月初", day(2023, 6, 1), day(2023, 6, 11), ZH_GRAIN_XUN,
					 ZH_POD_NONE, -1, &m) == 1 && m);
	CHECK(count_rows("2023年", day(2023, 1, 1), day(2024, 1, 1), ZH_GRAIN_YEAR,
					 ZH_POD_NONE, -1, &m) == 4 && m);
	CHECK(count_rows("2022年", day(2022, 1, 1), day(2023, 1, 1), ZH_GRAIN_YEAR,
					 ZH_POD_NONE, -1, &m) == 1 && m);
	CHECK(count_rows("8点", 0, 0, ZH_GRAIN_TIME, ZH_POD_NONE, 8 * 3600, &m) == 1 && m);
	CHECK(count_rows("下午5点", 0, 0, ZH_GRAIN_TIME, ZH_POD_AFTERNOON, 17 * 3600, &m) == 1 && m);
	for (size_t i = 0; i < nrows; i++)
		for (int k = 0; not_dates[k]; k++)
			if (strncmp(rows[i].surface, not_dates[k], strlen(not_dates[k])) == 0)
			{
				CHECK_STR(rows[i].surface, "(not a date)");
				break;
			}
	/* offsets point into the raw page: the first 5月24日下午 is there as printed */
	for (size_t i = 0; i < nrows; i++)
		if (strcmp(rows[i].surface, "5月24日下午") == 0)
		{
			const char *p = page;
			uint32_t	chars = 0;

			while (*p && chars < rows[i].src_start)
			{
				if (((unsigned char) *p & 0xC0) != 0x80)
					chars++;
				p++;
				while (((unsigned char) *p & 0xC0) == 0x80)
					p++;
			}
			CHECK(strncmp(p, "5月24日下午", strlen("5月24日下午")) == 0);
			CHECK(rows[i].src_end - rows[i].src_start == 7);
			break;
		}
	free(page);
}

static void
test_anchor(void)
{
	const char *s = "上周四下午3点，区政协组织委员视察；去年底，项目完工；近日，三区开展招聘。";
	bool		m;

	CHECK(dates(s, strlen(s), true, day(2023, 5, 24)) == 3);
	CHECK(count_rows("上周四下午3点", day(2023, 5, 18), day(2023, 5, 19), ZH_GRAIN_DAY,
					 ZH_POD_AFTERNOON, 15 * 3600, &m) == 1 && m);
	CHECK(count_rows("去年底", day(2022, 11, 1), day(2023, 1, 1), ZH_GRAIN_MONTH,
					 ZH_POD_NONE, -1, &m) == 1 && m);
	CHECK(nrows == 3 && rows[2].approximate && !rows[0].approximate);
	/* without an anchor: the rows stay, their spans go */
	CHECK(dates(s, strlen(s), false, 0) == 3);
	CHECK(nrows == 3 && !rows[0].has_span && !rows[1].has_span && !rows[2].has_span);
	/* anchors at the ends of int32: no span, no overflow */
	CHECK(dates(s, strlen(s), true, INT32_MAX) == 3);
	CHECK(nrows == 3 && !rows[0].has_span && !rows[1].has_span);
	CHECK(dates(s, strlen(s), true, INT32_MIN) == 3);
	CHECK(nrows == 3 && !rows[0].has_span);
	/* the last and first reportable years */
	s = "明年，去年，下周，下个月，近年来";
	CHECK(dates(s, strlen(s), true, day(9999, 12, 31)) == 5);
	CHECK(nrows == 5 && !rows[0].has_span && rows[1].has_span && !rows[2].has_span &&
		  !rows[3].has_span && rows[4].has_span);
	CHECK(dates(s, strlen(s), true, day(1, 1, 1)) == 5);
	CHECK(nrows == 5 && rows[0].has_span && !rows[1].has_span && !rows[4].has_span);
	CHECK_STR(zh_grain_name(ZH_GRAIN_XUN), "xun");
	CHECK_STR(zh_pod_name(ZH_POD_EVENING), "evening");
	CHECK(zh_pod_name(ZH_POD_NONE) == NULL && zh_grain_name(99) == NULL);
}

static void
test_hostile(void)
{
	size_t		big = 10u << 20;
	char	   *s = malloc(big + 64);
	size_t		n;

	/* a 10 MB run of digits, then a date: linear, and the date is still found */
	memset(s, '7', big);
	n = big + (size_t) sprintf(s + big, "年2023年5月24日");
	CHECK(dates(s, n, false, 0) == 1);
	CHECK(nrows == 1 && strcmp(rows[0].surface, "2023年5月24日") == 0);
	/* a long run of Chinese numerals */
	n = 0;
	while (n + 3 < (1u << 20))
		n += (size_t) sprintf(s + n, "二");
	CHECK(dates(s, n, false, 0) == 0);
	free(s);

	s = "99999999年，0000年1月1日，9999-12-31，0000-01-01，12345-01-01，2023年13月，2023年2月30日";
	CHECK(dates(s, strlen(s), false, 0) == 2);
	CHECK(nrows == 2 && rows[0].has_span && rows[0].lo == day(9999, 12, 31));
	CHECK(nrows == 2 && strcmp(rows[1].surface, "2023年") == 0);	/* 13月 is not */

	/* emoji, controls, invalid UTF-8, NUL bytes */
	{
		const char	bad[] = "\xF0\x9F\x98\x80 5\x01月\x7F""24日\xFF\xFE 2023年\x00""5月\xE4\xB8";

		CHECK(dates(bad, sizeof(bad) - 1, true, day(2023, 5, 24)) != (size_t) -1);
	}
	CHECK(dates("", 0, false, 0) == 0);

	/* many rows */
	s = malloc(4u << 20);
	n = 0;
	while (n + 64 < (4u << 20))
		n += (size_t) sprintf(s + n, "%d年%d月%d日至%d日，", 1900 + (int) (n % 200),
							  1 + (int) (n % 12), 1 + (int) (n % 27), 2 + (int) (n % 27));
	CHECK(dates(s, n, true, day(2023, 5, 24)) > 50000);
	free(s);
	zh_dates_free(&unit_env, rows, nrows);
	rows = NULL;
	nrows = 0;
}

/* Lunar dates through ICU and solar terms from the sun's longitude. */
static void
test_lunar(void)
{
	ZhLunar		lu = {NULL};
	int64_t		d = 0;
	bool		ok;

	/* 春节 2024 and 2014, 中秋 2023, the 闰二月 of 2023, 除夕 2025 (腊月廿九) */
	CHECK(zh_lunar_to_days(&lu, 2024, 1, false, 1, &d, &ok) == ZH_OK && ok && d == day(2024, 2, 10));
	CHECK(zh_lunar_to_days(&lu, 2013, 1, false, 1, &d, &ok) == ZH_OK && ok && d == day(2013, 2, 10));
	CHECK(zh_lunar_to_days(&lu, 2023, 8, false, 15, &d, &ok) == ZH_OK && ok && d == day(2023, 9, 29));
	CHECK(zh_lunar_to_days(&lu, 2023, 2, true, 1, &d, &ok) == ZH_OK && ok && d == day(2023, 3, 22));
	CHECK(zh_lunar_to_days(&lu, 2024, 12, false, 29, &d, &ok) == ZH_OK && ok && d == day(2025, 1, 28));
	/* days that do not exist: no 闰三月 in 2023, no 腊月三十 in lunar 2024 */
	CHECK(zh_lunar_to_days(&lu, 2023, 3, true, 1, &d, &ok) == ZH_OK && !ok);
	CHECK(zh_lunar_to_days(&lu, 2024, 12, false, 30, &d, &ok) == ZH_OK && !ok);
	/* out of range */
	CHECK(zh_lunar_to_days(&lu, 9999, 8, false, 15, &d, &ok) == ZH_OK && !ok);
	CHECK(zh_lunar_to_days(&lu, -221, 1, false, 1, &d, &ok) == ZH_OK && !ok);
	zh_lunar_close(&lu);

	/* 2024: 立春 4 Feb, 清明 4 Apr, 夏至 21 Jun, 冬至 21 Dec; 2013: 冬至 22 Dec */
	CHECK(zh_solar_term_day(2024, 2, &d) && d == day(2024, 2, 4));
	CHECK(zh_solar_term_day(2024, 6, &d) && d == day(2024, 4, 4));
	CHECK(zh_solar_term_day(2024, 11, &d) && d == day(2024, 6, 21));
	CHECK(zh_solar_term_day(2024, 23, &d) && d == day(2024, 12, 21));
	CHECK(zh_solar_term_day(2013, 23, &d) && d == day(2013, 12, 22));
	CHECK(!zh_solar_term_day(99999, 0, &d) && !zh_solar_term_day(2024, 24, &d));
}

/* Holidays, offsets and clock ranges from the anchor; extremes give no row. */
static void
test_issue13(void)
{
	const char *s;
	bool		match;

	/* the next occurrence on or after the anchor: 春节 two days past is next year's */
	s = "春节";
	CHECK(dates(s, strlen(s), true, day(2013, 2, 12)) == 1);
	CHECK(count_rows("春节", day(2014, 1, 31), day(2014, 2, 1), ZH_GRAIN_DAY, 0, -1, &match) == 1 && match);
	/* the year of the previous dated row wins over the anchor */
	s = "2023年5月1日，劳动节当天";
	CHECK(dates(s, strlen(s), true, day(2024, 3, 8)) == 2);
	CHECK(count_rows("劳动节当天", day(2023, 5, 1), day(2023, 5, 2), ZH_GRAIN_DAY, 0, -1, &match) == 1 && match);
	/* offsets */
	s = "三天后，上两周，近三个月";
	CHECK(dates(s, strlen(s), true, day(2024, 3, 8)) == 3);
	CHECK(count_rows("三天后", day(2024, 3, 11), day(2024, 3, 12), ZH_GRAIN_DAY, 0, -1, &match) == 1 && match);
	CHECK(count_rows("上两周", day(2024, 2, 19), day(2024, 3, 4), ZH_GRAIN_WEEK, 0, -1, &match) == 1 && match);
	CHECK(count_rows("近三个月", day(2023, 12, 8), day(2024, 3, 9), ZH_GRAIN_MONTH, 0, -1, &match) == 1 && match);
	/* without an anchor an offset keeps its surface and has no span */
	CHECK(dates("三天后", strlen("三天后"), false, 0) == 1 && !rows[0].has_span);
	/* a clock range is one row with its end */
	s = "下午2点至4点";
	CHECK(dates(s, strlen(s), false, 0) == 1);
	CHECK(nrows == 1 && rows[0].clock_sec == 14 * 3600 && rows[0].has_end_clock &&
		  rows[0].end_clock_sec == 16 * 3600);
	/* extremes: years before the era, out of range, offsets that overflow */
	s = "公元前221年，9999年农历八月十五，99999999年后，99999999个月前，3000年春节";
	CHECK(dates(s, strlen(s), true, day(2024, 3, 8)) == 0);
	s = "99999999天后";
	CHECK(dates(s, strlen(s), true, day(9999, 12, 30)) == 0);
	/* anchors at the ends of the reportable range */
	s = "春节，清明节，除夕，上两周，未来10天";
	CHECK(dates(s, strlen(s), true, day(9999, 12, 31)) != (size_t) -1);
	CHECK(dates(s, strlen(s), true, day(1, 1, 1)) != (size_t) -1);
	CHECK(dates(s, strlen(s), true, INT32_MAX) != (size_t) -1);
	CHECK(dates(s, strlen(s), true, INT32_MIN) != (size_t) -1);
}

void
test_dates(void)
{
	test_calendar();
	if (!unit_env.lex)
	{
		fprintf(stderr, "test_dates: grammar skipped (no dictionary, so no word lists)\n");
		return;
	}
	test_dev_page();
	test_anchor();
	test_hostile();
	test_lunar();
	test_issue13();
}
