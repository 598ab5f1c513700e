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

/* WHY: 2023-05-24, 2023.5.24, 2023/5/24 are dates whatever surrounds them. */
bool
dates_parse_numeric(DateReader *r)
{
	const DateText *txt = r->text;
	ZhDateNum	y,
				m,
				d;
	size_t		k = r->k;
	uint32_t	sep;

	if (!zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &y) || y.chinese || y.len != 4 ||
		y.value < 1)
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
		return false;
	k++;
	if (!zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &d) || d.chinese || d.len > 2 ||
		d.value < 1 || d.value > 31)
		return false;
	k += d.len;
	if (at(txt, k) == sep && is_digit(at(txt, k + 1)))
		return false;			/* 2023.5.24.1: a version number */
	r->s->ymode = FM_ABS;
	r->s->y = (int32_t) y.value;
	r->s->y_stated = true;
	r->s->mmode = FM_ABS;
	r->s->m = (int32_t) m.value;
	r->s->dmode = FM_ABS;
	r->s->d = (int32_t) d.value;
	r->k = k;
	return true;
}
