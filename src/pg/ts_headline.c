/*
 * ts_headline.c — headline generation for zhdoc.parser.
 *
 * PostgreSQL's default headline code judges fragments by its own parser's
 * token types (which of them are spaces, which words); pointed at another
 * parser it misjudges.  This one knows our classes: "blank" and "punct" are
 * not words, everything else is.  Chinese is written without spaces, so
 * lengths are counted in words (tokens), not in space-separated chunks.
 *
 * Options as for the built-in parser: StartSel, StopSel, MaxWords, MinWords,
 * HighlightAll, MaxFragments, FragmentDelimiter (ShortWord is accepted and
 * ignored: it is about Latin stop-like words).
 */
#include "zhdoc_pg.h"

#include "commands/defrem.h"
#include "utils/builtins.h"
#include "tsearch/ts_public.h"
#include "zh_token_class.h"

PG_FUNCTION_INFO_V1(zhdoc_prs_headline);

typedef struct HlOptions
{
	int			max_words;
	int			min_words;
	int			max_fragments;
	bool		highlight_all;
} HlOptions;

static bool
is_word(const HeadlineWordEntry *w)
{
	return w->type != ZH_CLASS_SPACE && w->type != ZH_CLASS_PUNCT && !w->repeated;
}

/*
 * HeadlineParsedText keeps the lengths of StartSel, StopSel and
 * FragmentDelimiter in int16: a longer value is refused, as PostgreSQL's own
 * parser does, rather than cut or wrapped into a negative length.
 */
static void
set_string(char **dst, int16 *len, const char *src, const char *option)
{
	size_t		n = strlen(src);

	if (n > PG_INT16_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("headline parameter %s is too long", option),
				 errdetail("It is %zu bytes; the maximum is %d.", n, PG_INT16_MAX)));
	*dst = pstrdup(src);
	*len = (int16) n;
}

static void
read_options(HeadlineParsedText *prs, List *prsoptions, HlOptions *o)
{
	ListCell   *l;

	o->max_words = 35;
	o->min_words = 15;
	o->max_fragments = 0;
	o->highlight_all = false;
	set_string(&prs->startsel, &prs->startsellen, "<b>", "StartSel");
	set_string(&prs->stopsel, &prs->stopsellen, "</b>", "StopSel");
	set_string(&prs->fragdelim, &prs->fragdelimlen, " ... ", "FragmentDelimiter");

	foreach(l, prsoptions)
	{
		DefElem    *d = (DefElem *) lfirst(l);
		char	   *v = defGetString(d);

		if (pg_strcasecmp(d->defname, "MaxWords") == 0)
			o->max_words = pg_strtoint32(v);
		else if (pg_strcasecmp(d->defname, "MinWords") == 0)
			o->min_words = pg_strtoint32(v);
		else if (pg_strcasecmp(d->defname, "ShortWord") == 0)
			(void) pg_strtoint32(v);
		else if (pg_strcasecmp(d->defname, "MaxFragments") == 0)
			o->max_fragments = pg_strtoint32(v);
		else if (pg_strcasecmp(d->defname, "StartSel") == 0)
			set_string(&prs->startsel, &prs->startsellen, v, "StartSel");
		else if (pg_strcasecmp(d->defname, "StopSel") == 0)
			set_string(&prs->stopsel, &prs->stopsellen, v, "StopSel");
		else if (pg_strcasecmp(d->defname, "FragmentDelimiter") == 0)
			set_string(&prs->fragdelim, &prs->fragdelimlen, v, "FragmentDelimiter");
		else if (pg_strcasecmp(d->defname, "HighlightAll") == 0)
			o->highlight_all = (pg_strcasecmp(v, "1") == 0 || pg_strcasecmp(v, "on") == 0 ||
								pg_strcasecmp(v, "true") == 0 || pg_strcasecmp(v, "t") == 0 ||
								pg_strcasecmp(v, "y") == 0 || pg_strcasecmp(v, "yes") == 0);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized headline parameter: \"%s\"", d->defname)));
	}
	if (o->highlight_all)
		return;
	if (o->min_words >= o->max_words)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("MinWords should be less than MaxWords")));
	if (o->min_words <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("MinWords should be positive")));
	if (o->max_fragments < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("MaxFragments should be >= 0")));
}

/* Mark entries [from, to] as shown, matches highlighted. */
static void
mark_in(HeadlineParsedText *prs, int from, int to)
{
	for (int i = from; i <= to && i < prs->curwords; i++)
	{
		prs->words[i].in = 1;
		if (prs->words[i].item && !prs->words[i].repeated)
			prs->words[i].selected = 1;
	}
}

/*
 * The window of at most max_words words holding the most matches, among
 * entries not yet shown.  Two pointers over the words: linear.  Returns the
 * number of matches in it (0 if none) and its entry range.
 */
static int
best_window(HeadlineParsedText *prs, int max_words, int *from, int *to)
{
	int			best = 0,
				lo = 0,
				words = 0,
				hits = 0;

	*from = *to = -1;
	for (int hi = 0; hi < prs->curwords; hi++)
	{
		HeadlineWordEntry *w = &prs->words[hi];

		if (w->in)
		{
			/* a window may not cross text already chosen */
			lo = hi + 1;
			words = hits = 0;
			continue;
		}
		if (!is_word(w))
			continue;
		words++;
		hits += w->item != NULL;
		while (words > max_words)
		{
			HeadlineWordEntry *l = &prs->words[lo++];

			if (is_word(l))
			{
				words--;
				hits -= l->item != NULL;
			}
		}
		if (hits > best)
		{
			best = hits;
			*from = lo;
			*to = hi;
		}
	}
	return best;
}

/* Grow [from, to] with neighbouring entries until it has min_words words. */
static void
widen(HeadlineParsedText *prs, int min_words, int *from, int *to)
{
	int			words = 0;

	for (int i = *from; i <= *to; i++)
		words += is_word(&prs->words[i]);
	while (words < min_words && (*from > 0 || *to < prs->curwords - 1))
	{
		if (*to < prs->curwords - 1 && !prs->words[*to + 1].in)
			words += is_word(&prs->words[++(*to)]);
		else if (*from > 0 && !prs->words[*from - 1].in)
			words += is_word(&prs->words[--(*from)]);
		else
			break;
	}
}

Datum
zhdoc_prs_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs = (HeadlineParsedText *) PG_GETARG_POINTER(0);
	List	   *prsoptions = (List *) PG_GETARG_POINTER(1);
	HlOptions	o;
	int			fragments = 0;

	read_options(prs, prsoptions, &o);
	if (prs->curwords == 0)
		PG_RETURN_POINTER(prs);
	if (o.highlight_all)
	{
		mark_in(prs, 0, prs->curwords - 1);
		PG_RETURN_POINTER(prs);
	}
	for (;;)
	{
		int			from,
					to;

		CHECK_FOR_INTERRUPTS();
		if (best_window(prs, o.max_words, &from, &to) == 0)
			break;
		widen(prs, o.min_words, &from, &to);
		mark_in(prs, from, to);
		fragments++;
		if (o.max_fragments <= 1 || fragments >= o.max_fragments)
			break;
	}
	if (fragments == 0)
	{
		/* no match: the beginning of the document */
		int			to = 0,
					words = 0;

		while (to < prs->curwords && words < o.min_words)
			words += is_word(&prs->words[to++]);
		mark_in(prs, 0, to - 1);
	}
	PG_RETURN_POINTER(prs);
}
