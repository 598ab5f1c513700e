/*
 * derive_fn.c — derive_parts(doc, anchor): articles, mentions, officials and
 * meetings of one document from one analysis; documents_tsv: the same
 * analysis giving the row trigger its words and the derivation its rows.
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

#include "derive_stash.h"
#include "row_values.h"

#include "access/htup_details.h"
#include "executor/tuptable.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "nodes/makefuncs.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"

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
 * Where rows go: a call's result, or a list of MinimalTuples of the full
 * layout kept for later (derive_stash.c).
 */
typedef struct RowSink
{
	Tuplestorestate *ts;		/* the result, or NULL */
	TupleDesc	desc;			/* the result's */
	MemoryContext keep;			/* else: the stash's context */
	List	   *rows;
} RowSink;

/* The full layout (what this version declares), for kept rows. */
static TupleDesc
full_row_desc(void)
{
	static TupleDesc desc;
	static const Oid types[N_COLS] = {
		[C_PART] = TEXTOID,[C_N] = INT4OID,[C_KIND] = TEXTOID,[C_SURFACE] = TEXTOID,
		[C_CANONICAL] = TEXTOID,[C_START] = INT4OID,[C_LEN] = INT4OID,[C_NAME] = TEXTOID,
		[C_TITLES] = TEXTARRAYOID,[C_ROLE] = TEXTOID,[C_ARTICLE] = INT4OID,[C_ORGAN] = TEXTOID,
		[C_SEQ] = INT4OID,[C_HELD_ON] = DATEOID,[C_POD] = TEXTOID,[C_CHAIR] = TEXTOID,
		[C_CHAIR_TITLES] = TEXTARRAYOID,[C_ATTENDEES] = TEXTARRAYOID,[C_AGENDA] = TEXTARRAYOID,
		[C_HEADLINE] = TEXTOID,[C_BYLINE] = TEXTOID,[C_REPORTERS] = TEXTARRAYOID,[C_BODY] = TEXTOID,
		[C_SECTION] = TEXTOID,[C_PHOTOGRAPHERS] = TEXTARRAYOID,[C_CAPTION] = TEXTOID,
		[C_AUTHOR_ORG] = TEXTOID,[C_KICKER] = TEXTOID,[C_SUBTITLE] = TEXTOID
	};

	if (!desc)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		desc = CreateTemplateTupleDesc(N_COLS);
		for (int k = 0; k < N_COLS; k++)
			TupleDescInitEntry(desc, (AttrNumber) (k + 1), NULL, types[k], -1, 0);
		MemoryContextSwitchTo(old);
	}
	return desc;
}

/*
 * One row of part `part`, number `n` (0: none), article `article_no` (< 0:
 * none; a meeting's is among its own values), from the `ncols` values of one
 * of the functions above placed by `cols`.
 */
static void
put_row(RowSink *sink, const char *part, int32 n, int32 article_no,
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
	if (sink->ts)
		tuplestore_putvalues(sink->ts, sink->desc, v, nulls);
	else
	{
		MemoryContext old = MemoryContextSwitchTo(sink->keep);

		sink->rows = lappend(sink->rows, heap_form_minimal_tuple(full_row_desc(), v, nulls));
		MemoryContextSwitchTo(old);
	}
}

/*
 * The rows of document doc[0, len), analysed as `an`, into sink.  With
 * `soft`, a failure of the analysis returns false instead of raising it:
 * the row trigger must not fail a document that the derivation would have
 * kept with derive_error (it analyses the document again and records why).
 */
static bool
derive_rows(RowSink *sink, const char *doc, int len, bool has_anchor, int32 anchor,
			const ZhAnalysis *an, MemoryContext work, bool soft)
{
	ZhEnv		env;
	ZhEntities	ents;
	ZhMeeting  *ms;
	size_t		nm;
	ZhArticle  *arts;
	size_t		narts;
	ZhStatus	st;

	zhpg_env_init(&env, work);
	st = zh_entities(&env, zhpg_dict(), an, &ents);
	if (st == ZH_OK)
		st = zh_articles(&env, doc, (size_t) len, &arts, &narts);
	if (st == ZH_OK)
		st = zh_meetings_with(&env, an, &ents, arts, narts, doc, (size_t) len,
							  has_anchor, anchor, &ms, &nm);
	if (st != ZH_OK && soft)
		return false;
	zhpg_check(st, "derive_parts");

	for (size_t i = 0; i < narts; i++)
	{
		Datum		v[ZHPG_ARTICLE_COLS];
		bool		nulls[ZHPG_ARTICLE_COLS];

		zhpg_article_values(&arts[i], v, nulls);
		put_row(sink, "article", 0, -1, article_cols, ZHPG_ARTICLE_COLS, v, nulls);
	}
	for (size_t i = 0; i < ents.n; i++)
	{
		Datum		v[ZHPG_MENTION_COLS];
		bool		nulls[ZHPG_MENTION_COLS];
		int			art = zh_article_index(arts, narts, ents.ents[i].src_start);

		/* a mention outside every article has no article_no */
		zhpg_mention_values(&env, an, &ents.ents[i], v, nulls);
		put_row(sink, "mention", (int32) i + 1, art >= 0 ? arts[art].no : -1,
				mention_cols, ZHPG_MENTION_COLS, v, nulls);
		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	for (size_t i = 0; i < ents.nofficials; i++)
	{
		Datum		v[ZHPG_OFFICIAL_COLS];
		bool		nulls[ZHPG_OFFICIAL_COLS];

		zhpg_official_values(&ents.officials[i], v, nulls);
		put_row(sink, "official", (int32) i + 1, -1, official_cols, ZHPG_OFFICIAL_COLS, v, nulls);
	}
	for (size_t i = 0; i < nm; i++)
	{
		Datum		v[ZHPG_MEETING_COLS];
		bool		nulls[ZHPG_MEETING_COLS];

		zhpg_meeting_values(&ms[i], v, nulls);
		put_row(sink, "meeting", (int32) i + 1, -1, meeting_cols, ZHPG_MEETING_COLS, v, nulls);
	}
	return true;
}

/*
 * derive_parts(doc, anchor [, document_id]): with the id of a document the
 * row trigger has just analysed (documents_tsv), the rows it kept.
 */
Datum
zhdoc_derive_parts(PG_FUNCTION_ARGS)
{
	RowSink		sink = {0};
	int32		anchor = 0;
	bool		has_anchor;
	MemoryContext work,
				old;
	ZhAnalysis	an;
	text	   *in;

	InitMaterializedSRF(fcinfo, 0);
	sink.ts = ((ReturnSetInfo *) fcinfo->resultinfo)->setResult;
	sink.desc = ((ReturnSetInfo *) fcinfo->resultinfo)->setDesc;
	zhpg_srf_columns(sink.desc, "derive_parts", N_COLS, N_COLS_0_1_0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	has_anchor = zhpg_anchor_arg(fcinfo, 1, &anchor);
	in = PG_GETARG_TEXT_PP(0);
	if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
	{
		ZhpgStashKey key = {PG_GETARG_INT64(2), VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in),
		has_anchor, anchor, zhpg_analysis_state()};
		bool		found;
		List	   *rows = zhpg_stash_take(&key, &found);

		if (found)
		{
			TupleDesc	full = full_row_desc();
			/* declared as this version declares it: the kept tuples as they are */
			TupleTableSlot *slot = sink.desc->natts == N_COLS ?
				MakeSingleTupleTableSlot(full, &TTSOpsMinimalTuple) : NULL;
			ListCell   *lc;

			foreach(lc, rows)
			{
				MinimalTuple mt = (MinimalTuple) lfirst(lc);
				HeapTupleData htup;
				Datum		v[N_COLS];
				bool		nulls[N_COLS];

				if (slot)
				{
					ExecStoreMinimalTuple(mt, slot, false);
					tuplestore_puttupleslot(sink.ts, slot);
					continue;
				}
				htup.t_len = mt->t_len + MINIMAL_TUPLE_OFFSET;
				htup.t_data = (HeapTupleHeader) ((char *) mt - MINIMAL_TUPLE_OFFSET);
				heap_deform_tuple(&htup, full, v, nulls);
				tuplestore_putvalues(sink.ts, sink.desc, v, nulls);
			}
			if (slot)
				ExecDropSingleTupleTableSlot(slot);
			list_free_deep(rows);
			return (Datum) 0;
		}
	}
	work = zhpg_work_context("derive_parts");
	old = MemoryContextSwitchTo(work);
	zhpg_analyze(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), ZH_SEG_DEFAULT, work, &an);
	(void) derive_rows(&sink, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), has_anchor, anchor, &an, work, false);
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(zhdoc_documents_tsv);

/*
 * documents_tsv(document_id, body, published): to_tsvector('zhdoc.chinese',
 * body) for the documents' row trigger, made from an analysis that also
 * gives the document's derived rows, kept for derive_parts (at most
 * zhdoc.derive_stash of them; past it, or where that part of the analysis
 * fails, nothing is kept and derive_parts analyses the document again).
 */
Datum
zhdoc_documents_tsv(PG_FUNCTION_ARGS)
{
	text	   *in;
	Oid			cfg;
	volatile Datum tsv = (Datum) 0;
	MemoryContext work,
				old,
				keep;
	ZhAnalysis	an;

	if (PG_ARGISNULL(1))
		PG_RETURN_NULL();
	in = PG_GETARG_TEXT_PP(1);
	cfg = get_ts_config_oid(list_make2(makeString("zhdoc"), makeString("chinese")), false);
	work = zhpg_work_context("documents_tsv");
	old = MemoryContextSwitchTo(work);
	zhpg_analyze(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), ZH_SEG_DEFAULT, work, &an);
	MemoryContextSwitchTo(old);

	zhpg_lend_analysis(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &an);
	PG_TRY();
	{
		tsv = DirectFunctionCall2(to_tsvector_byid, ObjectIdGetDatum(cfg), PointerGetDatum(in));
	}
	PG_FINALLY();
	{
		zhpg_lend_analysis(NULL, 0, NULL);
	}
	PG_END_TRY();

	/*
	 * An infinite date is the derivation's to refuse, with derive_error.
	 * The rows take about three times the body (the body kept for the
	 * comparison, an article's copy of it, the mentions): a document that
	 * would not fit is not kept, so the setting bounds the stash.
	 */
	if (!PG_ARGISNULL(0) && (PG_ARGISNULL(2) || !DATE_NOT_FINITE(PG_GETARG_DATEADT(2))) &&
		(keep = zhpg_stash_context((Size) VARSIZE_ANY_EXHDR(in) * 3)) != NULL)
	{
		RowSink		sink = {0};
		ZhpgStashKey key = {PG_GETARG_INT64(0), VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in),
		!PG_ARGISNULL(2), PG_ARGISNULL(2) ? 0 : (int32) PG_GETARG_DATEADT(2), zhpg_analysis_state()};

		sink.keep = keep;
		old = MemoryContextSwitchTo(work);
		if (derive_rows(&sink, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), key.has_anchor, key.anchor,
						&an, work, true))
			zhpg_stash_put(&key, sink.rows);
		else
			list_free_deep(sink.rows);
		MemoryContextSwitchTo(old);
	}
	MemoryContextDelete(work);
	PG_RETURN_DATUM(tsv);
}
