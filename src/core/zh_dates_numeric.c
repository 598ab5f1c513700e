/*
 * zh_dates_numeric.c — dates written as numbers alone (2023-05-24,
 * 2023.5.24, 2023/5/24) and bare numbers that borrow the unit of a range's
 * second end (2022-2023年, 1-5月).
 */
#include "zh_dates_lex.h"

#include <string.h>

/*
 * WHY: 2022-2023年, 1-5月, 24-26日: the first number of a range takes its
 * unit from the second.  True if a connector, a number of the same script
 * and length bounds, and one of `units` follow position k.  An enumeration
 * of two consecutive values (3、4月份) is taken as their range too.
 */
bool
dates_borrows_unit(const DateText *txt, size_t k, bool chinese, size_t minlen, size_t maxlen,
			 const char *units, int64_t value)
{
	size_t		cl = dates_connector(txt, k);
	bool		listed = false;
	ZhDateNum	b;

	if (!cl && at(txt, k) == 0x3001)
	{
		cl = 1;					/* 、 */
		listed = true;
	}
	if (!cl)
		return false;
	if (!zh_datenum_read(txt->cp, txt->n, k + cl, NUM_LOOK, &b) || b.chinese != chinese ||
		b.len < minlen || b.len > maxlen || b.value < 0)
		return false;
	if (listed && b.value != value + 1)
		return false;
	return dates_in_set(at(txt, k + cl + b.len), units);
}

/* Words before an eight-digit run that make it a date (于20211015发布). */
static const char *const compact_date_prefix[] = {
	"日期：", "日期:", "日期", "时间：", "时间:", "时间", "截至", "截止", "于", "自", "在", NULL
};

/* WHY: the fields of a numeric date, once its form is recognised. */
static void
set_ymd(ZhDateSpec *s, int64_t y, int64_t m, int64_t d)
{
	if (y)
	{
		s->ymode = FM_ABS;
		s->y = (int32_t) y;
		s->y_stated = true;
	}
	s->mmode = FM_ABS;
	s->m = (int32_t) m;
	if (d)
	{
		s->dmode = FM_ABS;
		s->d = (int32_t) d;
	}
}

/*
 * WHY: 20211015 is a date only where the words before it say so (发布日期
 * 20211015, 于20211015); elsewhere eight digits are a number or a code.
 */
static bool
parse_compact(DateReader *r, const ZhDateNum *num)
{
	const DateText *txt = r->text;
	int64_t		v = num->value,
				y = v / 10000,
				m = v / 100 % 100,
				d = v % 100;

	if (num->len != 8 || y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31 ||
		!dates_has_prefix(txt, r->k, compact_date_prefix))
		return false;
	set_ymd(r->s, y, m, d);
	r->k += 8;
	return true;
}

/*
 * WHY: 7·21, 4·18: Chinese names events by their month and day joined by a
 * middle dot (7·21特大暴雨); the year comes from the anchor or the text.
 */
static bool
parse_dotted_day(DateReader *r, const ZhDateNum *m)
{
	const DateText *txt = r->text;
	size_t		k = r->k + m->len;
	uint32_t	dot = at(txt, k);
	ZhDateNum	d;

	if (m->len > 2 || m->value < 1 || m->value > 12 || dates_ends_with(txt, r->k, "比") ||
		dates_ends_with(txt, r->k, "比分") ||
		(dot != 0x00B7 && dot != 0x2022 && dot != 0x30FB && dot != 0x2027))
		return false;
	if (!zh_datenum_read(txt->cp, txt->n, k + 1, NUM_LOOK, &d) || d.chinese || d.len > 2 ||
		d.value < 1 || d.value > 31 || is_digit(at(txt, k + 1 + d.len)) ||
		at(txt, k + 1 + d.len) == dot)
		return false;
	set_ymd(r->s, 0, m->value, d.value);
	r->k = k + 1 + d.len;
	return true;
}

/*
 * WHY: 2023-05-24, 2023.5.24, 2023/5/24 are dates whatever surrounds them;
 * 2015.03 and 2015-03 (a year and a zero-padded month) are months unless an
 * amount's unit follows (2015.03万元).
 */
bool
dates_parse_numeric(DateReader *r)
{
	const DateText *txt = r->text;
	ZhDateNum	y,
				m,
				d;
	size_t		k = r->k;
	uint32_t	sep;

	if (!zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &y) || y.chinese)
		return false;
	if (parse_compact(r, &y) || parse_dotted_day(r, &y))
		return true;
	if (y.len != 4 || y.value < 1)
		return false;
	k += 4;
	sep = at(txt, k);
	if (sep != '-' && sep != '.' && sep != '/')
		return false;
	k++;
	if (!zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &m) || m.chinese || m.len > 2 ||
		m.value < 1 || m.value > 12)
		return false;
	k += m.len;
	if (at(txt, k) != sep)
	{
		uint32_t	nx = at(txt, k);

		if (m.len != 2 || y.value < 1900 || y.value > 2099 || is_digit(nx) || nx == '.' ||
			nx == '%' || dates_in_set(nx, "万亿元千百％倍米克吨个人次"))
			return false;
		set_ymd(r->s, y.value, m.value, 0);
		r->k = k;
		return true;
	}
	k++;
	if (!zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &d) || d.chinese || d.len > 2 ||
		d.value < 1 || d.value > 31)
		return false;
	k += d.len;
	if (at(txt, k) == sep && is_digit(at(txt, k + 1)))
		return false;			/* 2023.5.24.1: a version number */
	set_ymd(r->s, y.value, m.value, d.value);
	r->k = k;
	return true;
}
