/*
 * zh_fold.c — NFKC and traditional-to-simplified folding with offsets kept.
 *
 * NFKC is applied chunk by chunk, a chunk ending where ICU says a
 * normalisation boundary lies; normalising chunks separately gives the same
 * result as normalising the whole string, and lets each output character point
 * back at the input character its chunk began with.  Characters NFKC leaves
 * alone (nearly all of Chinese text) take a fast path from a build-time
 * table, so ICU is set up only for text that needs it.
 *
 * Traditional characters are then folded by OpenCC's tables compiled into
 * the library (zh_t2s.c), not by ICU's Traditional-Simplified transliterator:
 * that one also rewrites characters that are correct in simplified text
 * (显著 → 显着, 俱乐部 → 具乐部, 乾隆 → 干隆), and opening it cost a
 * backend tens of milliseconds on its first call.
 */
#include "zh_fold.h"
#include "zh_t2s.h"

#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

/* Full-width punctuation that Chinese text is written with: not folded. */
static bool
is_kept_punct(uint32_t c)
{
	switch (c)
	{
		case 0xFF01:			/* ！ */
		case 0xFF08:			/* （ */
		case 0xFF09:			/* ） */
		case 0xFF0C:			/* ， */
		case 0xFF1A:			/* ： */
		case 0xFF1B:			/* ； */
		case 0xFF1F:			/* ？ */
		case 0x2026:			/* … */
			return true;
		default:
			return false;
	}
}

/* Tabled at build time from ICU (tools/gen_nfkc_inert.c), BMP only. */
extern const uint8_t zh_nfkc_stable_bits[];
extern const uint8_t zh_nfkc_boundary_bits[];

static bool
bmp_bit(const uint8_t *bits, uint32_t c)
{
	return c < 0x10000 && (bits[c >> 3] & (1u << (c & 7)));
}

/*
 * Can in->cp[i] (c, or its kept punctuation) be copied as it is?  Yes if
 * NFKC leaves it alone and a normalisation unit begins after it (the end of
 * the text, or a boundary before the next character).
 */
static bool
copied_as_is(const ZhText *in, size_t i, uint32_t c)
{
	return (bmp_bit(zh_nfkc_stable_bits, c) || is_kept_punct(c)) &&
		(i + 1 == in->len || bmp_bit(zh_nfkc_boundary_bits, in->cp[i + 1]));
}

/* ICU's NFKC normaliser, asked for only when a character needs it. */
static ZhStatus
need_nfkc(const UNormalizer2 **nfkc)
{
	UErrorCode	err = U_ZERO_ERROR;

	if (!*nfkc)
		*nfkc = unorm2_getNFKCInstance(&err);
	return U_FAILURE(err) || !*nfkc ? ZH_ERR_ICU : ZH_OK;
}

static ZhStatus
nfkc_chunk(const ZhEnv *env, const UNormalizer2 *nfkc, const ZhText *in,
		   size_t from, size_t to, ZhText *out)
{
	UChar		sbuf[64],
				dbuf[256];
	UChar	   *src = sbuf,
			   *dst = dbuf;
	int32_t		slen = 0,
				dlen;
	size_t		scap = sizeof(sbuf) / sizeof(UChar),
				dcap = sizeof(dbuf) / sizeof(UChar);
	UErrorCode	err = U_ZERO_ERROR;
	ZhStatus	st = ZH_OK;

	if ((to - from) * 2 > scap)
	{
		scap = (to - from) * 2;
		src = zh_alloc(env, scap * sizeof(UChar));
		if (!src)
			return ZH_ERR_NOMEM;
	}
	for (size_t i = from; i < to; i++)
		U16_APPEND_UNSAFE(src, slen, in->cp[i]);
	/* NFKC expands by at most a factor of 18 */
	if ((size_t) slen * 18 > dcap)
	{
		dcap = (size_t) slen * 18;
		dst = zh_alloc(env, dcap * sizeof(UChar));
		if (!dst)
		{
			st = ZH_ERR_NOMEM;
			goto done;
		}
	}
	dlen = unorm2_normalize(nfkc, src, slen, dst, (int32_t) dcap, &err);
	if (U_FAILURE(err))
	{
		st = ZH_ERR_ICU;
		goto done;
	}
	st = zh_text_reserve(env, out, (size_t) dlen);
	if (st != ZH_OK)
		goto done;
	for (int32_t i = 0; i < dlen;)
	{
		UChar32		c;

		U16_NEXT(dst, i, dlen, c);
		zh_text_put(out, (uint32_t) c, in->src[from]);
	}
done:
	if (src != sbuf)
		zh_free(env, src);
	if (dst != dbuf)
		zh_free(env, dst);
	return st;
}

ZhStatus
zh_fold(const ZhEnv *env, const ZhText *in, ZhText *out)
{
	const UNormalizer2 *nfkc = NULL;
	ZhStatus	st;
	size_t		i = 0;

	st = zh_text_init(env, out, in->len + 16);
	if (st != ZH_OK)
		return st;
	out->src_len = in->src_len;

	while (i < in->len)
	{
		uint32_t	c = in->cp[i];
		size_t		j;

		zh_maybe_check(env, i);
		/* one spelling for every line and page break, and for tabs */
		if (c == '\r' || c == '\f' || c == '\v' || c == 0x85 || c == 0x2028 || c == 0x2029)
		{
			if (!(c == '\r' && i + 1 < in->len && in->cp[i + 1] == '\n'))
			{
				if ((st = zh_text_reserve(env, out, 1)) != ZH_OK)
					goto fail;
				zh_text_put(out, '\n', in->src[i]);
			}
			i++;
			continue;
		}
		if (c == '\t')
			c = ' ';
		if (copied_as_is(in, i, c))
		{
			if ((st = zh_text_reserve(env, out, 1)) != ZH_OK)
				goto fail;
			zh_text_put(out, c, in->src[i]);
			i++;
			continue;
		}
		if ((st = need_nfkc(&nfkc)) != ZH_OK)
			goto fail;
		/* the chunk up to the next boundary; capped so a run of combining marks stays linear */
		j = i + 1;
		while (j < in->len && j - i < 32 && !unorm2_hasBoundaryBefore(nfkc, (UChar32) in->cp[j]))
			j++;
		if (j == i + 1 && is_kept_punct(c))
		{
			if ((st = zh_text_reserve(env, out, 1)) != ZH_OK)
				goto fail;
			zh_text_put(out, c, in->src[i]);
		}
		else if ((st = nfkc_chunk(env, nfkc, in, i, j, out)) != ZH_OK)
			goto fail;
		i = j;
	}
	/* after NFKC, so that compatibility ideographs (U+F900…) fold too */
	zh_t2s_fold(env, out->cp, out->len);
	return ZH_OK;

fail:
	/* the caller gets nothing to free on error (zh_normalize_layout relies on it) */
	zh_text_free(env, out);
	return st;
}
