/*
 * zh_dates_spans.c — the calendar span of each kind of expression once its
 * year and month are known or the anchor is: vague words (近日), parts of a
 * year (上半年) and of a month (第3周), offsets (三天后), and days that
 * recur every year (holidays, solar terms, lunar dates).  zh_dates.c decides
 * which applies and where the year comes from.
 */
#include "zh_dates_resolve.h"
#include "zh_dates_lex.h"
#include "zh_calendar.h"

#include <string.h>

/* WHY: a span is reportable only if both ends lie in years 1..9999. */
bool
dates_span_reportable(int64_t lo, int64_t hi)
{
	return lo < hi && lo >= zh_days_from_ymd(ZH_YEAR_MIN, 1, 1) &&
		hi <= zh_days_from_ymd(ZH_YEAR_MAX + 1, 1, 1);
}

/* WHY: rows made from week and relative-day expressions feed the context. */
void
dates_res_set_day(Res *r, int64_t lo, int64_t hi, int grain, bool is_day)
{
	int64_t		y;
	int			m,
				d;

	r->lo = lo;
	r->hi = hi;
	r->grain = grain;
	r->ok = dates_span_reportable(lo, hi);
	if (!r->ok)
		return;
	zh_ymd_from_days(lo, &y, &m, &d);
	r->y_known = true;
	r->y = y;
	if (is_day)
	{
		r->m_known = true;
		r->m = m;
		r->day_known = true;
		r->day = lo;
	}
}

/* WHY: 近日, 目前, 近年来 are spans around the anchor, never exact. */
void
dates_resolve_vague(const Ctx *c, const ZhDateSpec *s, Res *r)
{
	switch (s->vague)
	{
		case VG_RECENT_DAYS:
			r->grain = ZH_GRAIN_DAY;
			if (c->anchor_ok)
				dates_res_set_day(r, c->anchor - 10, c->anchor + 1, ZH_GRAIN_DAY, false);
			break;
		case VG_NOW:
			r->grain = ZH_GRAIN_DAY;
			if (c->anchor_ok)
				dates_res_set_day(r, c->anchor, c->anchor + 1, ZH_GRAIN_DAY, false);
			break;
		case VG_NEAR:
			r->grain = ZH_GRAIN_MONTH;
			if (c->anchor_ok)
				dates_res_set_day(r, c->anchor - 30, c->anchor + 31, ZH_GRAIN_MONTH, false);
			break;
		default:
			r->grain = ZH_GRAIN_YEAR;
			if (c->anchor_ok)
				dates_res_set_day(r, zh_days_from_ymd(c->ay - 5, 1, 1), c->anchor + 1,
							ZH_GRAIN_YEAR, false);
			break;
	}
	/* vague rows say nothing the next bare day could inherit */
	r->y_known = r->m_known = r->day_known = false;
}

/* WHY: 上半年, 三季度, 年底, 冬季 as spans of a known year. */
void
dates_year_part_span(int64_t y, int part, int64_t *lo, int64_t *hi, int *grain)
{
	int64_t		from,
				to;				/* months, 1-based, `to` exclusive, may pass 12 */

	switch (part)
	{
		case YP_H1:
			from = 1, to = 7, *grain = ZH_GRAIN_HALF;
			break;
		case YP_H2:
			from = 7, to = 13, *grain = ZH_GRAIN_HALF;
			break;
		case YP_Q1:
		case YP_Q2:
		case YP_Q3:
		case YP_Q4:
			from = 1 + 3 * (part - YP_Q1), to = from + 3, *grain = ZH_GRAIN_QUARTER;
			break;
		case YP_Q1_2:
			from = 1, to = 7, *grain = ZH_GRAIN_QUARTER;
			break;
		case YP_Q1_3:
			from = 1, to = 10, *grain = ZH_GRAIN_QUARTER;
			break;
		case YP_EARLY:
			from = 1, to = 3, *grain = ZH_GRAIN_MONTH;
			break;
		case YP_MID:
			from = 6, to = 8, *grain = ZH_GRAIN_MONTH;
			break;
		case YP_LATE:
			from = 11, to = 13, *grain = ZH_GRAIN_MONTH;
			break;
		case YP_SPRING:
			from = 3, to = 6, *grain = ZH_GRAIN_QUARTER;
			break;
		case YP_SUMMER:
			from = 6, to = 9, *grain = ZH_GRAIN_QUARTER;
			break;
		case YP_AUTUMN:
			from = 9, to = 12, *grain = ZH_GRAIN_QUARTER;
			break;
		default:				/* YP_WINTER */
			from = 12, to = 15, *grain = ZH_GRAIN_QUARTER;
			break;
	}
	*lo = zh_month_start(y, from);
	*hi = zh_month_start(y, to);
}

/*
 * WHY: 第一个星期一, 第3周, 前三天, 最后一周 within the month [*lo, *hi);
 * false when the month has no such part.
 */
bool
dates_month_part_span(const ZhDateSpec *s, int64_t *lo, int64_t *hi)
{
	int64_t		first = *lo,
				end = *hi;
	int			n = s->in_n;

	switch (s->in_month)
	{
		case IM_NTH_WEEKDAY:
			*lo = first + (s->in_weekday - zh_iso_weekday(first) + 7) % 7 + 7 * (n - 1);
			*hi = *lo + 1;
			break;
		case IM_LAST_WEEKDAY:
			*lo = end - 1 - (zh_iso_weekday(end - 1) - s->in_weekday + 7) % 7;
			*hi = *lo + 1;
			break;
		case IM_NTH_WEEK:
			*lo = first + 7 * (n - 1);
			*hi = *lo + 7;
			break;
		case IM_LAST_WEEK:
			*lo = end - 7;
			break;
		case IM_FIRST_DAYS:
			*hi = first + n;
			break;
		default:				/* IM_LAST_DAYS */
			*lo = end - n;
			break;
	}
	return *lo >= first && *hi <= end;
}

/* WHY: the grain of an offset is its unit. */
int
dates_unit_grain(int unit)
{
	switch (unit)
	{
		case OU_DAY:
			return ZH_GRAIN_DAY;
		case OU_WEEK:
			return ZH_GRAIN_WEEK;
		case OU_MONTH:
			return ZH_GRAIN_MONTH;
		default:
			return ZH_GRAIN_YEAR;
	}
}

/* WHY: calendar arithmetic in units; a month or year keeps its day, clamped. */
static int64_t
add_units(int64_t day, int unit, int64_t n)
{
	int64_t		y,
				months;
	int			m,
				d,
				last;

	if (unit == OU_DAY)
		return day + n;
	if (unit == OU_WEEK)
		return day + 7 * n;
	zh_ymd_from_days(day, &y, &m, &d);
	months = y * 12 + (m - 1) + (unit == OU_YEAR ? 12 * n : n);
	y = months >= 0 ? months / 12 : -((11 - months) / 12);
	m = (int) (months - y * 12) + 1;
	last = zh_month_days(y, m);
	return zh_days_from_ymd(y, m, d > last ? last : d);
}

/* WHY: the first day of the unit (day, Monday-first week, month, year) holding a day. */
static int64_t
unit_start(int64_t day, int unit)
{
	int64_t		y;
	int			m,
				d;

	if (unit == OU_DAY)
		return day;
	if (unit == OU_WEEK)
		return day - (zh_iso_weekday(day) - 1);
	zh_ymd_from_days(day, &y, &m, &d);
	return zh_days_from_ymd(y, unit == OU_YEAR ? 1 : m, 1);
}

/*
 * WHY: 三天后, 前两个月, 近三年: spans counted from the anchor (see OFF_* in
 * zh_dates_int.h).  An offset that leaves years 1..9999 gives no row.
 */
void
dates_resolve_offset(const Ctx *c, const ZhDateSpec *s, Res *r)
{
	int64_t		start,
				lo,
				hi,
				n = s->off_n;

	r->grain = dates_unit_grain(s->off_unit);
	if (!c->anchor_ok)
		return;
	start = unit_start(c->anchor, s->off_unit);
	switch (s->off_kind)
	{
		case OFF_POINT:
			lo = add_units(start, s->off_unit, n);
			hi = add_units(lo, s->off_unit, 1);
			break;
		case OFF_BEFORE:
			lo = add_units(start, s->off_unit, -n);
			hi = start;
			break;
		case OFF_AFTER:
			lo = add_units(start, s->off_unit, 1);
			hi = add_units(start, s->off_unit, n + 1);
			break;
		case OFF_UPTO:
			lo = add_units(c->anchor, s->off_unit, -n);
			hi = c->anchor + 1;
			break;
		default:				/* OFF_FROM */
			lo = c->anchor + 1;
			hi = add_units(c->anchor, s->off_unit, n) + 1;
			break;
	}
	if (!dates_span_reportable(lo, hi))
	{
		r->drop = true;
		return;
	}
	dates_res_set_day(r, lo, hi, r->grain, s->off_kind == OFF_POINT && s->off_unit == OU_DAY);
}

/*
 * WHY: holidays, solar terms and lunar dates recur every year.  A year
 * written with them fixes the occurrence; otherwise the year of the previous
 * dated row (3月15日……消费者权益日 is one day); otherwise the next occurrence
 * on or after the anchor (a holiday is named ahead of it more often than
 * after: 春节 on 12 February 2013, two days after it, is 31 January 2014, as
 * Duckling reads it); without an anchor the year the text states most often.
 */
void
dates_resolve_recurring(const Ctx *c, const ZhDateSpec *s, Res *r)
{
	int64_t		y = 0,
				day = 0;
	bool		ok = false;
	ZhStatus	st = ZH_OK;

	r->grain = ZH_GRAIN_DAY;
	if (s->ymode)
	{
		if (s->ymode == FM_ABS)
			y = s->y;
		else if (s->ymode == FM_REL && c->anchor_ok)
			y = c->ay + s->y;
		else if (s->ymode == FM_CTX && (c->has_year || c->anchor_ok))
			y = (c->has_year ? c->year : c->ay) + s->y;
		else
			return;
		st = dates_recurring_day(c->lunar, s, y, &day, &ok);
		if (st == ZH_OK && !ok)
			r->drop = !s->lunar_m || zh_year_reportable(y);	/* 闰三月 of a year without one */
	}
	else if (c->has_year)
		st = dates_recurring_day(c->lunar, s, c->year, &day, &ok);
	else if (c->anchor_ok)
	{
		for (int64_t yy = c->ay - 1; st == ZH_OK && yy <= c->ay + 1; yy++)
		{
			int64_t		d;
			bool		found;

			st = dates_recurring_day(c->lunar, s, yy, &d, &found);
			if (st == ZH_OK && found && d >= c->anchor && (!ok || d < day))
				day = d, ok = true;
		}
	}
	else if (c->stated_year)
		st = dates_recurring_day(c->lunar, s, c->stated_year, &day, &ok);
	if (st != ZH_OK)
	{
		*c->status = st;
		return;
	}
	if (ok)
		dates_res_set_day(r, day, day + 1, ZH_GRAIN_DAY, true);
}
