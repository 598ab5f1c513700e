/*
 * zh_datenum.c — reading the numbers that dates are written with.
 *
 * Dates use two Chinese numeral styles: years digit by digit (二〇二三年,
 * 一九九八年, with 〇, ○ or 零 for zero) and months, days and hours
 * positionally (十二月, 二十四日, 十七时).  A run without 十/百/千 is read
 * digit by digit; a run with them positionally, with magnitudes strictly
 * decreasing (两千零二十三 = 2023, 十二 = 12, 二十 = 20).  Anything else
 * (万, 亿, two digits in a row beside a magnitude) has no value: such runs
 * are counts, not dates.
 */
#include "zh_datenum.h"

/* WHY: 二十四, 两千零二十三: the positional style, or -1 when malformed. */
static int64_t
positional_value(const uint32_t *cp, size_t from, size_t to)
{
	int64_t		total = 0;
	int			pending = -1;
	int			last_mag = 10000;

	for (size_t k = from; k < to; k++)
	{
		int			d = zh_cn_digit(cp[k]);
		int			mag;

		if (d == 0)
		{
			if (pending != -1)
				return -1;
			continue;			/* 零 between magnitudes */
		}
		if (d > 0)
		{
			if (pending != -1)
				return -1;
			pending = d;
			continue;
		}
		mag = zh_cn_magnitude(cp[k]);
		if (mag <= 0 || mag >= last_mag)
			return -1;
		if (pending == -1)
		{
			if (mag != 10 || total != 0)
				return -1;
			pending = 1;		/* 十二: a leading 十 is 一十 */
		}
		total += (int64_t) pending * mag;
		pending = -1;
		last_mag = mag;
	}
	if (pending != -1)
		total += pending;
	return total;
}

/* WHY: one entry point so the date scanner treats 24 and 二十四 alike. */
bool
zh_datenum_read(const uint32_t *cp, size_t n, size_t i, size_t limit, ZhDateNum *out)
{
	size_t		end = i;
	size_t		stop = (n - i > limit) ? i + limit : n;

	out->value = -1;
	out->len = 0;
	out->chinese = false;
	out->positional = false;
	if (i >= n)
		return false;
	if (cp[i] >= '0' && cp[i] <= '9')
	{
		int64_t		v = 0;

		while (end < stop && cp[end] >= '0' && cp[end] <= '9')
			end++;
		out->len = end - i;
		if (out->len <= ZH_DATENUM_MAX)
		{
			for (size_t k = i; k < end; k++)
				v = v * 10 + (cp[k] - '0');
			out->value = v;
		}
		return true;
	}
	if (!zh_is_cn_numeral_char(cp[i]))
		return false;
	out->chinese = true;
	while (end < stop && zh_is_cn_numeral_char(cp[end]))
	{
		if (zh_cn_magnitude(cp[end]) >= 0)
			out->positional = true;
		end++;
	}
	out->len = end - i;
	if (out->len > ZH_DATENUM_MAX)
		return true;
	if (out->positional)
		out->value = positional_value(cp, i, end);
	else if (out->len == 1)
		out->value = zh_cn_digit(cp[i]);
	else
	{
		int64_t		v = 0;

		for (size_t k = i; k < end; k++)
		{
			if (cp[k] == 0x4E24)
				return true;	/* 两 is never a digit of a longer number */
			v = v * 10 + zh_cn_digit(cp[k]);
		}
		out->value = v;
	}
	return true;
}
