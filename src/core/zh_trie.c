/*
 * zh_trie.c — building the flat breadth-first trie.
 *
 * Keys arrive sorted, so the keys below any node form one contiguous range
 * and its children are the runs of equal code points at the next depth.
 * Processing nodes in the order they are created is then a breadth-first
 * walk that appends each node's children in one block: exactly the layout
 * zh_trie_child searches.  Linear in the total length of the keys.
 */
#include "zh_trie.h"

#include <string.h>

int
zh_trie_key_cmp(const ZhTrieKey *a, const ZhTrieKey *b)
{
	uint32_t	n = a->len < b->len ? a->len : b->len;
	uint32_t	i;

	for (i = 0; i < n; i++)
	{
		if (a->cp[i] != b->cp[i])
			return a->cp[i] < b->cp[i] ? -1 : 1;
	}
	return a->len < b->len ? -1 : (a->len > b->len ? 1 : 0);
}

void
zh_trie_free(const ZhEnv *env, ZhTrie *t)
{
	zh_free(env, (void *) t->label);
	zh_free(env, (void *) t->first);
	zh_free(env, (void *) t->value);
	zh_free(env, (void *) t->root_bmp);
	memset(t, 0, sizeof(*t));
}

/*
 * Every key character adds at most one node, so the total length bounds the
 * node count and all arrays are sized once; the per-node key ranges live
 * only while building.
 */
ZhStatus
zh_trie_build(const ZhEnv *env, const ZhTrieKey *keys, uint32_t nkeys,
			  int want_root_bmp, ZhTrie *out)
{
	uint64_t	total = 1;
	uint32_t   *label,
			   *first,
			   *value,
			   *root_bmp = NULL;
	uint32_t   *lo_of,
			   *hi_of,
			   *depth_of;
	uint32_t	n = 1,
				k;
	uint32_t	i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < nkeys; i++)
	{
		if (keys[i].len == 0)
			return ZH_ERR_INVALID;
		total += keys[i].len;
	}
	if (total >= UINT32_MAX / 2)
		return ZH_ERR_TOO_LARGE;

	label = zh_alloc(env, total * sizeof(uint32_t));
	first = zh_alloc(env, (total + 1) * sizeof(uint32_t));
	value = zh_alloc(env, total * sizeof(uint32_t));
	lo_of = zh_alloc(env, total * sizeof(uint32_t));
	hi_of = zh_alloc(env, total * sizeof(uint32_t));
	depth_of = zh_alloc(env, total * sizeof(uint32_t));
	if (want_root_bmp)
		root_bmp = zh_alloc(env, 65536 * sizeof(uint32_t));
	if (!label || !first || !value || !lo_of || !hi_of || !depth_of ||
		(want_root_bmp && !root_bmp))
	{
		zh_free(env, label);
		zh_free(env, first);
		zh_free(env, value);
		zh_free(env, lo_of);
		zh_free(env, hi_of);
		zh_free(env, depth_of);
		zh_free(env, root_bmp);
		return ZH_ERR_NOMEM;
	}

	label[0] = 0;
	lo_of[0] = 0;
	hi_of[0] = nkeys;
	depth_of[0] = 0;
	for (k = 0; k < n; k++)
	{
		uint32_t	lo = lo_of[k],
					hi = hi_of[k],
					d = depth_of[k];

		zh_maybe_check(env, k);
		value[k] = 0;
		if (lo < hi && keys[lo].len == d)
		{
			value[k] = lo + 1;
			lo++;
		}
		first[k] = n;
		while (lo < hi)
		{
			uint32_t	c = keys[lo].cp[d];
			uint32_t	g = lo;

			while (g < hi && keys[g].cp[d] == c)
				g++;
			label[n] = c;
			lo_of[n] = lo;
			hi_of[n] = g;
			depth_of[n] = d + 1;
			n++;
			lo = g;
		}
	}
	first[n] = n;

	if (root_bmp)
	{
		memset(root_bmp, 0, 65536 * sizeof(uint32_t));
		for (k = first[0]; k < first[1]; k++)
		{
			if (label[k] < 0x10000)
				root_bmp[label[k]] = k;
		}
	}
	zh_free(env, lo_of);
	zh_free(env, hi_of);
	zh_free(env, depth_of);

	out->label = label;
	out->first = first;
	out->value = value;
	out->root_bmp = root_bmp;
	out->n_nodes = n;
	return ZH_OK;
}
