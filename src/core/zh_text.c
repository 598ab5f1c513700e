/*
 * zh_text.c — growable code point buffers and UTF-8 conversion.
 */
#include "zh_text.h"
#include "zh_array.h"
#include "zh_utf8.h"

#include <string.h>

ZhStatus
zh_text_init(const ZhEnv *env, ZhText *t, size_t cap)
{
	memset(t, 0, sizeof(*t));
	if (cap < 16)
		cap = 16;
	t->cp = zh_alloc(env, cap * sizeof(uint32_t));
	t->src = zh_alloc(env, cap * sizeof(uint32_t));
	if (!t->cp || !t->src)
	{
		zh_text_free(env, t);
		return ZH_ERR_NOMEM;
	}
	t->cap = cap;
	return ZH_OK;
}

void
zh_text_free(const ZhEnv *env, ZhText *t)
{
	zh_free(env, t->cp);
	zh_free(env, t->src);
	t->cp = t->src = NULL;
	t->len = t->cap = 0;
}

/* Grow geometrically so that appending stays linear overall. */
ZhStatus
zh_text_reserve(const ZhEnv *env, ZhText *t, size_t extra)
{
	size_t		need = t->len + extra;
	size_t		cp_cap = t->cap,
				src_cap = t->cap;
	ZhStatus	st;

	/* cp may grow and src fail: cp then has room to spare, t->cap holds */
	if ((st = zh_grow(env, &t->cp, &cp_cap, need, sizeof(uint32_t))) != ZH_OK ||
		(st = zh_grow(env, &t->src, &src_cap, need, sizeof(uint32_t))) != ZH_OK)
		return st;
	t->cap = src_cap;
	return ZH_OK;
}

/*
 * Decode one UTF-8 sequence at s[i]; returns its length (≥ 1).  Invalid
 * sequences decode as U+FFFD over one byte, so that any byte string gets a
 * defined result.
 */
static inline size_t
decode_one(const unsigned char *s, size_t n, size_t i, uint32_t *out)
{
	size_t		len = zh_utf8_decode(s + i, n - i, out);

	if (len == 0)
	{
		*out = 0xFFFD;
		return 1;
	}
	return len;
}

size_t
zh_utf8_char_len(const char *s, size_t n, size_t i)
{
	uint32_t	c;

	return decode_one((const unsigned char *) s, n, i, &c);
}

ZhStatus
zh_text_from_utf8(const ZhEnv *env, const char *s, size_t n, ZhText *out)
{
	const unsigned char *u = (const unsigned char *) s;
	ZhStatus	st;
	size_t		i = 0;
	uint32_t	idx = 0;

	size_t		chars = 0;

	if (n > ZH_MAX_INPUT_BYTES)
		return ZH_ERR_TOO_LARGE;
	/*
	 * Size the arrays exactly: Chinese takes three bytes a character, and
	 * for a document of many megabytes the difference is page faults.  Every
	 * byte that is not a continuation byte starts one decoded code point
	 * (invalid ones too, as U+FFFD), and stray continuation bytes add one
	 * each: the count below is exact for valid UTF-8, and the loop grows
	 * the arrays for the rare invalid input that decodes to more.
	 */
	for (size_t k = 0; k < n; k++)
		chars += (u[k] & 0xC0) != 0x80;
	chars += 1;
	st = zh_text_init(env, out, chars < n + 1 ? chars : n + 1);
	if (st != ZH_OK)
		return st;
	while (i < n)
	{
		uint32_t	c;

		zh_maybe_check(env, i);
		i += decode_one(u, n, i, &c);
		if (out->len == out->cap && (st = zh_text_reserve(env, out, 1)) != ZH_OK)
		{
			zh_text_free(env, out);
			return st;
		}
		zh_text_put(out, c, idx++);
	}
	out->src_len = idx;
	return ZH_OK;
}

size_t
zh_utf8_size(const ZhText *t, size_t from, size_t to)
{
	size_t		n = 0;

	for (size_t i = from; i < to; i++)
		n += zh_utf8_len(t->cp[i]);
	return n;
}

ZhStatus
zh_text_to_utf8(const ZhEnv *env, const ZhText *t, size_t from, size_t to,
				char **out, size_t *out_len)
{
	size_t		n = zh_utf8_size(t, from, to);
	unsigned char *p;
	unsigned char *buf;

	/*
	 * NFKC can grow text (one ligature becomes 18 characters), so a legal
	 * input may have an illegal normal form: callers narrow lengths and byte
	 * offsets to 32 bits and hand the result back as one SQL value.
	 */
	if (n > ZH_MAX_INPUT_BYTES)
		return ZH_ERR_TOO_LARGE;
	buf = zh_alloc(env, n + 1);
	if (!buf)
		return ZH_ERR_NOMEM;
	p = buf;
	for (size_t i = from; i < to; i++)
	{
		zh_maybe_check(env, i);
		p += zh_utf8_encode(t->cp[i], p);
	}
	*p = 0;
	*out = (char *) buf;
	*out_len = n;
	return ZH_OK;
}

ZhStatus
zh_text_to_utf8_indexed(const ZhEnv *env, const ZhText *t, char **out, uint32_t **byte_at)
{
	uint32_t   *at = zh_alloc(env, (t->len + 1) * sizeof(uint32_t));
	size_t		pos = 0,
				len;
	ZhStatus	st;

	if (!at)
		return ZH_ERR_NOMEM;
	for (size_t i = 0; i < t->len; i++)
	{
		at[i] = (uint32_t) pos;
		pos += zh_utf8_len(t->cp[i]);
	}
	at[t->len] = (uint32_t) pos;
	if ((st = zh_text_to_utf8(env, t, 0, t->len, out, &len)) != ZH_OK)
	{
		zh_free(env, at);
		return st;
	}
	*byte_at = at;
	return ZH_OK;
}
