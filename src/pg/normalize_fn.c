/*
 * normalize_fn.c — SQL entry point zh_normalize(text).
 */
#include "zhdoc_pg.h"

#include "utils/builtins.h"
#include "zh_normalize.h"

PG_FUNCTION_INFO_V1(zhdoc_normalize);

/*
 * Repairs PDF text and folds it to one form.  Scratch memory lives in a
 * context of its own, dropped before returning, so a batch of large
 * documents does not pile up memory within one query.
 */
Datum
zhdoc_normalize(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	MemoryContext work = zhpg_work_context("zh_normalize");
	MemoryContext old = MemoryContextSwitchTo(work);
	ZhEnv		env;
	char	   *out;
	size_t		out_len;
	text	   *result;

	zhpg_require_utf8();
	zhpg_env_init_plain(&env, work);
	zhpg_check(zh_normalize_utf8(&env, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &out, &out_len),
			   "zh_normalize");
	MemoryContextSwitchTo(old);
	if (out_len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("normal form of the text is too long (%zu bytes)", out_len),
				 errdetail("A text value holds at most %zu bytes.", (size_t) (MaxAllocSize - VARHDRSZ))));
	result = cstring_to_text_with_len(out, (int) out_len);
	MemoryContextDelete(work);
	PG_RETURN_TEXT_P(result);
}
