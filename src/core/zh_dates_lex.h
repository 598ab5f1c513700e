/*
 * zh_dates_lex.h — what the parts of the date grammar share: the text being
 * read, the reader (cursor and spec being filled), character classes and the
 * word-matching helpers, and each part's reader.
 *
 * The grammar is split by concern: zh_dates_lex.c (words and contexts),
 * zh_dates_numeric.c (2023-05-24), zh_dates_units.c (year, month, day and
 * their parts), zh_dates_relative.c (今天, 上周四, 近日), zh_dates_offsets.c
 * (三天后, 前两个月, 近三年), zh_dates_holidays.c (春节, 国庆节, 农历八月十五,
 * 清明), zh_dates_clock.c (下午3点), and zh_dates_parse.c, which chains them
 * into expressions and ranges and scans the text.
 */
#ifndef ZH_DATES_LEX_H
#define ZH_DATES_LEX_H

#include "zh_dates_int.h"
#include "zh_lexicon.h"
#include "zh_datenum.h"
#include "zh_lunar.h"
#include "zh_numeral.h"

/* Characters a number-reading attempt looks ahead at most. */
#define NUM_LOOK 12

#define C_NIAN	0x5E74			/* 年 */
#define C_YUE	0x6708			/* 月 */
#define C_RI	0x65E5			/* 日 */
#define C_HAO	0x53F7			/* 号 */
#define C_DIAN	0x70B9			/* 点 */
#define C_SHI	0x65F6			/* 时 */
#define C_FEN	0x5206			/* 分 */
#define C_DU	0x5EA6			/* 度 */
#define C_FEN4	0x4EFD			/* 份 */
#define C_MEI	0x6BCF			/* 每 */

/* The normalised text the grammar reads, as code points. */
typedef struct DateText
{
	const uint32_t *cp;
	size_t		n;
	const ZhLexicons *lex;		/* the word lists of data/vocab */
} DateText;

/* One attempt: the cursor, the spec being filled, and whether to stop. */
typedef struct DateReader
{
	const DateText *text;
	size_t		k;
	ZhDateSpec *s;
	bool		stop;			/* a bare number borrowed its unit: the range follows */
} DateReader;

/*
 * A word list with a filter of its first characters (two 64-bit Bloom
 * words), so that a position whose character starts no word costs two
 * instructions instead of a pass over the list.  The filter is computed on
 * first use from the list itself; a recomputation writes the same bits.
 */
typedef struct DateWords
{
	const char *const *words;
	uint64_t	bloom[2];
	bool		ready;
} DateWords;

/* WHY: lookups past either end of the text read as "no character". */
static inline uint32_t
at(const DateText *txt, size_t i)
{
	return i < txt->n ? txt->cp[i] : 0;
}

static inline bool
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/*
 * WHY: a date never starts inside a number.  The set is zh_datenum's (digits,
 * 〇 ○ 零 一 … 九 两 十 百 千 万 亿), tested by zh_numeral's inline switch
 * because the grammar asks it at nearly every attempt.
 */
static inline bool
is_num_char(uint32_t c)
{
	return is_digit(c) || zh_is_cn_numeral_char(c);
}

/* WHY: guards that look for "followed by more Chinese text" need the class. */
static inline bool
is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0x20000 && c <= 0x3134F);
}

/* zh_dates_lex.c */
size_t		dates_lit(const DateText *txt, size_t i, const char *w);
bool		dates_ends_with(const DateText *txt, size_t i, const char *w);
bool		dates_in_set(uint32_t c, const char *set);
size_t		dates_lit_any(const DateText *txt, size_t i, const char *const *words, int *which);
size_t		dates_words_at(const DateText *txt, size_t i, DateWords *list, int *which);
bool		dates_glued_before(const DateText *txt, size_t i);
size_t		dates_connector(const DateText *txt, size_t k);
bool		dates_has_prefix(const DateText *txt, size_t i, const char *const *words);

/* zh_dates_numeric.c */
bool		dates_borrows_unit(const DateText *txt, size_t k, bool chinese, size_t minlen,
							   size_t maxlen, const char *units, int64_t value);
bool		dates_parse_numeric(DateReader *r);

/* zh_dates_relative.c */
bool		dates_parse_vague(DateReader *r);
bool		dates_parse_rel_day(DateReader *r);
int			dates_weekday_char(uint32_t c);
size_t		dates_week_word(const DateText *txt, size_t k);
bool		dates_parse_week(DateReader *r);

/* zh_dates_units.c */
bool		dates_parse_year(DateReader *r);
bool		dates_parse_year_part(DateReader *r, bool have_year);
bool		dates_parse_month(DateReader *r, bool have_year);
bool		dates_parse_day(DateReader *r, bool have_month);
bool		dates_parse_in_month(DateReader *r);
bool		dates_parse_century(DateReader *r);
size_t		dates_read_nian_sa(const DateText *txt, size_t k, int64_t *value);
void		dates_skip_weekday_note(DateReader *r);

/* zh_dates_offsets.c */
bool		dates_parse_offset(DateReader *r);

/* zh_dates_holidays.c */
bool		dates_holiday_can_start(uint32_t c);
bool		dates_parse_holiday(DateReader *r, bool have_year);
bool		dates_parse_lunar(DateReader *r);
ZhStatus	dates_recurring_day(ZhLunar *lunar, const ZhDateSpec *s, int64_t y,
								int64_t *day, bool *ok);

/* zh_dates_clock.c */
bool		dates_parse_pod(DateReader *r, bool after_day);
bool		dates_parse_clock(DateReader *r);
void		dates_adjust_clock(ZhDateSpec *s);

#endif
