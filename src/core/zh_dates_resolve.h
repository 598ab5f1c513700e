/*
 * zh_dates_resolve.h — what the resolver (zh_dates.c) shares with the span
 * arithmetic of each kind of expression (zh_dates_spans.c): the context of
 * the text read so far, one resolved end, and the span functions.
 */
#ifndef ZH_DATES_RESOLVE_H
#define ZH_DATES_RESOLVE_H

#include "zh_dates_int.h"
#include "zh_lunar.h"

/* The anchor, the year the text states, and the previous dated row. */
typedef struct Ctx
{
	bool		anchor_ok;		/* an anchor in a reportable year */
	int64_t		anchor;
	int64_t		ay;
	int			am,
				ad;
	int64_t		stated_year;	/* 0: the text states none */
	ZhLunar    *lunar;			/* opened on the first lunar date */
	ZhStatus   *status;			/* where resolution reports ICU failures */
	/* the previous dated row */
	bool		has_year;
	int64_t		year;
	bool		has_month;
	int64_t		my;
	int			mm;
	size_t		month_at;		/* where the text stated that month */
	size_t		para_from;		/* a paragraph known to end at para_end */
	size_t		para_end;
	bool		para_known;
	bool		has_day;
	int64_t		day;
} Ctx;

/* One end, resolved. */
typedef struct Res
{
	bool		ok;				/* has a span */
	bool		drop;			/* impossible date: no row at all */
	int64_t		lo,
				hi;
	int			grain;
	bool		y_known;
	int64_t		y;
	bool		m_known;
	int			m;
	bool		day_known;
	int64_t		day;
	bool		y_from_text;	/* the year was written, not inferred */
} Res;

bool		dates_span_reportable(int64_t lo, int64_t hi);
void		dates_res_set_day(Res *r, int64_t lo, int64_t hi, int grain, bool is_day);
void		dates_resolve_vague(const Ctx *c, const ZhDateSpec *s, Res *r);
void		dates_year_part_span(int64_t y, int part, int64_t *lo, int64_t *hi, int *grain);
bool		dates_month_part_span(const ZhDateSpec *s, int64_t *lo, int64_t *hi);
int			dates_unit_grain(int unit);
void		dates_resolve_offset(const Ctx *c, const ZhDateSpec *s, Res *r);
void		dates_resolve_recurring(const Ctx *c, const ZhDateSpec *s, Res *r);

#endif
