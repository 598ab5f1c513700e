/*
 * zh_dates_holidays.c — named days and the lunar calendar: holidays (春节,
 * 国庆节, 母亲节), solar terms (清明, 冬至) and lunar dates (农历八月十五,
 * 腊月廿三, 大年初一).
 *
 * A holiday is a rule, not a date: a day of the Gregorian year (国庆节 10月1日),
 * a day of the lunar year (中秋节 八月十五), the eve of the lunar new year (除夕:
 * the last day of the twelfth month, 29th or 30th), a solar term (清明), or
 * the n-th weekday of a month (母亲节: the second Sunday of May).  The grammar
 * records which rule; the resolver asks dates_recurring_day for the day in a
 * given year.  Names that are also ordinary words (五一, 十一, 清明, 小雪)
 * count only beside a year or before a word that makes them a day
 * (期间, 假期, 节气, 前后 …).
 *
 * The year of a lunar date is the lunar year that begins in the Gregorian
 * year named (2024年腊月 is the twelfth month of the lunar year that began in
 * February 2024, so it falls in January 2025).
 */
#include "zh_dates_lex.h"
#include "zh_calendar.h"
#include "zh_utf8.h"

#include <string.h>

enum
{
	HK_SOLAR,					/* month a, day b */
	HK_LUNAR,					/* lunar month a, day b */
	HK_LUNAR_EVE,				/* the day before lunar 1/1 of the next lunar year */
	HK_TERM,					/* solar term a (0 小寒 … 23 冬至) */
	HK_NTH_WEEKDAY				/* the b-th weekday c of month a */
};

typedef struct HolidayName
{
	const char *name;
	uint8_t		kind;
	uint8_t		a,
				b,
				c;
	bool		needs_context;	/* also an ordinary word: see the file comment */
} HolidayName;

/* Simplified spellings: the text is folded to simplified before parsing. */
static const HolidayName holidays[] = {
	{"元旦节", HK_SOLAR, 1, 1, 0, false}, {"元旦", HK_SOLAR, 1, 1, 0, false},
	{"阳历新年", HK_SOLAR, 1, 1, 0, false}, {"公历新年", HK_SOLAR, 1, 1, 0, false},
	{"情人节", HK_SOLAR, 2, 14, 0, false}, {"圣瓦伦丁节", HK_SOLAR, 2, 14, 0, false},
	{"三八国际妇女节", HK_SOLAR, 3, 8, 0, false}, {"国际妇女节", HK_SOLAR, 3, 8, 0, false},
	{"三八妇女节", HK_SOLAR, 3, 8, 0, false}, {"妇女节", HK_SOLAR, 3, 8, 0, false}, {"三八节", HK_SOLAR, 3, 8, 0, false},
	{"植树节", HK_SOLAR, 3, 12, 0, false},
	{"国际消费者权益日", HK_SOLAR, 3, 15, 0, false}, {"消费者权益日", HK_SOLAR, 3, 15, 0, false},
	{"三一五", HK_SOLAR, 3, 15, 0, false},
	{"愚人节", HK_SOLAR, 4, 1, 0, false},
	{"五一国际劳动节", HK_SOLAR, 5, 1, 0, false}, {"国际劳动节", HK_SOLAR, 5, 1, 0, false},
	{"五一劳动节", HK_SOLAR, 5, 1, 0, false}, {"劳动节", HK_SOLAR, 5, 1, 0, false},
	{"五一", HK_SOLAR, 5, 1, 0, true},
	{"五四青年节", HK_SOLAR, 5, 4, 0, false}, {"青年节", HK_SOLAR, 5, 4, 0, false},
	{"六一国际儿童节", HK_SOLAR, 6, 1, 0, false}, {"国际儿童节", HK_SOLAR, 6, 1, 0, false},
	{"六一儿童节", HK_SOLAR, 6, 1, 0, false}, {"儿童节", HK_SOLAR, 6, 1, 0, false},
	{"六一", HK_SOLAR, 6, 1, 0, true},
	{"建党节", HK_SOLAR, 7, 1, 0, false}, {"七一", HK_SOLAR, 7, 1, 0, true},
	{"香港回归纪念日", HK_SOLAR, 7, 1, 0, false},
	{"八一建军节", HK_SOLAR, 8, 1, 0, false}, {"建军节", HK_SOLAR, 8, 1, 0, false},
	{"八一", HK_SOLAR, 8, 1, 0, true},
	{"教师节", HK_SOLAR, 9, 10, 0, false},
	{"国庆节", HK_SOLAR, 10, 1, 0, false}, {"国庆", HK_SOLAR, 10, 1, 0, false},
	{"十一", HK_SOLAR, 10, 1, 0, true},
	{"万圣节", HK_SOLAR, 10, 31, 0, false},
	{"记者节", HK_SOLAR, 11, 8, 0, false},
	{"国家公祭日", HK_SOLAR, 12, 13, 0, false},
	{"澳门回归纪念日", HK_SOLAR, 12, 20, 0, false},
	{"平安夜", HK_SOLAR, 12, 24, 0, false},
	{"圣诞节", HK_SOLAR, 12, 25, 0, false}, {"圣诞", HK_SOLAR, 12, 25, 0, false},
	{"母亲节", HK_NTH_WEEKDAY, 5, 2, 7, false}, {"父亲节", HK_NTH_WEEKDAY, 6, 3, 7, false},
	{"感恩节", HK_NTH_WEEKDAY, 11, 4, 4, false},
	{"春节", HK_LUNAR, 1, 1, 0, false}, {"农历新年", HK_LUNAR, 1, 1, 0, false}, {"新春", HK_LUNAR, 1, 1, 0, false},
	{"正月正时", HK_LUNAR, 1, 1, 0, false}, {"正月朔日", HK_LUNAR, 1, 1, 0, false},
	{"元宵节", HK_LUNAR, 1, 15, 0, false}, {"元宵", HK_LUNAR, 1, 15, 0, true},
	{"上元节", HK_LUNAR, 1, 15, 0, false},
	{"龙抬头", HK_LUNAR, 2, 2, 0, false},
	{"端午节", HK_LUNAR, 5, 5, 0, false}, {"端阳节", HK_LUNAR, 5, 5, 0, false}, {"端午", HK_LUNAR, 5, 5, 0, false},
	{"七夕节", HK_LUNAR, 7, 7, 0, false}, {"七夕", HK_LUNAR, 7, 7, 0, false},
	{"中元节", HK_LUNAR, 7, 15, 0, false},
	{"中秋节", HK_LUNAR, 8, 15, 0, false}, {"中秋", HK_LUNAR, 8, 15, 0, false},
	{"重阳节", HK_LUNAR, 9, 9, 0, false}, {"重阳", HK_LUNAR, 9, 9, 0, false},
	{"腊八节", HK_LUNAR, 12, 8, 0, false}, {"腊八", HK_LUNAR, 12, 8, 0, true},
	{"小年", HK_LUNAR, 12, 23, 0, true},
	{"除夕", HK_LUNAR_EVE, 0, 0, 0, false}, {"大年三十", HK_LUNAR_EVE, 0, 0, 0, false}, {"年三十", HK_LUNAR_EVE, 0, 0, 0, false},
	{"大年夜", HK_LUNAR_EVE, 0, 0, 0, false},
	{"小寒", HK_TERM, 0, 0, 0, false}, {"大寒", HK_TERM, 1, 0, 0, false}, {"立春", HK_TERM, 2, 0, 0, false},
	{"雨水", HK_TERM, 3, 0, 0, true}, {"惊蛰", HK_TERM, 4, 0, 0, false}, {"春分", HK_TERM, 5, 0, 0, false},
	{"清明节", HK_TERM, 6, 0, 0, false}, {"清明", HK_TERM, 6, 0, 0, true}, {"谷雨", HK_TERM, 7, 0, 0, false},
	{"立夏", HK_TERM, 8, 0, 0, false}, {"小满", HK_TERM, 9, 0, 0, true}, {"芒种", HK_TERM, 10, 0, 0, false},
	{"夏至", HK_TERM, 11, 0, 0, false}, {"小暑", HK_TERM, 12, 0, 0, false}, {"大暑", HK_TERM, 13, 0, 0, false},
	{"立秋", HK_TERM, 14, 0, 0, false}, {"处暑", HK_TERM, 15, 0, 0, false}, {"白露", HK_TERM, 16, 0, 0, true},
	{"秋分", HK_TERM, 17, 0, 0, false}, {"寒露", HK_TERM, 18, 0, 0, false}, {"霜降", HK_TERM, 19, 0, 0, false},
	{"立冬", HK_TERM, 20, 0, 0, false}, {"小雪", HK_TERM, 21, 0, 0, true},
	{"大雪", HK_TERM, 22, 0, 0, true}, {"冬至", HK_TERM, 23, 0, 0, false},
};

#define N_HOLIDAYS (sizeof(holidays) / sizeof(holidays[0]))

/*
 * The first character of every name, and a bitmap of them over the Basic
 * Multilingual Plane, so that the scanner tests a character in O(1) and a
 * name is compared only when its first character matches.  Computed on
 * first use from the table itself; whoever computes it computes the same
 * values, so a second computation is harmless.
 */
static uint32_t name_first[N_HOLIDAYS];
static uint8_t first_bits[0x10000 / 8];
static uint8_t chain_head[256];	/* 1 + first name of a hash slot, 0 none */
static uint8_t chain_next[N_HOLIDAYS];	/* 1 + next name in the slot, 0 none */
static bool index_ready;

#define NAME_SLOT(c) (((c) * 2654435761u) >> 24)

/* WHY: see above; the table is the only list of names to maintain. */
static void
holiday_index(void)
{
	if (index_ready)
		return;
	for (size_t i = 0; i < N_HOLIDAYS; i++)
	{
		/* every name starts with a CJK character, below U+10000 like the bitmap */
		(void) zh_utf8_decode((const unsigned char *) holidays[i].name, ZH_UTF8_MAX,
							  &name_first[i]);
		first_bits[name_first[i] >> 3] |= (uint8_t) (1u << (name_first[i] & 7));
	}
	/* chains in table order, built backwards */
	for (size_t i = N_HOLIDAYS; i-- > 0;)
	{
		uint32_t	slot = NAME_SLOT(name_first[i]);

		chain_next[i] = chain_head[slot];
		chain_head[slot] = (uint8_t) (i + 1);
	}
	index_ready = true;
}

/* Words after a holiday that name the same day. */
static const char *const same_day_words[] = {"当天", "这天", "那天", "当日", NULL};

/* WHY: the scanner asks this of every character that no other part takes. */
bool
dates_holiday_can_start(uint32_t c)
{
	holiday_index();
	return c < 0x10000 && (first_bits[c >> 3] & (1u << (c & 7)));
}

/* WHY: the longest name at k whose kind `lunar_only` allows; its length. */
static size_t
longest_name(const DateText *txt, size_t k, bool lunar_only, size_t *which)
{
	uint32_t	c = at(txt, k);
	size_t		best = 0;

	if (!dates_holiday_can_start(c))
		return 0;
	for (size_t link = chain_head[NAME_SLOT(c)]; link; link = chain_next[link - 1])
	{
		size_t		i = link - 1;
		size_t		len;

		if (name_first[i] != c ||
			(lunar_only && holidays[i].kind != HK_LUNAR && holidays[i].kind != HK_LUNAR_EVE))
			continue;
		len = dates_lit(txt, k, holidays[i].name);
		if (len > best)
			best = len, *which = i;
	}
	return best;
}

/* WHY: 春节, 2024年中秋节, 五一期间: a holiday by its longest name here. */
bool
dates_parse_holiday(DateReader *r, bool have_year)
{
	const DateText *txt = r->text;
	size_t		k = r->k;
	size_t		best_len = 0;
	size_t		best = 0;
	uint32_t	prev = k > 0 ? txt->cp[k - 1] : 0;

	size_t		mark = at(txt, k) == 0x519C ? dates_lit(txt, k, "农历") : 0;

	/* 农历 before a holiday of the lunar calendar (农历春节, 农历除夕) */
	best_len = longest_name(txt, k, false, &best);
	if (!best_len && mark && (best_len = longest_name(txt, k + mark, true, &best)) != 0)
		best_len += mark;
	if (!best_len || (!have_year && (is_num_char(prev) || prev == C_NIAN)) || is_num_char(at(txt, k + best_len)) ||
		dates_in_set(at(txt, k + best_len), "月日号点时周"))
		return false;			/* 2019年十一月, 十一点 */
	if (holidays[best].needs_context && !have_year &&
		!zh_lex_starting_at(txt->lex, ZH_LEX_HOLIDAY_CONTEXT, txt->cp, k + best_len, txt->n))
		return false;
	r->s->holiday = (uint16_t) (best + 1);
	r->k = k + best_len;
	if (dates_lit_any(txt, r->k, same_day_words, NULL))
		r->k += 2;				/* 劳动节当天: the same day */
	return true;
}

/* WHY: 初一 … 初十, 十五, 廿三, 三十, 12: the day of a lunar month, or 0. */
static size_t
lunar_day(const DateText *txt, size_t k, int *day)
{
	ZhDateNum	num;
	uint32_t	c = at(txt, k);
	int64_t		value;
	size_t		len;

	if (c == 0x521D)
	{
		/* 初 */
		int			d = zh_cn_plain_digit(at(txt, k + 1));

		if (at(txt, k + 1) == 0x5341)
			d = 10;				/* 初十 */
		if (d < 1 || d > 10)
			return 0;
		*day = d;
		return 2;
	}
	if ((len = dates_read_nian_sa(txt, k, &value)) != 0)
	{
		*day = (int) value;
		return len;
	}
	if (!zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &num) || num.value < 1 ||
		num.value > 30 || num.len > 3)
		return 0;
	*day = (int) num.value;
	return num.len;
}

/*
 * WHY: 农历八月十五, 腊月廿三, 正月初一, 闰二月初一, 大年初二, 冬月12: a day of
 * the lunar calendar.  A month number needs 农历 (阴历, 夏历) before it;
 * 闰 makes a month lunar too; 正月, 冬月 and 腊月 are lunar by name.
 */
bool
dates_parse_lunar(DateReader *r)
{
	static const char *const marks[] = {"农历", "阴历", "夏历", NULL};
	const DateText *txt = r->text;
	size_t		k = r->k;
	size_t		len;
	bool		marked,
				leap = false;
	int			month = 0,
				day = 0;

	switch (at(txt, k))
	{
		case 0x5927:			/* 大 */
		case 0x519C:			/* 农 */
		case 0x9634:			/* 阴 */
		case 0x590F:			/* 夏 */
		case 0x95F0:			/* 闰 */
		case 0x6B63:			/* 正 */
		case 0x51AC:			/* 冬 */
		case 0x814A:			/* 腊 */
			break;
		default:
			return false;		/* no lunar date starts here */
	}
	if (dates_lit(txt, k, "大年初"))
	{
		int			d = zh_cn_digit(at(txt, k + 3));

		if (at(txt, k + 3) == 0x5341)
			d = 10;
		if (d < 1 || d > 10)
			return false;
		r->s->lunar_m = 1;
		r->s->lunar_d = (uint8_t) d;
		r->k = k + 4;
		return true;
	}
	if (k > 0 && txt->cp[k - 1] == C_NIAN && !r->s->ymode)
		return false;			/* 9999年农历八月十五: a year the grammar refused */
	len = dates_lit_any(txt, k, marks, NULL);
	marked = len > 0;
	k += len;
	if (at(txt, k) == 0x95F0)
	{
		leap = true;			/* 闰 */
		k++;
	}
	if (dates_lit(txt, k, "正月"))
		month = 1;
	else if (dates_lit(txt, k, "冬月"))
		month = 11;
	else if (dates_lit(txt, k, "腊月"))
		month = 12;
	if (month)
		k += 2;
	else if (marked || leap)
	{
		ZhDateNum	num;

		if (!zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &num) || num.value < 1 ||
			num.value > 12 || num.len > 2 || at(txt, k + num.len) != C_YUE)
			return false;
		month = (int) num.value;
		k += num.len + 1;
	}
	else
		return false;
	len = lunar_day(txt, k, &day);
	if (!len)
		return false;			/* a lunar month alone: no day to report */
	k += len;
	if (at(txt, k) == C_RI)
		k++;
	r->s->lunar_m = (uint8_t) month;
	r->s->lunar_d = (uint8_t) day;
	r->s->lunar_leap = leap;
	r->k = k;
	return true;
}

/* WHY: 母亲节: the n-th given weekday of a month. */
static int64_t
nth_weekday(int64_t y, int m, int n, int wd)
{
	int64_t		first = zh_days_from_ymd(y, m, 1);
	int			shift = (wd - zh_iso_weekday(first) + 7) % 7;

	return first + shift + 7 * (n - 1);
}

/*
 * WHY: the day a holiday or lunar date of the spec falls on in year y (for
 * lunar dates, the lunar year beginning in y).  *ok false when there is none
 * (闰 month missing that year, year out of the calendars' range).
 */
ZhStatus
dates_recurring_day(ZhLunar *lunar, const ZhDateSpec *s, int64_t y, int64_t *day, bool *ok)
{
	const HolidayName *h;

	*ok = false;
	if (!zh_year_reportable(y))
		return ZH_OK;
	if (s->lunar_m)
		return zh_lunar_to_days(lunar, y, s->lunar_m, s->lunar_leap, s->lunar_d, day, ok);
	if (!s->holiday || s->holiday > N_HOLIDAYS)
		return ZH_OK;
	h = &holidays[s->holiday - 1];
	switch (h->kind)
	{
		case HK_SOLAR:
			*day = zh_days_from_ymd(y, h->a, h->b);
			*ok = true;
			return ZH_OK;
		case HK_NTH_WEEKDAY:
			*day = nth_weekday(y, h->a, h->b, h->c);
			*ok = true;
			return ZH_OK;
		case HK_TERM:
			*ok = zh_solar_term_day(y, h->a, day);
			return ZH_OK;
		case HK_LUNAR:
			return zh_lunar_to_days(lunar, y, h->a, false, h->b, day, ok);
		default:
			{
				/* 除夕 of year y: the eve of the lunar new year that falls in y */
				ZhStatus	st = zh_lunar_to_days(lunar, y, 1, false, 1, day, ok);

				if (*ok)
					(*day)--;
				return st;
			}
	}
}
