/*
 * zh_dates.h — dates and times found in Chinese text, as calendar ranges.
 *
 * Day numbers count from 2000-01-01 (PostgreSQL's date epoch: the glue
 * passes them on as DateADT).  Spans are half-open: [lo, hi).
 */
#ifndef ZH_DATES_H
#define ZH_DATES_H

#include <stdbool.h>

#include "zh_env.h"
#include "zh_normalize.h"

/* Granularity, finest first (a range takes the coarser of its ends). */
enum
{
	ZH_GRAIN_TIME = 0,
	ZH_GRAIN_DAY,
	ZH_GRAIN_WEEK,
	ZH_GRAIN_XUN,				/* ten days: 上旬 1-10, 中旬 11-20, 下旬 21-end */
	ZH_GRAIN_MONTH,
	ZH_GRAIN_QUARTER,
	ZH_GRAIN_HALF,
	ZH_GRAIN_YEAR
};

enum
{
	ZH_POD_NONE = 0,
	ZH_POD_MORNING,
	ZH_POD_NOON,
	ZH_POD_AFTERNOON,
	ZH_POD_EVENING,
	ZH_POD_NIGHT
};

typedef struct ZhDate
{
	uint32_t	src_start;		/* input characters [src_start, src_end) */
	uint32_t	src_end;
	char	   *surface;		/* normalised surface text, UTF-8 */
	bool		has_span;		/* false: relative without anchor, year unknown */
	int32_t		lo;				/* days since 2000-01-01, [lo, hi) */
	int32_t		hi;
	int			grain;			/* ZH_GRAIN_* */
	int			part_of_day;	/* ZH_POD_* */
	bool		has_clock;
	int32_t		clock_sec;		/* seconds since midnight, 0..86400 */
	bool		has_end_clock;	/* a clock range (9点到11点): its end */
	int32_t		end_clock_sec;
	bool		approximate;	/* 近日, 年底前, 9时许 … */
} ZhDate;

/*
 * Dates of UTF-8 text s[0, n), raw (PDF-extracted) or normalised, in text
 * order.  With has_anchor, relative expressions (今天, 上周四, 近日) resolve
 * against anchor_day; without it they come back with has_span false.
 * *out is allocated with env (NULL when there are none).
 */
ZhStatus	zh_dates(const ZhEnv *env, const char *s, size_t n,
					 bool has_anchor, int32_t anchor_day,
					 ZhDate **out, size_t *nout);

/* The same on the normal form zh_normalize_text made of the text. */
ZhStatus	zh_dates_normalized(const ZhEnv *env, const ZhNormalized *norm,
								bool has_anchor, int32_t anchor_day,
								ZhDate **out, size_t *nout);

void		zh_dates_free(const ZhEnv *env, ZhDate *d, size_t n);

/* "day", "week", …; "morning", …; NULL for ZH_POD_NONE or out of range. */
const char *zh_grain_name(int grain);
const char *zh_pod_name(int pod);

#endif
