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

#include "utils/builtins.h"
#include "utils/date.h"
#include "zh_dates.h"
#include "zh_meetings.h"
#include "articles_values.h"

PG_FUNCTION_INFO_V1(zhdoc_derive_parts);

enum
{
	C_PART, C_N, C_KIND, C_SURFACE, C_CANONICAL, C_START, C_LEN, C_NAME, C_TITLES, C_ROLE,
	C_ARTICLE, C_ORGAN, C_SEQ, C_HELD_ON, C_POD, C_CHAIR, C_CHAIR_TITLES, C_ATTENDEES,
	C_AGENDA, C_HEADLINE, C_BYLINE, C_REPORTERS, C_BODY, C_SECTION, C_PHOTOGRAPHERS, C_CAPTION,
	C_AUTHOR_ORG, C_KICKER, C_SUBTITLE, N_COLS,
	N_COLS_0_1_0 = C_HEADLINE	/* 0.1.0 declared no article columns */
};

/* Where zh_articles' columns go among ours. */
static const int article_cols[ZHPG_ARTICLE_COLS] = {
	C_N, C_HEADLINE, C_BYLINE, C_REPORTERS, C_BODY, C_START, C_LEN, C_SECTION, C_PHOTOGRAPHERS,
	C_CAPTION, C_AUTHOR_ORG, C_KICKER, C_SUBTITLE
};

static void
put(Tuplestorestate *ts, TupleDesc desc, Datum *v, bool *nulls)
{
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
		Datum		v[N_COLS] = {0};
		bool		nulls[N_COLS];
		Datum		av[ZHPG_ARTICLE_COLS];
		bool		anulls[ZHPG_ARTICLE_COLS];

		memset(nulls, true, sizeof(nulls));
		zhpg_article_values(&arts[i], av, anulls);
		for (int k = 0; k < ZHPG_ARTICLE_COLS; k++)
		{
			v[article_cols[k]] = av[k];
			nulls[article_cols[k]] = anulls[k];
		}
		v[C_PART] = CStringGetTextDatum("article");
		nulls[C_PART] = false;
		put(ts, desc, v, nulls);
	}

	for (size_t i = 0; i < ents.n; i++)
	{
		const ZhEntity *e = &ents.ents[i];
		Datum		v[N_COLS] = {0};
		bool		nulls[N_COLS];
		char	   *surface;
		size_t		len;
		int			art;

		memset(nulls, true, sizeof(nulls));
		zhpg_check(zh_text_to_utf8(&env, &an.norm.text, e->start, e->end, &surface, &len), "derive_parts");
		v[C_PART] = CStringGetTextDatum("mention");
		v[C_N] = Int32GetDatum((int32) i + 1);
		v[C_KIND] = CStringGetTextDatum(zh_entity_kind_name(e->kind));
		v[C_SURFACE] = CStringGetTextDatum(surface);
		v[C_CANONICAL] = v[C_SURFACE];
		v[C_START] = Int32GetDatum((int32) e->src_start + 1);
		v[C_LEN] = Int32GetDatum((int32) (e->src_end - e->src_start));
		art = zh_article_index(arts, narts, e->src_start);
		v[C_ARTICLE] = Int32GetDatum(art >= 0 ? arts[art].no : 0);
		nulls[C_ARTICLE] = art < 0;
		nulls[C_PART] = nulls[C_N] = nulls[C_KIND] = nulls[C_SURFACE] = nulls[C_CANONICAL] =
			nulls[C_START] = nulls[C_LEN] = false;
		put(ts, desc, v, nulls);
		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	for (size_t i = 0; i < ents.nofficials; i++)
	{
		const ZhOfficial *o = &ents.officials[i];
		Datum		v[N_COLS] = {0};
		bool		nulls[N_COLS];

		memset(nulls, true, sizeof(nulls));
		v[C_PART] = CStringGetTextDatum("official");
		v[C_N] = Int32GetDatum((int32) i + 1);
		v[C_NAME] = CStringGetTextDatum(o->name);
		v[C_TITLES] = zhpg_text_array(o->titles.items, o->titles.n);
		v[C_ROLE] = CStringGetTextDatum(zh_role_name(o->role));
		nulls[C_PART] = nulls[C_N] = nulls[C_NAME] = nulls[C_TITLES] = nulls[C_ROLE] = false;
		put(ts, desc, v, nulls);
	}
	for (size_t i = 0; i < nm; i++)
	{
		const ZhMeeting *m = &ms[i];
		Datum		v[N_COLS] = {0};
		bool		nulls[N_COLS];
		const char *pod = zh_pod_name(m->part_of_day);

		memset(nulls, true, sizeof(nulls));
		v[C_PART] = CStringGetTextDatum("meeting");
		v[C_N] = Int32GetDatum((int32) i + 1);
		v[C_ARTICLE] = Int32GetDatum(m->article_no);
		v[C_ORGAN] = zhpg_text_or_null(m->organ, &nulls[C_ORGAN]);
		v[C_NAME] = zhpg_text_or_null(m->name, &nulls[C_NAME]);
		v[C_SEQ] = Int32GetDatum(m->seq);
		nulls[C_SEQ] = m->seq == 0;
		v[C_HELD_ON] = DateADTGetDatum((DateADT) m->held_on);
		nulls[C_HELD_ON] = !m->has_date;
		v[C_POD] = zhpg_text_or_null(m->has_date ? pod : NULL, &nulls[C_POD]);
		v[C_CHAIR] = zhpg_text_or_null(m->chair, &nulls[C_CHAIR]);
		v[C_CHAIR_TITLES] = zhpg_text_array(m->chair_titles.items, m->chair_titles.n);
		v[C_ATTENDEES] = zhpg_text_array(m->attendees.items, m->attendees.n);
		v[C_AGENDA] = zhpg_text_array(m->agenda.items, m->agenda.n);
		nulls[C_PART] = nulls[C_N] = nulls[C_ARTICLE] = nulls[C_CHAIR_TITLES] =
			nulls[C_ATTENDEES] = nulls[C_AGENDA] = false;
		put(ts, desc, v, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}
