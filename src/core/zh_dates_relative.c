/*
 * zh_dates_relative.c — expressions relative to the anchor or to the text:
 * vague words (近日, 目前), named days (昨天, 当天, 次日), weeks and weekdays
 * (上周四, 周三).
 */
#include "zh_dates_lex.h"

#include <string.h>

/* WHY: vague references to the present are dates only approximately. */
bool
dates_parse_vague(DateReader *r)
{
	static const char *const words[] = {
		"近年来", "近些年来", "近几年来", "近些年", "近几年", "近年", "近日", "近期",
		"近来", "日前", "目前", "当前", "前不久", "不久前", NULL
	};
	static DateWords words_filter = {words, {0, 0}, false};
	static const uint8_t kinds[] = {
		VG_RECENT_YEARS, VG_RECENT_YEARS, VG_RECENT_YEARS, VG_RECENT_YEARS,
		VG_RECENT_YEARS, VG_RECENT_YEARS, VG_RECENT_DAYS, VG_NEAR,
		VG_RECENT_DAYS, VG_RECENT_DAYS, VG_NOW, VG_NOW, VG_RECENT_DAYS,
		VG_RECENT_DAYS
	};
	const DateText *txt = r->text;
	size_t		i = r->k;
	uint32_t	prev = i > 0 ? txt->cp[i - 1] : 0;
	int			w;
	size_t		len = dates_words_at(txt, i, &words_filter, &w);

	if (!len)
		return false;
	if (txt->cp[i] == 0x8FD1 && dates_in_set(prev, "接附邻靠将逼贴临最"))
		return false;			/* 接近, 附近 … */
	if (w == 6 && at(txt, i + 2) == 0x672C)
		return false;			/* 近日本: 日本 */
	if (w == 9)
	{
		/* 日前 after a word ending in 日 (节日前) or after a number */
		if (is_num_char(prev) || dates_in_set(prev, "节生假当次今昨明每作念放翌前后往平终白旧末周月年时逐连多数近抗向落吉忌寿休庆首之该本某同元朝即号工"))
			return false;
	}
	if (w == 10 && dates_in_set(prev, "项题节科栏条书纲数名盲注耳面眉醒夺心触悦过瞩"))
		return false;			/* 项目前期, 节目前 */
	if (w == 11 && dates_in_set(prev, "相应担充适"))
		return false;			/* 相当前 */
	r->s->vague = kinds[w];
	r->k = i + len;
	return true;
}

/* WHY: 今天, 昨日, 当天, 今晚: days named relative to the anchor or the text. */
bool
dates_parse_rel_day(DateReader *r)
{
	static const char *const words[] = {
		"今天", "今日", "昨天", "昨日", "明天", "明日", "前天", "后天", "大前天",
		"当天", "当日", "次日", "翌日", "今晚", "昨晚", "明晚", "今早", "今晨",
		"昨夜", "当晚", "大后天", "大后日", "大前日", "后日", "前日", "本日", NULL
	};
	static DateWords words_filter = {words, {0, 0}, false};
	static const int8_t off[] = {
		0, 0, -1, -1, 1, 1, -2, 2, -3, 0, 0, 1, 1, 0, -1, 1, 0, 0, -1, 0, 3, 3, -3, 2, -2, 0
	};
	static const uint8_t ctx[] = {
		0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0
	};
	static const uint8_t pod[] = {
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ZH_POD_EVENING, ZH_POD_EVENING,
		ZH_POD_EVENING, ZH_POD_MORNING, ZH_POD_MORNING, ZH_POD_NIGHT, ZH_POD_EVENING,
		0, 0, 0, 0, 0, 0
	};
	const DateText *txt = r->text;
	size_t		i = r->k;
	uint32_t	prev = i > 0 ? txt->cp[i - 1] : 0;
	int			w;
	size_t		len = dates_words_at(txt, i, &words_filter, &w);

	if (!len || is_num_char(prev))
		return false;
	if ((w == 6 || w == 7 || w == 23 || w == 24) &&
		((is_han(prev) && !dates_in_set(prev, "于在将到至从和或是、")) ||
		 dates_in_set(at(txt, i + 2), "气然性赋形习失")))
		return false;			/* 提前天数, 午后天气, 先天后天 */
	if (w == 5 && at(txt, i + 2) == 0x4E4B)
		return false;			/* 明日之星 */
	r->s->dmode = ctx[w] ? FM_CTX : FM_REL;
	r->s->d = off[w];
	r->s->pod = pod[w];
	r->k = i + len;
	return true;
}

/* WHY: the weekday after 周/星期/礼拜: 1 Monday … 7 Sunday, 0 none. */
int
dates_weekday_char(uint32_t c)
{
	int			d = zh_cn_plain_digit(c);	/* 一 … 六 */

	if (d >= 1 && d <= 6)
		return d;
	return c == 0x65E5 || c == 0x5929 ? 7 : 0;	/* 日 天 */
}

/* WHY: 周, 星期, 礼拜 all name the week; returns the word's length. */
size_t
dates_week_word(const DateText *txt, size_t k)
{
	static const char *const words[] = {"星期", "礼拜", "周", NULL};

	return dates_lit_any(txt, k, words, NULL);
}

/* WHY: 本周, 上周四, 下个星期, 周三: weeks and weekdays around the anchor. */
bool
dates_parse_week(DateReader *r)
{
	static const char *const rel[] = {
		"上上个", "上上", "下下个", "下下", "这一个", "这一", "上一个", "上一", "下一个",
		"下一", "本", "这个", "这", "上个", "上", "下个", "下", NULL
	};
	static DateWords rel_filter = {rel, {0, 0}, false};
	static const int8_t off[] = {-2, -2, 2, 2, 0, 0, -1, -1, 1, 1, 0, 0, 0, -1, -1, 1, 1};
	const DateText *txt = r->text;
	size_t		k = r->k;
	uint32_t	prev = k > 0 ? txt->cp[k - 1] : 0;
	int			w = -1;
	size_t		len = dates_words_at(txt, k, &rel_filter, &w);
	size_t		ww;
	int			wd;

	if (is_num_char(prev))
		return false;			/* 四周一片 */
	ww = dates_week_word(txt, k + len);
	if (!ww)
		return false;
	wd = dates_weekday_char(at(txt, k + len + ww));
	if (len == 0)
	{
		/* a bare weekday: 周三, 星期天 (not 周边, 周年) */
		if (!wd || (txt->cp[k] == 0x5468 && at(txt, k + 2) == C_NIAN))
			return false;
		r->s->week = true;
		r->s->weekday = (uint8_t) wd;
		r->k = k + ww + 1;
		return true;
	}
	if (!wd && dates_in_set(at(txt, k + len + ww), "边围年期长转刊报末"))
		return false;			/* 这周边, 上周年 */
	r->s->week = true;
	r->s->week_off = off[w];
	if (wd && !(at(txt, k + len + ww + 1) == C_NIAN))
	{
		r->s->weekday = (uint8_t) wd;
		r->k = k + len + ww + 1;
	}
	else
		r->k = k + len + ww;
	return true;
}
