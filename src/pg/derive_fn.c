/*
 * derive_fn.c — derive_parts(doc, anchor): articles, mentions, officials and
 * meetings of one document from one analysis.
 *
 * The documents pipeline needs all four for every row it loads; called
 * separately, zh_articles, zh_entities, zh_officials and zh_meetings would
 * each normalise, segment, split and recognise the document again.  This
 * internal function does each once and returns the four as rows of one
 * set, told apart by `part`; each mention carries the article it falls in,
 * found by binary search (a join by offset ranges in SQL grows with
 * mentions times articles).
 */
#include "zhdoc_pg.h"
#include "analysis.h"
#include "dict_cache.h"

#include "row_values.h"

#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(zhdoc_derive_parts);

enum
{
	C_PART, C_N, C_KIND, C_SURFACE, C_CANONICAL, C_START, C_LEN, C_NAME, C_TITLES, C_ROLE,
	C_ARTICLE, C_ORGAN, C_SEQ, C_HELD_ON, C_POD, C_CHAIR, C_CHAIR_TITLES, C_ATTENDEES,
	C_AGENDA, C_HEADLINE, C_BYLINE, C_REPORTERS, C_BODY, C_SECTION, C_PHOTOGRAPHERS, C_CAPTION,
	C_AUTHOR_ORG, C_KICKER, C_SUBTITLE, N_COLS,
	N_COLS_0_1_0 = C_HEADLINE	/* 0.1.0 declared no article columns */
};

/* Where the columns of zh_articles, zh_entities, zh_officials and
 * zh_meetings go among ours. */
static const int article_cols[ZHPG_ARTICLE_COLS] = {
	C_N, C_HEADLINE, C_BYLINE, C_REPORTERS, C_BODY, C_START, C_LEN, C_SECTION, C_PHOTOGRAPHERS,
	C_CAPTION, C_AUTHOR_ORG, C_KICKER, C_SUBTITLE
};
static const int mention_cols[ZHPG_MENTION_COLS] = {C_KIND, C_SURFACE, C_CANONICAL, C_START, C_LEN};
static const int official_cols[ZHPG_OFFICIAL_COLS] = {C_NAME, C_TITLES, C_ROLE};
static const int meeting_cols[ZHPG_MEETING_COLS] = {
	C_ARTICLE, C_ORGAN, C_NAME, C_SEQ, C_HELD_ON, C_POD, C_CHAIR, C_CHAIR_TITLES, C_ATTENDEES, C_AGENDA
};

/*
 * One row of part `part`, number `n` (0: none), article `article_no` (< 0:
 * none; a meeting's is among its own values), from the `ncols` values of one
 * of the functions above placed by `cols`.
 */
static void
put_row(Tuplestorestate *ts, TupleDesc desc, const char *part, int32 n, int32 article_no,
		const int *cols, int ncols, const Datum *part_v, const bool *part_nulls)
{
	Datum		v[N_COLS] = {0};
	bool		nulls[N_COLS];

	memset(nulls, true, sizeof(nulls));
	for (int k = 0; k < ncols; k++)
	{
		v[cols[k]] = part_v[k];
		nulls[cols[k]] = part_nulls[k];
	}
	v[C_PART] = CStringGetTextDatum(part);
	nulls[C_PART] = false;
	if (n > 0)
	{
		v[C_N] = Int32GetDatum(n);
		nulls[C_N] = false;
	}
	if (article_no >= 0)
	{
		v[C_ARTICLE] = Int32GetDatum(article_no);
		nulls[C_ARTICLE] = false;
	}
	tuplestore_putvalues(ts, desc, v, nulls);
}

Datum
zhdoc_derive_parts(PG_FUNCTION_ARGS)
{
	TupleDesc	desc;
	Tuplestorestate *ts;
	int32		anchor = 0;
	bool		has_anchor;
	MemoryContext work,
				old;
	ZhEnv		env;
	ZhAnalysis	an;
	ZhEntities	ents;
	ZhMeeting  *ms;
	size_t		nm;
	ZhArticle  *arts;
	size_t		narts;
	text	   *in;

	InitMaterializedSRF(fcinfo, 0);
	ts = ((ReturnSetInfo *) fcinfo->resultinfo)->setResult;
	desc = ((ReturnSetInfo *) fcinfo->resultinfo)->setDesc;
	zhpg_srf_columns(desc, "derive_parts", N_COLS, N_COLS_0_1_0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	has_anchor = zhpg_anchor_arg(fcinfo, 1, &anchor);
	in = PG_GETARG_TEXT_PP(0);
	work = zhpg_work_context("derive_parts");
	old = MemoryContextSwitchTo(work);
	zhpg_analyze(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), ZH_SEG_DEFAULT, work, &an);
	zhpg_env_init(&env, work);
	zhpg_check(zh_entities(&env, zhpg_dict(), &an, &ents), "derive_parts");
	zhpg_check(zh_articles(&env, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &arts, &narts), "derive_parts");
	zhpg_check(zh_meetings_with(&env, &an, &ents, arts, narts, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in),
								has_anchor, anchor, &ms, &nm), "derive_parts");

	for (size_t i = 0; i < narts; i++)
	{
		Datum		v[ZHPG_ARTICLE_COLS];
		bool		nulls[ZHPG_ARTICLE_COLS];

		zhpg_article_values(&arts[i], v, nulls);
		put_row(ts, desc, "article", 0, -1, article_cols, ZHPG_ARTICLE_COLS, v, nulls);
	}
	for (size_t i = 0; i < ents.n; i++)
	{
		Datum		v[ZHPG_MENTION_COLS];
		bool		nulls[ZHPG_MENTION_COLS];
		int			art = zh_article_index(arts, narts, ents.ents[i].src_start);

		/* a mention outside every article has no article_no */
		zhpg_mention_values(&env, &an, &ents.ents[i], v, nulls);
		put_row(ts, desc, "mention", (int32) i + 1, art >= 0 ? arts[art].no : -1,
				mention_cols, ZHPG_MENTION_COLS, v, nulls);
		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	for (size_t i = 0; i < ents.nofficials; i++)
	{
		Datum		v[ZHPG_OFFICIAL_COLS];
		bool		nulls[ZHPG_OFFICIAL_COLS];

		zhpg_official_values(&ents.officials[i], v, nulls);
		put_row(ts, desc, "official", (int32) i + 1, -1, official_cols, ZHPG_OFFICIAL_COLS, v, nulls);
	}
	for (size_t i = 0; i < nm; i++)
	{
		Datum		v[ZHPG_MEETING_COLS];
		bool		nulls[ZHPG_MEETING_COLS];

		zhpg_meeting_values(&ms[i], v, nulls);
		put_row(ts, desc, "meeting", (int32) i + 1, -1, meeting_cols, ZHPG_MEETING_COLS, v, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}
