/*
 * entities_fn.c — SQL entry points zh_entities(text) and zh_officials(text).
 */
#include "zhdoc_pg.h"
#include "analysis.h"
#include "dict_cache.h"

#include "utils/builtins.h"
#include "zh_entities.h"

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
		const ZhEntity *e = &ents.ents[i];
		Datum		v[5];
		bool		nulls[5] = {0};
		char	   *surface;
		size_t		len;

		zhpg_check(zh_text_to_utf8(&env, &an.norm.text, e->start, e->end, &surface, &len),
				   "zh_entities");
		v[0] = CStringGetTextDatum(zh_entity_kind_name(e->kind));
		v[1] = CStringGetTextDatum(surface);
		v[2] = CStringGetTextDatum(surface);
		v[3] = Int32GetDatum((int32) e->src_start + 1);
		v[4] = Int32GetDatum((int32) (e->src_end - e->src_start));
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
		const ZhOfficial *o = &ents.officials[i];
		Datum		v[3];
		bool		nulls[3] = {0};

		v[0] = CStringGetTextDatum(o->name);
		v[1] = zhpg_text_array(o->titles.items, o->titles.n);
		v[2] = CStringGetTextDatum(zh_role_name(o->role));
		tuplestore_putvalues(ts, desc, v, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}
