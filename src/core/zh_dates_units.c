/*
 * zh_dates_units.c — the calendar units of an expression, coarsest first:
 * the year (2023年, 今年, 同年), parts of a year (上半年, 三季度, 年底),
 * the month (5月, 上个月) and its ten-day parts (上旬, 月底), the day (24日).
 *
 * Most numbers followed by 年/月/日 are not dates.  A year is four digits
 * (1000-2999, or digit by digit: 二〇二三); one to three digits before 年 are
 * a duration (树龄长达23年, 5、6年).  A month or a day standing alone is
 * refused after words that make it a count (历时, 近, 共, 第 …) and before
 * words that do (内, 以上, 多, 余 …); 号 is refused in 3号线 and in document
 * numbers (〔2023〕2号).
 */
#include "zh_dates_lex.h"

#include <string.h>

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

/*
 * WHY: 09年第四季度, 21年年底, 98年5月: a year written with two digits, the
 * century left out (00-49 the 2000s, 50-99 the 1900s).  Two digits before 年
 * are more often a duration (工作21年), so only a part of the year or a month
 * after 年 makes them a year.
 */
static bool
two_digit_year(const DateText *txt, size_t k, int64_t *value)
{
	static const char *const parts[] = {
		"第", "首季", "前两季", "前三季", "上半年", "下半年", "年底", "年初", "年末", "年中",
		"春", "夏", "秋", "冬", NULL
	};
	size_t		after = k + 3;
	ZhDateNum	m;

	if (at(txt, k + 2) != C_NIAN || (k > 0 && is_num_char(txt->cp[k - 1])) ||
		dates_has_prefix(txt, k, year_count_prefix))
		return false;
	if (!dates_lit_any(txt, after, parts, NULL) &&
		!(zh_datenum_read(txt->cp, txt->n, after, NUM_LOOK, &m) && m.value >= 1 &&
		  m.value <= 12 && m.len <= 2 && at(txt, after + m.len) == C_YUE) &&
		!(zh_cn_digit(at(txt, after)) >= 1 && dates_lit(txt, after + 1, "季度")))
		return false;
	*value += *value < 50 ? 2000 : 1900;
	return true;
}

/* WHY: 2023年, 二〇二三年, 今年, 同年: the year of an expression. */
bool
dates_parse_year(DateReader *r)
{
	static const char *const rel[] = {
		"今年", "去年", "明年", "前年", "本年", "上年", "来年", "同年", "当年", "大前年",
		"大后年", "后年", "下年", "这一年", "上一年", "下一年", "次年", "翌年", NULL
	};
	static DateWords rel_filter = {rel, {0, 0}, false};
	static const int8_t off[] = {0, -1, 1, -2, 0, -1, 1, 0, 0, -3, 3, 2, 1, 0, -1, 1, 1, 1};
	const DateText *txt = r->text;
	size_t		k = r->k;
	ZhDateNum	y;
	int			w;
	size_t		len;
	uint32_t	prev = k > 0 ? txt->cp[k - 1] : 0;

	if (zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &y))
	{
		if (y.len == 2 && !y.chinese && two_digit_year(txt, k, &y.value))
		{
			r->s->ymode = FM_ABS;
			r->s->y = (int32_t) y.value;
			r->s->y_stated = true;
			r->k = k + 3;
			return true;
		}
		if (y.len != 4 || y.value < 1000 || y.value > 2999 || y.positional)
			return false;
		if (dates_has_prefix(txt, k, year_count_prefix))
			return false;
		k += 4;
		if (at(txt, k) != C_NIAN)
		{
			if (!dates_borrows_unit(txt, k, y.chinese, 4, 4, "年", y.value))
				return false;
			r->stop = true;
		}
		else
		{
			k++;
			if (dates_in_set(at(txt, k), "多余") || dates_lit(txt, k, "左右") || dates_lit(txt, k, "之久") ||
				dates_lit(txt, k, "以上"))
				return false;	/* 2000多年: a duration */
			if (at(txt, k) == C_DU)
				k++;			/* 2023年度 */
		}
		r->s->ymode = FM_ABS;
		r->s->y = (int32_t) y.value;
		r->s->y_stated = true;
		r->k = k;
		return true;
	}
	len = dates_words_at(txt, k, &rel_filter, &w);
	if (!len || is_num_char(prev))
		return false;
	if (w == 3 && (dates_in_set(prev, "年此之以日月空提") || dates_in_set(at(txt, k + 2), "均度份龄限轻")))
		return false;			/* 提前年, 前年度 */
	if (w == 5 && (prev == 0x4EE5 || dates_in_set(at(txt, k + 2), "龄级纪")))
		return false;			/* 以上年龄, 上年纪 */
	if ((w == 11 || w == 12) &&
		((is_han(prev) && !dates_in_set(prev, "于在将到至从和或是、")) ||
		 dates_in_set(at(txt, k + 2), "级度龄")))
		return false;			/* 前后年, 上下年级 */
	if (w >= 16)
		r->s->ymode = FM_CTX;	/* 次年, 翌年: the year after the text's */
	else if (w == 7 || w == 8)
	{
		/* 同年, 当年 are dates only before a month or a part of the year */
		uint32_t	c = at(txt, k + 2);

		if (!is_num_char(c) && !dates_in_set(c, "上下春夏秋冬第前年底末初"))
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
quarter_at(const DateText *txt, size_t k, int *q)
{
	size_t		i = k;
	int			v;

	if (dates_lit(txt, i, "首季度"))
	{
		*q = 1;
		return 3;
	}
	if (at(txt, i) == 0x7B2C)
		i++;					/* 第 */
	v = is_digit(at(txt, i)) ? (int) (at(txt, i) - '0') : zh_cn_plain_digit(at(txt, i));
	if (v < 1 || v > 4)
		return 0;
	if (!dates_lit(txt, i + 1, "季度"))
		return 0;
	*q = v;
	return i + 3 - k;
}

/* WHY: 上半年, 一季度, 年初, 年底, 春季: parts of a year. */
bool
dates_parse_year_part(DateReader *r, bool have_year)
{
	static const char *const words[] = {
		"上半年", "下半年", "前三季度", "前两季度", "年初", "年中", "年底", "年末",
		"春季", "春天", "夏季", "夏天", "秋季", "秋天", "冬季", "冬天", NULL
	};
	static DateWords words_filter = {words, {0, 0}, false};
	static const uint8_t parts[] = {
		YP_H1, YP_H2, YP_Q1_3, YP_Q1_2, YP_EARLY, YP_MID, YP_LATE, YP_LATE,
		YP_SPRING, YP_SPRING, YP_SUMMER, YP_SUMMER, YP_AUTUMN, YP_AUTUMN,
		YP_WINTER, YP_WINTER
	};
	const DateText *txt = r->text;
	size_t		k = r->k;
	uint32_t	prev = k > 0 ? txt->cp[k - 1] : 0;
	int			w,
				q;
	size_t		len;

	if (!have_year && (is_num_char(prev) || dates_in_set(prev, "年个岁")))
		return false;			/* 三年中, 每年年底 */
	if ((len = quarter_at(txt, k, &q)) != 0)
	{
		r->s->ypart = (uint8_t) (YP_Q1 + q - 1);
		r->k = k + len;
		return true;
	}
	if ((len = dates_words_at(txt, k, &words_filter, &w)) != 0)
	{
		if (w == 5 && is_han(at(txt, k + 2)) && !dates_in_set(at(txt, k + 2), "前后以左至到"))
			return false;		/* 年中国 */
		if (w == 4 && dates_in_set(at(txt, k + 2), "步次级衷心始稿审赛期"))
			return false;
		r->s->ypart = parts[w];
		r->k = k + len;
		return true;
	}
	if (have_year && prev == C_NIAN)
	{
		/* 2023年初, 今年底: the 年 is shared */
		uint32_t	c = at(txt, k),
					nx = at(txt, k + 1);

		if (c == 0x521D && !dates_in_set(nx, "步次级衷心始稿审赛期"))
			r->s->ypart = YP_EARLY; /* 初 */
		else if ((c == 0x5E95 && nx != 0x7EBF) || c == 0x672B)
			r->s->ypart = YP_LATE;	/* 底 末 */
		else if (c == 0x4E2D && (!is_han(nx) || dates_in_set(nx, "前后以左至到")))
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
parse_month_part(DateReader *r)
{
	const DateText *txt = r->text;
	size_t		k = r->k;
	uint32_t	c = at(txt, k),
				nx = at(txt, k + 1);

	if (dates_lit(txt, k, "上旬"))
		r->s->mpart = MP_XUN1;
	else if (dates_lit(txt, k, "中旬"))
		r->s->mpart = MP_XUN2;
	else if (dates_lit(txt, k, "下旬"))
		r->s->mpart = MP_XUN3;
	else
	{
		if (c == 0x521D && !dates_in_set(nx, "步次级衷心始稿审赛期"))
			r->s->mpart = MP_XUN1;	/* 初 */
		else if (c == 0x4E2D && (!is_han(nx) || dates_in_set(nx, "前后以左至到")))
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
bool
dates_parse_month(DateReader *r, bool have_year)
{
	static const char *const rel[] = {
		"本月", "上个月", "上月", "下个月", "下月", "这个月", "当月", "次月", "同月",
		"上上个月", "上上月", "下下个月", "下下月", "上一个月", "上一月", "下一个月",
		"这一个月", NULL
	};
	static DateWords rel_filter = {rel, {0, 0}, false};
	static const int8_t off[] = {0, -1, -1, 1, 1, 0, 0, 1, 0, -2, -2, 2, 2, -1, -1, 1, 0};
	static const uint8_t ctx[] = {0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
	const DateText *txt = r->text;
	size_t		k = r->k;
	uint32_t	prev = k > 0 ? txt->cp[k - 1] : 0;
	ZhDateNum	m;
	int			w;
	size_t		len;

	if (zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &m))
	{
		if (m.value < 1 || m.value > 12 || m.len > 2)
			return false;
		if (!have_year && (dates_has_prefix(txt, k, md_count_prefix) || dates_in_set(prev, "年")))
			return false;		/* 历时3月, 每年5月 */
		if (prev == 0x5386)
			return false;		/* 农历八月 the lunar grammar refused (9999年农历八月十五) */
		k += m.len;
		if (at(txt, k) != C_YUE)
		{
			if (!dates_borrows_unit(txt, k, m.chinese, 1, 2, "月", m.value))
				return false;
			r->stop = true;
		}
		else
		{
			k++;
			if (at(txt, k) == C_FEN4)
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
	if ((len = dates_words_at(txt, k, &rel_filter, &w)) != 0)
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
	if (txt->cp[k] == C_YUE && !is_num_char(prev) && !dates_in_set(prev, "个岁年每"))
	{
		uint32_t	c = at(txt, k + 1);

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

/* WHY: 廿三 (23), 廿 (20), 卅 (30): days written with the old tens; 0 if none. */
size_t
dates_read_nian_sa(const DateText *txt, size_t k, int64_t *value)
{
	uint32_t	c = at(txt, k);
	int			u;

	if (c == 0x5345)
	{
		*value = 30;			/* 卅 */
		return 1;
	}
	if (c != 0x5EFF)
		return 0;				/* 廿 */
	u = zh_cn_plain_digit(at(txt, k + 1));
	if (u >= 1 && u <= 9)
	{
		*value = 20 + u;
		return 2;
	}
	*value = 20;
	return 1;
}

/* WHY: 24日, 二十四日, 24号: the day of an expression. */
bool
dates_parse_day(DateReader *r, bool have_month)
{
	const DateText *txt = r->text;
	size_t		k = r->k;
	uint32_t	prev = k > 0 ? txt->cp[k - 1] : 0;
	ZhDateNum	d;
	uint32_t	unit;

	if ((d.len = dates_read_nian_sa(txt, k, &d.value)) != 0)
		d.chinese = true, d.positional = true;	/* 廿三日 */
	else if (!zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &d))
		return false;
	if (d.value < 1 || d.value > 31 || (!d.chinese && d.len > 2) || d.len > 3)
		return false;
	if (!have_month)
	{
		if (d.chinese && d.len < 2)
			return false;		/* 三日, 一日游 */
		if (dates_has_prefix(txt, k, md_count_prefix) || dates_in_set(prev, "月年第〕]】）)"))
			return false;		/* 近5日, 每月5日, 〔2023〕2号 */
	}
	k += d.len;
	unit = at(txt, k);
	if (unit != C_RI && unit != C_HAO)
	{
		if (!dates_borrows_unit(txt, k, d.chinese, 1, 3, "日号", d.value))
			return false;
		r->stop = true;
	}
	else
	{
		uint32_t	nx = at(txt, k + 1);

		if (unit == C_HAO && dates_in_set(nx, "线楼院文令门机馆厅车口位码字房桥台坑店件站"))
			return false;		/* 3号线, 1号文件 */
		if (!have_month &&
			(dates_in_set(nx, "内多余后来间") || dates_lit(txt, k + 1, "以内") || dates_lit(txt, k + 1, "之内") ||
			 dates_lit(txt, k + 1, "以上") || dates_lit(txt, k + 1, "左右") || dates_lit(txt, k + 1, "之久")))
			return false;		/* 30日内: a period */
		k++;
	}
	r->s->dmode = FM_ABS;
	r->s->d = (int32_t) d.value;
	r->k = k;
	return true;
}

/* WHY: （星期三） after a day only repeats it; it belongs to the surface. */
void
dates_skip_weekday_note(DateReader *r)
{
	const DateText *txt = r->text;
	size_t		k = r->k;
	bool		paren = false;
	size_t		ww;

	if (at(txt, k) == 0xFF08 || at(txt, k) == '(')
	{
		paren = true;
		k++;
	}
	ww = dates_week_word(txt, k);
	if (!ww || !dates_weekday_char(at(txt, k + ww)))
		return;
	k += ww + 1;
	if (paren)
	{
		if (at(txt, k) != 0xFF09 && at(txt, k) != ')')
			return;
		k++;
	}
	r->k = k;
}

/* WHY: 第一个, 第3, 最后一个: an ordinal before a week or weekday; 0 if none. */
static size_t
ordinal_at(const DateText *txt, size_t k, int *n, bool *last)
{
	ZhDateNum	num;
	size_t		i = k;

	*last = false;
	if (dates_lit(txt, i, "最后"))
	{
		*last = true;
		*n = 1;
		i += 2;
		if (at(txt, i) == 0x4E00)
			i++;				/* 最后一 */
	}
	else if (at(txt, i) == 0x7B2C)
	{
		/* 第 */
		if (!zh_datenum_read(txt->cp, txt->n, i + 1, NUM_LOOK, &num) || num.value < 1 ||
			num.value > 5 || num.len > 1)
			return 0;
		*n = (int) num.value;
		i += 1 + num.len;
	}
	else
		return 0;
	if (at(txt, i) == 0x4E2A)
		i++;					/* 个 */
	return i - k;
}

/*
 * WHY: 十月第一个星期一, 下月第3周, 本月前三天, 上月最后一周: a part of a
 * month counted in weekdays, weeks (seven days from the 1st: 第3周 is days
 * 15-21; 最后一周 the last seven) or days.
 */
bool
dates_parse_in_month(DateReader *r)
{
	const DateText *txt = r->text;
	size_t		k = r->k;
	int			n;
	bool		last;
	size_t		len,
				ww;

	if (at(txt, k) == 0x7684)
		k++;					/* 的 */
	if ((len = ordinal_at(txt, k, &n, &last)) != 0 && (ww = dates_week_word(txt, k + len)) != 0)
	{
		int			wd = dates_weekday_char(at(txt, k + len + ww));

		k += len + ww;
		if (wd)
		{
			r->s->in_month = last ? IM_LAST_WEEKDAY : IM_NTH_WEEKDAY;
			r->s->in_weekday = (uint8_t) wd;
			k++;
		}
		else
			r->s->in_month = last ? IM_LAST_WEEK : IM_NTH_WEEK;
		r->s->in_n = (uint8_t) n;
		r->k = k;
		return true;
	}
	if (at(txt, k) == 0x524D || dates_lit(txt, k, "最后") || at(txt, k) == 0x540E)
	{
		/* 前三天, 最后三天, 后三天 */
		size_t		lead = at(txt, k) == 0x6700 ? 2 : 1;
		ZhDateNum	num;

		if (!zh_datenum_read(txt->cp, txt->n, k + lead, NUM_LOOK, &num) || num.value < 1 ||
			num.value > 27 || num.len > 2)
			return false;
		if (at(txt, k + lead + num.len) != 0x5929)
			return false;		/* 天 */
		r->s->in_month = txt->cp[k] == 0x524D ? IM_FIRST_DAYS : IM_LAST_DAYS;
		r->s->in_n = (uint8_t) num.value;
		r->k = k + lead + num.len + 1;
		return true;
	}
	return false;
}

/*
 * WHY: 19世纪, 上世纪90年代, 本世纪, 九十年代: centuries, counted as the
 * calendar counts them (the 20th is 1901-2000: "2000年是本世纪的最后一年"),
 * and decades (90年代 1990-1999).  本世纪 and 上世纪 are the anchor's century
 * and the one before.  A decade without a century is of the 1900s, the one
 * news text means by 80年代.
 */
bool
dates_parse_century(DateReader *r)
{
	const DateText *txt = r->text;
	size_t		k = r->k;
	ZhDateNum	num;
	int			century = 0;

	if ((k > 0 && is_num_char(txt->cp[k - 1])) ||
		!(is_num_char(txt->cp[k]) || txt->cp[k] == 0x4E0A || txt->cp[k] == 0x672C ||
		  txt->cp[k] == 0x8FD9))
		return false;			/* starts with none of 上 本 这 or a number */
	if (dates_lit(txt, k, "上世纪") || dates_lit(txt, k, "上个世纪"))
	{
		r->s->century_rel = true;
		r->s->century_off = -1;
		k += at(txt, k + 1) == 0x4E2A ? 4 : 3;
	}
	else if (dates_lit(txt, k, "本世纪") || dates_lit(txt, k, "这个世纪"))
	{
		r->s->century_rel = true;
		k += at(txt, k) == 0x8FD9 ? 4 : 3;
	}
	else if (zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &num) && num.value >= 1 &&
			 num.value <= 99 && num.len <= 3 && dates_lit(txt, k + num.len, "世纪"))
	{
		century = (int) num.value;
		k += num.len + 2;
	}
	if (zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &num) && num.len <= 3 &&
		num.value >= 0 && num.value <= 90 && num.value % 10 == 0 &&
		dates_lit(txt, k + num.len, "年代") && !is_num_char(at(txt, k + num.len + 2)))
	{
		if (!century && !r->s->century_rel &&
			(dates_has_prefix(txt, k, year_count_prefix) || num.value == 0))
			return false;
		r->s->decade = (uint8_t) (num.value / 10 + 1);
		if (!century && !r->s->century_rel)
			century = 20;
		k += num.len + 2;
	}
	if (!century && !r->s->century_rel)
		return false;
	r->s->century = (uint16_t) century;
	r->k = k;
	return true;
}
