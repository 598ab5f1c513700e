/* Dates: calendar arithmetic, the dev page's gold, anchors, hostile input. */
#include "unit.h"
#include "zh_dates.h"
#include "zh_calendar.h"

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

void
test_dates(void)
{
	test_calendar();
	test_dev_page();
	test_anchor();
	test_hostile();
}
