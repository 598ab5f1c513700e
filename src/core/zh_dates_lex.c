/*
 * zh_dates_lex.c — the words and characters the date grammar reads: word
 * matching against UTF-8 literals, left contexts, range connectors.
 */
#include "zh_dates_lex.h"

#include <string.h>

/* WHY: the word lists below are UTF-8 literals, decoded as they are compared. */
static uint32_t
next_cp(const unsigned char **sp)
{
	const unsigned char *s = *sp;
	uint32_t	c;

	if (s[0] < 0x80)
	{
		c = s[0];
		s += 1;
	}
	else if (s[0] < 0xE0)
	{
		c = ((uint32_t) (s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		s += 2;
	}
	else if (s[0] < 0xF0)
	{
		c = ((uint32_t) (s[0] & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		s += 3;
	}
	else
	{
		c = ((uint32_t) (s[0] & 0x07) << 18) | ((uint32_t) (s[1] & 0x3F) << 12) |
			((uint32_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		s += 4;
	}
	*sp = s;
	return c;
}

/* WHY: matching a word at a position is the grammar's basic step. */
size_t
dates_lit(const DateText *txt, size_t i, const char *w)
{
	const unsigned char *s = (const unsigned char *) w;
	size_t		k = i;

	while (*s)
	{
		if (k >= txt->n || txt->cp[k] != next_cp(&s))
			return 0;
		k++;
	}
	return k - i;
}

/* WHY: the words before an expression decide durations and counts. */
bool
dates_ends_with(const DateText *txt, size_t i, const char *w)
{
	uint32_t	buf[8];
	size_t		len = 0;
	const unsigned char *s = (const unsigned char *) w;

	while (*s && len < 8)
		buf[len++] = next_cp(&s);
	if (len > i)
		return false;
	for (size_t k = 0; k < len; k++)
		if (txt->cp[i - len + k] != buf[k])
			return false;
	return true;
}

/* WHY: one-character contexts are tested against a set written as a string. */
bool
dates_in_set(uint32_t c, const char *set)
{
	const unsigned char *s = (const unsigned char *) set;

	if (c == 0)
		return false;
	while (*s)
		if (next_cp(&s) == c)
			return true;
	return false;
}

/* WHY: the first of several words that matches, with its index. */
size_t
dates_lit_any(const DateText *txt, size_t i, const char *const *words, int *which)
{
	for (int k = 0; words[k]; k++)
	{
		size_t		len = dates_lit(txt, i, words[k]);

		if (len)
		{
			if (which)
				*which = k;
			return len;
		}
	}
	return 0;
}

/* WHY: digits glued to Latin letters or decimals are codes and amounts. */
bool
dates_glued_before(const DateText *txt, size_t i)
{
	uint32_t	c = i > 0 ? txt->cp[i - 1] : 0;

	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
		c == '.' || c == '/' || c == '_';
}

/* WHY: 至, 到, -, —, ~ join the two ends of a range; returns its length. */
size_t
dates_connector(const DateText *txt, size_t k)
{
	uint32_t	c = at(txt, k);

	if (c == 0x2014 && at(txt, k + 1) == 0x2014)
		return 2;				/* —— */
	if (c == 0x81F3 || c == 0x5230 || c == '-' || c == 0x2014 || c == 0x2013 ||
		c == '~' || c == 0xFF5E || c == 0x2015 || c == 0x2212)
		return 1;				/* 至 到 - — – ~ ～ ― − */
	return 0;
}

/* WHY: counts and durations are refused by their left context. */
bool
dates_has_prefix(const DateText *txt, size_t i, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if (dates_ends_with(txt, i, words[k]))
			return true;
	return false;
}
