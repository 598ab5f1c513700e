/*
 * zh_lexicon.c — matching the word lists, and building them.
 *
 * A look-up walks the chain of the last two characters' slot, then, if
 * nothing longer matched, that of the last one alone, and keeps the longest
 * entry that fits; the shipped table and the users' one are asked
 * alike and the longer answer wins, so an added term behaves exactly as if
 * it had been in the data file.  The builder is shared by the dictionary
 * compiler (which writes its arrays into zhdoc.dict) and the glue (which
 * builds the users' tables in memory), so both have one shape.
 */
#include "zh_lexicon.h"

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[] = {
#define ZH_LEX_NAME(id, name, user) name,
	ZH_LEXICON_KINDS(ZH_LEX_NAME)
#undef ZH_LEX_NAME
};

static const bool kind_user[] = {
#define ZH_LEX_USER(id, name, user) user,
	ZH_LEXICON_KINDS(ZH_LEX_USER)
#undef ZH_LEX_USER
};

bool
zh_lex_kind_user(int kind)
{
	return kind >= 0 && kind < ZH_LEX_COUNT && kind_user[kind];
}

const char *
zh_lex_kind_name(int kind)
{
	return kind >= 0 && kind < ZH_LEX_COUNT ? kind_names[kind] : NULL;
}

int
zh_lex_kind_of(const char *name, size_t len)
{
	for (int k = 0; k < ZH_LEX_COUNT; k++)
		if (strlen(kind_names[k]) == len && memcmp(kind_names[k], name, len) == 0)
			return k;
	return -1;
}

/* Does entry e lie inside the table and equal cp[end - len, end)? */
static inline bool
entry_matches(const ZhLexTable *t, const ZhLexEntry *e, const uint32_t *cp, size_t end)
{
	return e->cp <= t->n_cp && e->len <= t->n_cp - e->cp &&
		memcmp(cp + end - e->len, t->cp + e->cp, e->len * sizeof(uint32_t)) == 0;
}

size_t
zh_lextable_ending_at(const ZhLexTable *t, const uint32_t *cp, size_t floor, size_t end)
{
	size_t		best = 0;

	if (t->n == 0 || end <= floor || !zh_lex_bloom_has(t->last_bloom, cp[end - 1]))
		return 0;
	/* entries of two characters or more: the chain of the last two */
	if (end - floor >= 2)
		for (int32_t i = t->slot[zh_lex_slot(cp[end - 2], cp[end - 1], t->slot_bits)];
			 i >= 0 && (uint32_t) i < t->n; i = t->entry[i].next)
		{
			const ZhLexEntry *e = &t->entry[i];

			if (e->len > best && e->len >= 2 && e->len <= end - floor && entry_matches(t, e, cp, end))
				best = e->len;
		}
	if (best)
		return best;
	for (int32_t i = t->slot[zh_lex_slot(0, cp[end - 1], t->slot_bits)];
		 i >= 0 && (uint32_t) i < t->n; i = t->entry[i].next)
	{
		const ZhLexEntry *e = &t->entry[i];

		if (e->len == 1 && entry_matches(t, e, cp, end))
			return 1;
	}
	return 0;
}

bool
zh_lextable_is(const ZhLexTable *t, const uint32_t *cp, size_t from, size_t to)
{
	size_t		n = to - from;

	if (t->n == 0 || to <= from || n > t->max_len ||
		!zh_lex_bloom_has(t->first_bloom, cp[from]) || !zh_lex_bloom_has(t->last_bloom, cp[to - 1]))
		return false;
	for (int32_t i = t->slot[zh_lex_slot(n >= 2 ? cp[to - 2] : 0, cp[to - 1], t->slot_bits)];
		 i >= 0 && (uint32_t) i < t->n; i = t->entry[i].next)
	{
		const ZhLexEntry *e = &t->entry[i];

		if (e->len == n && entry_matches(t, e, cp, to))
			return true;
	}
	return false;
}

size_t
zh_lex_ending_at(const ZhLexicons *lx, ZhLexKind k, const uint32_t *cp, size_t floor, size_t end)
{
	size_t		a = zh_lextable_ending_at(&lx->shipped[k], cp, floor, end),
				b = lx->user ? zh_lextable_ending_at(&lx->user[k], cp, floor, end) : 0;

	return a > b ? a : b;
}

bool
zh_lex_is(const ZhLexicons *lx, ZhLexKind k, const uint32_t *cp, size_t from, size_t to)
{
	return zh_lextable_is(&lx->shipped[k], cp, from, to) ||
		(lx->user && zh_lextable_is(&lx->user[k], cp, from, to));
}

size_t
zh_lex_starting_at(const ZhLexicons *lx, ZhLexKind k, const uint32_t *cp, size_t from, size_t limit)
{
	size_t		best = 0,
				max_len = lx->shipped[k].max_len;

	if (from >= limit)
		return 0;
	if (lx->user && lx->user[k].max_len > max_len)
		max_len = lx->user[k].max_len;
	if (!zh_lex_bloom_has(lx->shipped[k].first_bloom, cp[from]) &&
		!(lx->user && zh_lex_bloom_has(lx->user[k].first_bloom, cp[from])))
		return 0;
	for (size_t n = 1; n <= max_len && from + n <= limit; n++)
		if (zh_lex_is(lx, k, cp, from, from + n))
			best = n;
	return best;
}

static void
bloom_set(uint64_t *bloom, uint32_t c)
{
	uint32_t	b = zh_lex_bloom_bit(c);

	bloom[b >> 6] |= (uint64_t) 1 << (b & 63);
}

void
zh_lextable_index_ends(ZhLexTable *t)
{
	memset(t->first_bloom, 0, sizeof(t->first_bloom));
	memset(t->last_bloom, 0, sizeof(t->last_bloom));
	for (uint32_t i = 0; i < t->n; i++)
	{
		const ZhLexEntry *e = &t->entry[i];

		/* an entry outside the table is never matched (entry_matches) */
		if (e->len == 0 || e->cp > t->n_cp || e->len > t->n_cp - e->cp)
			continue;
		bloom_set(t->first_bloom, t->cp[e->cp]);
		bloom_set(t->last_bloom, t->cp[e->cp + e->len - 1]);
	}
}

/* Adds the last characters of t's entries to last[*n] (distinct); false past max. */
static bool
table_last_chars(const ZhLexTable *t, uint32_t *last, size_t *n, size_t max)
{
	for (uint32_t i = 0; i < t->n; i++)
	{
		const ZhLexEntry *e = &t->entry[i];
		uint32_t	c;
		size_t		j;

		if (e->len == 0 || e->cp > t->n_cp || e->len > t->n_cp - e->cp)
			continue;
		c = t->cp[e->cp + e->len - 1];
		for (j = 0; j < *n && last[j] != c; j++)
			;
		if (j < *n)
			continue;
		if (*n == max)
			return false;
		last[(*n)++] = c;
	}
	return true;
}

size_t
zh_lex_last_chars(const ZhLexicons *lx, ZhLexKind k, uint32_t *last, size_t max)
{
	size_t		n = 0;

	if (!table_last_chars(&lx->shipped[k], last, &n, max) ||
		(lx->user && !table_last_chars(&lx->user[k], last, &n, max)))
		return SIZE_MAX;
	return n;
}

/* WHY: repeats are found by sorting word indexes by their code points. */
typedef struct SortKey
{
	const uint32_t *cp;
	uint16_t	len;
	uint32_t	index;
} SortKey;

static int
key_cmp(const void *a, const void *b)
{
	const SortKey *x = a,
			   *y = b;
	size_t		n = x->len < y->len ? x->len : y->len;
	int			c = memcmp(x->cp, y->cp, n * sizeof(uint32_t));

	if (c)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

ZhStatus
zh_lextable_build(const ZhEnv *env, const uint32_t *cp, const uint32_t *start,
				  const uint16_t *len, uint32_t n, ZhLexTable *out, void **block, uint32_t *dups)
{
	uint32_t	bits = 0,
				kept = 0,
				n_cp = 0,
				max_len = 0;
	size_t		size;
	unsigned char *mem;
	ZhLexEntry *entry;
	int32_t    *slot;
	uint32_t   *cps;
	SortKey    *keys;
	bool	   *keep;

	memset(out, 0, sizeof(*out));
	*block = NULL;
	if (dups)
		*dups = 0;
	keys = zh_alloc(env, (n + 1) * sizeof(SortKey));
	keep = zh_alloc(env, n + 1);
	if (!keys || !keep)
	{
		zh_free(env, keys);
		zh_free(env, keep);
		return ZH_ERR_NOMEM;
	}
	for (uint32_t i = 0; i < n; i++)
	{
		keys[i].cp = cp + start[i];
		keys[i].len = len[i];
		keys[i].index = i;
		keep[i] = len[i] > 0;
	}
	qsort(keys, n, sizeof(SortKey), key_cmp);
	for (uint32_t i = 1; i < n; i++)
		if (keys[i].len == keys[i - 1].len &&
			memcmp(keys[i].cp, keys[i - 1].cp, keys[i].len * sizeof(uint32_t)) == 0)
		{
			keep[keys[i].index] = false;	/* the first of a repeated word stays */
			if (dups)
				(*dups)++;
		}
	zh_free(env, keys);
	for (uint32_t i = 0; i < n; i++)
		if (keep[i])
		{
			kept++;
			n_cp += len[i];
			if (len[i] > max_len)
				max_len = len[i];
		}
	/* at most half full: chains of one or two entries */
	while (((uint32_t) 1 << bits) < kept * 2)
		bits++;
	size = kept * sizeof(ZhLexEntry) + ((size_t) 1 << bits) * sizeof(int32_t) +
		n_cp * sizeof(uint32_t);
	mem = zh_alloc(env, size);
	if (!mem)
	{
		zh_free(env, keep);
		return ZH_ERR_NOMEM;
	}
	entry = (ZhLexEntry *) mem;
	slot = (int32_t *) (mem + kept * sizeof(ZhLexEntry));
	cps = (uint32_t *) (mem + kept * sizeof(ZhLexEntry) + ((size_t) 1 << bits) * sizeof(int32_t));
	for (uint32_t s = 0; s < ((uint32_t) 1 << bits); s++)
		slot[s] = -1;
	kept = 0;
	n_cp = 0;
	for (uint32_t i = 0; i < n; i++)
	{
		uint32_t	h;

		if (!keep[i])
			continue;
		memcpy(cps + n_cp, cp + start[i], len[i] * sizeof(uint32_t));
		entry[kept].cp = n_cp;
		entry[kept].len = len[i];
		entry[kept].reserved = 0;
		h = zh_lex_slot(len[i] >= 2 ? cp[start[i] + len[i] - 2] : 0, cp[start[i] + len[i] - 1], bits);
		entry[kept].next = slot[h];
		slot[h] = (int32_t) kept;
		n_cp += len[i];
		kept++;
	}
	zh_free(env, keep);
	out->entry = entry;
	out->slot = slot;
	out->cp = cps;
	out->n = kept;
	out->n_cp = n_cp;
	out->slot_bits = bits;
	out->max_len = max_len;
	zh_lextable_index_ends(out);
	*block = mem;
	return ZH_OK;
}
