/*
 * zh_analyze.h — from raw document to tokens with offsets into it.
 *
 * Normalises the input (so PDF damage, full-width forms and traditional
 * characters do not reach the segmenter), segments the normal form, and
 * gives each token its normalised text, its class, and the range of input
 * characters it came from.  Used by zh_tokenize(), zh_segment() and the text
 * search parser alike, so all three agree.
 */
#ifndef ZH_ANALYZE_H
#define ZH_ANALYZE_H

#include "zh_normalize.h"
#include "zh_segment.h"
#include "zh_token_class.h"

typedef struct ZhAnalyzedToken
{
	uint32_t	norm_start;		/* in the normal form (code points) */
	uint32_t	norm_len;
	uint32_t	src_start;		/* input characters [src_start, src_end) */
	uint32_t	src_end;
	uint16_t	pos;			/* part-of-speech id in the dictionary */
	uint16_t	flags;			/* ZH_TOK_* */
	uint8_t		cls;			/* ZhTokenClass */
} ZhAnalyzedToken;

typedef struct ZhAnalysis
{
	ZhNormalized norm;			/* the normal form the tokens refer to */
	ZhAnalyzedToken *tok;
	size_t		n;
} ZhAnalysis;

ZhStatus	zh_analyze(const ZhEnv *env, const ZhDict *d, const ZhUserDict *ud,
					   const char *s, size_t n, ZhSegMode mode, ZhAnalysis *out);
void		zh_analysis_free(const ZhEnv *env, ZhAnalysis *a);

#endif
