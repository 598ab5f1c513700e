/*
 * zh_tsparse.h — the token stream of the text search parser zhdoc.parser.
 *
 * PostgreSQL's text search asks a parser for tokens one at a time and
 * builds both the tsvector and, for ts_headline, the displayed document
 * from them.  Two needs pull apart here: indexing wants the normal form of
 * each word (simplified characters, ASCII digits, no PDF damage), while a
 * headline must show the document with its spaces and nothing dropped or
 * repeated.
 *
 * So words come out in their normal form, and everything between words —
 * spaces, line breaks, punctuation, the second copy of a doubled headline —
 * as the original bytes of the input, typed "blank" or "punct" (not
 * indexed).  Every input byte is accounted for exactly once, in order:
 * either shown as itself or as part of a word's source.  Positions in the
 * tsvector count words only, so phrase search works on words.
 *
 * The walk is over a finished ZhAnalysis (default mode) of the same text;
 * it allocates only in zh_tsparse_init.
 */
#ifndef ZH_TSPARSE_H
#define ZH_TSPARSE_H

#include "zh_analyze.h"

/* PostgreSQL indexes words of up to 2047 bytes; longer runs come in pieces. */
#define ZH_TS_TOKEN_MAX_BYTES 2000

typedef struct ZhTsToken
{
	int			type;			/* ZhTokenClass; 0 at the end */
	const char *text;			/* normal form of a word, or input bytes */
	int			len;			/* bytes, 1..ZH_TS_TOKEN_MAX_BYTES */
	/* input bytes [src_from, src_to) this token accounts for (a word's
	 * later pieces, and a word merged into the one before, account for none) */
	size_t		src_from;
	size_t		src_to;
} ZhTsToken;

typedef struct ZhTsParser
{
	const ZhAnalysis *an;
	const char *doc;			/* the input, not copied */
	uint32_t   *off;			/* byte offset of each input character: nchars + 1 */
	size_t		nchars;
	char	   *norm;			/* the normal form, UTF-8 */
	uint32_t   *norm_at;		/* byte offset of each of its code points */
	size_t		next_tok;		/* next analysis token */
	size_t		cur;			/* next input character not yet accounted for */
	/* a word being emitted in pieces (only for absurdly long words) */
	const char *word;
	size_t		word_len;
	size_t		word_done;
	int			word_type;
} ZhTsParser;

/*
 * Start a walk over `an`, the default-mode analysis of doc[0, len).  Both
 * must outlive the walk.  ZH_ERR_INVALID if they do not belong together.
 */
ZhStatus	zh_tsparse_init(const ZhEnv *env, const ZhAnalysis *an, const char *doc,
							size_t len, ZhTsParser *p);

/* The next token into *tok; returns its type, 0 when there is none left. */
int			zh_tsparse_next(ZhTsParser *p, ZhTsToken *tok);

void		zh_tsparse_free(const ZhEnv *env, ZhTsParser *p);

#endif
