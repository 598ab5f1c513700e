/*
 * zh_dates_clock.c — the time of day: parts of the day (上午, 傍晚, 深夜)
 * and clock times (8点, 17时30分, 8:30, 八点半).  Hours written in Chinese
 * (三点) are points of a speech unless a part of the day, a date or a minute,
 * 钟, 半 or 整 makes them a clock time.
 */
#include "zh_dates_lex.h"

#include <string.h>

/* WHY: 上午, 下午, 晚上 …: the part of the day, with or without a date. */
bool
dates_parse_pod(DateReader *r, bool after_day)
{
	static const char *const words[] = {
		"上午", "中午", "下午", "晚上", "傍晚", "凌晨", "深夜", "夜间", "早上",
		"清晨", "早晨", "晚间", "夜里", "午后", "夜晚", NULL
	};
	static DateWords words_filter = {words, {0, 0}, false};
	static const uint8_t pods[] = {
		ZH_POD_MORNING, ZH_POD_NOON, ZH_POD_AFTERNOON, ZH_POD_EVENING,
		ZH_POD_EVENING, ZH_POD_NIGHT, ZH_POD_NIGHT, ZH_POD_NIGHT,
		ZH_POD_MORNING, ZH_POD_MORNING, ZH_POD_MORNING, ZH_POD_EVENING,
		ZH_POD_NIGHT, ZH_POD_AFTERNOON, ZH_POD_EVENING
	};
	const DateText *txt = r->text;
	size_t		k = r->k;
	int			w;
	size_t		len = dates_words_at(txt, k, &words_filter, &w);

	if (len && w <= 2 && dates_in_set(at(txt, k + 2), "餐饭觉休睡"))
		len = 0;				/* 送上午餐: 上 + 午餐 */
	if (len)
	{
		r->s->pod = pods[w];
		r->k = k + len;
		return true;
	}
	if (after_day && txt->cp[k] == 0x665A && !dates_in_set(at(txt, k + 1), "会报餐宴班点于些辈年期婚"))
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

/*
 * WHY: 三点十五, 三点零五, 9点30: minutes without 分.  Only forms that cannot
 * be a decimal read aloud (三点五, 十二点五度, 三点一五 are numbers):
 * positional Chinese (十五, 四十五) or 零 and a digit, or two Arabic digits
 * after Arabic hours; and nothing after them that measures a quantity.
 */
static size_t
bare_minute(const DateText *txt, size_t k, bool chinese, int *minute)
{
	ZhDateNum	m;

	if (!zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &m) || m.chinese != chinese ||
		m.value < 1 || m.value > 59 || m.len != 2)
		return 0;
	if (chinese && !m.positional && txt->cp[k] != 0x96F6)
		return 0;				/* 三点一五 */
	if (is_num_char(at(txt, k + 2)) || at(txt, k + 2) == '.' || at(txt, k + 2) == '%' ||
		dates_in_set(at(txt, k + 2), "度倍个米元万亿克吨秒岁斤条名号％"))
		return 0;
	*minute = (int) m.value;
	return 2;
}

/* WHY: 8点, 17时30分, 8:30, 八点半: the clock time, in seconds. */
bool
dates_parse_clock(DateReader *r)
{
	const DateText *txt = r->text;
	size_t		k = r->k;
	ZhDateNum	h,
				m;
	int			minute = 0,
				second = 0;
	int			hour;
	bool		firm = false;	/* a minute, 半, 钟 or 整 makes it a time */
	bool		approx = false;
	uint32_t	unit;
	size_t		len;

	if (!zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &h) || h.value < 0 || h.value > 24 ||
		h.len > 3 || (!h.chinese && h.len > 2))
		return false;
	if (!h.chinese && dates_glued_before(txt, k))
		return false;
	if (h.chinese && k > 0 && is_num_char(txt->cp[k - 1]))
		return false;
	hour = (int) h.value;
	k += h.len;
	unit = at(txt, k);
	if (!h.chinese && (unit == ':' || unit == 0xFF1A))
	{
		if (!is_digit(at(txt, k + 1)) || !is_digit(at(txt, k + 2)) || is_digit(at(txt, k + 3)))
			return false;
		minute = (int) ((at(txt, k + 1) - '0') * 10 + (at(txt, k + 2) - '0'));
		if (minute > 59)
			return false;
		k += 3;
		if ((at(txt, k) == ':' || at(txt, k) == 0xFF1A) && is_digit(at(txt, k + 1)) &&
			is_digit(at(txt, k + 2)) && !is_digit(at(txt, k + 3)))
		{
			second = (int) ((at(txt, k + 1) - '0') * 10 + (at(txt, k + 2) - '0'));
			if (second > 59)
				return false;
			k += 3;
		}
		firm = true;
	}
	else if (unit == C_DIAN || unit == C_SHI)
	{
		k++;
		if (unit == C_SHI && dates_in_set(at(txt, k), "间期代候刻节段光速效长差尚态髦常"))
			return false;
		if (unit == C_DIAN && at(txt, k) == 0x949F)
		{
			k++;				/* 钟 */
			firm = true;
		}
		if (at(txt, k) == 0x534A)
		{
			minute = 30;		/* 半 */
			k++;
			firm = true;
		}
		else if (zh_datenum_read(txt->cp, txt->n, k, NUM_LOOK, &m) && m.value >= 0 &&
				 m.value <= 59 && m.len <= 3 && at(txt, k + m.len) == C_FEN &&
				 !(at(txt, k + m.len + 1) == 0x949F))
		{
			minute = (int) m.value;
			k += m.len + 1;
			firm = true;
		}
		else if (at(txt, k) == 0x6574)
		{
			k++;				/* 整 */
			firm = true;
		}
		else if ((at(txt, k) == 0x4E00 || at(txt, k) == 0x4E09) && at(txt, k + 1) == 0x523B &&
				 at(txt, k + 2) != 0x949F)
		{
			minute = at(txt, k) == 0x4E00 ? 15 : 45;	/* 一刻, 三刻 */
			k += 2;
			firm = true;
		}
		else if (unit == C_DIAN && (len = bare_minute(txt, k, h.chinese, &minute)) != 0)
		{
			k += len;			/* 三点十五, 三点零五, 9点30 */
			firm = true;
		}
		if (unit == C_DIAN && !firm && is_num_char(at(txt, k)))
			return false;		/* 12点5度: a decimal read aloud */
		if (unit == C_DIAN && !firm && dates_lit_any(txt, k, point_nouns, NULL))
			return false;		/* 8点建议 */
	}
	else
		return false;
	if (at(txt, k) == 0x8BB8)
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
void
dates_adjust_clock(ZhDateSpec *s)
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
