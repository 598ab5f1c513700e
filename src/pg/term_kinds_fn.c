/*
 * term_kinds_fn.c — SQL entry point zhdoc.term_kinds(): the word lists of
 * the installed dictionary, which zhdoc.user_terms names by kind.
 */
#include "zhdoc_pg.h"

#include "utils/builtins.h"

#include "dict_cache.h"

PG_FUNCTION_INFO_V1(zhdoc_term_kinds);

/* One row a list: kind, its description, its shipped entries, whether users may add to it. */
Datum
zhdoc_term_kinds(PG_FUNCTION_ARGS)
{
	TupleDesc	desc;
	Tuplestorestate *ts;
	const ZhDict *d = zhpg_dict();

	InitMaterializedSRF(fcinfo, 0);
	ts = ((ReturnSetInfo *) fcinfo->resultinfo)->setResult;
	desc = ((ReturnSetInfo *) fcinfo->resultinfo)->setDesc;

	for (int k = 0; k < ZH_LEX_COUNT; k++)
	{
		Datum		v[4];
		bool		nulls[4] = {0};
		size_t		len;
		const char *about = zh_dict_lex_about(d, k, &len);

		v[0] = CStringGetTextDatum(zh_lex_kind_name(k));
		v[1] = PointerGetDatum(cstring_to_text_with_len(about, (int) len));
		v[2] = Int32GetDatum((int32) d->lex[k].n);
		v[3] = BoolGetDatum(zh_lex_kind_user(k));
		tuplestore_putvalues(ts, desc, v, nulls);
	}
	return (Datum) 0;
}
