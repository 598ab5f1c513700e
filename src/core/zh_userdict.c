/*
 * zh_userdict.c — building the user-word overlay.
 *
 * User tables are small (hundreds, perhaps thousands of words), so building
 * is simple: normalise each word, sort, drop earlier duplicates, and hand the
 * keys to the same trie builder the dictionary compiler uses.
 */
#include "zh_userdict.h"
#include "zh_normalize.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct UserEntry
{
	ZhTrieKey	key;
	uint32_t	seq;
	float		logp;
	uint16_t	pos;
} UserEntry;

static int
entry_cmp(const void *a, const void *b)
{
	const UserEntry *x = a,
			   *y = b;
	int			c = zh_trie_key_cmp(&x->key, &y->key);

	if (c)
		return c;
	return x->seq < y->seq ? -1 : (x->seq > y->seq);
}

void
zh_userdict_free(const ZhEnv *env, ZhUserDict *ud)
{
	if (!ud)
		return;
	zh_trie_free(env, &ud->trie);
	zh_free(env, ud->logp);
	zh_free(env, ud->pos);
	zh_free(env, ud);
}

ZhStatus
zh_user_code_points(const ZhEnv *env, const char *word, size_t word_len, uint32_t max,
					uint32_t *buf, uint32_t *len)
{
	char	   *norm;
	size_t		norm_len;
	ZhText		t;
	ZhStatus	st;
	size_t		i;

	*len = 0;
	if (!word || word_len == 0 || word_len > (size_t) max * 8)
		return ZH_OK;
	if ((st = zh_normalize_utf8(env, word, word_len, &norm, &norm_len)) != ZH_OK)
		return st;
	st = zh_text_from_utf8(env, norm, norm_len, &t);
	zh_free(env, norm);
	if (st != ZH_OK)
		return st;
	/* trim surrounding white space the normaliser may keep */
	if (t.len <= max)
	{
		size_t		a = 0,
					b = t.len;

		while (a < b && (t.cp[a] == ' ' || t.cp[a] == '\n'))
			a++;
		while (b > a && (t.cp[b - 1] == ' ' || t.cp[b - 1] == '\n'))
			b--;
		for (i = a; i < b; i++)
			buf[i - a] = t.cp[i];
		*len = (uint32_t) (b - a);
	}
	zh_text_free(env, &t);
	return ZH_OK;
}

ZhStatus
zh_userdict_build(const ZhEnv *env, const ZhDict *d,
				  const ZhUserWord *words, size_t n, ZhUserDict **out)
{
	UserEntry  *e;
	uint32_t   *cps;
	ZhTrieKey  *keys = NULL;
	ZhUserDict *ud;
	size_t		ne = 0,
				nu = 0,
				i;
	ZhStatus	st = ZH_OK;

	*out = NULL;
	if (n > UINT32_MAX / ZH_USER_MAX_LEN)
		return ZH_ERR_TOO_LARGE;
	ud = zh_alloc(env, sizeof(ZhUserDict));
	if (ud)
		memset(ud, 0, sizeof(*ud));
	e = zh_alloc(env, (n + 1) * sizeof(UserEntry));
	cps = zh_alloc(env, (n + 1) * ZH_USER_MAX_LEN * sizeof(uint32_t));
	if (!ud || !e || !cps)
	{
		st = ZH_ERR_NOMEM;
		goto done;
	}

	for (i = 0; i < n; i++)
	{
		uint32_t   *buf = cps + ne * ZH_USER_MAX_LEN;
		uint32_t	len;
		double		freq = words[i].freq;
		int			pos = -1;

		zh_maybe_check(env, i);
		if ((st = zh_user_code_points(env, words[i].word, words[i].word_len, ZH_USER_MAX_LEN, buf, &len)) != ZH_OK)
			goto done;
		if (len == 0)
		{
			ud->n_skipped++;
			continue;
		}
		if (!(freq > 0) || !isfinite(freq))
			freq = ZH_USER_DEFAULT_FREQ;
		if (words[i].pos && words[i].pos[0])
			pos = zh_dict_pos_id(d, words[i].pos);
		e[ne].key.cp = buf;
		e[ne].key.len = len;
		e[ne].seq = (uint32_t) i;
		e[ne].logp = (float) (log(freq) - d->log_total);
		e[ne].pos = (uint16_t) (pos >= 0 ? pos : ZH_POS_USER);
		ne++;
	}

	qsort(e, ne, sizeof(UserEntry), entry_cmp);
	for (i = 0; i < ne; i++)
	{
		if (i + 1 < ne && zh_trie_key_cmp(&e[i].key, &e[i + 1].key) == 0)
			continue;
		e[nu++] = e[i];
	}
	keys = zh_alloc(env, (nu + 1) * sizeof(ZhTrieKey));
	ud->logp = zh_alloc(env, (nu + 1) * sizeof(float));
	ud->pos = zh_alloc(env, (nu + 1) * sizeof(uint16_t));
	if (!keys || !ud->logp || !ud->pos)
	{
		st = ZH_ERR_NOMEM;
		goto done;
	}
	for (i = 0; i < nu; i++)
	{
		keys[i] = e[i].key;
		ud->logp[i] = e[i].logp;
		ud->pos[i] = e[i].pos;
		if (e[i].key.len > ud->max_word_len)
			ud->max_word_len = e[i].key.len;
	}
	ud->n_words = (uint32_t) nu;
	st = zh_trie_build(env, keys, (uint32_t) nu, 1, &ud->trie);

done:
	zh_free(env, keys);
	zh_free(env, e);
	zh_free(env, cps);
	if (st != ZH_OK)
	{
		zh_userdict_free(env, ud);
		return st;
	}
	*out = ud;
	return ZH_OK;
}
