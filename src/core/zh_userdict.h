/*
 * zh_userdict.h — words the user adds at run time, laid over the dictionary.
 *
 * The glue reads zhdoc.user_words and builds one of these per backend when
 * the table changes; segmentation walks it beside the mapped dictionary, so
 * a user word competes in the same maximum-probability search (and wins
 * where it should, given its frequency) without rebuilding zhdoc.dict.
 * Words are normalised exactly like documents (full-width, traditional,
 * spaces), so they match the text they are meant to match.
 */
#ifndef ZH_USERDICT_H
#define ZH_USERDICT_H

#include "zh_dict.h"

/* Longest user word kept, in code points after normalisation. */
#define ZH_USER_MAX_LEN 64

/* Frequency given to user words that come without one (or with <= 0). */
#define ZH_USER_DEFAULT_FREQ 100000.0

typedef struct ZhUserWord
{
	const char *word;			/* UTF-8 */
	size_t		word_len;		/* bytes */
	double		freq;			/* <= 0 or NaN: ZH_USER_DEFAULT_FREQ */
	const char *pos;			/* NULL or NUL-terminated tag */
} ZhUserWord;

typedef struct ZhUserDict
{
	ZhTrie		trie;
	float	   *logp;			/* per word, on the dictionary's scale */
	uint16_t   *pos;			/* dictionary POS id, or ZH_POS_USER */
	uint32_t	n_words;
	uint32_t	max_word_len;
	size_t		n_skipped;		/* input words empty or too long */
} ZhUserDict;

/*
 * Build the overlay.  `d` supplies the frequency scale and the POS table: a
 * tag the dictionary knows keeps its id, any other (or none) becomes
 * ZH_POS_USER; either way tokens from user words carry ZH_TOK_USER.
 * A later duplicate of a word replaces the earlier one.
 */
/*
 * A word or term as users give it, normalised like documents (full-width,
 * traditional, spaces) into at most `max` code points in buf; *len is 0
 * when it is empty or longer.  Shared by user words and user terms.
 */
ZhStatus	zh_user_code_points(const ZhEnv *env, const char *word, size_t word_len, uint32_t max,
								uint32_t *buf, uint32_t *len);

ZhStatus	zh_userdict_build(const ZhEnv *env, const ZhDict *d,
							  const ZhUserWord *words, size_t n, ZhUserDict **out);
void		zh_userdict_free(const ZhEnv *env, ZhUserDict *ud);

#endif
