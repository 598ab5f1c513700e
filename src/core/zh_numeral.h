/*
 * zh_numeral.h — numbers written with Chinese characters, and their units.
 *
 * The dictionary cannot list every numeral (二○○一, 三十一, 第二十一), and
 * the word-probability search would otherwise cut them into single
 * characters.  Both segmentation standards keep a numeral whole, keep an
 * ordinal with its 第, and keep the date unit with a year (二○○一年), a month
 * (十二月) or a day (三十一日); these helpers recognise exactly that much, so
 * the segmenter can offer the span as one candidate word.
 */
#ifndef ZH_NUMERAL_H
#define ZH_NUMERAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Longest numeral expression recognised, in code points (bounds the work). */
#define ZH_NUMERAL_MAX 24

/*
 * The one table of Chinese numeral characters for the whole core: the
 * segmenter, the date grammar, meetings, articles and places read digits
 * and magnitudes through these.
 */

/* Digit value of a Chinese digit character (〇 ○ 零 一 … 九 两), or -1. */
int			zh_cn_digit(uint32_t c);

/*
 * The same without 两, which counts things (两千, 两个) but is never written
 * as a digit of a longer number, a weekday or an ordinal (三十二, 周二, 第二).
 */
static inline int
zh_cn_plain_digit(uint32_t c)
{
	return c == 0x4E24 ? -1 : zh_cn_digit(c);
}

/* 十 百 千 → 10 100 1000, 万 亿 → 0 (part of a count, never of a date), else -1. */
int			zh_cn_magnitude(uint32_t c);

/*
 * A digit or a magnitude.  Inline, as one switch, because the segmenter
 * and the date scanner ask it of nearly every character (and two or three
 * times per position); the out-of-line functions above remain the
 * definition.
 */
static inline bool
zh_is_cn_numeral_char(uint32_t c)
{
	switch (c)
	{
		case 0x3007:			/* 〇 */
		case 0x25CB:			/* ○ */
		case 0x96F6:			/* 零 */
		case 0x4E00:			/* 一 */
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
		case 0x4E09:			/* 三 */
		case 0x56DB:			/* 四 */
		case 0x4E94:			/* 五 */
		case 0x516D:			/* 六 */
		case 0x4E03:			/* 七 */
		case 0x516B:			/* 八 */
		case 0x4E5D:			/* 九 */
		case 0x5341:			/* 十 */
		case 0x767E:			/* 百 */
		case 0x5343:			/* 千 */
		case 0x4E07:			/* 万 */
		case 0x4EBF:			/* 亿 */
			return true;
	}
	return false;
}

/*
 * Length of the numeral expression starting at cp[0] (at most n code
 * points): an optional 第, then a numeral (of at least two characters when
 * nothing follows), then 年 after a digit-by-digit year, 月 after 1..12, 日 or 号
 * after 1..31.  0 when there is none.  *is_date says a unit was taken.
 */
size_t		zh_cn_numeral_len(const uint32_t *cp, size_t n, bool *is_date);

#endif
