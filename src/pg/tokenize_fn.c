/*
 * tokenize_fn.c — SQL entry points zh_tokenize(text, mode) and zh_segment(text).
 */
#include "zhdoc_pg.h"
#include "analysis.h"

#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "catalog/pg_type.h"

#include "dict_cache.h"

PG_FUNCTION_INFO_V1(zhdoc_tokenize);
PG_FUNCTION_INFO_V1(zhdoc_segment);

static ZhSegMode
parse_mode(text *mode)
{
	char	   *m = text_to_cstring(mode);

	if (strcmp(m, "default") == 0)
		return ZH_SEG_DEFAULT;
	if (strcmp(m, "search") == 0)
		return ZH_SEG_SEARCH;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid zh_tokenize mode \"%s\"", m),
			 errhint("Valid modes are \"default\" and \"search\".")));
	return ZH_SEG_DEFAULT;		/* keep compiler quiet */
}

/*
 * Tokens with part of speech and offsets (1-based characters of the
 * argument).  White space is left out; punctuation is kept, tagged "x".
 */
Datum
zhdoc_tokenize(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	ZhSegMode	mode = parse_mode(PG_GETARG_TEXT_PP(1));
	TupleDesc	desc;
	Tuplestorestate *ts;
	MemoryContext work = zhpg_work_context("zh_tokenize");
	MemoryContext old = MemoryContextSwitchTo(work);
	ZhAnalysis	an;
	const ZhDict *d;

	InitMaterializedSRF(fcinfo, 0);
	ts = ((ReturnSetInfo *) fcinfo->resultinfo)->setResult;
	desc = ((ReturnSetInfo *) fcinfo->resultinfo)->setDesc;
	zhpg_analyze(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), mode, work, &an);
	d = zhpg_dict();
	for (size_t i = 0; i < an.n; i++)
	{
		const ZhAnalyzedToken *t = &an.tok[i];
		Datum		v[4];
		bool		nulls[4] = {0};

		if (t->cls == ZH_CLASS_SPACE)
			continue;
		v[0] = CStringGetTextDatum(zhpg_token_text(&an, t, NULL));
		v[1] = CStringGetTextDatum(zh_dict_pos_name(d, t->pos));
		v[2] = Int32GetDatum((int32) t->src_start + 1);
		v[3] = Int32GetDatum((int32) (t->src_end - t->src_start));
		tuplestore_putvalues(ts, desc, v, nulls);
		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}

/* The words alone: no punctuation, no white space. */
Datum
zhdoc_segment(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	MemoryContext work = zhpg_work_context("zh_segment");
	MemoryContext old = MemoryContextSwitchTo(work);
	ZhAnalysis	an;
	char	  **words;
	int			n = 0;
	Datum		result;

	zhpg_analyze(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), ZH_SEG_DEFAULT, work, &an);
	words = palloc_extended(sizeof(char *) * (an.n + 1), MCXT_ALLOC_HUGE);
	for (size_t i = 0; i < an.n; i++)
	{
		if (an.tok[i].cls == ZH_CLASS_SPACE || an.tok[i].cls == ZH_CLASS_PUNCT)
			continue;
		words[n++] = zhpg_token_text(&an, &an.tok[i], NULL);
	}
	MemoryContextSwitchTo(old);
	result = zhpg_text_array(words, n);
	MemoryContextDelete(work);
	PG_RETURN_DATUM(result);
}
