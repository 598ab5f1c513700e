/*
 * zh_headline.h — ts_headline for zhdoc.parser: its options and the choice
 * of what to show.
 *
 * PostgreSQL hands a parser's headline function the document as a list of
 * entries (HeadlineParsedText) and the user's options as name/value strings.
 * Both are user input, so both are handled here, in the core, where they can
 * be unit-tested and fuzzed; the glue copies entries in and flags out and
 * turns a refused option into ereport().
 *
 * Options are those of PostgreSQL's default parser: StartSel, StopSel,
 * MaxWords, MinWords, ShortWord (checked, then ignored: it is about short
 * Latin words), HighlightAll, MaxFragments, FragmentDelimiter.
 */
#ifndef ZH_HEADLINE_H
#define ZH_HEADLINE_H

#include "zh_env.h"

/*
 * HeadlineParsedText keeps the lengths of StartSel, StopSel and
 * FragmentDelimiter in int16: longer values are refused, not cut.
 */
#define ZH_HL_MAX_SEL_BYTES 32767

typedef struct ZhHlOptions
{
	int			max_words;
	int			min_words;
	int			short_word;
	int			max_fragments;
	bool		highlight_all;
	/* NUL-terminated; the defaults or the caller's value strings, not copied */
	const char *start_sel;
	size_t		start_sel_len;
	const char *stop_sel;
	size_t		stop_sel_len;
	const char *frag_delim;
	size_t		frag_delim_len;
} ZhHlOptions;

/* Why an option was refused. */
typedef enum ZhHlError
{
	ZH_HL_OK = 0,
	ZH_HL_UNKNOWN_OPTION,		/* a name no option has */
	ZH_HL_NOT_INTEGER,			/* value of an integer option is not one */
	ZH_HL_OUT_OF_RANGE,			/* ... or does not fit in 32 bits */
	ZH_HL_TOO_LONG,				/* a selector or delimiter > ZH_HL_MAX_SEL_BYTES */
	ZH_HL_MIN_NOT_LESS,			/* MinWords >= MaxWords */
	ZH_HL_MIN_NOT_POSITIVE,		/* MinWords <= 0 */
	ZH_HL_FRAGMENTS_NEGATIVE	/* MaxFragments < 0 */
} ZhHlError;

typedef struct ZhHlProblem
{
	ZhHlError	error;
	/* the option concerned: as the caller spelt it if unknown, else as
	 * PostgreSQL's documentation spells it (MaxWords) */
	const char *option;
	const char *value;			/* the value as given (NULL: none) */
	size_t		length;			/* ZH_HL_TOO_LONG: the value's length in bytes */
} ZhHlProblem;

/* The defaults: MaxWords 35, MinWords 15, <b> </b>, " ... ". */
void		zh_hl_options_init(ZhHlOptions *o);

/*
 * Apply one option; the name is matched without regard to ASCII case.
 * ZH_ERR_INVALID with *why filled if it is refused.  `name` and `value` must
 * outlive `o` (the strings are referred to, not copied).
 */
ZhStatus	zh_hl_option_set(ZhHlOptions *o, const char *name, const char *value,
							 ZhHlProblem *why);

/* After the last option: ZH_ERR_INVALID with *why if they do not agree. */
ZhStatus	zh_hl_options_check(const ZhHlOptions *o, ZhHlProblem *why);

/*
 * One entry of the document, as PostgreSQL's headline code lists them.  The
 * caller sets is_word (counts towards MaxWords/MinWords: not a space, not
 * punctuation, not a repeated entry) and is_match (the entry matches the
 * query and is not repeated); zh_hl_select sets in (shown) and selected
 * (highlighted).
 */
typedef struct ZhHlEntry
{
	uint8_t		is_word;
	uint8_t		is_match;
	uint8_t		in;
	uint8_t		selected;
} ZhHlEntry;

/*
 * Choose the entries to show, under checked options: all of them with
 * HighlightAll; else up to MaxFragments (at least one) fragments of at most
 * MaxWords words holding the most matches, each widened to MinWords words;
 * the beginning of the document if nothing matches.  O(n log n) time, O(n)
 * memory from env.  Sets *fragments (may be NULL) to the number chosen.
 */
ZhStatus	zh_hl_select(const ZhEnv *env, const ZhHlOptions *o, ZhHlEntry *e, size_t n,
						 int *fragments);

#endif
