/*
 * articles_fn.c — SQL entry point zh_articles(text).
 */
#include "row_values.h"
#include "dict_cache.h"

PG_FUNCTION_INFO_V1(zhdoc_articles);

/* 0.1.0 declared no kicker and subtitle */
#define ARTICLE_COLS_0_1_0 11

/*
 * One row per article.  Offsets are 1-based characters into the argument, so
 * substr(doc, start, len) is the article's stretch of the page.
 */
Datum
zhdoc_articles(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	TupleDesc	desc;
	Tuplestorestate *ts;
	MemoryContext work = zhpg_work_context("zh_articles");
	MemoryContext old = MemoryContextSwitchTo(work);
	ZhEnv		env;
	ZhArticle  *arts;
	size_t		n;

	InitMaterializedSRF(fcinfo, 0);
	ts = ((ReturnSetInfo *) fcinfo->resultinfo)->setResult;
	desc = ((ReturnSetInfo *) fcinfo->resultinfo)->setDesc;
	zhpg_srf_columns(desc, "zh_articles", ZHPG_ARTICLE_COLS, ARTICLE_COLS_0_1_0);
	zhpg_require_utf8();
	zhpg_env_init_plain(&env, work);
	env.lex = zhpg_shipped_lexicons();	/* IMMUTABLE: the shipped lists only */
	zhpg_check(zh_articles(&env, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &arts, &n), "zh_articles");

	for (size_t i = 0; i < n; i++)
	{
		Datum		v[ZHPG_ARTICLE_COLS];
		bool		nulls[ZHPG_ARTICLE_COLS];

		zhpg_article_values(&arts[i], v, nulls);
		tuplestore_putvalues(ts, desc, v, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}
