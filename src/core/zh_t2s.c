/*
 * zh_t2s.c — longest-match folding over the compiled OpenCC tables.
 *
 * Forward maximum matching is what OpenCC itself does for t2s (its "mmseg"
 * segmentation over TSPhrases, then TSPhrases and TSCharacters within each
 * segment), so the results agree with the `opencc -c t2s.json` users know.
 * The tables are constant arrays in the shared library: nothing to open,
 * nothing to set up on a backend's first call.
 */
#include "zh_t2s.h"
#include "zh_bsearch.h"

/* Does the phrase's key equal cp[0, len)?  The caller checked that it fits. */
static int
key_matches(const ZhT2sPhrase *p, const uint32_t *cp)
{
	const uint32_t *key = zh_t2s_pool + p->off;

	for (uint32_t k = 0; k < p->len; k++)
		if (key[k] != cp[k])
			return 0;
	return 1;
}

/* The longest phrase that begins cp[0, n), or NULL. */
static const ZhT2sPhrase *
longest_phrase(const uint32_t *cp, size_t n)
{
	const ZhT2sPhrase *best = NULL;
	size_t		at;

	ZH_LOWER_BOUND(zh_t2s_nphrases, zh_t2s_pool[zh_t2s_phrases[i].off], cp[0], at);
	for (; at < zh_t2s_nphrases && zh_t2s_pool[zh_t2s_phrases[at].off] == cp[0]; at++)
	{
		const ZhT2sPhrase *p = &zh_t2s_phrases[at];

		if (p->len <= n && (!best || p->len > best->len) && key_matches(p, cp))
			best = p;
	}
	return best;
}

static uint32_t
simplified_char(uint32_t c)
{
	size_t		at;

	ZH_LOWER_BOUND(zh_t2s_nchars, zh_t2s_chars[i].from, c, at);
	return (at < zh_t2s_nchars && zh_t2s_chars[at].from == c) ? zh_t2s_chars[at].to : c;
}

void
zh_t2s_fold(const ZhEnv *env, uint32_t *cp, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		const ZhT2sPhrase *p;

		zh_maybe_check(env, i);
		if (!zh_t2s_may_start(cp[i]))
		{
			i++;
			continue;
		}
		if ((p = longest_phrase(cp + i, n - i)) != NULL)
		{
			const uint32_t *val = zh_t2s_pool + p->off + p->len;

			for (uint32_t k = 0; k < p->len; k++)
				cp[i + k] = val[k];
			i += p->len;
			continue;
		}
		cp[i] = simplified_char(cp[i]);
		i++;
	}
}
