/*
 * zh_analyze.c — normalise, segment, and map tokens back to the input.
 */
#include "zh_analyze.h"

#include <string.h>

/* Parts of speech whose class is looked up from a table (jieba has ~60). */
#define ZH_CLASS_CACHE 256

ZhStatus
zh_analyze(const ZhEnv *env, const ZhDict *d, const ZhUserDict *ud,
		   const char *s, size_t n, ZhSegMode mode, ZhAnalysis *out)
{
	ZhTokenList toks;
	ZhStatus	st;
	uint8_t		cls_cache[ZH_CLASS_CACHE][2];

	memset(out, 0, sizeof(*out));
	if ((st = zh_normalize_text(env, s, n, &out->norm)) != ZH_OK)
		return st;

	zh_tokens_init(&toks);
	st = zh_segment(env, d, ud, &out->norm.text, 0, out->norm.text.len, mode, &toks);
	if (st != ZH_OK)
	{
		zh_tokens_free(env, &toks);
		zh_analysis_free(env, out);
		return st;
	}
	out->tok = zh_alloc(env, (toks.n + 1) * sizeof(ZhAnalyzedToken));
	/* classes by part of speech, worked out once per call, not per token */
	if (out->tok)
	{
		for (uint32_t p = 0; p < ZH_CLASS_CACHE && p < d->n_pos; p++)
			for (int f = 0; f < 2; f++)
				cls_cache[p][f] = (uint8_t) zh_token_class(zh_dict_pos_name(d, p), f ? ZH_TOK_USER : 0);
	}
	if (!out->tok)
	{
		zh_tokens_free(env, &toks);
		zh_analysis_free(env, out);
		return ZH_ERR_NOMEM;
	}
	for (size_t i = 0; i < toks.n; i++)
	{
		const ZhToken *t = &toks.tok[i];
		ZhAnalyzedToken *a = &out->tok[i];
		const uint32_t *src = out->norm.text.src;

		zh_maybe_check(env, i);
		a->norm_start = t->start;
		a->norm_len = t->len;
		a->src_start = src[t->start];
		a->src_end = t->len ? src[t->start + t->len - 1] + 1 : a->src_start;
		a->pos = t->pos;
		a->flags = t->flags;
		if (t->pos < ZH_CLASS_CACHE && t->pos < d->n_pos &&
			!(t->flags & (ZH_TOK_SKIP | ZH_TOK_NUMBER | ZH_TOK_LATIN)))
			a->cls = cls_cache[t->pos][(t->flags & ZH_TOK_USER) != 0];
		else
			a->cls = (uint8_t) zh_token_class(zh_token_pos_name(d, t), t->flags);
	}
	out->n = toks.n;
	zh_tokens_free(env, &toks);
	return ZH_OK;
}

void
zh_analysis_free(const ZhEnv *env, ZhAnalysis *a)
{
	zh_normalized_free(env, &a->norm);
	zh_free(env, a->tok);
	a->tok = NULL;
	a->n = 0;
}
