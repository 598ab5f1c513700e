/*
 * zh_dates_lex.c — the words and characters the date grammar reads: word
 * matching against UTF-8 literals, left contexts, range connectors.
 */
#include "zh_dates_lex.h"
#include "zh_utf8.h"

#include <string.h>

/*
 * WHY: the word lists below are UTF-8 literals, decoded as they are
 * compared; a literal is NUL-terminated and well-formed (else U+FFFD).
 */
static inline uint32_t
next_cp(const unsigned char **sp)
{
	uint32_t	c = 0xFFFD;
	size_t		len = zh_utf8_decode(*sp, ZH_UTF8_MAX, &c);

	*sp += len ? len : 1;
	return c;
}

/* WHY: the rest of a word after its first character, which the caller matched. */
static size_t
lit_rest(const DateText *txt, size_t i, const unsigned char *s)
{
	size_t		k = i + 1;

	while (*s)
	{
		if (k >= txt->n || txt->cp[k] != next_cp(&s))
			return 0;
		k++;
	}
	return k - i;
}

/* WHY: a word list scanned at one position: the first character compared as bytes. */
static inline size_t
lit_first(const DateText *txt, size_t i, const unsigned char *first, size_t flen,
		  const char *w)
{
	const unsigned char *s = (const unsigned char *) w;

	/* the last byte of a CJK character differs most often: compare it first */
	if (flen == 3 ? (s[2] != first[2] || s[1] != first[1] || s[0] != first[0]) :
		(memcmp(s, first, flen) != 0))
		return 0;
	return lit_rest(txt, i, s + flen);
}

/* WHY: matching a word at a position is the grammar's basic step. */
size_t
dates_lit(const DateText *txt, size_t i, const char *w)
{
	unsigned char first[4];

	if (i >= txt->n || !*w)
		return 0;
	return lit_first(txt, i, first, zh_utf8_encode(txt->cp[i], first), w);
}

/* WHY: one bit of a list's first-character filter. */
static inline uint32_t
bloom_bit(uint32_t c)
{
	return (c * 2654435761u) >> 25;	/* 0..127 */
}

/* WHY: dates_lit_any behind the list's filter; see DateWords. */
size_t
dates_words_at(const DateText *txt, size_t i, DateWords *list, int *which)
{
	uint32_t	bit;

	if (!list->ready)
	{
		for (int k = 0; list->words[k]; k++)
		{
			const unsigned char *s = (const unsigned char *) list->words[k];

			bit = bloom_bit(next_cp(&s));
			list->bloom[bit >> 6] |= UINT64_C(1) << (bit & 63);
		}
		list->ready = true;
	}
	if (i >= txt->n)
		return 0;
	bit = bloom_bit(txt->cp[i]);
	if (!(list->bloom[bit >> 6] & (UINT64_C(1) << (bit & 63))))
		return 0;
	return dates_lit_any(txt, i, list->words, which);
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

/*
 * WHY: one-character contexts are tested against a set written as a string.
 * The character is encoded once and searched for as bytes: in valid UTF-8 a
 * match can only start at a character boundary.
 */
bool
dates_in_set(uint32_t c, const char *set)
{
	unsigned char enc[5];
	size_t		len;

	if (c == 0)
		return false;
	len = zh_utf8_encode(c, enc);
	enc[len] = 0;
	return strstr(set, (const char *) enc) != NULL;
}

/*
 * WHY: the first of several words that matches, with its index.  No word
 * list of the grammar starts with a numeral (numbers are read by
 * zh_datenum_read), so a numeral, which most attempts start at, is
 * rejected without scanning the list.
 */
size_t
dates_lit_any(const DateText *txt, size_t i, const char *const *words, int *which)
{
	unsigned char first[4];
	size_t		flen;

	if (i >= txt->n || is_num_char(txt->cp[i]))
		return 0;
	flen = zh_utf8_encode(txt->cp[i], first);
	for (int k = 0; words[k]; k++)
	{
		size_t		len = lit_first(txt, i, first, flen, words[k]);

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
