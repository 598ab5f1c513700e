/*
 * zh_trie.h — a static trie of code point strings, stored as flat arrays.
 *
 * The same layout serves the mapped dictionary (arrays inside the file) and
 * the user-word overlay (arrays in memory), so one walk finds the words of
 * both.  Node 0 is the root; nodes are breadth-first, so the children of a
 * node are contiguous and sorted, and since no child is ever node 0, 0 means
 * "no such child".
 */
#ifndef ZH_TRIE_H
#define ZH_TRIE_H

#include "zh_env.h"

typedef struct ZhTrie
{
	const uint32_t *label;		/* [n_nodes] code point into each node */
	const uint32_t *first;		/* [n_nodes + 1] first child of each node */
	const uint32_t *value;		/* [n_nodes] key index + 1, or 0 */
	const uint32_t *root_bmp;	/* [65536] root child by BMP char, or NULL */
	uint32_t	n_nodes;
} ZhTrie;

/* One key for the builder: code points, already sorted and unique. */
typedef struct ZhTrieKey
{
	const uint32_t *cp;
	uint32_t	len;
} ZhTrieKey;

/*
 * The child of `node` along `c`, or 0.  Inline because segmentation calls it
 * once per character per candidate word; a binary search because most nodes
 * have only a handful of children.
 */
static inline uint32_t
zh_trie_child(const ZhTrie *t, uint32_t node, uint32_t c)
{
	uint32_t	lo,
				hi,
				end;

	if (node == 0 && t->root_bmp && c < 0x10000)
		return t->root_bmp[c];
	if (node >= t->n_nodes)
		return 0;
	lo = t->first[node];
	end = hi = t->first[node + 1];
	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (t->label[mid] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo < end && t->label[lo] == c) ? lo : 0;
}

/*
 * Build the arrays for `keys` (sorted by code point, unique, none empty).
 * Key i gets value i + 1.  The caller frees the four arrays with zh_free
 * (zh_trie_free does it); root_bmp is built only when want_root_bmp.
 */
ZhStatus	zh_trie_build(const ZhEnv *env, const ZhTrieKey *keys, uint32_t nkeys,
						  int want_root_bmp, ZhTrie *out);
void		zh_trie_free(const ZhEnv *env, ZhTrie *t);

/* Compare two keys by code point, shorter first on a common prefix. */
int			zh_trie_key_cmp(const ZhTrieKey *a, const ZhTrieKey *b);

#endif
