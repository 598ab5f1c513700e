/*
 * zh_lexicon_user.c — building the users' word lists.
 *
 * Each term is normalised as user words are (zh_user_code_points), grouped
 * by kind, and handed to the same builder the dictionary compiler uses, so
 * a user table has the shape of a shipped one.  A term already shipped is
 * harmless: the longest match is the same either way.
 */
#include "zh_lexicon_user.h"
#include "zh_userdict.h"

#include <string.h>

ZhStatus
zh_user_lexicons_build(const ZhEnv *env, const ZhUserTerm *terms, size_t n,
					   ZhUserLexicons **out)
{
	ZhUserLexicons *ul;
	uint32_t   *cp = NULL,
			   *start = NULL;
	uint16_t   *len = NULL;
	ZhStatus	st = ZH_OK;

	*out = NULL;
	if (n > UINT32_MAX / ZH_LEX_MAX_LEN)
		return ZH_ERR_TOO_LARGE;
	ul = zh_alloc(env, sizeof(ZhUserLexicons));
	cp = zh_alloc(env, (n + 1) * ZH_LEX_MAX_LEN * sizeof(uint32_t));
	start = zh_alloc(env, (n + 1) * sizeof(uint32_t));
	len = zh_alloc(env, (n + 1) * sizeof(uint16_t));
	if (!ul || !cp || !start || !len)
	{
		st = ZH_ERR_NOMEM;
		goto done;
	}
	memset(ul, 0, sizeof(*ul));
	for (int k = 0; k < ZH_LEX_COUNT && st == ZH_OK; k++)
	{
		uint32_t	m = 0,
					used = 0;

		if (!zh_lex_kind_user(k))
			continue;			/* see zh_lexicon_kinds.h */

		for (size_t i = 0; i < n && st == ZH_OK; i++)
		{
			uint32_t	l;

			zh_maybe_check(env, i);
			if (terms[i].kind != k)
				continue;
			st = zh_user_code_points(env, terms[i].term, terms[i].term_len, ZH_LEX_MAX_LEN,
									 cp + used, &l);
			if (st == ZH_OK && l > 0)
			{
				start[m] = used;
				len[m++] = (uint16_t) l;
				used += l;
			}
			else if (st == ZH_OK)
				ul->n_skipped++;
		}
		if (st == ZH_OK)
			st = zh_lextable_build(env, cp, start, len, m, &ul->table[k], &ul->block[k], NULL);
		ul->n_terms += ul->table[k].n;
	}
	for (size_t i = 0; i < n; i++)
		if (!zh_lex_kind_user(terms[i].kind))
			ul->n_skipped++;
done:
	zh_free(env, cp);
	zh_free(env, start);
	zh_free(env, len);
	if (st != ZH_OK)
	{
		zh_user_lexicons_free(env, ul);
		return st;
	}
	*out = ul;
	return ZH_OK;
}

void
zh_user_lexicons_free(const ZhEnv *env, ZhUserLexicons *ul)
{
	if (!ul)
		return;
	for (int k = 0; k < ZH_LEX_COUNT; k++)
		zh_free(env, ul->block[k]);
	zh_free(env, ul);
}
