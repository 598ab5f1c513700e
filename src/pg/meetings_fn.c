/*
 * meetings_fn.c — SQL entry point zh_meetings(text, anchor date).
 */
#include "zhdoc_pg.h"
#include "dict_cache.h"

#include "utils/builtins.h"
#include "utils/date.h"
#include "zh_dates.h"
#include "zh_meetings.h"

PG_FUNCTION_INFO_V1(zhdoc_meetings);

#define MEETING_COLS 10

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
		const ZhMeeting *m = &ms[i];
		Datum		v[MEETING_COLS];
		bool		nulls[MEETING_COLS] = {0};
		const char *pod = zh_pod_name(m->part_of_day);

		v[0] = Int32GetDatum(m->article_no);
		v[1] = zhpg_text_or_null(m->organ, &nulls[1]);
		v[2] = zhpg_text_or_null(m->name, &nulls[2]);
		v[3] = Int32GetDatum(m->seq);
		nulls[3] = m->seq == 0;
		v[4] = DateADTGetDatum((DateADT) m->held_on);
		nulls[4] = !m->has_date;
		v[5] = zhpg_text_or_null(m->has_date ? pod : NULL, &nulls[5]);
		v[6] = zhpg_text_or_null(m->chair, &nulls[6]);
		v[7] = zhpg_text_array(m->chair_titles.items, m->chair_titles.n);
		v[8] = zhpg_text_array(m->attendees.items, m->attendees.n);
		v[9] = zhpg_text_array(m->agenda.items, m->agenda.n);
		tuplestore_putvalues(ts, desc, v, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}
