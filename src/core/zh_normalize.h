/*
 * zh_normalize.h — the repair pipeline behind zh_normalize().
 *
 *   decode → fold (NFKC, traditional→simplified, line breaks)
 *          → layout (join wrapped lines, undo doubled headlines)
 *          → spaces (drop the ones between Chinese characters)
 *
 * Every character keeps the index of the input character it came from, so
 * callers that analyse normalised text can report offsets into the input.
 */
#ifndef ZH_NORMALIZE_H
#define ZH_NORMALIZE_H

#include "zh_layout.h"

typedef enum ZhSpaceMode
{
	ZH_SPACES_REMOVE_CJK,		/* normal form: no space between two Chinese characters */
	ZH_SPACES_COLLAPSE			/* display form: every run becomes one space */
} ZhSpaceMode;

typedef struct ZhNormalized
{
	ZhText		text;
	ZhLine	   *lines;			/* start/end refer to `text` */
	size_t		nlines;
} ZhNormalized;

/* Decode, fold and lay out: the part both space modes share. */
ZhStatus	zh_normalize_layout(const ZhEnv *env, const char *s, size_t n, ZhLayout *out);

/* Apply one space mode to a layout, giving text and its lines. */
ZhStatus	zh_normalize_spaces(const ZhEnv *env, const ZhLayout *layout, ZhSpaceMode mode,
								ZhNormalized *out);

void		zh_normalized_free(const ZhEnv *env, ZhNormalized *n);

/*
 * The normal form with offsets: decode, fold, then layout and spaces until
 * they change nothing (the result zh_normalize returns).  Analyses that
 * must agree with zh_normalize start from this.
 */
ZhStatus	zh_normalize_text(const ZhEnv *env, const char *s, size_t n, ZhNormalized *out);

/* The whole pipeline, UTF-8 in, UTF-8 out (NUL-terminated, allocated). */
ZhStatus	zh_normalize_utf8(const ZhEnv *env, const char *s, size_t n,
							  char **out, size_t *out_len);

#endif
