/*
 * ts_parser.c — text search parser zhdoc.parser: PostgreSQL's four parser
 * functions over the core's token walk (zh_tsparse.h says what the tokens
 * are and why).
 *
 * The whole document is analysed in prsstart (unless the documents pipeline
 * lends the analysis it made of the same buffer); gettoken hands out the
 * walk's tokens; prsend drops the memory context holding them (a lent
 * analysis stays its lender's).
 */
#include "zhdoc_pg.h"
#include "analysis.h"
#include "zh_tsparse.h"

#include "tsearch/ts_public.h"

typedef struct ParserState
{
	MemoryContext cxt;
	ZhAnalysis	an;
	ZhTsParser	walk;
} ParserState;

PG_FUNCTION_INFO_V1(zhdoc_prs_start);
PG_FUNCTION_INFO_V1(zhdoc_prs_gettoken);
PG_FUNCTION_INFO_V1(zhdoc_prs_end);
PG_FUNCTION_INFO_V1(zhdoc_prs_lextype);

Datum
zhdoc_prs_start(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = zhpg_work_context("zhdoc parser");
	MemoryContext old = MemoryContextSwitchTo(cxt);
	ParserState *ps = palloc0(sizeof(ParserState));
	const char *doc = (const char *) PG_GETARG_POINTER(0);
	int			len = PG_GETARG_INT32(1);
	ZhEnv		env;

	ps->cxt = cxt;
	/* the documents pipeline lends the analysis it has just made */
	if (!zhpg_borrow_analysis(doc, len, &ps->an))
		zhpg_analyze(doc, len, ZH_SEG_DEFAULT, cxt, &ps->an);
	zhpg_env_init(&env, cxt);
	zhpg_check(zh_tsparse_init(&env, &ps->an, doc, (size_t) len, &ps->walk), "zhdoc.parser");
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(ps);
}

Datum
zhdoc_prs_gettoken(PG_FUNCTION_ARGS)
{
	ParserState *ps = (ParserState *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	ZhTsToken	tok;
	int			type = zh_tsparse_next(&ps->walk, &tok);

	if (type != 0)
	{
		*t = (char *) tok.text;
		*tlen = tok.len;
	}
	PG_RETURN_INT32(type);
}

Datum
zhdoc_prs_end(PG_FUNCTION_ARGS)
{
	ParserState *ps = (ParserState *) PG_GETARG_POINTER(0);

	MemoryContextDelete(ps->cxt);
	PG_RETURN_VOID();
}

/* Token types: the core's classes, ids and aliases never change. */
Datum
zhdoc_prs_lextype(PG_FUNCTION_ARGS)
{
	LexDescr   *descr = palloc(sizeof(LexDescr) * (ZH_CLASS_COUNT + 1));

	for (int i = 1; i <= ZH_CLASS_COUNT; i++)
	{
		descr[i - 1].lexid = zh_token_classes[i].id;
		descr[i - 1].alias = pstrdup(zh_token_classes[i].alias);
		descr[i - 1].descr = pstrdup(zh_token_classes[i].description);
	}
	descr[ZH_CLASS_COUNT].lexid = 0;
	PG_RETURN_POINTER(descr);
}
