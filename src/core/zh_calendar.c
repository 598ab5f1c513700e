/*
 * zh_calendar.c — proleptic Gregorian arithmetic on day numbers.
 *
 * The conversion is the usual era arithmetic: shift the year to begin in
 * March, so that the leap day is the last day of the shifted year, and count
 * 400-year eras of 146097 days.  Floor division keeps it right for years
 * before 1 and for negative day numbers, which callers can reach by adding
 * offsets to an extreme anchor; they are computed correctly and then
 * rejected as unreportable, never wrapped.
 */
#include "zh_calendar.h"

/* Days from 0000-03-01 to 2000-01-01 in the shifted calendar. */
#define EPOCH_SHIFT INT64_C(730425)

/* Floor division: C's division truncates towards zero. */
static int64_t
floor_div(int64_t a, int64_t b)
{
	int64_t		q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

/* WHY: the Gregorian rule is needed for month lengths and for validation. */
bool
zh_is_leap(int64_t y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* WHY: month lengths bound the last day of a month and of its third xun. */
int
zh_month_days(int64_t y, int m)
{
	static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && zh_is_leap(y))
		return 29;
	return len[m - 1];
}

/* WHY: impossible dates (2月30日, 13月) must give no span, never a wrong one. */
bool
zh_ymd_valid(int64_t y, int m, int d)
{
	return zh_year_reportable(y) && d >= 1 && d <= zh_month_days(y, m);
}

/* WHY: every span is built from day numbers, and they start here. */
int64_t
zh_days_from_ymd(int64_t y, int m, int d)
{
	int64_t		era,
				yoe,
				doy,
				doe;
	int64_t		mp;

	if (m <= 2)
		y--;
	era = floor_div(y, 400);
	yoe = y - era * 400;
	mp = (m + 9) % 12;			/* March is 0 */
	doy = (153 * mp + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - EPOCH_SHIFT;
}

/* WHY: relative expressions start from the anchor's year, month and day. */
void
zh_ymd_from_days(int64_t days, int64_t *y, int *m, int *d)
{
	int64_t		z = days + EPOCH_SHIFT;
	int64_t		era = floor_div(z, 146097);
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;
	int			mm = (int) (mp < 10 ? mp + 3 : mp - 9);

	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = mm;
	*y = yoe + era * 400 + (mm <= 2 ? 1 : 0);
}

/* WHY: 周三, 上周四 and 本周 are resolved within the anchor's ISO week. */
int
zh_iso_weekday(int64_t days)
{
	/* 2000-01-01 was a Saturday (6) */
	int64_t		r = (days + 5) % 7;

	if (r < 0)
		r += 7;
	return (int) r + 1;
}

/* WHY: 上个月 and seasons crossing a year end need months that carry. */
int64_t
zh_month_start(int64_t y, int64_t m)
{
	int64_t		m0 = m - 1;
	int64_t		carry = floor_div(m0, 12);

	return zh_days_from_ymd(y + carry, (int) (m0 - carry * 12) + 1, 1);
}
