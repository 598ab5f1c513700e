/*
 * ts_stopdict.c — text search template zhdoc.stopwords_template.
 *
 * Does what the built-in `simple` template does (lower-case the word, drop it
 * if it is a stop word, keep its position either way) without its cost on
 * Chinese: `simple` lower-cases every token through the locale's wide-char
 * routines, while a Chinese word has no case at all.  Here a token is
 * lower-cased only when it holds characters of a cased script; the rest are
 * copied.  Options: StopWords = name of a file tsearch_data/NAME.stop, as for
 * `simple`, so users change the list with ALTER TEXT SEARCH DICTIONARY;
 * SubWords = true adds, at the same position, the dictionary words inside a
 * long word (数字人民币: also 数字, 人民币), for sub-word search
 * (configuration zhdoc.chinese_search).
 */
#include "zhdoc_pg.h"

#include "catalog/pg_collation.h"
#include "commands/defrem.h"
#include "tsearch/ts_locale.h"
#include "tsearch/ts_public.h"
#include "mb/pg_wchar.h"
#include "utils/formatting.h"
#include "dict_cache.h"
#include "zh_subwords.h"

/*
 * Stop words in an open-addressing hash table: every token of a document is
 * looked up, and most lists are a few dozen words.
 */
typedef struct StopDict
{
	char	  **slots;
	uint32		mask;			/* slots - 1, a power of two minus one */
	bool		subwords;		/* also the dictionary words inside a word */
} StopDict;

static uint32
hash_word(const char *s)
{
	uint32		h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char) *s) * 16777619u;
	return h;
}

static void
stopdict_fill(StopDict *d, StopList *l)
{
	uint32		size = 16;

	while (size < (uint32) l->len * 2 + 2)
		size *= 2;
	d->slots = palloc0(sizeof(char *) * size);
	d->mask = size - 1;
	for (int i = 0; i < l->len; i++)
	{
		uint32		h = hash_word(l->stop[i]) & d->mask;

		while (d->slots[h] && strcmp(d->slots[h], l->stop[i]) != 0)
			h = (h + 1) & d->mask;
		d->slots[h] = l->stop[i];
	}
}

static bool
stopdict_has(const StopDict *d, const char *w)
{
	uint32		h;

	if (!d->slots)
		return false;
	h = hash_word(w) & d->mask;
	while (d->slots[h])
	{
		if (strcmp(d->slots[h], w) == 0)
			return true;
		h = (h + 1) & d->mask;
	}
	return false;
}

PG_FUNCTION_INFO_V1(zhdoc_stopdict_init);
PG_FUNCTION_INFO_V1(zhdoc_stopdict_lexize);

#if PG_VERSION_NUM >= 170000
static char *
lower_word(const char *s, size_t len, Oid collation)
{
	return str_tolower(s, len, collation);
}
#else
static char *
lower_word(const char *s)
{
	return str_tolower(s, strlen(s), DEFAULT_COLLATION_OID);
}
#endif

Datum
zhdoc_stopdict_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	StopDict   *d = palloc0(sizeof(StopDict));
	bool		have_stop = false;
	ListCell   *l;

	foreach(l, options)
	{
		DefElem    *defel = (DefElem *) lfirst(l);

		if (strcmp(defel->defname, "stopwords") == 0)
		{
			StopList	stoplist;

			if (have_stop)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("multiple StopWords parameters")));
			memset(&stoplist, 0, sizeof(stoplist));
			readstoplist(defGetString(defel), &stoplist, lower_word);
			stopdict_fill(d, &stoplist);
			have_stop = true;
		}
		else if (strcmp(defel->defname, "subwords") == 0)
			d->subwords = defGetBoolean(defel);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized zhdoc stop-word dictionary parameter: \"%s\"",
							defel->defname),
					 errhint("The parameters are StopWords and SubWords.")));
	}
	PG_RETURN_POINTER(d);
}

/*
 * Blocks known to have no case: CJK punctuation, kana, bopomofo, Hangul and
 * the Han ideographs, which make up nearly all of a Chinese document.  Any
 * other non-ASCII character may be cased (Latin, Greek, Cyrillic, but also
 * Glagolitic, Coptic, Deseret ...), so the word goes through str_tolower as
 * simple would send it: a list of cased blocks would always miss one.
 */
static bool
is_uncased_block(pg_wchar c)
{
	return (c >= 0x2E80 && c <= 0x33FF) ||	/* radicals, CJK punctuation, kana, bopomofo */
		(c >= 0x3400 && c <= 0x4DBF) ||	/* extension A */
		(c >= 0x4E00 && c <= 0x9FFF) ||	/* unified ideographs */
		(c >= 0xAC00 && c <= 0xD7AF) ||	/* Hangul syllables */
		(c >= 0xF900 && c <= 0xFAFF) ||	/* compatibility ideographs */
		(c >= 0xFE30 && c <= 0xFE4F) ||	/* CJK compatibility forms */
		(c >= 0x20000 && c <= 0x3134F); /* supplementary ideographs */
}

/* Could s[0, len) hold a letter that lower-casing changes? */
static bool
may_have_case(const char *s, int len)
{
	int			i = 0;

	while (i < len)
	{
		const unsigned char *p = (const unsigned char *) s + i;

		if (*p < 0x80)
		{
			if (*p >= 'A' && *p <= 'Z')
				return true;
			i++;
			continue;
		}
		if (!is_uncased_block(utf8_to_unicode(p)))
			return true;
		i += pg_utf_mblen(p);
	}
	return false;
}

Datum
zhdoc_stopdict_lexize(PG_FUNCTION_ARGS)
{
	StopDict   *d = (StopDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char	   *word;
	TSLexeme   *res = palloc0(sizeof(TSLexeme) * 2);

	if (may_have_case(in, len))
		word = str_tolower(in, len, DEFAULT_COLLATION_OID);
	else
		word = pnstrdup(in, len);
	if (*word == '\0' || stopdict_has(d, word))
	{
		pfree(word);			/* a stop word: no lexeme, position kept */
		PG_RETURN_POINTER(res);
	}
	res[0].lexeme = word;
	if (d->subwords && (unsigned char) *word >= 0x80)
	{
		ZhEnv		env;
		char	  **subs;
		size_t		nsubs,
					k = 1;

		zhpg_env_init(&env, CurrentMemoryContext);
		zhpg_check(zh_subwords_utf8(&env, zhpg_dict(), word, strlen(word), &subs, &nsubs), "sub-words");
		if (nsubs > 0)
		{
			/* the word and its sub-words at one position (no TSL_ADDPOS) */
			res = repalloc(res, sizeof(TSLexeme) * (nsubs + 2));
			for (size_t i = 0; i < nsubs; i++)
				if (!stopdict_has(d, subs[i]))
				{
					memset(&res[k], 0, sizeof(TSLexeme));
					res[k++].lexeme = subs[i];
				}
			memset(&res[k], 0, sizeof(TSLexeme));
		}
	}
	PG_RETURN_POINTER(res);
}
