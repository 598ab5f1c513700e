/*
 * zh_dates_offsets.c — offsets from the anchor counted in units: a number,
 * a unit (天 日 周 星期 礼拜 月 年, with or without 个), and a direction.
 *
 *   N unit 前/后/之前/以后     the one unit that far off (三天后, 两个月前)
 *   前/上 N unit               the N units before the current one (前两天, 上两周)
 *   下/后 N unit               the N units after it (下三天, 后三个月)
 *   近/过去/最近 N unit, N unit 来   the last N units up to the anchor (近三个月, 半年来)
 *   未来/今后 N unit           the next N units from the anchor (未来10天)
 *
 * The number may be approximate (三十多年前, 600余年来: 多, 余, 几 after it),
 * and 半 stands for half a year (six months) or half a month (15 days).  A
 * number and a unit alone (3年, 600余年) are a duration and give nothing:
 * without a direction there is no date.  Counts large enough to leave the
 * calendar are read, and the resolver drops them.
 */
#include "zh_dates_lex.h"

#include <string.h>

/* Longest count read, in characters (99999999 at most: no overflow). */
#define OFFSET_NUM_MAX 8

/* Unit words, longest first; 月 alone only with a direction word before it. */
static const char *const unit_words[] = {
	"个星期", "个礼拜", "个周", "个月", "星期", "礼拜", "天", "日", "周", "月", "年", NULL
};
static const uint8_t unit_of[] = {
	OU_WEEK, OU_WEEK, OU_WEEK, OU_MONTH, OU_WEEK, OU_WEEK, OU_DAY, OU_DAY, OU_WEEK,
	OU_MONTH, OU_YEAR
};

/* Direction words before the count, and what they make of it. */
static const char *const lead_words[] = {
	"过去的", "过去", "最近", "未来", "今后", "接下来的", "接下来", "前", "上", "下", "后",
	"近", NULL
};
static DateWords lead_words_filter = {lead_words, {0, 0}, false};
static const uint8_t lead_kind[] = {
	OFF_UPTO, OFF_UPTO, OFF_UPTO, OFF_FROM, OFF_FROM, OFF_FROM, OFF_FROM, OFF_BEFORE,
	OFF_BEFORE, OFF_AFTER, OFF_AFTER, OFF_UPTO
};

/* Characters before 前/后/近 that make them part of another word (提前, 此后). */
static const char *const lead_blockers[] = {
	"提之以此日年月目当空事饭课会赛战节假",	/* 前 */
	"之以此而然随最其前日年月午之落背先今",	/* 后 */
	"接附邻靠将逼贴临最",	/* 近 */
	"以之在向往线楼地手马身路朝北南东西"	/* 上 下 */
};

/*
 * WHY: the count of an offset: digits or a Chinese numeral, or 半; sets
 * *approx for 多/余/几 after it.  Returns its length (0: none).
 */
static size_t
read_count(const DateText *txt, size_t k, int64_t *value, bool *half, bool *approx)
{
	ZhDateNum	num;
	size_t		len;

	*half = false;
	*approx = false;
	if (at(txt, k) == 0x534A)
	{
		*half = true;			/* 半 */
		*value = 1;
		return 1;
	}
	if (!zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &num) || num.value < 1 ||
		num.len > OFFSET_NUM_MAX)
		return 0;
	len = num.len;
	if (dates_in_set(at(txt, k + len), "多余几"))
	{
		*approx = true;
		len++;
	}
	*value = num.value;
	return len;
}

/* WHY: the unit after a count; 月 alone is a month name unless `bare_month`. */
static size_t
read_unit(const DateText *txt, size_t k, bool bare_month, uint8_t *unit)
{
	int			w;
	size_t		len = dates_lit_any(txt, k, unit_words, &w);

	if (!len)
		return 0;
	if (w == 9 && !bare_month)
		return 0;
	/* 周年, 年级, 天气: words, not units */
	if ((unit_of[w] == OU_WEEK && at(txt, k + len) == C_NIAN) ||
		(w == 6 && dates_in_set(at(txt, k + len), "气然地空")) ||
		(w == 10 && dates_in_set(at(txt, k + len), "级纪龄轻度")))
		return 0;
	*unit = unit_of[w];
	return len;
}

/*
 * WHY: 半年 is six months and 半个月 fifteen days; other halves (半天) are
 * not dates.
 */
static bool
apply_half(uint8_t *unit, int64_t *n)
{
	if (*unit == OU_YEAR)
		*unit = OU_MONTH, *n = 6;
	else if (*unit == OU_MONTH)
		*unit = OU_DAY, *n = 15;
	else
		return false;
	return true;
}

/* WHY: 前/后/之前/以后/来/以来 after a count and unit; the kind it makes. */
static size_t
read_direction(const DateText *txt, size_t k, int *kind, int *sign)
{
	static const char *const words[] = {
		"之前", "以前", "之后", "以后", "以来", "前", "后", "来", NULL
	};
	static DateWords words_filter = {words, {0, 0}, false};
	static const int8_t signs[] = {-1, -1, 1, 1, 0, -1, 1, 0};
	int			w;
	size_t		len = dates_words_at(txt, k, &words_filter, &w);

	if (!len)
		return 0;
	if (w == 5 && dates_in_set(at(txt, k + 1), "往进行线沿列提景茅卫端身锋台"))
		return 0;				/* 三天前往: 前往 */
	if (w == 6 && dates_in_set(at(txt, k + 1), "果者续期勤备援代人"))
		return 0;				/* 两年后果 */
	if (w == 7 && dates_in_set(at(txt, k + 1), "源自看说访信电宾"))
		return 0;				/* 三天来访 */
	*sign = signs[w];
	*kind = signs[w] ? OFF_POINT : OFF_UPTO;
	return len;
}

/* WHY: the scanner tries offsets at most attempts: reject the rest cheaply. */
static inline bool
can_start_offset(uint32_t c)
{
	switch (c)
	{
		case 0x8FC7:			/* 过 */
		case 0x6700:			/* 最 */
		case 0x672A:			/* 未 */
		case 0x4ECA:			/* 今 */
		case 0x63A5:			/* 接 */
		case 0x524D:			/* 前 */
		case 0x4E0A:			/* 上 */
		case 0x4E0B:			/* 下 */
		case 0x540E:			/* 后 */
		case 0x8FD1:			/* 近 */
		case 0x534A:			/* 半 */
			return true;
		default:
			return is_num_char(c);
	}
}

/* WHY: see the file comment; true with the spec's offset set. */
bool
dates_parse_offset(DateReader *r)
{
	const DateText *txt = r->text;
	size_t		k = r->k;
	uint32_t	prev = k > 0 ? txt->cp[k - 1] : 0;
	int			w = -1;
	size_t		lead = dates_words_at(txt, k, &lead_words_filter, &w);
	size_t		len,
				ulen;
	int64_t		n;
	bool		half,
				approx;
	uint8_t		unit;
	int			kind,
				sign = 0;

	if (!can_start_offset(txt->cp[k]))
		return false;
	if (is_num_char(prev) || dates_ends_with(txt, k, "公元"))
		return false;			/* 公元前221年: a year before the era, not reportable */
	if (lead)
	{
		uint32_t	c = txt->cp[k];

		if ((c == 0x524D && dates_in_set(prev, lead_blockers[0])) ||
			(c == 0x540E && dates_in_set(prev, lead_blockers[1])) ||
			(c == 0x8FD1 && dates_in_set(prev, lead_blockers[2])) ||
			((c == 0x4E0A || c == 0x4E0B) && dates_in_set(prev, lead_blockers[3])))
			return false;
		len = read_count(txt, k + lead, &n, &half, &approx);
		if (!len || (half && dates_in_set(c, "上下前后")))
			return false;		/* 上半年: the first half, read with the year's parts */
		ulen = read_unit(txt, k + lead + len, true, &unit);
		if (!ulen || (half && !apply_half(&unit, &n)))
			return false;
		if (unit == OU_YEAR && is_digit(txt->cp[k + lead]) && n >= 1000)
			return false;		/* 过去的2000年: the year 2000 */
		if (n == 1 && !approx && !half && (c == 0x4E0A || c == 0x4E0B))
			return false;		/* 上一年, 下一周: the units' own grammar */
		kind = lead_kind[w];
		k += lead + len + ulen;
		if (kind == OFF_UPTO && at(txt, k) == 0x6765)
			k++;				/* 近三年来 */
		else if (kind == OFF_UPTO && dates_lit(txt, k, "以来"))
			k += 2;
	}
	else
	{
		size_t		dl;

		len = read_count(txt, k, &n, &half, &approx);
		if (!len)
			return false;
		ulen = read_unit(txt, k + len, false, &unit);
		if (!ulen || (half && !apply_half(&unit, &n)))
			return false;
		/* 5日前 is "before the 5th": 日 counts only in Chinese numerals */
		if (ulen == 1 && txt->cp[k + len] == C_RI && is_digit(txt->cp[k]))
			return false;
		/* 2000年前: a year and a deadline, read by the year's grammar */
		if (unit == OU_YEAR && is_digit(txt->cp[k]) && n >= 1000)
			return false;
		dl = read_direction(txt, k + len + ulen, &kind, &sign);
		if (!dl || dates_lit(txt, k + len + ulen, "前后"))
			return false;			/* 三天前后: around a day of the text */
		k += len + ulen + dl;
		if (kind == OFF_POINT)
			n *= sign;
	}
	r->s->off_unit = unit;
	r->s->off_kind = (uint8_t) kind;
	r->s->off_n = (int32_t) n;
	r->s->approx = r->s->approx || approx;
	r->k = k;
	return true;
}
