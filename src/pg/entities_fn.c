/*
 * entities_fn.c — SQL entry points zh_entities(text) and zh_officials(text).
 */
#include "zhdoc_pg.h"
#include "analysis.h"
#include "dict_cache.h"
#include "row_values.h"

PG_FUNCTION_INFO_V1(zhdoc_entities);
PG_FUNCTION_INFO_V1(zhdoc_officials);

/* Analyse and recognise; memory in `work`. */
static void
recognise(text *in, MemoryContext work, ZhAnalysis *an, ZhEntities *ents)
{
	ZhEnv		env;

	zhpg_analyze(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), ZH_SEG_DEFAULT, work, an);
	zhpg_env_init(&env, work);
	zhpg_check(zh_entities(&env, zhpg_dict(), an, ents), "zh_entities");
}

/*
 * Every mention: kind, surface (normal form), canonical name, 1-based
 * character offsets into the argument.
 */
Datum
zhdoc_entities(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	TupleDesc	desc;
	Tuplestorestate *ts;
	MemoryContext work = zhpg_work_context("zh_entities");
	MemoryContext old = MemoryContextSwitchTo(work);
	ZhAnalysis	an;
	ZhEntities	ents;
	ZhEnv		env;

	InitMaterializedSRF(fcinfo, 0);
	ts = ((ReturnSetInfo *) fcinfo->resultinfo)->setResult;
	desc = ((ReturnSetInfo *) fcinfo->resultinfo)->setDesc;
	recognise(in, work, &an, &ents);
	zhpg_env_init(&env, work);
	for (size_t i = 0; i < ents.n; i++)
	{
		Datum		v[ZHPG_MENTION_COLS];
		bool		nulls[ZHPG_MENTION_COLS];

		zhpg_mention_values(&env, &an, &ents.ents[i], v, nulls);
		tuplestore_putvalues(ts, desc, v, nulls);
		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}

/* One row per distinct person: name, titles in order, role. */
Datum
zhdoc_officials(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	TupleDesc	desc;
	Tuplestorestate *ts;
	MemoryContext work = zhpg_work_context("zh_officials");
	MemoryContext old = MemoryContextSwitchTo(work);
	ZhAnalysis	an;
	ZhEntities	ents;

	InitMaterializedSRF(fcinfo, 0);
	ts = ((ReturnSetInfo *) fcinfo->resultinfo)->setResult;
	desc = ((ReturnSetInfo *) fcinfo->resultinfo)->setDesc;
	recognise(in, work, &an, &ents);
	for (size_t i = 0; i < ents.nofficials; i++)
	{
		Datum		v[ZHPG_OFFICIAL_COLS];
		bool		nulls[ZHPG_OFFICIAL_COLS];

		zhpg_official_values(&ents.officials[i], v, nulls);
		tuplestore_putvalues(ts, desc, v, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}
