/*
 * zh_numeral.c — the Chinese numeral characters, and recognising numerals
 * for the segmenter.
 *
 * Kept deliberately narrow: a numeral followed by anything but a date unit
 * ends where the numeral ends, because measure words and other units are
 * split differently by different standards and the dictionary already knows
 * the common fixed ones (一个, 十分, 万一).
 */
#include "zh_numeral.h"

int
zh_cn_digit(uint32_t c)
{
	switch (c)
	{
		case 0x3007:			/* 〇 */
		case 0x25CB:			/* ○ */
		case 0x96F6:			/* 零 */
			return 0;
		case 0x4E00:			/* 一 */
			return 1;
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
			return 2;
		case 0x4E09:			/* 三 */
			return 3;
		case 0x56DB:			/* 四 */
			return 4;
		case 0x4E94:			/* 五 */
			return 5;
		case 0x516D:			/* 六 */
			return 6;
		case 0x4E03:			/* 七 */
			return 7;
		case 0x516B:			/* 八 */
			return 8;
		case 0x4E5D:			/* 九 */
			return 9;
		default:
			return -1;
	}
}

int
zh_cn_magnitude(uint32_t c)
{
	switch (c)
	{
		case 0x5341:			/* 十 */
			return 10;
		case 0x767E:			/* 百 */
			return 100;
		case 0x5343:			/* 千 */
			return 1000;
		case 0x4E07:			/* 万 */
		case 0x4EBF:			/* 亿 */
			return 0;
		default:
			return -1;
	}
}

/*
 * Value of a numeral written with 十 only (enough for months and days):
 * 十二, 二十, 三十一, 九.  -1 for anything else.
 */
static int
small_value(const uint32_t *cp, size_t n)
{
	int			a,
				b;

	if (n == 1)
		return zh_cn_digit(cp[0]);
	if (n == 2 && cp[0] == 0x5341)
		return (b = zh_cn_digit(cp[1])) > 0 ? 10 + b : -1;
	if (n == 2 && cp[1] == 0x5341)
		return (a = zh_cn_digit(cp[0])) > 0 ? a * 10 : -1;
	if (n == 3 && cp[1] == 0x5341)
	{
		a = zh_cn_digit(cp[0]);
		b = zh_cn_digit(cp[2]);
		return (a > 0 && b > 0) ? a * 10 + b : -1;
	}
	return -1;
}

size_t
zh_cn_numeral_len(const uint32_t *cp, size_t n, bool *is_date)
{
	size_t		p = 0,
				body,
				i;
	bool		ordinal = false,
				positional = true;
	int			v;

	*is_date = false;
	if (n > ZH_NUMERAL_MAX)
		n = ZH_NUMERAL_MAX;
	if (n > 0 && cp[0] == 0x7B2C)	/* 第 */
	{
		ordinal = true;
		p = 1;
	}
	for (i = p; i < n && zh_is_cn_numeral_char(cp[i]); i++)
	{
		if (zh_cn_magnitude(cp[i]) >= 0 || cp[i] == 0x4E24)
			positional = false;
	}
	body = i - p;
	if (body == 0)
		return 0;
	if (ordinal)
		return i;
	if (i < n)
	{
		if (cp[i] == 0x5E74 && positional && body >= 2 && body <= 4)	/* 年 */
		{
			*is_date = true;
			return i + 1;
		}
		v = small_value(cp + p, body);
		if ((cp[i] == 0x6708 && v >= 1 && v <= 12) ||	/* 月 */
			((cp[i] == 0x65E5 || cp[i] == 0x53F7) && v >= 1 && v <= 31))	/* 日 号 */
		{
			*is_date = true;
			return i + 1;
		}
	}
	if (body < 2)
		return 0;
	return i;
}
