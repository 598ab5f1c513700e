/*
 * zh_lunar.h — the Chinese lunisolar calendar and the 24 solar terms, as day
 * numbers (days since 2000-01-01, as in zh_calendar.h).
 *
 * Lunar dates are converted by ICU's Chinese calendar (already a dependency),
 * which follows the astronomical rules of the modern calendar; solar terms
 * are computed from the sun's apparent longitude, not looked up in a table
 * of years.  Both work for Gregorian years ZH_LUNAR_YEAR_MIN..MAX and refuse
 * others (the far past and future are not what Chinese text dates with the
 * lunar calendar, and ICU's astronomy slows down there).
 */
#ifndef ZH_LUNAR_H
#define ZH_LUNAR_H

#include <stdbool.h>
#include <stdint.h>

#include "zh_env.h"

#define ZH_LUNAR_YEAR_MIN 1000
#define ZH_LUNAR_YEAR_MAX 2999

/* An open ICU Chinese calendar; NULL until first needed. */
typedef struct ZhLunar
{
	void	   *cal;			/* UCalendar * */
} ZhLunar;

/*
 * Day number of lunar month m (1..12, leap: the 闰 month after m), day d
 * (1..30) of the lunar year that begins in Gregorian year gy.  ZH_OK and
 * *ok false when no such day exists (闰二月 of a year without one, 三十 of
 * a short month) or gy is out of range; ZH_ERR_ICU when ICU fails.
 */
ZhStatus	zh_lunar_to_days(ZhLunar *lu, int64_t gy, int m, bool leap, int d,
							 int64_t *days, bool *ok);

void		zh_lunar_close(ZhLunar *lu);

/*
 * Day (China time) of solar term `term` of Gregorian year gy: 0 小寒, 1 大寒,
 * 2 立春 … 6 清明 … 23 冬至, in calendar order.  False out of range.
 */
bool		zh_solar_term_day(int64_t gy, int term, int64_t *days);

#endif
