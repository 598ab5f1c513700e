/*
 * articles_fn.c — SQL entry point zh_articles(text).
 */
#include "zhdoc_pg.h"

#include "utils/builtins.h"
#include "zh_articles.h"
#include "articles_values.h"

PG_FUNCTION_INFO_V1(zhdoc_articles);

#define ARTICLE_COLS ZHPG_ARTICLE_COLS
/* 0.1.0 declared no kicker and subtitle */
#define ARTICLE_COLS_0_1_0 11

/*
 * The values of zh_articles' columns for one article (also the documents
 * pipeline's article rows).
 */
void
zhpg_article_values(const ZhArticle *a, Datum *v, bool *nulls)
{
	memset(nulls, 0, sizeof(bool) * ZHPG_ARTICLE_COLS);
	v[0] = Int32GetDatum(a->no);
	v[1] = zhpg_text_or_null(a->headline, &nulls[1]);
	v[2] = zhpg_text_or_null(a->byline, &nulls[2]);
	v[3] = zhpg_text_array(a->reporters.items, a->reporters.n);
	v[4] = zhpg_text_or_null(a->body, &nulls[4]);
	v[5] = Int32GetDatum((int32) a->src_start + 1);
	v[6] = Int32GetDatum((int32) (a->src_end - a->src_start));
	v[7] = zhpg_text_or_null(a->section, &nulls[7]);
	v[8] = zhpg_text_array(a->photographers.items, a->photographers.n);
	v[9] = zhpg_text_or_null(a->caption, &nulls[9]);
	v[10] = zhpg_text_or_null(a->author_org, &nulls[10]);
	v[11] = zhpg_text_or_null(a->kicker, &nulls[11]);
	v[12] = zhpg_text_or_null(a->subtitle, &nulls[12]);
}

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
	zhpg_srf_columns(desc, "zh_articles", ARTICLE_COLS, ARTICLE_COLS_0_1_0);
	zhpg_require_utf8();
	zhpg_env_init(&env, work);
	zhpg_check(zh_articles(&env, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &arts, &n), "zh_articles");

	for (size_t i = 0; i < n; i++)
	{
		Datum		v[ARTICLE_COLS];
		bool		nulls[ARTICLE_COLS];

		zhpg_article_values(&arts[i], v, nulls);
		tuplestore_putvalues(ts, desc, v, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}
