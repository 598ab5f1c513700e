/*
 * zh_text.h — text as code points, each remembering where it came from.
 *
 * Every stage of normalisation rewrites text, yet callers need offsets into
 * the string they passed (zh_articles, later zh_entities).  So a ZhText keeps,
 * beside each code point, the index of the input character it was made from;
 * stages that drop or replace characters carry those indexes along.
 */
#ifndef ZH_TEXT_H
#define ZH_TEXT_H

#include "zh_env.h"

typedef struct ZhText
{
	uint32_t   *cp;				/* code points */
	uint32_t   *src;			/* input character index of each code point */
	size_t		len;
	size_t		cap;
	size_t		src_len;		/* number of characters in the original input */
} ZhText;

ZhStatus	zh_text_init(const ZhEnv *env, ZhText *t, size_t cap);
void		zh_text_free(const ZhEnv *env, ZhText *t);
ZhStatus	zh_text_reserve(const ZhEnv *env, ZhText *t, size_t extra);

static inline void
zh_text_put(ZhText *t, uint32_t c, uint32_t src)
{
	/* caller has reserved room */
	t->cp[t->len] = c;
	t->src[t->len] = src;
	t->len++;
}

/* Decode UTF-8 (invalid sequences become U+FFFD), one entry per character. */
ZhStatus	zh_text_from_utf8(const ZhEnv *env, const char *s, size_t n, ZhText *out);

/*
 * Bytes of the character at s[i] (i < n) as zh_text_from_utf8 counts
 * characters: a valid sequence, or one byte of an invalid one.
 */
size_t		zh_utf8_char_len(const char *s, size_t n, size_t i);

/* Encode cp[from, to) as UTF-8 into a fresh NUL-terminated buffer. */
ZhStatus	zh_text_to_utf8(const ZhEnv *env, const ZhText *t, size_t from, size_t to,
							char **out, size_t *out_len);

/*
 * Encode the whole text once, with the byte offset of every code point
 * (len + 1 entries), so that callers can cut many tokens out of it without
 * encoding each.
 */
ZhStatus	zh_text_to_utf8_indexed(const ZhEnv *env, const ZhText *t,
									char **out, uint32_t **byte_at);

/* Bytes needed to encode cp[from, to). */
size_t		zh_utf8_size(const ZhText *t, size_t from, size_t to);

#endif
