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
#include "zh_chars.h"

/*
 * Folding runs before layout repair (which needs 本報訊 read as 本报讯), so a
 * phrase can still be cut by a hard line break or a stray space of the PDF
 * (乾 / 隆).  Phrases are matched over the Han characters that follow,
 * stepping over such breaks: at most GAP_MAX blank characters between two
 * characters of a phrase.  The longest phrase bounds the look-ahead, so each
 * position still costs a constant.
 */
#define GAP_MAX 8
#define LOOK_MAX 32

static bool
is_break(uint32_t c)
{
	return c == '\n' || zh_is_space(c);
}

/*
 * The Han characters from cp[0] on (at most max), skipping short breaks
 * between them, into han[] with their positions in at[].  Returns the count.
 */
static size_t
gather(const uint32_t *cp, size_t n, size_t max, uint32_t *han, size_t *at)
{
	size_t		k = 0,
				i = 0;

	while (i < n && k < max)
	{
		size_t		gap = 0;

		if (k > 0)
		{
			while (i + gap < n && gap <= GAP_MAX && is_break(cp[i + gap]))
				gap++;
			if (gap > GAP_MAX || i + gap == n)
				break;
		}
		if (!zh_is_han(cp[i + gap]))
			break;
		han[k] = cp[i + gap];
		at[k++] = i + gap;
		i += gap + 1;
	}
	return k;
}

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
	size_t		look = zh_t2s_max_phrase < LOOK_MAX ? zh_t2s_max_phrase : LOOK_MAX;

	while (i < n)
	{
		const ZhT2sPhrase *p;
		uint32_t	han[LOOK_MAX];
		size_t		at[LOOK_MAX],
					nhan;

		zh_maybe_check(env, i);
		if (!zh_t2s_may_start(cp[i]))
		{
			i++;
			continue;
		}
		if ((zh_t2s_phrase_first[cp[i] >> 3] & (1u << (cp[i] & 7))) &&
			(nhan = gather(cp + i, n - i, look, han, at)) >= 2 &&
			(p = longest_phrase(han, nhan)) != NULL)
		{
			const uint32_t *val = zh_t2s_pool + p->off + p->len;

			for (uint32_t k = 0; k < p->len; k++)
				cp[i + at[k]] = val[k];
			i += at[p->len - 1] + 1;
			continue;
		}
		cp[i] = simplified_char(cp[i]);
		i++;
	}
}
