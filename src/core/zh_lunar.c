/*
 * zh_lunar.c — lunar dates through ICU's Chinese calendar; solar terms from
 * the sun's longitude.
 *
 * ICU numbers Chinese years continuously (UCAL_EXTENDED_YEAR): the lunar
 * year that begins in Gregorian year Y is extended year Y + 2637.  Setting
 * that year, the month (0-based), the leap flag and the day, then reading
 * UCAL_JULIAN_DAY converts; reading the fields back tells whether the date
 * existed (ICU silently rolls 三十 of a 29-day month into the next month).
 *
 * Solar terms are the days on which the sun's apparent ecliptic longitude
 * reaches a multiple of 15° (立春 315°, 清明 15°, 冬至 270°), in China time
 * (UTC+8).  The longitude is the low-precision solar theory (mean longitude,
 * equation of centre, nutation and aberration; about 0.01°, a quarter of an
 * hour), enough to name the day except when a term falls within minutes of
 * midnight.
 */
#include "zh_lunar.h"
#include "zh_calendar.h"

#include <math.h>
#include <unicode/ucal.h>

/* ICU's extended Chinese year of the lunar year beginning in Gregorian 0. */
#define CHINESE_YEAR_OFFSET 2637

/* Julian day number of 2000-01-01 (day 0 here). */
#define JDN_EPOCH 2451545

/* WHY: a calendar is opened only when a text has a lunar date. */
static ZhStatus
lunar_open(ZhLunar *lu)
{
	UErrorCode	err = U_ZERO_ERROR;
	static const UChar utc[] = {'U', 'T', 'C', 0};

	if (lu->cal)
		return ZH_OK;
	lu->cal = ucal_open(utc, -1, "zh@calendar=chinese", UCAL_DEFAULT, &err);
	if (U_FAILURE(err) || !lu->cal)
	{
		lu->cal = NULL;
		return ZH_ERR_ICU;
	}
	return ZH_OK;
}

/* WHY: the caller closes what lunar_open opened. */
void
zh_lunar_close(ZhLunar *lu)
{
	if (lu->cal)
		ucal_close((UCalendar *) lu->cal);
	lu->cal = NULL;
}

/* WHY: see the header; the read-back rejects dates ICU would roll over. */
ZhStatus
zh_lunar_to_days(ZhLunar *lu, int64_t gy, int m, bool leap, int d,
				 int64_t *days, bool *ok)
{
	UCalendar  *cal;
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		jd;
	ZhStatus	st;

	*ok = false;
	if (gy < ZH_LUNAR_YEAR_MIN || gy > ZH_LUNAR_YEAR_MAX || m < 1 || m > 12 || d < 1 || d > 30)
		return ZH_OK;
	if ((st = lunar_open(lu)) != ZH_OK)
		return st;
	cal = (UCalendar *) lu->cal;
	ucal_clear(cal);
	ucal_setAttribute(cal, UCAL_LENIENT, 1);
	ucal_set(cal, UCAL_EXTENDED_YEAR, (int32_t) gy + CHINESE_YEAR_OFFSET);
	ucal_set(cal, UCAL_MONTH, m - 1);
	ucal_set(cal, UCAL_IS_LEAP_MONTH, leap ? 1 : 0);
	ucal_set(cal, UCAL_DATE, d);
	jd = ucal_get(cal, UCAL_JULIAN_DAY, &err);
	if (U_FAILURE(err))
		return ZH_ERR_ICU;
	if (ucal_get(cal, UCAL_MONTH, &err) != m - 1 ||
		ucal_get(cal, UCAL_IS_LEAP_MONTH, &err) != (leap ? 1 : 0) ||
		ucal_get(cal, UCAL_DATE, &err) != d ||
		ucal_get(cal, UCAL_EXTENDED_YEAR, &err) != (int32_t) gy + CHINESE_YEAR_OFFSET)
		return U_FAILURE(err) ? ZH_ERR_ICU : ZH_OK;
	*days = (int64_t) jd - JDN_EPOCH;
	*ok = true;
	return ZH_OK;
}

/* WHY: angles are compared on the circle, in degrees. */
static double
norm_deg(double a)
{
	a = fmod(a, 360.0);
	return a < 0 ? a + 360.0 : a;
}

/* WHY: the sun's apparent longitude at Julian date jd (TT ≈ UT here). */
static double
sun_longitude(double jd)
{
	const double rad = M_PI / 180.0;
	double		t = (jd - 2451545.0) / 36525.0;
	double		l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
	double		m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * rad;
	double		c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) +
		(0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m);
	double		omega = (125.04 - 1934.136 * t) * rad;

	return norm_deg(l0 + c - 0.00569 - 0.00478 * sin(omega));
}

/* WHY: the longitude at the start of a day in China (00:00 UTC+8). */
static double
longitude_at_day(int64_t day)
{
	return sun_longitude((double) (day + JDN_EPOCH) - 0.5 - 8.0 / 24.0);
}

/* WHY: see the header; the term's day is the one during which it is reached. */
bool
zh_solar_term_day(int64_t gy, int term, int64_t *days)
{
	double		target;
	int64_t		guess;

	if (gy < ZH_LUNAR_YEAR_MIN || gy > ZH_LUNAR_YEAR_MAX || term < 0 || term > 23)
		return false;
	target = norm_deg(285.0 + 15.0 * term);
	/* 小寒 is near 6 January; terms follow every 15.2 days or so */
	guess = zh_days_from_ymd(gy, 1, 6) + (int64_t) (term * 15.2184);
	for (int64_t day = guess - 6; day <= guess + 6; day++)
	{
		double		a = norm_deg(longitude_at_day(day) - target + 180.0) - 180.0;
		double		b = norm_deg(longitude_at_day(day + 1) - target + 180.0) - 180.0;

		if (a < 0 && b >= 0)
		{
			*days = day;
			return true;
		}
	}
	return false;
}
