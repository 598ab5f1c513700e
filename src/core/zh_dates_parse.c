/*
 * zh_dates_parse.c — the grammar of Chinese date and time expressions.
 *
 * An expression is read left to right as a chain of optional parts, each
 * finer than the one before:
 *
 *   [year | relative year] [part of year | month [part of month] [day]]
 *   [weekday note] [part of day] [clock] [前 | 前后 | 左右]
 *
 * or one of the self-contained forms: 2023-05-24 and its dotted and slashed
 * spellings, relative days (昨天, 当天), weeks (上周四, 周三), vague words
 * (近日, 目前).  Two expressions joined by 至/到/—/- make a range; a bare
 * number before the connector borrows the unit after it (2022-2023年, 1-5月,
 * 24-26日).
 *
 * Numbers are the hard part: most numbers followed by 年/月/日 are not dates.
 * A year is four digits (1000-2999, or digit by digit: 二〇二三); one to
 * three digits before 年 are a duration (树龄长达23年, 5、6年).  A month or a
 * day standing alone is refused after words that make it a count (历时, 近,
 * 共, 第 …) and before words that do (内, 以上, 多, 余 …); 号 is refused in
 * 3号线 and in document numbers (〔2023〕2号).  Counts and ordinals without a
 * date unit (第68次, 452个, 二十大) never match at all.  Hours written in
 * Chinese (三点) are points of a speech unless a part of the day or a
 * minute, 钟, 半 or 整 makes them a clock time.
 *
 * Every part reads a bounded number of characters, so one attempt costs
 * O(1); the scanner attempts only at characters that can begin an
 * expression and, when an attempt at a number fails, skips the whole numeral
 * run, so the pass is linear in the length of the text.
 */
#include "zh_dates_lex.h"
#include "zh_array.h"

#include <string.h>

/*
 * Most expressions one text may hold (beyond it the text is not prose):
 * 2^25, where doubling from 16 once crossed the 50,000,000 written here.
 */
#define EXPR_MAX ((size_t) 1 << 25)

/*
 * WHY: one end of an expression, from position i; returns its end or 0.
 * A range's second end (as_end) takes no vague words.
 */
static size_t
parse_spec(const DateText *txt, size_t i, ZhDateSpec *s, bool as_end, bool *stopped)
{
	DateReader	r;
	bool		day_level = false;

	memset(s, 0, sizeof(*s));
	r.text = txt;
	r.k = i;
	r.s = s;
	r.stop = false;
	*stopped = false;
	if (is_digit(txt->cp[i]) && dates_glued_before(txt, i))
		return 0;
	if (!as_end && dates_parse_vague(&r))
		return r.k;
	if (!as_end && dates_parse_offset(&r))
		return r.k;
	if (dates_parse_numeric(&r))
	{
		day_level = s->dmode != 0;
		if (at(txt, r.k) == ' ' && is_digit(at(txt, r.k + 1)))
		{
			size_t		k0 = r.k;

			r.k++;				/* 2023-05-24 08:30 */
			if (dates_parse_clock(&r))
				return r.k;
			r.k = k0;
		}
	}
	else if (dates_parse_lunar(&r) || dates_parse_holiday(&r, false))
		day_level = true;
	else if (dates_parse_rel_day(&r) || dates_parse_week(&r))
		day_level = s->dmode || s->weekday;
	else if (dates_parse_century(&r))
		;						/* 19世纪, 上世纪90年代 */
	else
	{
		bool		have_year = dates_parse_year(&r);

		if (!r.stop && have_year && (dates_parse_lunar(&r) || dates_parse_holiday(&r, true)))
			day_level = true;	/* 2024年春节, 去年农历八月十五 */
		else if (!r.stop && !dates_parse_year_part(&r, have_year))
		{
			bool		have_month = dates_parse_month(&r, have_year);

			if (!r.stop && have_month && !s->mpart && dates_parse_in_month(&r))
				day_level = s->in_weekday != 0;	/* 十月第一个星期一 */
			else if (!r.stop && (have_month || !have_year) && !s->mpart && s->mmode != FM_REL &&
				dates_parse_day(&r, have_month))
				day_level = true;
			else if (!r.stop && s->mpart == MP_NONE && s->mmode == FM_REL &&
					 dates_parse_day(&r, true))
				day_level = true;	/* 本月5日 */
		}
	}
	if (r.stop)
	{
		*stopped = true;
		return r.k;
	}
	if (day_level && !s->pod)
		dates_skip_weekday_note(&r);
	if ((day_level || !zh_spec_has_date(s)) && !s->vague)
	{
		if (!s->pod)
			dates_parse_pod(&r, day_level);
		if (dates_parse_clock(&r))
			dates_adjust_clock(s);
	}
	if (r.k == i || (!zh_spec_has_date(s) && !s->pod && !s->has_clock))
		return 0;
	return r.k;
}

/* WHY: 前 after a date is a deadline unless it begins another word (前往). */
static size_t
deadline_suffix(const DateText *txt, size_t k)
{
	if (dates_lit(txt, k, "之前") || dates_lit(txt, k, "以前"))
		return 2;
	if (at(txt, k) == 0x524D &&
		!dates_in_set(at(txt, k + 1), "往进行来去线沿列提景茅卫端身锋台方夕后期述面头者"))
		return 1;
	return 0;
}

/*
 * WHY: a clock range (9点30分到11点, 下午2点至4点) is one row: the end clock
 * is kept beside the start, and takes the start's part of the day when it
 * names none (下午2点至4点 ends at 16:00).
 */
static bool
clock_range(const DateText *txt, ZhDateExpr *e)
{
	size_t		cl = dates_connector(txt, e->end);
	DateReader	r;
	ZhDateSpec	b;

	if (!cl)
		return false;
	memset(&b, 0, sizeof(b));
	r.text = txt;
	r.k = e->end + cl;
	r.s = &b;
	r.stop = false;
	dates_parse_pod(&r, false);
	if (!dates_parse_clock(&r))
		return false;
	if (!b.pod)
		b.pod = e->a.pod;
	dates_adjust_clock(&b);
	if (b.clock <= e->a.clock)
		return false;			/* 11点到9点: not one stretch of a day */
	e->a.has_end_clock = true;
	e->a.end_clock = b.clock;
	e->a.approx = e->a.approx || b.approx;
	e->end = r.k;
	return true;
}

/* WHY: one expression with its range end and suffixes, from position i. */
static bool
parse_expr(const DateText *txt, size_t i, ZhDateExpr *e)
{
	bool		stopped;
	size_t		end = parse_spec(txt, i, &e->a, false, &stopped);
	size_t		k;

	if (!end)
		return false;
	e->start = i;
	e->end = end;
	e->range = false;
	e->deadline = false;
	e->approx = false;
	memset(&e->b, 0, sizeof(e->b));
	if (e->a.vague || e->a.off_unit)
		return true;
	if (e->a.has_clock && clock_range(txt, e))
		return true;			/* 9点30分到11点, 5月24日9时至11时 */
	if (!zh_spec_has_date(&e->a))
	{
		if (e->a.has_clock && dates_lit(txt, end, "左右"))
		{
			e->approx = true;	/* 10点左右 */
			e->end = end + 2;
		}
		return true;
	}
	k = end;
	if ((dates_connector(txt, k) || (stopped && at(txt, k) == 0x3001)) && !e->a.has_clock)
	{
		size_t		cl = dates_connector(txt, k) ? dates_connector(txt, k) : 1;
		bool		stopped_b;
		size_t		bend = parse_spec(txt, k + cl, &e->b, true, &stopped_b);

		if (bend && !stopped_b && zh_spec_has_date(&e->b))
		{
			e->range = true;
			e->end = bend;
		}
		else if (at(txt, k) == 0x81F3 && at(txt, k + 1) == 0x4ECA &&
				 !dates_in_set(at(txt, k + 2), "年天日晚早后"))
		{
			/* 2020年至今 */
			memset(&e->b, 0, sizeof(e->b));
			e->b.dmode = FM_REL;
			e->range = true;
			e->end = k + 2;
		}
		else if (stopped)
			return false;		/* a bare number that found no end */
	}
	else if (stopped)
		return false;
	k = e->end;
	if (dates_lit(txt, k, "前后") || dates_lit(txt, k, "左右"))
	{
		e->approx = true;
		e->end = k + 2;
	}
	else if (!e->a.has_clock && !e->a.week && deadline_suffix(txt, k))
	{
		e->deadline = true;
		e->end = k + deadline_suffix(txt, k);
	}
	return true;
}

/* WHY: most characters cannot begin an expression: test them cheaply. */
static bool
can_start(uint32_t c)
{
	if (c < 0x80)
		return is_digit(c);
	switch (c)
	{
		case 0x4ECA:			/* 今 */
		case 0x6628:			/* 昨 */
		case 0x660E:			/* 明 */
		case 0x524D:			/* 前 */
		case 0x540E:			/* 后 */
		case 0x53BB:			/* 去 */
		case 0x672C:			/* 本 */
		case 0x4E0A:			/* 上 */
		case 0x4E0B:			/* 下 */
		case 0x8FD9:			/* 这 */
		case 0x5F53:			/* 当 */
		case 0x540C:			/* 同 */
		case 0x6B21:			/* 次 */
		case 0x7FCC:			/* 翌 */
		case 0x6765:			/* 来 */
		case 0x5468:			/* 周 */
		case 0x661F:			/* 星 */
		case 0x793C:			/* 礼 */
		case 0x8FD1:			/* 近 */
		case 0x65E5:			/* 日 */
		case 0x76EE:			/* 目 */
		case 0x4E0D:			/* 不 */
		case 0x5E74:			/* 年 */
		case 0x6708:			/* 月 */
		case 0x6625:			/* 春 */
		case 0x590F:			/* 夏 */
		case 0x79CB:			/* 秋 */
		case 0x51AC:			/* 冬 */
		case 0x4E2D:			/* 中 */
		case 0x665A:			/* 晚 */
		case 0x508D:			/* 傍 */
		case 0x51CC:			/* 凌 */
		case 0x6DF1:			/* 深 */
		case 0x591C:			/* 夜 */
		case 0x65E9:			/* 早 */
		case 0x6E05:			/* 清 */
		case 0x7B2C:			/* 第 */
		case 0x5348:			/* 午 */
		case 0x5927:			/* 大 */
		case 0x9634:			/* 阴 */
		case 0x95F0:			/* 闰 */
		case 0x8FC7:			/* 过 */
		case 0x6700:			/* 最 */
		case 0x672A:			/* 未 */
		case 0x63A5:			/* 接 */
		case 0x534A:			/* 半 */
			return true;
		default:
			return zh_is_cn_numeral_char(c) || dates_holiday_can_start(c);
	}
}

/* WHY: the scanner: every expression in text order, in one linear pass. */
ZhStatus
zh_dates_parse(const ZhEnv *env, const uint32_t *cp, size_t n,
			   ZhDateExpr **out, size_t *nout)
{
	DateText	txt;
	ZhDateExpr *arr = NULL;
	size_t		len = 0,
				cap = 0;
	size_t		i = 0;
	size_t		iter = 0;
	ZhStatus	st;

	txt.cp = cp;
	txt.n = n;
	txt.lex = env->lex;
	*out = NULL;
	*nout = 0;
	if (!env->lex)
		return ZH_ERR_INVALID;	/* no word lists: see zh_env.h */
	while (i < n)
	{
		ZhDateExpr	e;
		uint32_t	c = cp[i];

		zh_maybe_check(env, iter++);
		if (!can_start(c))
		{
			i++;
			continue;
		}
		if (parse_expr(&txt, i, &e))
		{
			if (i > 0 && cp[i - 1] == C_MEI)
			{
				i = e.end;		/* 每周一, 每年春季: recurring, not a date */
				continue;
			}
			if (len == EXPR_MAX)
			{
				zh_free(env, arr);
				return ZH_ERR_TOO_LARGE;
			}
			if ((st = zh_grow(env, &arr, &cap, len + 1, sizeof(ZhDateExpr))) != ZH_OK)
			{
				zh_free(env, arr);
				return st;
			}
			arr[len++] = e;
			i = e.end;
			continue;
		}
		/* step over the whole numeral run: no date starts inside one */
		if (is_digit(c))
			while (i < n && is_digit(cp[i]))
				zh_maybe_check(env, i++);
		else if (zh_is_cn_numeral_char(c))
			while (i < n && zh_is_cn_numeral_char(cp[i]))
				zh_maybe_check(env, i++);
		else
			i++;
	}
	*out = arr;
	*nout = len;
	return ZH_OK;
}
