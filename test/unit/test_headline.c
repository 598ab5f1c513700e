/*
 * test_headline.c — ts_headline's options and fragment choice in the core.
 *
 * The options: every reason for a refusal, integers at and past the int32
 * edges, selectors at and past the 32767-byte limit PostgreSQL's
 * HeadlineParsedText imposes, names in any case.  The choice: small
 * documents worked by hand (entries written as a string, one letter each:
 * w a word, m a matching word, s a space or punctuation), and a long one
 * asking for a fragment per match, which a scan per fragment made
 * quadratic.
 */
#include "unit.h"
#include "zh_headline.h"

/* Set one option; the reason it was refused, or ZH_HL_OK. */
static ZhHlError
set(ZhHlOptions *o, const char *name, const char *value)
{
	ZhHlProblem why;

	memset(&why, 0, sizeof(why));
	if (zh_hl_option_set(o, name, value, &why) == ZH_OK)
		return ZH_HL_OK;
	return why.error;
}

static ZhHlError
check(const ZhHlOptions *o)
{
	ZhHlProblem why;

	memset(&why, 0, sizeof(why));
	if (zh_hl_options_check(o, &why) == ZH_OK)
		return ZH_HL_OK;
	return why.error;
}

static void
test_integers(void)
{
	ZhHlOptions o;

	zh_hl_options_init(&o);
	CHECK(o.max_words == 35 && o.min_words == 15 && o.max_fragments == 0 && !o.highlight_all);
	CHECK(check(&o) == ZH_HL_OK);
	CHECK(set(&o, "maxwords", " 12 ") == ZH_HL_OK && o.max_words == 12);
	CHECK(set(&o, "MINWORDS", "+7") == ZH_HL_OK && o.min_words == 7);
	CHECK(set(&o, "MaxFragments", "2147483647") == ZH_HL_OK && o.max_fragments == 2147483647);
	CHECK(set(&o, "ShortWord", "-2147483648") == ZH_HL_OK && o.short_word == -2147483647 - 1);
	CHECK(set(&o, "MaxWords", "2147483648") == ZH_HL_OUT_OF_RANGE);
	CHECK(set(&o, "MaxWords", "-2147483649") == ZH_HL_OUT_OF_RANGE);
	CHECK(set(&o, "MaxWords", "99999999999999999999999999") == ZH_HL_OUT_OF_RANGE);
	CHECK(set(&o, "MaxWords", "12x") == ZH_HL_NOT_INTEGER);
	CHECK(set(&o, "MaxWords", "99999999999999999999999999x") == ZH_HL_NOT_INTEGER);
	CHECK(set(&o, "MaxWords", "") == ZH_HL_NOT_INTEGER);
	CHECK(set(&o, "MaxWords", " ") == ZH_HL_NOT_INTEGER);
	CHECK(set(&o, "MaxWords", "-") == ZH_HL_NOT_INTEGER);
	CHECK(set(&o, "MaxWords", "+-3") == ZH_HL_NOT_INTEGER);
	CHECK(set(&o, "MaxWords", "0x10") == ZH_HL_NOT_INTEGER);
	CHECK(set(&o, "MaxWords", "1 2") == ZH_HL_NOT_INTEGER);
	CHECK(set(&o, "ShortWord", "three") == ZH_HL_NOT_INTEGER);
	{
		ZhHlProblem why;

		/* named as PostgreSQL's documentation spells it, value as given */
		CHECK(zh_hl_option_set(&o, "maxfragments", "2x", &why) == ZH_ERR_INVALID);
		CHECK(why.error == ZH_HL_NOT_INTEGER);
		CHECK_STR(why.option, "MaxFragments");
		CHECK_STR(why.value, "2x");
	}
	/* a refused value leaves the option as it was */
	CHECK(o.max_words == 12);
}

static void
test_strings_and_names(void)
{
	ZhHlOptions o;
	ZhHlProblem why;
	char	   *longest = malloc(ZH_HL_MAX_SEL_BYTES + 2);

	memset(longest, 'x', ZH_HL_MAX_SEL_BYTES + 1);
	longest[ZH_HL_MAX_SEL_BYTES + 1] = '\0';
	zh_hl_options_init(&o);
	CHECK_STR(o.start_sel, "<b>");
	CHECK_STR(o.stop_sel, "</b>");
	CHECK_STR(o.frag_delim, " ... ");

	/* 32768 bytes: refused, named as the option is spelt, length reported */
	CHECK(zh_hl_option_set(&o, "startsel", longest, &why) == ZH_ERR_INVALID);
	CHECK(why.error == ZH_HL_TOO_LONG && why.length == ZH_HL_MAX_SEL_BYTES + 1);
	CHECK_STR(why.option, "StartSel");
	CHECK(set(&o, "StopSel", longest) == ZH_HL_TOO_LONG);
	CHECK(set(&o, "FragmentDelimiter", longest) == ZH_HL_TOO_LONG);
	CHECK_STR(o.start_sel, "<b>");
	/* 32767 bytes: the longest accepted */
	longest[ZH_HL_MAX_SEL_BYTES] = '\0';
	CHECK(set(&o, "STARTSEL", longest) == ZH_HL_OK);
	CHECK(o.start_sel == longest && o.start_sel_len == ZH_HL_MAX_SEL_BYTES);
	CHECK(set(&o, "stopsel", "") == ZH_HL_OK && o.stop_sel_len == 0);
	CHECK(set(&o, "fragmentdelimiter", " | ") == ZH_HL_OK && o.frag_delim_len == 3);

	CHECK(zh_hl_option_set(&o, "MaxWord", "3", &why) == ZH_ERR_INVALID);
	CHECK(why.error == ZH_HL_UNKNOWN_OPTION);
	CHECK_STR(why.option, "MaxWord");
	CHECK(set(&o, "", "") == ZH_HL_UNKNOWN_OPTION);
	CHECK(set(&o, "HighlightAllx", "1") == ZH_HL_UNKNOWN_OPTION);

	CHECK(set(&o, "highlightall", "YES") == ZH_HL_OK && o.highlight_all);
	CHECK(set(&o, "HighlightAll", "no") == ZH_HL_OK && !o.highlight_all);
	CHECK(set(&o, "HighlightAll", "T") == ZH_HL_OK && o.highlight_all);
	CHECK(set(&o, "HighlightAll", "2") == ZH_HL_OK && !o.highlight_all);
	free(longest);
}

static void
test_rules(void)
{
	ZhHlOptions o;

	zh_hl_options_init(&o);
	set(&o, "MinWords", "50");
	set(&o, "MaxWords", "10");
	CHECK(check(&o) == ZH_HL_MIN_NOT_LESS);
	set(&o, "MinWords", "10");
	CHECK(check(&o) == ZH_HL_MIN_NOT_LESS);
	set(&o, "MinWords", "0");
	CHECK(check(&o) == ZH_HL_MIN_NOT_POSITIVE);
	set(&o, "MinWords", "-3");
	CHECK(check(&o) == ZH_HL_MIN_NOT_POSITIVE);
	set(&o, "MinWords", "1");
	set(&o, "MaxFragments", "-1");
	CHECK(check(&o) == ZH_HL_FRAGMENTS_NEGATIVE);
	/* with everything shown, nothing else is checked (as in PostgreSQL) */
	set(&o, "HighlightAll", "true");
	set(&o, "MinWords", "0");
	CHECK(check(&o) == ZH_HL_OK);
}

/*
 * Choose in a document written as letters, under "MaxWords MinWords
 * MaxFragments"; returns the entries shown ('i', or 'I' when highlighted,
 * '.' when not shown) in a static buffer.
 */
static const char *
choose(const char *doc, int max_words, int min_words, int max_fragments, bool all,
	   int *fragments)
{
	static char out[64];
	ZhHlEntry	e[64];
	ZhHlOptions o;
	size_t		n = strlen(doc);

	zh_hl_options_init(&o);
	o.max_words = max_words;
	o.min_words = min_words;
	o.max_fragments = max_fragments;
	o.highlight_all = all;
	memset(e, 0, sizeof(e));
	for (size_t i = 0; i < n; i++)
	{
		e[i].is_word = doc[i] != 's';
		e[i].is_match = doc[i] == 'm';
	}
	if (zh_hl_select(&unit_env, &o, e, n, fragments) != ZH_OK)
		return "error";
	for (size_t i = 0; i < n; i++)
		out[i] = e[i].selected ? 'I' : e[i].in ? 'i' : '.';
	out[n] = '\0';
	return out;
}

static void
test_choice(void)
{
	int			fragments;

	/* the best 3-word window first (two matches), then the one before it */
	CHECK_STR(choose("wwmwwwmmww", 3, 1, 2, false, &fragments), "iiI..iII..");
	CHECK(fragments == 2);
	/* one fragment unless more are asked for */
	CHECK_STR(choose("wwmwwwmmww", 3, 1, 0, false, &fragments), ".....iII..");
	CHECK(fragments == 1);
	/* a full window starts after the word that fell out of it, spaces and all */
	CHECK_STR(choose("wswsswwwwsm", 5, 4, 1, false, &fragments), "...iiiiiiiI");
	/* widened to MinWords words with the entries after it */
	CHECK_STR(choose("mswwwww", 5, 4, 1, false, &fragments), "Iiiii..");
	/* no match: the beginning, MinWords words long */
	CHECK_STR(choose("swswwws", 5, 2, 3, false, &fragments), "iiii...");
	CHECK(fragments == 0);
	/* HighlightAll: everything */
	CHECK_STR(choose("smwsm", 5, 2, 0, true, &fragments), "iIiiI");
	/* as many fragments as matches, never more than asked */
	CHECK_STR(choose("mwwwmwwwmwwwm", 2, 1, 3, false, &fragments), "I..iI..iI....");
	CHECK(fragments == 3);
	CHECK_STR(choose("", 5, 2, 3, false, &fragments), "");
}

/* A long document, a fragment per match: a scan per fragment took minutes. */
static void
test_many_fragments(void)
{
	size_t		n = 400000;
	ZhHlEntry  *e = calloc(n, sizeof(ZhHlEntry));
	ZhHlOptions o;
	int			fragments = 0;
	size_t		shown = 0;

	for (size_t i = 0; i < n; i++)
	{
		e[i].is_word = 1;
		e[i].is_match = i % 3 != 1;
	}
	zh_hl_options_init(&o);
	o.max_words = 2;
	o.min_words = 1;
	o.max_fragments = 1 << 30;
	CHECK(zh_hl_select(&unit_env, &o, e, n, &fragments) == ZH_OK);
	for (size_t i = 0; i < n; i++)
		shown += e[i].in;
	CHECK(fragments > 100000);
	CHECK(shown > n / 2);
	free(e);
}

void
test_headline(void)
{
	test_integers();
	test_strings_and_names();
	test_rules();
	test_choice();
	test_many_fragments();
}
