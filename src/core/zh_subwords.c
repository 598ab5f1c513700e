/*
 * zh_subwords.c — the dictionary words inside one word, for sub-word search.
 *
 * An index of words alone cannot find 人民币 in 数字人民币, 营商 in 营商环境
 * or 北京 in 北京大学: the segmenter keeps the long words whole, as it
 * should for phrase search.  A search configuration indexes, at the long
 * word's position, the dictionary words inside it as well; this is the list.
 */
#include "zh_subwords.h"
#include "zh_array.h"
#include "zh_text.h"

#include <string.h>

typedef struct Collect
{
	const ZhEnv *env;
	const ZhText *text;
	char	  **items;
	size_t		n;
	size_t		cap;
} Collect;

static ZhStatus
collect(void *arg, size_t start, size_t len, uint32_t word)
{
	Collect    *c = arg;
	char	   *s;
	size_t		slen;
	ZhStatus	st;

	(void) word;
	if ((st = zh_text_to_utf8(c->env, c->text, start, start + len, &s, &slen)) != ZH_OK)
		return st;
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->items[i], s) == 0)
		{
			zh_free(c->env, s);
			return ZH_OK;		/* 研究研究: once */
		}
	if ((st = zh_grow(c->env, &c->items, &c->cap, c->n + 1, sizeof(char *))) != ZH_OK)
	{
		zh_free(c->env, s);
		return st;
	}
	c->items[c->n++] = s;
	return ZH_OK;
}

ZhStatus
zh_subwords_utf8(const ZhEnv *env, const ZhDict *d, const char *s, size_t n,
				 char ***out, size_t *nout)
{
	ZhText		t;
	Collect		c = {env, &t, NULL, 0, 0};
	ZhStatus	st;

	*out = NULL;
	*nout = 0;
	if ((st = zh_text_from_utf8(env, s, n, &t)) != ZH_OK)
		return st;
	/* a token longer than any word is a run of digits or letters: none */
	if (t.len >= 3 && t.len <= d->max_word_len)
		st = zh_dict_inner_words(d, t.cp, t.len, collect, &c);
	zh_text_free(env, &t);
	if (st != ZH_OK)
	{
		for (size_t i = 0; i < c.n; i++)
			zh_free(env, c.items[i]);
		zh_free(env, c.items);
		return st;
	}
	*out = c.items;
	*nout = c.n;
	return ZH_OK;
}
