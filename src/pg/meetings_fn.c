/*
 * meetings_fn.c — SQL entry point zh_meetings(text, anchor date).
 */
#include "zhdoc_pg.h"
#include "dict_cache.h"
#include "row_values.h"

PG_FUNCTION_INFO_V1(zhdoc_meetings);

/*
 * One row per meeting reported.  Not STRICT: a NULL anchor means none (the
 * year then comes from the text); a NULL document gives no rows.
 */
Datum
zhdoc_meetings(PG_FUNCTION_ARGS)
{
	TupleDesc	desc;
	Tuplestorestate *ts;
	int32		anchor = 0;
	bool		has_anchor;
	MemoryContext work,
				old;
	ZhEnv		env;
	ZhMeeting  *ms;
	size_t		n;
	text	   *in;
	const ZhDict *d;
	const ZhUserDict *ud;

	InitMaterializedSRF(fcinfo, 0);
	ts = ((ReturnSetInfo *) fcinfo->resultinfo)->setResult;
	desc = ((ReturnSetInfo *) fcinfo->resultinfo)->setDesc;
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	has_anchor = zhpg_anchor_arg(fcinfo, 1, &anchor);
	in = PG_GETARG_TEXT_PP(0);
	work = zhpg_work_context("zh_meetings");
	old = MemoryContextSwitchTo(work);
	zhpg_require_utf8();
	d = zhpg_dict();
	ud = zhpg_userdict();
	zhpg_env_init(&env, work);
	zhpg_check(zh_meetings(&env, d, ud, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), has_anchor, anchor, &ms, &n),
			   "zh_meetings");
	for (size_t i = 0; i < n; i++)
	{
		Datum		v[ZHPG_MEETING_COLS];
		bool		nulls[ZHPG_MEETING_COLS];

		zhpg_meeting_values(&ms[i], v, nulls);
		tuplestore_putvalues(ts, desc, v, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}
