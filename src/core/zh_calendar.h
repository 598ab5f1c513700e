/*
 * zh_calendar.h — proleptic Gregorian arithmetic on day numbers.
 *
 * Days are counted from 2000-01-01 (day 0), PostgreSQL's date epoch, so a
 * day number is a DateADT as it stands.  Arithmetic is done in 64 bits: the
 * caller may pass any int32 anchor and add offsets to it, and nothing here
 * overflows for inputs within ±2^40 days.  Years a date may be reported in
 * are 1..9999 (ZH_YEAR_MIN..ZH_YEAR_MAX); callers check with
 * zh_year_reportable before handing a day number out.
 */
#ifndef ZH_CALENDAR_H
#define ZH_CALENDAR_H

#include <stdbool.h>
#include <stdint.h>

#define ZH_YEAR_MIN 1
#define ZH_YEAR_MAX 9999

static inline bool
zh_year_reportable(int64_t y)
{
	return y >= ZH_YEAR_MIN && y <= ZH_YEAR_MAX;
}

bool		zh_is_leap(int64_t y);

/* Days in month m (1..12) of year y; 0 for a month out of range. */
int			zh_month_days(int64_t y, int m);

/* y-m-d names a real day of a reportable year. */
bool		zh_ymd_valid(int64_t y, int m, int d);

/* Day number of y-m-d (any y; m 1..12; d 1..31, not checked against m). */
int64_t		zh_days_from_ymd(int64_t y, int m, int d);

/* The y-m-d of a day number. */
void		zh_ymd_from_days(int64_t days, int64_t *y, int *m, int *d);

/* ISO weekday of a day number: 1 Monday … 7 Sunday. */
int			zh_iso_weekday(int64_t days);

/* First day of the month m (may be out of 1..12: it carries into y). */
int64_t		zh_month_start(int64_t y, int64_t m);

#endif
