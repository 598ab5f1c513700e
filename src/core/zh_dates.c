/*
 * zh_dates.c — dates and times in Chinese text, as calendar ranges.
 *
 * Design.  Finding a date and knowing which day it means are separate
 * problems, solved in two passes over the text.
 *
 * 1. The text is normalised exactly as zh_normalize does (PDF line breaks
 *    joined, full-width digits folded, spaces between Chinese characters
 *    dropped), and spaces left between a number and a Chinese character
 *    (5 月 24 日) are dropped too.  Every character keeps the index of the
 *    input character it came from, so offsets are reported into the caller's
 *    input however damaged it was.  The grammar (zh_dates_parse.c) then
 *    finds expressions and records each field as written: absolute, relative
 *    to the anchor (去年, 上周四), relative to the previous date in the text
 *    (同年, 当天, 次日), or absent.
 *
 * 2. Resolution walks the expressions in order.  A missing year is, in this
 *    order: the year of the range's first end (5月24日到26日); for a bare day
 *    (24日) the month and year of the previous dated row; the anchor's year
 *    (moved back one year when that would put the date more than 270 days
 *    after the anchor: a January paper's "12月28日" is last December); and
 *    with no anchor the year the text itself states most often (ties: the
 *    latest), which is how the dev page, printed without a date but saying
 *    2023年 four times, puts 5月24日 in 2023.  Without any of these the row
 *    is kept with no span: the surface is still worth reporting, a guessed
 *    date is not.  Relative expressions need the anchor for the same reason.
 *
 * Conventions (documented for users in the SQL reference):
 *   - spans are half-open day ranges [lo, hi); grain is the unit the text
 *     names: 6月初 is the first xun [06-01, 06-11), grain xun;
 *   - 上旬/月初 days 1-10, 中旬/月中 11-20, 下旬/月底/月末 21 to the end;
 *   - 年初 January-February, 年中 June-July, 年底/年末 November-December,
 *     all with grain month; seasons are meteorological (春 March-May, 夏
 *     June-August, 秋 September-November, 冬 December to February of the
 *     next year), grain quarter; 前三季度 January-September, grain quarter;
 *   - a range (7月5日至7日, 5月18日—6月初, 2022-2023年) is one row from
 *     the start of its first end to the end of its second, with the coarser
 *     of the two grains; an end before the start makes two rows instead;
 *   - a deadline (8月底前, 年底前) spans from the anchor, or without one from
 *     1 January of the deadline's year, to the end of the named date, and is
 *     approximate; 前后/左右 mark a date approximate without changing it;
 *   - vague words are approximate: 近日/日前/近来 the ten days before the
 *     anchor and the anchor day, 目前/当前 the anchor day, 近期 thirty days
 *     either side, 近年来 from 1 January five years back to the anchor;
 *   - a part of the day and a clock time attached to a date stay in that
 *     date's row (5月24日下午3点: grain day, afternoon, 15:00); standing
 *     alone (下午5点, 8点) they make a row of grain time with no span; a
 *     clock range (9点到11点) keeps its end clock in the same row;
 *   - holidays, solar terms and lunar dates without a year take the year of
 *     the previous dated row, else their next occurrence on or after the
 *     anchor (zh_dates_spans.c); offsets (三天后, 前两天, 近三个月) count
 *     from the anchor in calendar units (OFF_* in zh_dates_int.h); 次日 and
 *     当月 before any dated row count from the anchor too.
 */
#include "zh_dates.h"
#include "zh_array.h"
#include "zh_dates_int.h"
#include "zh_dates_lex.h"
#include "zh_dates_resolve.h"
#include "zh_calendar.h"
#include "zh_normalize.h"
#include "zh_chars.h"

#include <string.h>

/* A date without a year taken from the anchor may lie this far after it. */
#define FUTURE_SLACK_DAYS 270


static const char *const grain_names[] = {
	"time", "day", "week", "xun", "month", "quarter", "half", "year"
};

static const char *const pod_names[] = {
	NULL, "morning", "noon", "afternoon", "evening", "night"
};

/* WHY: the glue reports grains by name, as the SQL API documents them. */
const char *
zh_grain_name(int grain)
{
	if (grain < ZH_GRAIN_TIME || grain > ZH_GRAIN_YEAR)
		return NULL;
	return grain_names[grain];
}

/* WHY: the glue reports parts of the day by name, NULL for none. */
const char *
zh_pod_name(int pod)
{
	if (pod <= ZH_POD_NONE || pod > ZH_POD_NIGHT)
		return NULL;
	return pod_names[pod];
}


/* WHY: the grain a spec names, also when it cannot be resolved to a span. */
static int
spec_grain(const ZhDateSpec *s)
{
	int			g;
	int64_t		lo,
				hi;

	if (s->off_unit)
		return dates_unit_grain(s->off_unit);
	if (s->dmode || s->weekday || s->holiday || s->lunar_m || s->in_weekday ||
		s->in_month == IM_FIRST_DAYS || s->in_month == IM_LAST_DAYS)
		return ZH_GRAIN_DAY;
	if (s->in_month)
		return ZH_GRAIN_WEEK;
	if (s->century || s->century_rel)
		return ZH_GRAIN_YEAR;
	if (s->week)
		return ZH_GRAIN_WEEK;
	if (s->mpart)
		return ZH_GRAIN_XUN;
	if (s->mmode)
		return ZH_GRAIN_MONTH;
	if (s->ypart)
	{
		dates_year_part_span(2000, s->ypart, &lo, &hi, &g);
		return g;
	}
	if (s->ymode)
		return ZH_GRAIN_YEAR;
	return ZH_GRAIN_TIME;
}

/*
 * WHY: one end of an expression as a span.  `from` is the range's first end
 * when resolving the second (its year and month are inherited), else NULL.
 * `year_bump` adds to an inherited year (12月28日至1月3日).
 */
static void
resolve_spec(const Ctx *c, const ZhDateSpec *s, const Res *from, int year_bump, Res *r)
{
	bool		y_known = false,
				m_known = false;
	bool		y_from_anchor = false;
	int64_t		y = 0;
	int64_t		m = 0;

	memset(r, 0, sizeof(*r));
	r->grain = spec_grain(s);
	if (!zh_spec_has_date(s))
		return;					/* a time of day alone has no span */
	if (s->vague)
	{
		dates_resolve_vague(c, s, r);
		return;
	}
	if (s->off_unit)
	{
		dates_resolve_offset(c, s, r);
		return;
	}
	if (s->holiday || s->lunar_m)
	{
		dates_resolve_recurring(c, s, r);
		return;
	}
	if (s->century || s->century_rel)
	{
		int64_t		century = s->century,
					from;

		if (s->century_rel)
		{
			int64_t		base = c->anchor_ok ? c->ay : c->stated_year;

			if (!base)
				return;
			century = (base - 1) / 100 + 1 + s->century_off;
		}
		/* the n-th century is years 100(n-1)+1 … 100n; its decades start at 100(n-1) */
		from = (century - 1) * 100 + (s->decade ? (s->decade - 1) * 10 : 1);
		r->lo = zh_days_from_ymd(from, 1, 1);
		r->hi = zh_days_from_ymd(from + (s->decade ? 10 : 100), 1, 1);
		r->ok = dates_span_reportable(r->lo, r->hi);
		return;
	}
	if (s->week)
	{
		int64_t		monday;

		if (!c->anchor_ok)
			return;
		monday = c->anchor - (zh_iso_weekday(c->anchor) - 1) + 7 * (int64_t) s->week_off;
		if (s->weekday)
			dates_res_set_day(r, monday + s->weekday - 1, monday + s->weekday, ZH_GRAIN_DAY, true);
		else
			dates_res_set_day(r, monday, monday + 7, ZH_GRAIN_WEEK, false);
		return;
	}
	if (s->dmode == FM_REL || s->dmode == FM_CTX)
	{
		int64_t		base;

		/* 次日, 当天 before any dated row count from the anchor */
		bool		from_text = s->dmode == FM_CTX && c->has_day;

		if (!from_text && !c->anchor_ok)
			return;
		base = (from_text ? c->day : c->anchor) + s->d;
		dates_res_set_day(r, base, base + 1, ZH_GRAIN_DAY, true);
		return;
	}

	/* the year */
	if (s->ymode == FM_ABS)
	{
		y = s->y, y_known = true;
		r->y_from_text = true;
	}
	else if (s->ymode == FM_REL)
	{
		if (c->anchor_ok)
			y = c->ay + s->y, y_known = true;
	}
	else if (s->ymode == FM_CTX)
	{
		if (c->has_year)
			y = c->year + s->y, y_known = true;
		else if (c->anchor_ok)
			y = c->ay + s->y, y_known = true;
	}

	/* the month (a relative month also fixes the year) */
	if (s->mmode == FM_ABS)
		m = s->m, m_known = true;
	else if (s->mmode == FM_REL || s->mmode == FM_CTX)
	{
		int64_t		months;

		bool		from_text = s->mmode == FM_CTX && c->has_month;

		if (!from_text && !c->anchor_ok)
			return;
		months = (from_text ? c->my * 12 + c->mm - 1 : c->ay * 12 + c->am - 1) + s->m;
		y = months >= 0 ? months / 12 : -((11 - months) / 12);
		m = months - y * 12 + 1;
		y_known = m_known = true;
	}
	else if (s->dmode == FM_ABS || s->mpart)
	{
		/* a bare day or 月底: the month comes from elsewhere */
		if (from && from->m_known)
			y = from->y, m = from->m, y_known = m_known = from->y_known;
		else if (c->has_month)
			y = c->my, m = c->mm, y_known = m_known = true;
		else if (c->anchor_ok)
		{
			y = c->ay, m = c->am, y_known = m_known = true;
			y_from_anchor = true;
		}
		else
			return;				/* no span; grain stays */
	}

	if (!y_known && s->ymode == FM_NONE)
	{
		if (from && from->y_known)
			y = from->y + year_bump, y_known = true;
		else if (c->anchor_ok)
			y = c->ay, y_known = true, y_from_anchor = true;
		else if (c->stated_year)
			y = c->stated_year, y_known = true;
	}
	if (!y_known)
	{
		if (s->dmode == FM_ABS && m_known && s->d > zh_month_days(2000, (int) m))
			r->drop = true;		/* 2月30日 in no year at all */
		return;
	}
	if (!zh_year_reportable(y))
		return;

	for (int attempt = 0; attempt < 2; attempt++)
	{
		int64_t		lo,
					hi;

		if (s->dmode == FM_ABS)
		{
			if (s->d > zh_month_days(y, (int) m))
			{
				r->drop = true;
				return;
			}
			lo = zh_days_from_ymd(y, (int) m, s->d);
			hi = lo + 1;
		}
		else if (s->mpart)
		{
			int64_t		first = zh_days_from_ymd(y, (int) m, 1);

			lo = first + 10 * (s->mpart - MP_XUN1);
			hi = s->mpart == MP_XUN3 ? first + zh_month_days(y, (int) m) : lo + 10;
		}
		else if (m_known)
		{
			lo = zh_days_from_ymd(y, (int) m, 1);
			hi = zh_month_start(y, m + 1);
			if (s->in_month && !dates_month_part_span(s, &lo, &hi))
			{
				r->drop = true;	/* 第五个星期一 of a month with four */
				return;
			}
		}
		else if (s->ypart)
			dates_year_part_span(y, s->ypart, &lo, &hi, &r->grain);
		else
		{
			lo = zh_days_from_ymd(y, 1, 1);
			hi = zh_days_from_ymd(y + 1, 1, 1);
		}
		if (attempt == 0 && y_from_anchor && m_known && s->ymode == FM_NONE &&
			lo > c->anchor + FUTURE_SLACK_DAYS && zh_year_reportable(y - 1))
		{
			y--;				/* a January paper's 12月28日 */
			continue;
		}
		r->lo = lo;
		r->hi = hi;
		r->ok = dates_span_reportable(lo, hi);
		break;
	}
	if (!r->ok)
		return;
	r->y_known = true;
	r->y = y;
	if (m_known)
	{
		r->m_known = true;
		r->m = (int) m;
	}
	if (s->dmode == FM_ABS)
	{
		r->day_known = true;
		r->day = r->lo;
	}
}

/* WHY: the next rows resolve bare days and 同年 against this one. */
static void
ctx_update(Ctx *c, const Res *r)
{
	if (!r->ok)
		return;
	if (r->y_known)
	{
		c->has_year = true;
		c->year = r->y;
	}
	if (r->m_known)
	{
		c->has_month = true;
		c->my = r->y;
		c->mm = r->m;
	}
	if (r->day_known)
	{
		c->has_day = true;
		c->day = r->day;
	}
}

/*
 * WHY: without an anchor, dates without a year take the year the text
 * states most often (ties: the latest).  Counting uses a table only when a
 * year is stated at all.
 */
static ZhStatus
stated_year(const ZhEnv *env, const ZhDateExpr *e, size_t n, int64_t *out)
{
	uint32_t   *count = NULL;
	uint32_t	best = 0;

	*out = 0;
	for (size_t i = 0; i < n; i++)
	{
		const ZhDateSpec *sp[2] = {&e[i].a, e[i].range ? &e[i].b : NULL};

		for (int k = 0; k < 2; k++)
		{
			const ZhDateSpec *s = sp[k];

			if (!s || !s->y_stated || !zh_year_reportable(s->y))
				continue;
			if (!count)
			{
				count = zh_alloc(env, (ZH_YEAR_MAX + 1) * sizeof(uint32_t));
				if (!count)
					return ZH_ERR_NOMEM;
				memset(count, 0, (ZH_YEAR_MAX + 1) * sizeof(uint32_t));
			}
			count[s->y]++;
			if (count[s->y] > best || (count[s->y] == best && s->y > *out))
			{
				best = count[s->y];
				*out = s->y;
			}
		}
	}
	zh_free(env, count);
	return ZH_OK;
}

/*
 * WHY: the characters the grammar reads: normal-form text without the
 * spaces PDF extraction leaves between numbers and Chinese (5 月 24 日).
 */
static ZhStatus
date_text(const ZhEnv *env, const ZhNormalized *norm, ZhText *out)
{
	ZhStatus	st;
	const ZhText *t = &norm->text;

	memset(out, 0, sizeof(*out));
	if ((st = zh_text_init(env, out, t->len + 1)) != ZH_OK)
		return st;
	out->src_len = t->src_len;
	for (size_t i = 0; i < t->len; i++)
	{
		zh_maybe_check(env, i);
		if (zh_is_space(t->cp[i]))
		{
			size_t		j = i;
			uint32_t	before = out->len ? out->cp[out->len - 1] : 0;
			uint32_t	after;

			while (j < t->len && zh_is_space(t->cp[j]))
				j++;
			after = j < t->len ? t->cp[j] : 0;
			if (zh_is_cjk_context(before) || zh_is_cjk_context(after))
			{
				i = j - 1;		/* drop the run */
				continue;
			}
		}
		zh_text_put(out, t->cp[i], t->src[i]);
	}
	return ZH_OK;
}

/* WHY: a row's offsets cover every input character its surface came from. */
static void
src_range(const ZhText *t, size_t start, size_t end, uint32_t *lo, uint32_t *hi)
{
	uint32_t	a = t->src[start],
				b = t->src[start] + 1;

	for (size_t k = start; k < end; k++)
	{
		if (t->src[k] < a)
			a = t->src[k];
		if (t->src[k] + 1 > b)
			b = t->src[k] + 1;
	}
	*lo = a;
	*hi = b;
}

/* WHY: a deadline runs from the anchor (or its year's start) to the date. */
static void
apply_deadline(const Ctx *c, Res *r)
{
	int64_t		y;
	int			m,
				d;

	if (!r->ok)
		return;
	zh_ymd_from_days(r->hi - 1, &y, &m, &d);
	if (c->anchor_ok && c->anchor < r->hi)
		r->lo = c->anchor;
	else
		r->lo = zh_days_from_ymd(y, 1, 1);
	r->ok = dates_span_reportable(r->lo, r->hi);
}

/*
 * Where the paragraph holding position p ends (its '\n', or the text's
 * end).  Remembered, so that the dates of one paragraph scan it once.
 */
static size_t
paragraph_end(Ctx *c, const ZhText *t, size_t p)
{
	size_t		q = p;

	if (c->para_known && p >= c->para_from && p <= c->para_end)
		return c->para_end;
	while (q < t->len && t->cp[q] != '\n')
		q++;
	c->para_from = p;
	c->para_end = q;
	c->para_known = true;
	return q;
}

/* WHY: the row for one expression (two for a range whose ends disagree). */
static ZhStatus
emit(const ZhEnv *env, Ctx *c, const ZhText *t, const ZhDateExpr *e,
	 ZhDate **out, size_t *len, size_t *cap)
{
	Res			a,
				b;
	ZhDate	   *row;
	size_t		sz;
	ZhStatus	st;
	const ZhDateSpec *s = &e->a;
	bool		saved_month;

	/*
	 * A bare day (21日) takes the month the text stated last, but with an
	 * anchor only within the same paragraph: a dateline's 21日上午 is the
	 * publication's month, not that of a date in the headline above it
	 * (…第五次会议8月28日至9月1日举行).
	 */
	saved_month = c->has_month;
	if (c->anchor_ok && c->has_month && e->start > paragraph_end(c, t, c->month_at))
		c->has_month = false;
	resolve_spec(c, &e->a, NULL, 0, &a);
	c->has_month = saved_month;
	if (a.drop)
		return ZH_OK;
	if (e->range)
	{
		resolve_spec(c, &e->b, &a, 0, &b);
		if (b.ok && a.ok && b.lo < a.lo && e->b.ymode == FM_NONE && a.y_known)
			resolve_spec(c, &e->b, &a, 1, &b);
		if (b.drop)
			return ZH_OK;
		if (a.ok && b.ok && b.hi > a.lo)
		{
			a.hi = b.hi;
			a.y_known = b.y_known, a.y = b.y;
			a.m_known = b.m_known, a.m = b.m;
			a.day_known = b.day_known, a.day = b.day;
		}
		else
			a.ok = false;		/* an end unresolved or before the start */
		if (b.grain > a.grain)
			a.grain = b.grain;
	}
	if (e->deadline)
		apply_deadline(c, &a);
	if (a.ok && a.m_known)
		c->month_at = e->start;
	ctx_update(c, &a);

	if ((st = zh_grow(env, out, cap, *len + 1, sizeof(ZhDate))) != ZH_OK)
		return st;
	row = &(*out)[*len];
	memset(row, 0, sizeof(*row));
	src_range(t, e->start, e->end, &row->src_start, &row->src_end);
	if ((st = zh_text_to_utf8(env, t, e->start, e->end, &row->surface, &sz)) != ZH_OK)
		return st;
	(*len)++;
	row->has_span = a.ok;
	if (a.ok)
	{
		row->lo = (int32_t) a.lo;
		row->hi = (int32_t) a.hi;
	}
	row->grain = zh_spec_has_date(s) ? a.grain : ZH_GRAIN_TIME;
	row->part_of_day = s->pod;
	row->has_clock = s->has_clock;
	row->clock_sec = s->clock;
	row->has_end_clock = s->has_end_clock;
	row->end_clock_sec = s->end_clock;
	row->approximate = s->approx || s->vague || e->approx || e->deadline ||
		(e->range && e->b.approx);
	return ZH_OK;
}

/* WHY: the entry point; see the design notes at the top of the file. */
ZhStatus
zh_dates(const ZhEnv *env, const char *s, size_t n, bool has_anchor, int32_t anchor_day,
		 ZhDate **out, size_t *nout)
{
	ZhNormalized norm;
	ZhStatus	st;

	*out = NULL;
	*nout = 0;
	if (n > ZH_MAX_INPUT_BYTES)
		return ZH_ERR_TOO_LARGE;
	if ((st = zh_normalize_text(env, s, n, &norm)) != ZH_OK)
		return st;
	st = zh_dates_normalized(env, &norm, has_anchor, anchor_day, out, nout);
	zh_normalized_free(env, &norm);
	return st;
}

/*
 * The same on a normal form already made (zh_normalize_text of the text):
 * the documents pipeline normalises each document once for every analysis.
 */
ZhStatus
zh_dates_normalized(const ZhEnv *env, const ZhNormalized *norm, bool has_anchor, int32_t anchor_day,
					ZhDate **out, size_t *nout)
{
	ZhText		t;
	ZhDateExpr *ex = NULL;
	size_t		nex = 0,
				len = 0,
				cap = 0;
	ZhStatus	st,
				resolve_st = ZH_OK;
	Ctx			c;
	ZhLunar		lunar = {NULL};

	*out = NULL;
	*nout = 0;
	if ((st = date_text(env, norm, &t)) != ZH_OK)
		return st;
	st = zh_dates_parse(env, t.cp, t.len, &ex, &nex);
	memset(&c, 0, sizeof(c));
	c.lunar = &lunar;
	c.status = &resolve_st;
	if (st == ZH_OK && has_anchor)
	{
		c.anchor = anchor_day;
		zh_ymd_from_days(c.anchor, &c.ay, &c.am, &c.ad);
		c.anchor_ok = zh_year_reportable(c.ay);
	}
	if (st == ZH_OK)
		st = stated_year(env, ex, nex, &c.stated_year);
	for (size_t i = 0; st == ZH_OK && i < nex; i++)
	{
		zh_maybe_check(env, i);
		st = emit(env, &c, &t, &ex[i], out, &len, &cap);
		if (st == ZH_OK)
			st = resolve_st;
	}
	zh_lunar_close(&lunar);
	zh_free(env, ex);
	zh_text_free(env, &t);
	if (st != ZH_OK)
	{
		zh_dates_free(env, *out, len);
		*out = NULL;
		return st;
	}
	*nout = len;
	return ZH_OK;
}

/* WHY: outside PostgreSQL nothing frees memory contexts for us. */
void
zh_dates_free(const ZhEnv *env, ZhDate *d, size_t n)
{
	if (!d)
		return;
	for (size_t i = 0; i < n; i++)
		zh_free(env, d[i].surface);
	zh_free(env, d);
}
