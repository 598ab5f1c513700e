/*
 * zh_lexicon_user.h — the terms users add to the word lists.
 *
 * The glue reads zhdoc.user_terms (kind, term) and builds one of these per
 * backend when the table changes; a ZhLexicons pairs its tables with the
 * dictionary's, so a term added is read exactly as if it were a line of
 * data/vocab/KIND.txt.  Terms are normalised like documents (full-width,
 * traditional, spaces), so they match the text they are meant to match.
 */
#ifndef ZH_LEXICON_USER_H
#define ZH_LEXICON_USER_H

#include "zh_lexicon.h"

typedef struct ZhUserTerm
{
	int			kind;			/* ZhLexKind; another, or one users may not extend, is skipped */
	const char *term;			/* UTF-8 */
	size_t		term_len;		/* bytes */
} ZhUserTerm;

typedef struct ZhUserLexicons
{
	ZhLexTable	table[ZH_LEX_COUNT];	/* empty for a kind without terms */
	void	   *block[ZH_LEX_COUNT];
	size_t		n_terms;		/* kept, over all kinds */
	size_t		n_skipped;		/* of a kind not theirs, empty or too long */
} ZhUserLexicons;

ZhStatus	zh_user_lexicons_build(const ZhEnv *env, const ZhUserTerm *terms, size_t n,
								   ZhUserLexicons **out);
void		zh_user_lexicons_free(const ZhEnv *env, ZhUserLexicons *ul);

#endif
