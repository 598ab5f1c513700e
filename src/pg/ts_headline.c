/*
 * ts_headline.c — headline generation for zhdoc.parser.
 *
 * PostgreSQL's default headline code judges fragments by its own parser's
 * token types (which of them are spaces, which words); pointed at another
 * parser it misjudges.  Ours knows our classes: "blank" and "punct" are not
 * words, everything else is.  Chinese is written without spaces, so lengths
 * are counted in words (tokens), not in space-separated chunks.
 *
 * The options and the choice of fragments are the core's (zh_headline.h);
 * here the options are read from the DefElem list, a refused one is
 * reported, and HeadlineParsedText is copied to and from the core's entries.
 */
#include "zhdoc_pg.h"

#include "commands/defrem.h"
#include "tsearch/ts_public.h"
#include "zh_headline.h"
#include "zh_token_class.h"

PG_FUNCTION_INFO_V1(zhdoc_prs_headline);

/* ereport a refused option with the words PostgreSQL uses for the same. */
static void
report(const ZhHlProblem *why)
{
	switch (why->error)
	{
		case ZH_HL_UNKNOWN_OPTION:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized headline parameter: \"%s\"", why->option)));
			break;
		case ZH_HL_NOT_INTEGER:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"", "integer", why->value),
					 errdetail("Headline parameter %s takes an integer.", why->option)));
			break;
		case ZH_HL_OUT_OF_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value \"%s\" is out of range for type %s", why->value, "integer"),
					 errdetail("Headline parameter %s takes an integer.", why->option)));
			break;
		case ZH_HL_TOO_LONG:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("headline parameter %s is too long", why->option),
					 errdetail("It is %zu bytes; the maximum is %d.", why->length,
							   ZH_HL_MAX_SEL_BYTES)));
			break;
		case ZH_HL_MIN_NOT_LESS:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("MinWords should be less than MaxWords")));
			break;
		case ZH_HL_MIN_NOT_POSITIVE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("MinWords should be positive")));
			break;
		case ZH_HL_FRAGMENTS_NEGATIVE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("MaxFragments should be >= 0")));
			break;
		case ZH_HL_OK:
			break;
	}
	elog(ERROR, "headline option refused for no reason given");
}

/* The options, and the strings PostgreSQL wraps around what it shows. */
static void
read_options(HeadlineParsedText *prs, List *prsoptions, ZhHlOptions *o)
{
	ListCell   *l;
	ZhHlProblem why;

	zh_hl_options_init(o);
	foreach(l, prsoptions)
	{
		DefElem    *d = (DefElem *) lfirst(l);

		if (zh_hl_option_set(o, d->defname, defGetString(d), &why) != ZH_OK)
			report(&why);
	}
	if (zh_hl_options_check(o, &why) != ZH_OK)
		report(&why);
	/* the core refused anything longer than int16 holds */
	prs->startsel = pnstrdup(o->start_sel, o->start_sel_len);
	prs->startsellen = (int16) o->start_sel_len;
	prs->stopsel = pnstrdup(o->stop_sel, o->stop_sel_len);
	prs->stopsellen = (int16) o->stop_sel_len;
	prs->fragdelim = pnstrdup(o->frag_delim, o->frag_delim_len);
	prs->fragdelimlen = (int16) o->frag_delim_len;
}

Datum
zhdoc_prs_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs = (HeadlineParsedText *) PG_GETARG_POINTER(0);
	List	   *prsoptions = (List *) PG_GETARG_POINTER(1);
	ZhHlOptions o;
	ZhHlEntry  *e;
	ZhEnv		env;

	read_options(prs, prsoptions, &o);
	if (prs->curwords <= 0)
		PG_RETURN_POINTER(prs);
	e = palloc_extended(sizeof(ZhHlEntry) * (Size) prs->curwords, MCXT_ALLOC_HUGE);
	for (int i = 0; i < prs->curwords; i++)
	{
		HeadlineWordEntry *w = &prs->words[i];

		e[i].is_word = w->type != ZH_CLASS_SPACE && w->type != ZH_CLASS_PUNCT && !w->repeated;
		e[i].is_match = w->item != NULL && !w->repeated;
	}
	zhpg_env_init(&env, CurrentMemoryContext);
	zhpg_check(zh_hl_select(&env, &o, e, (size_t) prs->curwords, NULL), "ts_headline");
	for (int i = 0; i < prs->curwords; i++)
	{
		prs->words[i].in = e[i].in;
		prs->words[i].selected = e[i].selected;
	}
	pfree(e);
	PG_RETURN_POINTER(prs);
}
