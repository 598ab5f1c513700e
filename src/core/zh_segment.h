/*
 * zh_segment.h — Chinese word segmentation of normalised text.
 *
 * Input is a ZhText (normally the output of zh_normalize) and a range of it;
 * output is a list of tokens that tile the range exactly, each with its
 * offsets in code points of that ZhText, a part of speech and flags telling
 * the caller which ones to skip (punctuation, white space) or treat specially
 * (user words, words the HMM found, search-mode sub-words).
 */
#ifndef ZH_SEGMENT_H
#define ZH_SEGMENT_H

#include "zh_userdict.h"
#include "zh_text.h"

#define ZH_TOK_PUNCT	0x0001	/* punctuation or symbol */
#define ZH_TOK_SPACE	0x0002	/* white space, including line breaks */
#define ZH_TOK_USER		0x0004	/* a word from the user overlay */
#define ZH_TOK_HMM		0x0008	/* an unknown word found by the HMM */
#define ZH_TOK_SUBWORD	0x0010	/* search mode: inside the preceding word */
#define ZH_TOK_NUMBER	0x0020	/* a number, with its unit if any */
#define ZH_TOK_LATIN	0x0040	/* letters (and digits) of a non-Han script */
#define ZH_TOK_NAME		0x0080	/* a person name guessed by the name model */
#define ZH_TOK_SKIP		(ZH_TOK_PUNCT | ZH_TOK_SPACE)

typedef enum ZhSegMode
{
	ZH_SEG_DEFAULT = 0,			/* one tiling of the text */
	ZH_SEG_SEARCH = 1			/* also the dictionary words inside long words */
} ZhSegMode;

typedef struct ZhToken
{
	uint32_t	start;			/* code point offset in the ZhText */
	uint32_t	len;			/* code points */
	uint16_t	pos;			/* part-of-speech id: zh_dict_pos_name() */
	uint16_t	flags;			/* ZH_TOK_* */
} ZhToken;

typedef struct ZhTokenList
{
	ZhToken    *tok;
	size_t		n;
	size_t		cap;
} ZhTokenList;

void		zh_tokens_init(ZhTokenList *l);
void		zh_tokens_free(const ZhEnv *env, ZhTokenList *l);

/*
 * Segment t->cp[from, to) and append the tokens to `out`.  `ud` may be NULL.
 * In search mode a word of three or more characters is followed by the
 * dictionary words of two or more characters inside it, flagged
 * ZH_TOK_SUBWORD, in order of start (then length).  Linear in to - from.
 */
ZhStatus	zh_segment(const ZhEnv *env, const ZhDict *d, const ZhUserDict *ud,
					   const ZhText *t, size_t from, size_t to, int mode,
					   ZhTokenList *out);

/* Part-of-speech tag of a token ("x", "m", "eng", "nr", "user", "n", ...). */
static inline const char *
zh_token_pos_name(const ZhDict *d, const ZhToken *tok)
{
	return zh_dict_pos_name(d, tok->pos);
}

#endif
