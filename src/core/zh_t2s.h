/*
 * zh_t2s.h — traditional-to-simplified folding by OpenCC's tables.
 *
 * The tables are compiled at build time (tools/gen_t2s_table.c) into
 * zh_t2s_table.c: OpenCC's phrases, which decide in context, and its
 * characters, which do the rest.  Text is read left to right; at each
 * position the longest phrase that matches wins, else the character's own
 * simplified form, else the character stays.  That is OpenCC's t2s
 * conversion, so a character that is correct simplified Chinese is changed
 * only where OpenCC's tables say so.  Keys and values have the same length,
 * so each output character keeps its input offset.
 */
#ifndef ZH_T2S_H
#define ZH_T2S_H

#include "zh_env.h"

typedef struct ZhT2sChar
{
	uint32_t	from;
	uint32_t	to;
} ZhT2sChar;

typedef struct ZhT2sPhrase
{
	uint32_t	off;			/* key at zh_t2s_pool[off], value right after it */
	uint32_t	len;			/* of key and of value, in code points */
} ZhT2sPhrase;

/* The generated tables (zh_t2s_table.c). */
extern const uint32_t zh_t2s_limit;
extern const uint8_t zh_t2s_first[];	/* bit: has a simplified form or begins a phrase */
extern const uint8_t zh_t2s_phrase_first[];	/* bit: begins a phrase */
extern const uint32_t zh_t2s_nchars;
extern const ZhT2sChar zh_t2s_chars[];	/* sorted by from */
extern const uint32_t zh_t2s_nphrases;
extern const uint32_t zh_t2s_max_phrase;
extern const ZhT2sPhrase zh_t2s_phrases[];	/* sorted by key */
extern const uint32_t zh_t2s_pool[];

/* Could folding change anything starting at c?  Most characters: no. */
static inline int
zh_t2s_may_start(uint32_t c)
{
	return c < zh_t2s_limit && (zh_t2s_first[c >> 3] & (1u << (c & 7)));
}

/*
 * Fold cp[0, n) in place.  Linear: a position that may start a match costs
 * one binary search and a scan of the phrases beginning with its character
 * (a handful, fixed by the table); any other position costs a bit test.
 */
void		zh_t2s_fold(const ZhEnv *env, uint32_t *cp, size_t n);

#endif
