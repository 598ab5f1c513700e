/*
 * zh_dates_parse.c — the grammar of Chinese date and time expressions.
 *
 * An expression is read left to right as a chain of optional parts, each
 * finer than the one before:
 *
 *   [year | relative year] [part of year | month [part of month] [day]]
 *   [weekday note] [part of day] [clock] [前 | 前后 | 左右]
 *
 * or one of the self-contained forms: 2023-05-24 and its dotted and slashed
 * spellings, relative days (昨天, 当天), weeks (上周四, 周三), vague words
 * (近日, 目前).  Two expressions joined by 至/到/—/- make a range; a bare
 * number before the connector borrows the unit after it (2022-2023年, 1-5月,
 * 24-26日).
 *
 * Numbers are the hard part: most numbers followed by 年/月/日 are not dates.
 * A year is four digits (1000-2999, or digit by digit: 二〇二三); one to
 * three digits before 年 are a duration (树龄长达23年, 5、6年).  A month or a
 * day standing alone is refused after words that make it a count (历时, 近,
 * 共, 第 …) and before words that do (内, 以上, 多, 余 …); 号 is refused in
 * 3号线 and in document numbers (〔2023〕2号).  Counts and ordinals without a
 * date unit (第68次, 452个, 二十大) never match at all.  Hours written in
 * Chinese (三点) are points of a speech unless a part of the day or a
 * minute, 钟, 半 or 整 makes them a clock time.
 *
 * Every part reads a bounded number of characters, so one attempt costs
 * O(1); the scanner attempts only at characters that can begin an
 * expression and, when an attempt at a number fails, skips the whole numeral
 * run, so the pass is linear in the length of the text.
 */
#include "zh_dates_int.h"
#include "zh_datenum.h"

#include <string.h>

/* Characters a number-reading attempt looks ahead at most. */
#define NUM_LOOK 12

/* Most expressions one text may hold (beyond it the text is not prose). */
#define EXPR_MAX ((size_t) 50000000)

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

typedef struct P
{
	const uint32_t *cp;
	size_t		n;
} P;

/* One attempt: the cursor, the spec being filled, and whether to stop. */
typedef struct Rd
{
	const P    *p;
	size_t		k;
	ZhDateSpec *s;
	bool		stop;			/* a bare number borrowed its unit: the range follows */
} Rd;

/* WHY: lookups past either end of the text read as "no character". */
static inline uint32_t
at(const P *p, size_t i)
{
	return i < p->n ? p->cp[i] : 0;
}

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
static size_t
lit(const P *p, size_t i, const char *w)
{
	const unsigned char *s = (const unsigned char *) w;
	size_t		k = i;

	while (*s)
	{
		if (k >= p->n || p->cp[k] != next_cp(&s))
			return 0;
		k++;
	}
	return k - i;
}

/* WHY: the words before an expression decide durations and counts. */
static bool
ends_with(const P *p, size_t i, const char *w)
{
	uint32_t	buf[8];
	size_t		len = 0;
	const unsigned char *s = (const unsigned char *) w;

	while (*s && len < 8)
		buf[len++] = next_cp(&s);
	if (len > i)
		return false;
	for (size_t k = 0; k < len; k++)
		if (p->cp[i - len + k] != buf[k])
			return false;
	return true;
}

/* WHY: one-character contexts are tested against a set written as a string. */
static bool
in_set(uint32_t c, const char *set)
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
static size_t
lit_any(const P *p, size_t i, const char *const *words, int *which)
{
	for (int k = 0; words[k]; k++)
	{
		size_t		len = lit(p, i, words[k]);

		if (len)
		{
			if (which)
				*which = k;
			return len;
		}
	}
	return 0;
}

/* WHY: a date never starts inside a number. */
static bool
is_num_char(uint32_t c)
{
	return (c >= '0' && c <= '9') || zh_datenum_is_cn(c);
}

static bool
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/* WHY: guards that look for "followed by more Chinese text" need the class. */
static bool
is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0x20000 && c <= 0x3134F);
}

/* WHY: digits glued to Latin letters or decimals are codes and amounts. */
static bool
glued_before(const P *p, size_t i)
{
	uint32_t	c = i > 0 ? p->cp[i - 1] : 0;

	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
		c == '.' || c == '/' || c == '_';
}

/* WHY: 至, 到, -, —, ~ join the two ends of a range; returns its length. */
static size_t
connector(const P *p, size_t k)
{
	uint32_t	c = at(p, k);

	if (c == 0x2014 && at(p, k + 1) == 0x2014)
		return 2;				/* —— */
	if (c == 0x81F3 || c == 0x5230 || c == '-' || c == 0x2014 || c == 0x2013 ||
		c == '~' || c == 0xFF5E || c == 0x2015 || c == 0x2212)
		return 1;				/* 至 到 - — – ~ ～ ― − */
	return 0;
}

/* Words before a four-digit year that make it a length of time. */
static const char *const year_count_prefix[] = {
	"长达", "历时", "用了", "历经", "耗时", "为期", "已有", "超过", "不到",
	"不足", "将近", "近", "共", "约", "逾", "达", "满", "仅", "第", "有", NULL
};

/* Words before a month or day number that make it a count (近5日, 第3日). */
static const char *const md_count_prefix[] = {
	"长达", "历时", "用了", "历经", "耗时", "为期", "连续", "超过", "不到",
	"不足", "将近", "提前", "延长", "推迟", "延期", "近", "共", "约", "逾",
	"达", "满", "仅", "第", "前", "后", NULL
};

/* WHY: counts and durations are refused by their left context. */
static bool
has_prefix(const P *p, size_t i, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if (ends_with(p, i, words[k]))
			return true;
	return false;
}

/*
 * WHY: 2022-2023年, 1-5月, 24-26日: the first number of a range takes its
 * unit from the second.  True if a connector, a number of the same script
 * and length bounds, and one of `units` follow position k.  An enumeration
 * of two consecutive values (3、4月份) is taken as their range too.
 */
static bool
borrows_unit(const P *p, size_t k, bool chinese, size_t minlen, size_t maxlen,
			 const char *units, int64_t value)
{
	size_t		cl = connector(p, k);
	bool		listed = false;
	ZhDateNum	b;

	if (!cl && at(p, k) == 0x3001)
	{
		cl = 1;					/* 、 */
		listed = true;
	}
	if (!cl)
		return false;
	if (!zh_datenum_read(p->cp, p->n, k + cl, NUM_LOOK, &b) || b.chinese != chinese ||
		b.len < minlen || b.len > maxlen || b.value < 0)
		return false;
	if (listed && b.value != value + 1)
		return false;
	return in_set(at(p, k + cl + b.len), units);
}

/* WHY: 2023-05-24, 2023.5.24, 2023/5/24 are dates whatever surrounds them. */
static bool
parse_numeric(Rd *r)
{
	const P    *p = r->p;
	ZhDateNum	y,
				m,
				d;
	size_t		k = r->k;
	uint32_t	sep;

	if (!zh_datenum_read(p->cp, p->n, k, NUM_LOOK, &y) || y.chinese || y.len != 4 ||
		y.value < 1)
		return false;
	k += 4;
	sep = at(p, k);
	if (sep != '-' && sep != '.' && sep != '/')
		return false;
	k++;
	if (!zh_datenum_read(p->cp, p->n, k, NUM_LOOK, &m) || m.chinese || m.len > 2 ||
		m.value < 1 || m.value > 12)
		return false;
	k += m.len;
	if (at(p, k) != sep)
		return false;
	k++;
	if (!zh_datenum_read(p->cp, p->n, k, NUM_LOOK, &d) || d.chinese || d.len > 2 ||
		d.value < 1 || d.value > 31)
		return false;
	k += d.len;
	if (at(p, k) == sep && is_digit(at(p, k + 1)))
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

/* WHY: vague references to the present are dates only approximately. */
static bool
parse_vague(Rd *r)
{
	static const char *const words[] = {
		"近年来", "近些年来", "近几年来", "近些年", "近几年", "近年", "近日", "近期",
		"近来", "日前", "目前", "当前", "前不久", "不久前", NULL
	};
	static const uint8_t kinds[] = {
		VG_RECENT_YEARS, VG_RECENT_YEARS, VG_RECENT_YEARS, VG_RECENT_YEARS,
		VG_RECENT_YEARS, VG_RECENT_YEARS, VG_RECENT_DAYS, VG_NEAR,
		VG_RECENT_DAYS, VG_RECENT_DAYS, VG_NOW, VG_NOW, VG_RECENT_DAYS,
		VG_RECENT_DAYS
	};
	const P    *p = r->p;
	size_t		i = r->k;
	uint32_t	prev = i > 0 ? p->cp[i - 1] : 0;
	int			w;
	size_t		len = lit_any(p, i, words, &w);

	if (!len)
		return false;
	if (p->cp[i] == 0x8FD1 && in_set(prev, "接附邻靠将逼贴临最"))
		return false;			/* 接近, 附近 … */
	if (w == 6 && at(p, i + 2) == 0x672C)
		return false;			/* 近日本: 日本 */
	if (w == 9)
	{
		/* 日前 after a word ending in 日 (节日前) or after a number */
		if (is_num_char(prev) || in_set(prev, "节生假当次今昨明每作念放翌前后往平终白旧末周月年时逐连多数近抗向落吉忌寿休庆首之该本某同元朝即号工"))
			return false;
	}
	if (w == 10 && in_set(prev, "项题节科栏条书纲数名盲注耳面眉醒夺心触悦过瞩"))
		return false;			/* 项目前期, 节目前 */
	if (w == 11 && in_set(prev, "相应担充适"))
		return false;			/* 相当前 */
	r->s->vague = kinds[w];
	r->k = i + len;
	return true;
}

/* WHY: 今天, 昨日, 当天, 今晚: days named relative to the anchor or the text. */
static bool
parse_rel_day(Rd *r)
{
	static const char *const words[] = {
		"今天", "今日", "昨天", "昨日", "明天", "明日", "前天", "后天", "大前天",
		"当天", "当日", "次日", "翌日", "今晚", "昨晚", "明晚", "今早", "今晨",
		"昨夜", "当晚", NULL
	};
	static const int8_t off[] = {0, 0, -1, -1, 1, 1, -2, 2, -3, 0, 0, 1, 1, 0, -1, 1, 0, 0, -1, 0};
	static const uint8_t ctx[] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1};
	static const uint8_t pod[] = {
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ZH_POD_EVENING, ZH_POD_EVENING,
		ZH_POD_EVENING, ZH_POD_MORNING, ZH_POD_MORNING, ZH_POD_NIGHT, ZH_POD_EVENING
	};
	const P    *p = r->p;
	size_t		i = r->k;
	uint32_t	prev = i > 0 ? p->cp[i - 1] : 0;
	int			w;
	size_t		len = lit_any(p, i, words, &w);

	if (!len || is_num_char(prev))
		return false;
	if ((w == 6 || w == 7) &&
		((is_han(prev) && !in_set(prev, "于在将到至从和或是、")) ||
		 in_set(at(p, i + 2), "气然性赋形习失")))
		return false;			/* 提前天数, 午后天气, 先天后天 */
	if (w == 5 && at(p, i + 2) == 0x4E4B)
		return false;			/* 明日之星 */
	r->s->dmode = ctx[w] ? FM_CTX : FM_REL;
	r->s->d = off[w];
	r->s->pod = pod[w];
	r->k = i + len;
	return true;
}

/* WHY: the weekday after 周/星期/礼拜: 1 Monday … 7 Sunday, 0 none. */
static int
weekday_char(uint32_t c)
{
	switch (c)
	{
		case 0x4E00:
			return 1;			/* 一 */
		case 0x4E8C:
			return 2;			/* 二 */
		case 0x4E09:
			return 3;			/* 三 */
		case 0x56DB:
			return 4;			/* 四 */
		case 0x4E94:
			return 5;			/* 五 */
		case 0x516D:
			return 6;			/* 六 */
		case 0x65E5:			/* 日 */
		case 0x5929:			/* 天 */
			return 7;
		default:
			return 0;
	}
}

/* WHY: 周, 星期, 礼拜 all name the week; returns the word's length. */
static size_t
week_word(const P *p, size_t k)
{
	static const char *const words[] = {"星期", "礼拜", "周", NULL};

	return lit_any(p, k, words, NULL);
}

/* WHY: 本周, 上周四, 下个星期, 周三: weeks and weekdays around the anchor. */
static bool
parse_week(Rd *r)
{
	static const char *const rel[] = {
		"本", "这个", "这", "上个", "上", "下个", "下", NULL
	};
	static const int8_t off[] = {0, 0, 0, -1, -1, 1, 1};
	const P    *p = r->p;
	size_t		k = r->k;
	uint32_t	prev = k > 0 ? p->cp[k - 1] : 0;
	int			w = -1;
	size_t		len = lit_any(p, k, rel, &w);
	size_t		ww;
	int			wd;

	if (is_num_char(prev))
		return false;			/* 四周一片 */
	ww = week_word(p, k + len);
	if (!ww)
		return false;
	wd = weekday_char(at(p, k + len + ww));
	if (len == 0)
	{
		/* a bare weekday: 周三, 星期天 (not 周边, 周年) */
		if (!wd || (p->cp[k] == 0x5468 && at(p, k + 2) == C_NIAN))
			return false;
		r->s->week = true;
		r->s->weekday = (uint8_t) wd;
		r->k = k + ww + 1;
		return true;
	}
	if (!wd && in_set(at(p, k + len + ww), "边围年期长转刊报末"))
		return false;			/* 这周边, 上周年 */
	r->s->week = true;
	r->s->week_off = off[w];
	if (wd && !(at(p, k + len + ww + 1) == C_NIAN))
	{
		r->s->weekday = (uint8_t) wd;
		r->k = k + len + ww + 1;
	}
	else
		r->k = k + len + ww;
	return true;
}

/* WHY: 2023年, 二〇二三年, 今年, 同年: the year of an expression. */
static bool
parse_year(Rd *r)
{
	static const char *const rel[] = {
		"今年", "去年", "明年", "前年", "本年", "上年", "来年", "同年", "当年", NULL
	};
	static const int8_t off[] = {0, -1, 1, -2, 0, -1, 1, 0, 0};
	const P    *p = r->p;
	size_t		k = r->k;
	ZhDateNum	y;
	int			w;
	size_t		len;
	uint32_t	prev = k > 0 ? p->cp[k - 1] : 0;

	if (zh_datenum_read(p->cp, p->n, k, NUM_LOOK, &y))
	{
		if (y.len != 4 || y.value < 1000 || y.value > 2999 || y.positional)
			return false;
		if (has_prefix(p, k, year_count_prefix))
			return false;
		k += 4;
		if (at(p, k) != C_NIAN)
		{
			if (!borrows_unit(p, k, y.chinese, 4, 4, "年", y.value))
				return false;
			r->stop = true;
		}
		else
		{
			k++;
			if (in_set(at(p, k), "多余") || lit(p, k, "左右") || lit(p, k, "之久") ||
				lit(p, k, "以上"))
				return false;	/* 2000多年: a duration */
			if (at(p, k) == C_DU)
				k++;			/* 2023年度 */
		}
		r->s->ymode = FM_ABS;
		r->s->y = (int32_t) y.value;
		r->s->y_stated = true;
		r->k = k;
		return true;
	}
	len = lit_any(p, k, rel, &w);
	if (!len || is_num_char(prev))
		return false;
	if (w == 3 && (in_set(prev, "年此之以日月空提") || in_set(at(p, k + 2), "均度份龄限轻")))
		return false;			/* 提前年, 前年度 */
	if (w == 5 && (prev == 0x4EE5 || in_set(at(p, k + 2), "龄级纪")))
		return false;			/* 以上年龄, 上年纪 */
	if (w >= 7)
	{
		/* 同年, 当年 are dates only before a month or a part of the year */
		uint32_t	c = at(p, k + 2);

		if (!is_num_char(c) && !in_set(c, "上下春夏秋冬第前年底末初"))
			return false;
		r->s->ymode = FM_CTX;
	}
	else
		r->s->ymode = FM_REL;
	r->s->y = off[w];
	r->k = k + len;
	return true;
}

/* WHY: 第三季度, 一季度: a quarter number; returns its length or 0. */
static size_t
quarter_at(const P *p, size_t k, int *q)
{
	size_t		i = k;
	int			v;

	if (at(p, i) == 0x7B2C)
		i++;					/* 第 */
	v = is_digit(at(p, i)) ? (int) (at(p, i) - '0') : zh_datenum_cn_digit(at(p, i));
	if (v < 1 || v > 4 || at(p, i) == 0x4E24)
		return 0;
	if (!lit(p, i + 1, "季度"))
		return 0;
	*q = v;
	return i + 3 - k;
}

/* WHY: 上半年, 一季度, 年初, 年底, 春季: parts of a year. */
static bool
parse_year_part(Rd *r, bool have_year)
{
	static const char *const words[] = {
		"上半年", "下半年", "前三季度", "前两季度", "年初", "年中", "年底", "年末",
		"春季", "春天", "夏季", "夏天", "秋季", "秋天", "冬季", "冬天", NULL
	};
	static const uint8_t parts[] = {
		YP_H1, YP_H2, YP_Q1_3, YP_Q1_2, YP_EARLY, YP_MID, YP_LATE, YP_LATE,
		YP_SPRING, YP_SPRING, YP_SUMMER, YP_SUMMER, YP_AUTUMN, YP_AUTUMN,
		YP_WINTER, YP_WINTER
	};
	const P    *p = r->p;
	size_t		k = r->k;
	uint32_t	prev = k > 0 ? p->cp[k - 1] : 0;
	int			w,
				q;
	size_t		len;

	if (!have_year && (is_num_char(prev) || in_set(prev, "年个岁")))
		return false;			/* 三年中, 每年年底 */
	if ((len = quarter_at(p, k, &q)) != 0)
	{
		r->s->ypart = (uint8_t) (YP_Q1 + q - 1);
		r->k = k + len;
		return true;
	}
	if ((len = lit_any(p, k, words, &w)) != 0)
	{
		if (w == 5 && is_han(at(p, k + 2)) && !in_set(at(p, k + 2), "前后以左至到"))
			return false;		/* 年中国 */
		if (w == 4 && in_set(at(p, k + 2), "步次级衷心始稿审赛期"))
			return false;
		r->s->ypart = parts[w];
		r->k = k + len;
		return true;
	}
	if (have_year && prev == C_NIAN)
	{
		/* 2023年初, 今年底: the 年 is shared */
		uint32_t	c = at(p, k),
					nx = at(p, k + 1);

		if (c == 0x521D && !in_set(nx, "步次级衷心始稿审赛期"))
			r->s->ypart = YP_EARLY; /* 初 */
		else if ((c == 0x5E95 && nx != 0x7EBF) || c == 0x672B)
			r->s->ypart = YP_LATE;	/* 底 末 */
		else if (c == 0x4E2D && (!is_han(nx) || in_set(nx, "前后以左至到")))
			r->s->ypart = YP_MID;	/* 中 */
		else
			return false;
		r->k = k + 1;
		return true;
	}
	return false;
}

/* WHY: 上旬, 月初, 月底 after a month: the three ten-day parts. */
static void
parse_month_part(Rd *r)
{
	const P    *p = r->p;
	size_t		k = r->k;
	uint32_t	c = at(p, k),
				nx = at(p, k + 1);

	if (lit(p, k, "上旬"))
		r->s->mpart = MP_XUN1;
	else if (lit(p, k, "中旬"))
		r->s->mpart = MP_XUN2;
	else if (lit(p, k, "下旬"))
		r->s->mpart = MP_XUN3;
	else
	{
		if (c == 0x521D && !in_set(nx, "步次级衷心始稿审赛期"))
			r->s->mpart = MP_XUN1;	/* 初 */
		else if (c == 0x4E2D && (!is_han(nx) || in_set(nx, "前后以左至到")))
			r->s->mpart = MP_XUN2;	/* 中 */
		else if ((c == 0x5E95 && nx != 0x7EBF) || c == 0x672B)
			r->s->mpart = MP_XUN3;	/* 底 末 */
		else
			return;
		r->k = k + 1;
		return;
	}
	r->k = k + 2;
}

/* WHY: 5月, 十二月, 本月, 上个月, 月底: the month of an expression. */
static bool
parse_month(Rd *r, bool have_year)
{
	static const char *const rel[] = {
		"本月", "上个月", "上月", "下个月", "下月", "这个月", "当月", "次月", "同月", NULL
	};
	static const int8_t off[] = {0, -1, -1, 1, 1, 0, 0, 1, 0};
	static const uint8_t ctx[] = {0, 0, 0, 0, 0, 0, 1, 1, 1};
	const P    *p = r->p;
	size_t		k = r->k;
	uint32_t	prev = k > 0 ? p->cp[k - 1] : 0;
	ZhDateNum	m;
	int			w;
	size_t		len;

	if (zh_datenum_read(p->cp, p->n, k, NUM_LOOK, &m))
	{
		if (m.value < 1 || m.value > 12 || m.len > 2)
			return false;
		if (!have_year && (has_prefix(p, k, md_count_prefix) || in_set(prev, "年")))
			return false;		/* 历时3月, 每年5月 */
		k += m.len;
		if (at(p, k) != C_YUE)
		{
			if (!borrows_unit(p, k, m.chinese, 1, 2, "月", m.value))
				return false;
			r->stop = true;
		}
		else
		{
			k++;
			if (at(p, k) == C_FEN4)
				k++;			/* 5月份 */
		}
		r->s->mmode = FM_ABS;
		r->s->m = (int32_t) m.value;
		r->k = k;
		if (!r->stop)
			parse_month_part(r);
		return true;
	}
	if (have_year)
		return false;
	if ((len = lit_any(p, k, rel, &w)) != 0)
	{
		if (is_num_char(prev))
			return false;
		r->s->mmode = ctx[w] ? FM_CTX : FM_REL;
		r->s->m = off[w];
		r->k = k + len;
		parse_month_part(r);
		return true;
	}
	/* a month part with the month left to the anchor: 月底前 */
	if (p->cp[k] == C_YUE && !is_num_char(prev) && !in_set(prev, "个岁年每"))
	{
		uint32_t	c = at(p, k + 1);

		if (c == 0x521D || c == 0x5E95 || c == 0x672B)
		{
			r->k = k + 1;
			parse_month_part(r);
			if (r->s->mpart)
				return true;
			r->k = k;
		}
	}
	return false;
}

/* WHY: 24日, 二十四日, 24号: the day of an expression. */
static bool
parse_day(Rd *r, bool have_month)
{
	const P    *p = r->p;
	size_t		k = r->k;
	uint32_t	prev = k > 0 ? p->cp[k - 1] : 0;
	ZhDateNum	d;
	uint32_t	unit;

	if (!zh_datenum_read(p->cp, p->n, k, NUM_LOOK, &d))
		return false;
	if (d.value < 1 || d.value > 31 || (!d.chinese && d.len > 2) || d.len > 3)
		return false;
	if (!have_month)
	{
		if (d.chinese && d.len < 2)
			return false;		/* 三日, 一日游 */
		if (has_prefix(p, k, md_count_prefix) || in_set(prev, "月年第〕]】）)"))
			return false;		/* 近5日, 每月5日, 〔2023〕2号 */
	}
	k += d.len;
	unit = at(p, k);
	if (unit != C_RI && unit != C_HAO)
	{
		if (!borrows_unit(p, k, d.chinese, 1, 3, "日号", d.value))
			return false;
		r->stop = true;
	}
	else
	{
		uint32_t	nx = at(p, k + 1);

		if (unit == C_HAO && in_set(nx, "线楼院文令门机馆厅车口位码字房桥台坑店件站"))
			return false;		/* 3号线, 1号文件 */
		if (!have_month &&
			(in_set(nx, "内多余后来间") || lit(p, k + 1, "以内") || lit(p, k + 1, "之内") ||
			 lit(p, k + 1, "以上") || lit(p, k + 1, "左右") || lit(p, k + 1, "之久")))
			return false;		/* 30日内: a period */
		k++;
	}
	r->s->dmode = FM_ABS;
	r->s->d = (int32_t) d.value;
	r->k = k;
	return true;
}

/* WHY: （星期三） after a day only repeats it; it belongs to the surface. */
static void
skip_weekday_note(Rd *r)
{
	const P    *p = r->p;
	size_t		k = r->k;
	bool		paren = false;
	size_t		ww;

	if (at(p, k) == 0xFF08 || at(p, k) == '(')
	{
		paren = true;
		k++;
	}
	ww = week_word(p, k);
	if (!ww || !weekday_char(at(p, k + ww)))
		return;
	k += ww + 1;
	if (paren)
	{
		if (at(p, k) != 0xFF09 && at(p, k) != ')')
			return;
		k++;
	}
	r->k = k;
}

/* WHY: 上午, 下午, 晚上 …: the part of the day, with or without a date. */
static bool
parse_pod(Rd *r, bool after_day)
{
	static const char *const words[] = {
		"上午", "中午", "下午", "晚上", "傍晚", "凌晨", "深夜", "夜间", "早上",
		"清晨", "早晨", "晚间", "夜里", "午后", "夜晚", NULL
	};
	static const uint8_t pods[] = {
		ZH_POD_MORNING, ZH_POD_NOON, ZH_POD_AFTERNOON, ZH_POD_EVENING,
		ZH_POD_EVENING, ZH_POD_NIGHT, ZH_POD_NIGHT, ZH_POD_NIGHT,
		ZH_POD_MORNING, ZH_POD_MORNING, ZH_POD_MORNING, ZH_POD_EVENING,
		ZH_POD_NIGHT, ZH_POD_AFTERNOON, ZH_POD_EVENING
	};
	const P    *p = r->p;
	size_t		k = r->k;
	int			w;
	size_t		len = lit_any(p, k, words, &w);

	if (len && w <= 2 && in_set(at(p, k + 2), "餐饭觉休睡"))
		len = 0;				/* 送上午餐: 上 + 午餐 */
	if (len)
	{
		r->s->pod = pods[w];
		r->k = k + len;
		return true;
	}
	if (after_day && p->cp[k] == 0x665A && !in_set(at(p, k + 1), "会报餐宴班点于些辈年期婚"))
	{
		r->s->pod = ZH_POD_EVENING;	/* 24日晚 */
		r->k = k + 1;
		return true;
	}
	return false;
}

/* Nouns after "N点" that make it "N points" (三点要求), not a clock time. */
static const char *const point_nouns[] = {
	"要求", "建议", "意见", "措施", "举措", "内容", "体会", "共识", "希望", "原因",
	"经验", "做法", "任务", "工作", "目标", "方面", "问题", "思考", "启示", "看法",
	"成效", "打算", "收获", "部署", "指示", "主张", "理由", "结论", "优势", "说明",
	"认识", "倡议", "承诺", "规定", "原则", "特点", "好处", NULL
};

/* WHY: 8点, 17时30分, 8:30, 八点半: the clock time, in seconds. */
static bool
parse_clock(Rd *r)
{
	const P    *p = r->p;
	size_t		k = r->k;
	ZhDateNum	h,
				m;
	int			minute = 0,
				second = 0;
	int			hour;
	bool		firm = false;	/* a minute, 半, 钟 or 整 makes it a time */
	bool		approx = false;
	uint32_t	unit;

	if (!zh_datenum_read(p->cp, p->n, k, NUM_LOOK, &h) || h.value < 0 || h.value > 24 ||
		h.len > 3 || (!h.chinese && h.len > 2))
		return false;
	if (!h.chinese && glued_before(p, k))
		return false;
	if (h.chinese && k > 0 && is_num_char(p->cp[k - 1]))
		return false;
	hour = (int) h.value;
	k += h.len;
	unit = at(p, k);
	if (!h.chinese && (unit == ':' || unit == 0xFF1A))
	{
		if (!is_digit(at(p, k + 1)) || !is_digit(at(p, k + 2)) || is_digit(at(p, k + 3)))
			return false;
		minute = (int) ((at(p, k + 1) - '0') * 10 + (at(p, k + 2) - '0'));
		if (minute > 59)
			return false;
		k += 3;
		if ((at(p, k) == ':' || at(p, k) == 0xFF1A) && is_digit(at(p, k + 1)) &&
			is_digit(at(p, k + 2)) && !is_digit(at(p, k + 3)))
		{
			second = (int) ((at(p, k + 1) - '0') * 10 + (at(p, k + 2) - '0'));
			if (second > 59)
				return false;
			k += 3;
		}
		firm = true;
	}
	else if (unit == C_DIAN || unit == C_SHI)
	{
		k++;
		if (unit == C_SHI && in_set(at(p, k), "间期代候刻节段光速效长差尚态髦常"))
			return false;
		if (unit == C_DIAN && at(p, k) == 0x949F)
		{
			k++;				/* 钟 */
			firm = true;
		}
		if (at(p, k) == 0x534A)
		{
			minute = 30;		/* 半 */
			k++;
			firm = true;
		}
		else if (zh_datenum_read(p->cp, p->n, k, NUM_LOOK, &m) && m.value >= 0 &&
				 m.value <= 59 && m.len <= 3 && at(p, k + m.len) == C_FEN &&
				 !(at(p, k + m.len + 1) == 0x949F))
		{
			minute = (int) m.value;
			k += m.len + 1;
			firm = true;
		}
		else if (at(p, k) == 0x6574)
		{
			k++;				/* 整 */
			firm = true;
		}
		if (unit == C_DIAN && !firm && lit_any(p, k, point_nouns, NULL))
			return false;		/* 8点建议 */
	}
	else
		return false;
	if (at(p, k) == 0x8BB8)
	{
		k++;					/* 许 */
		approx = true;
		firm = true;
	}
	if (h.chinese && !firm && !r->s->pod && !zh_spec_has_date(r->s))
		return false;			/* 三点, 一时 */
	if (hour == 24 && (minute || second))
		return false;
	r->s->has_clock = true;
	r->s->clock = hour * 3600 + minute * 60 + second;
	r->s->approx = r->s->approx || approx;
	r->k = k;
	return true;
}

/* WHY: 下午5点 is 17:00: the part of the day says which half of the clock. */
static void
adjust_clock(ZhDateSpec *s)
{
	int			hour = s->clock / 3600;
	int			rest = s->clock % 3600;

	if (!s->has_clock || hour > 12)
		return;
	switch (s->pod)
	{
		case ZH_POD_AFTERNOON:
		case ZH_POD_EVENING:
			if (hour >= 1 && hour <= 11)
				hour += 12;
			else if (hour == 12 && s->pod == ZH_POD_EVENING)
				hour = 0;
			break;
		case ZH_POD_NOON:
			if (hour >= 1 && hour <= 2)
				hour += 12;
			break;
		case ZH_POD_NIGHT:
			if (hour >= 6 && hour <= 11)
				hour += 12;
			else if (hour == 12)
				hour = 0;
			break;
		default:
			break;
	}
	s->clock = hour * 3600 + rest;
}

/*
 * WHY: one end of an expression, from position i; returns its end or 0.
 * A range's second end (as_end) takes no vague words.
 */
static size_t
parse_spec(const P *p, size_t i, ZhDateSpec *s, bool as_end, bool *stopped)
{
	Rd			r;
	bool		day_level = false;

	memset(s, 0, sizeof(*s));
	r.p = p;
	r.k = i;
	r.s = s;
	r.stop = false;
	*stopped = false;
	if (is_digit(p->cp[i]) && glued_before(p, i))
		return 0;
	if (!as_end && parse_vague(&r))
		return r.k;
	if (parse_numeric(&r))
	{
		day_level = true;
		if (at(p, r.k) == ' ' && is_digit(at(p, r.k + 1)))
		{
			size_t		k0 = r.k;

			r.k++;				/* 2023-05-24 08:30 */
			if (parse_clock(&r))
				return r.k;
			r.k = k0;
		}
	}
	else if (parse_rel_day(&r) || parse_week(&r))
		day_level = s->dmode || s->weekday;
	else
	{
		bool		have_year = parse_year(&r);

		if (!r.stop && !parse_year_part(&r, have_year))
		{
			bool		have_month = parse_month(&r, have_year);

			if (!r.stop && (have_month || !have_year) && !s->mpart && s->mmode != FM_REL &&
				parse_day(&r, have_month))
				day_level = true;
			else if (!r.stop && s->mpart == MP_NONE && s->mmode == FM_REL &&
					 parse_day(&r, true))
				day_level = true;	/* 本月5日 */
		}
	}
	if (r.stop)
	{
		*stopped = true;
		return r.k;
	}
	if (day_level && !s->pod)
		skip_weekday_note(&r);
	if ((day_level || !zh_spec_has_date(s)) && !s->vague)
	{
		if (!s->pod)
			parse_pod(&r, day_level);
		if (parse_clock(&r))
			adjust_clock(s);
	}
	if (r.k == i || (!zh_spec_has_date(s) && !s->pod && !s->has_clock))
		return 0;
	return r.k;
}

/* WHY: 前 after a date is a deadline unless it begins another word (前往). */
static size_t
deadline_suffix(const P *p, size_t k)
{
	if (lit(p, k, "之前") || lit(p, k, "以前"))
		return 2;
	if (at(p, k) == 0x524D &&
		!in_set(at(p, k + 1), "往进行来去线沿列提景茅卫端身锋台方夕后期述面头者"))
		return 1;
	return 0;
}

/* WHY: one expression with its range end and suffixes, from position i. */
static bool
parse_expr(const P *p, size_t i, ZhDateExpr *e)
{
	bool		stopped;
	size_t		end = parse_spec(p, i, &e->a, false, &stopped);
	size_t		k;

	if (!end)
		return false;
	e->start = i;
	e->end = end;
	e->range = false;
	e->deadline = false;
	e->approx = false;
	memset(&e->b, 0, sizeof(e->b));
	if (e->a.vague)
		return true;
	if (!zh_spec_has_date(&e->a))
	{
		if (e->a.has_clock && lit(p, end, "左右"))
		{
			e->approx = true;	/* 10点左右 */
			e->end = end + 2;
		}
		return true;
	}
	k = end;
	if ((connector(p, k) || (stopped && at(p, k) == 0x3001)) && !e->a.has_clock)
	{
		size_t		cl = connector(p, k) ? connector(p, k) : 1;
		bool		stopped_b;
		size_t		bend = parse_spec(p, k + cl, &e->b, true, &stopped_b);

		if (bend && !stopped_b && zh_spec_has_date(&e->b))
		{
			e->range = true;
			e->end = bend;
		}
		else if (at(p, k) == 0x81F3 && at(p, k + 1) == 0x4ECA &&
				 !in_set(at(p, k + 2), "年天日晚早后"))
		{
			/* 2020年至今 */
			memset(&e->b, 0, sizeof(e->b));
			e->b.dmode = FM_REL;
			e->range = true;
			e->end = k + 2;
		}
		else if (stopped)
			return false;		/* a bare number that found no end */
	}
	else if (stopped)
		return false;
	k = e->end;
	if (lit(p, k, "前后") || lit(p, k, "左右"))
	{
		e->approx = true;
		e->end = k + 2;
	}
	else if (!e->a.has_clock && !e->a.week && deadline_suffix(p, k))
	{
		e->deadline = true;
		e->end = k + deadline_suffix(p, k);
	}
	return true;
}

/* WHY: most characters cannot begin an expression: test them cheaply. */
static bool
can_start(uint32_t c)
{
	if (c < 0x80)
		return is_digit(c);
	switch (c)
	{
		case 0x4ECA:			/* 今 */
		case 0x6628:			/* 昨 */
		case 0x660E:			/* 明 */
		case 0x524D:			/* 前 */
		case 0x540E:			/* 后 */
		case 0x53BB:			/* 去 */
		case 0x672C:			/* 本 */
		case 0x4E0A:			/* 上 */
		case 0x4E0B:			/* 下 */
		case 0x8FD9:			/* 这 */
		case 0x5F53:			/* 当 */
		case 0x540C:			/* 同 */
		case 0x6B21:			/* 次 */
		case 0x7FCC:			/* 翌 */
		case 0x6765:			/* 来 */
		case 0x5468:			/* 周 */
		case 0x661F:			/* 星 */
		case 0x793C:			/* 礼 */
		case 0x8FD1:			/* 近 */
		case 0x65E5:			/* 日 */
		case 0x76EE:			/* 目 */
		case 0x4E0D:			/* 不 */
		case 0x5E74:			/* 年 */
		case 0x6708:			/* 月 */
		case 0x6625:			/* 春 */
		case 0x590F:			/* 夏 */
		case 0x79CB:			/* 秋 */
		case 0x51AC:			/* 冬 */
		case 0x4E2D:			/* 中 */
		case 0x665A:			/* 晚 */
		case 0x508D:			/* 傍 */
		case 0x51CC:			/* 凌 */
		case 0x6DF1:			/* 深 */
		case 0x591C:			/* 夜 */
		case 0x65E9:			/* 早 */
		case 0x6E05:			/* 清 */
		case 0x7B2C:			/* 第 */
		case 0x5348:			/* 午 */
		case 0x5927:			/* 大 */
			return true;
		default:
			return zh_datenum_is_cn(c);
	}
}

/* WHY: the scanner: every expression in text order, in one linear pass. */
ZhStatus
zh_dates_parse(const ZhEnv *env, const uint32_t *cp, size_t n,
			   ZhDateExpr **out, size_t *nout)
{
	P			p;
	ZhDateExpr *arr = NULL;
	size_t		len = 0,
				cap = 0;
	size_t		i = 0;
	size_t		iter = 0;

	p.cp = cp;
	p.n = n;
	*out = NULL;
	*nout = 0;
	while (i < n)
	{
		ZhDateExpr	e;
		uint32_t	c = cp[i];

		zh_maybe_check(env, iter++);
		if (!can_start(c))
		{
			i++;
			continue;
		}
		if (parse_expr(&p, i, &e))
		{
			if (i > 0 && cp[i - 1] == C_MEI)
			{
				i = e.end;		/* 每周一, 每年春季: recurring, not a date */
				continue;
			}
			if (len == cap)
			{
				size_t		ncap = cap ? cap * 2 : 16;
				ZhDateExpr *na;

				if (ncap > EXPR_MAX)
				{
					zh_free(env, arr);
					return ZH_ERR_TOO_LARGE;
				}
				na = zh_alloc(env, ncap * sizeof(ZhDateExpr));
				if (!na)
				{
					zh_free(env, arr);
					return ZH_ERR_NOMEM;
				}
				if (len)
					memcpy(na, arr, len * sizeof(ZhDateExpr));
				zh_free(env, arr);
				arr = na;
				cap = ncap;
			}
			arr[len++] = e;
			i = e.end;
			continue;
		}
		/* step over the whole numeral run: no date starts inside one */
		if (is_digit(c))
			while (i < n && is_digit(cp[i]))
				zh_maybe_check(env, i++);
		else if (zh_datenum_is_cn(c))
			while (i < n && zh_datenum_is_cn(cp[i]))
				zh_maybe_check(env, i++);
		else
			i++;
	}
	*out = arr;
	*nout = len;
	return ZH_OK;
}
