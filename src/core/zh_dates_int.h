/*
 * zh_dates_int.h — what the date grammar (zh_dates_parse.c) hands to the
 * resolver (zh_dates.c): expressions as written, not yet calendar ranges.
 *
 * A spec records each calendar field as the text gives it: absolute (2023年,
 * 5月), relative to the anchor (去年, 上个月, 昨天), relative to the previous
 * date in the text (同年, 当月, 次日), or absent.  Resolution needs the whole
 * text first (the year a text states most often), hence the two stages.
 */
#ifndef ZH_DATES_INT_H
#define ZH_DATES_INT_H

#include "zh_dates.h"

enum
{
	FM_NONE = 0,				/* not given */
	FM_ABS,						/* value */
	FM_REL,						/* offset from the anchor */
	FM_CTX						/* offset from the previous date in the text */
};

/* Parts of a year */
enum
{
	YP_NONE = 0,
	YP_H1, YP_H2,				/* 上半年 下半年 */
	YP_Q1, YP_Q2, YP_Q3, YP_Q4,	/* 一季度 … 四季度 */
	YP_Q1_2, YP_Q1_3,			/* 前两季度 前三季度 */
	YP_EARLY, YP_MID, YP_LATE,	/* 年初 年中 年底/年末 */
	YP_SPRING, YP_SUMMER, YP_AUTUMN, YP_WINTER
};

/* Parts of a month: the three xun (旬) */
enum
{
	MP_NONE = 0, MP_XUN1, MP_XUN2, MP_XUN3
};

/* Parts of a month counted in days or weeks (after a month) */
enum
{
	IM_NONE = 0,
	IM_NTH_WEEKDAY,				/* 第一个星期一 */
	IM_LAST_WEEKDAY,			/* 最后一个星期五 */
	IM_NTH_WEEK,				/* 第3周: days 7(n-1)+1 … 7n */
	IM_LAST_WEEK,				/* 最后一周: the last seven days */
	IM_FIRST_DAYS,				/* 前三天 */
	IM_LAST_DAYS				/* 最后三天, 后三天 */
};

/* Vague references to the present */
enum
{
	VG_NONE = 0,
	VG_RECENT_DAYS,				/* 近日 日前 近来 前不久 */
	VG_NOW,						/* 目前 当前 */
	VG_NEAR,					/* 近期 */
	VG_RECENT_YEARS				/* 近年来 近年 近几年 */
};

/* Units of an offset from the anchor (三天后, 前两个月, 近三年) */
enum
{
	OU_NONE = 0, OU_DAY, OU_WEEK, OU_MONTH, OU_YEAR
};

/* What an offset of n units names */
enum
{
	OFF_POINT = 1,				/* the unit n away: 三天后, 两个月前 (n signed) */
	OFF_BEFORE,					/* the n units before the current one: 前两天, 上两周 */
	OFF_AFTER,					/* the n units after the current one: 下三天, 后三个月 */
	OFF_UPTO,					/* the last n units up to the anchor: 近三个月, 过去一周 */
	OFF_FROM					/* the next n units from the anchor: 未来10天 */
};

typedef struct ZhDateSpec
{
	uint8_t		ymode,
				mmode,
				dmode;			/* FM_* */
	bool		y_stated;		/* a year written out in the text */
	int32_t		y,
				m,
				d;				/* value (FM_ABS) or offset */
	uint8_t		ypart;			/* YP_* */
	uint8_t		mpart;			/* MP_* */
	bool		week;			/* 本周 上周 周三 */
	int8_t		week_off;
	uint8_t		weekday;		/* 1 Monday … 7 Sunday, 0 none */
	uint8_t		vague;			/* VG_* */
	uint8_t		pod;			/* ZH_POD_* */
	bool		has_clock;
	int32_t		clock;			/* seconds since midnight */
	bool		approx;			/* 9时许 */
	bool		has_end_clock;	/* the end of a clock range: 9点到11点 */
	int32_t		end_clock;
	uint8_t		off_unit;		/* OU_*: an offset from the anchor */
	uint8_t		off_kind;		/* OFF_* */
	int32_t		off_n;
	uint16_t	holiday;		/* 1 + index in the holiday table, 0 none */
	uint8_t		lunar_m;		/* a lunar date: month 1..12, 0 none */
	uint8_t		lunar_d;		/* day 1..30 */
	bool		lunar_leap;		/* 闰 */
	uint8_t		in_month;		/* IM_*: a part of the month counted in days or weeks */
	uint8_t		in_n;			/* its count or ordinal */
	uint8_t		in_weekday;		/* 1 Monday … 7 Sunday, for IM_NTH_WEEKDAY/IM_LAST_WEEKDAY */
	uint16_t	century;		/* 19世纪: 19; with decade: 上世纪90年代 */
	bool		century_rel;	/* 本世纪 (century_off 0), 上世纪 (-1): from the anchor */
	int8_t		century_off;
	uint8_t		decade;			/* 90年代: 9 + 1 (0: none) */
} ZhDateSpec;

typedef struct ZhDateExpr
{
	size_t		start,
				end;			/* [start, end) in the scanned text */
	ZhDateSpec	a;
	ZhDateSpec	b;				/* the end of a range */
	bool		range;
	bool		deadline;		/* 8月底前: up to the end of a */
	bool		approx;			/* 前后, 左右 */
} ZhDateExpr;

/* True if the spec names a calendar date (not only a time of day). */
static inline bool
zh_spec_has_date(const ZhDateSpec *s)
{
	return s->ymode || s->mmode || s->dmode || s->ypart || s->mpart ||
		s->week || s->vague || s->off_unit || s->holiday || s->lunar_m || s->century ||
		s->century_rel || s->decade;
}

/* All expressions in cp[0, n), in text order, non-overlapping. */
ZhStatus	zh_dates_parse(const ZhEnv *env, const uint32_t *cp, size_t n,
						   ZhDateExpr **out, size_t *nout);

#endif
