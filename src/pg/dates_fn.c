/*
 * dates_fn.c — SQL entry point zh_dates(text, anchor date).
 */
#include "zhdoc_pg.h"

#include "utils/builtins.h"
#include "dict_cache.h"
#include "utils/date.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"
#include "zh_dates.h"

PG_FUNCTION_INFO_V1(zhdoc_dates);

#define DATE_COLS 9
/* 0.1.0 declared no end_clock */
#define DATE_COLS_0_1_0 8

/*
 * The core counts days from 2000-01-01, PostgreSQL's date epoch, so its
 * day numbers are DateADT values as they are.
 */
static Datum
make_daterange(TypeCacheEntry *rt, int32 lo, int32 hi)
{
	RangeBound	lower,
				upper;

	lower.val = DateADTGetDatum((DateADT) lo);
	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
	upper.val = DateADTGetDatum((DateADT) hi);
	upper.infinite = false;
	upper.inclusive = false;
	upper.lower = false;
#if PG_VERSION_NUM >= 160000
	return RangeTypePGetDatum(make_range(rt, &lower, &upper, false, NULL));
#else
	return RangeTypePGetDatum(make_range(rt, &lower, &upper, false));
#endif
}

/*
 * Not STRICT: a NULL anchor means "no anchor"; a NULL document gives no rows.
 */
Datum
zhdoc_dates(PG_FUNCTION_ARGS)
{
	TupleDesc	desc;
	Tuplestorestate *ts;
	MemoryContext work,
				old;
	ZhEnv		env;
	ZhDate	   *dates;
	size_t		n;
	text	   *in;
	int32		anchor = 0;
	bool		has_anchor;
	TypeCacheEntry *rt;

	InitMaterializedSRF(fcinfo, 0);
	ts = ((ReturnSetInfo *) fcinfo->resultinfo)->setResult;
	desc = ((ReturnSetInfo *) fcinfo->resultinfo)->setDesc;
	zhpg_srf_columns(desc, "zh_dates", DATE_COLS, DATE_COLS_0_1_0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	has_anchor = zhpg_anchor_arg(fcinfo, 1, &anchor);
	in = PG_GETARG_TEXT_PP(0);
	rt = lookup_type_cache(TupleDescAttr(desc, 3)->atttypid, TYPECACHE_RANGE_INFO);
	if (rt->rngelemtype == NULL)
		elog(ERROR, "zh_dates: column 4 is not a range type");
	work = zhpg_work_context("zh_dates");
	old = MemoryContextSwitchTo(work);
	zhpg_require_utf8();
	zhpg_env_init_plain(&env, work);
	env.lex = zhpg_shipped_lexicons();	/* IMMUTABLE: the shipped lists only */
	zhpg_check(zh_dates(&env, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), has_anchor, anchor, &dates, &n),
			   "zh_dates");
	for (size_t i = 0; i < n; i++)
	{
		const ZhDate *d = &dates[i];
		Datum		v[DATE_COLS];
		bool		nulls[DATE_COLS] = {0};
		const char *pod = zh_pod_name(d->part_of_day);

		v[0] = CStringGetTextDatum(d->surface ? d->surface : "");
		v[1] = Int32GetDatum((int32) d->src_start + 1);
		v[2] = Int32GetDatum((int32) (d->src_end - d->src_start));
		if (d->has_span && d->lo < d->hi)
			v[3] = make_daterange(rt, d->lo, d->hi);
		else
			nulls[3] = true;
		v[4] = CStringGetTextDatum(zh_grain_name(d->grain));
		v[5] = zhpg_text_or_null(pod, &nulls[5]);
		if (d->has_clock)
			v[6] = TimeADTGetDatum((TimeADT) d->clock_sec * USECS_PER_SEC);
		else
			nulls[6] = true;
		v[7] = BoolGetDatum(d->approximate);
		if (d->has_end_clock)
			v[8] = TimeADTGetDatum((TimeADT) d->end_clock_sec * USECS_PER_SEC);
		else
			nulls[8] = true;
		tuplestore_putvalues(ts, desc, v, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}
