/*
 * zh_headline.c — which entries of a document ts_headline shows.
 *
 * The rule (zhdoc's since the first headline, and close to PostgreSQL's
 * own for MaxFragments): repeatedly take the window of at most MaxWords
 * words, among entries not yet shown, holding the most matches (the first
 * such window in text order), widen it with neighbouring entries to
 * MinWords words, and show it; stop after MaxFragments fragments (one if
 * MaxFragments is 0 or 1) or when no window holds a match.
 *
 * Done literally — a two-pointer scan of the document per fragment — that
 * is O(n) per fragment, so O(n²) for a long document, a query matching
 * everywhere and a large MaxFragments.  Instead, observe that entries shown
 * split the document into runs ("segments") that no window may cross, and
 * that in a segment whose words are w[ws..we) the window ending at word j
 * holds
 *     the words ws..j             if j < ws + MaxWords (the window is not full)
 *     the words j-MaxWords+1..j   otherwise,
 * so its match count is a prefix-sum difference, and for full windows it
 * does not depend on the segment at all.  The best window of a segment is
 * then the better of the last match among its first MaxWords words and a
 * range-maximum query over the full windows, O(log n) with a segment tree
 * built once.  A heap orders the segments by (matches, position); showing a
 * fragment replaces its segment by the two parts either side.  Widening and
 * marking touch each entry at most once.  O(n log n) in all, and the same
 * entries are chosen as by the literal rule (test/fuzz/fuzz_headline.c
 * compares the two).
 */
#include "zh_headline.h"

#define NONE UINT32_MAX

/* A run of entries [s, e) not shown, and its best window [from, to]. */
typedef struct Seg
{
	uint32_t	s,
				e,
				hits,
				from,
				to;
} Seg;

typedef struct Sel
{
	ZhHlEntry  *e;
	size_t		n;
	size_t		max_words;
	uint32_t   *first_word;		/* words among entries [0, i): n + 1 */
	uint32_t   *word_ent;		/* entry index of each word: nwords */
	uint32_t   *hits_before;	/* matching words among words [0, j): nwords + 1 */
	uint32_t   *last_match;		/* last matching word <= j, or NONE: nwords */
	uint32_t   *tree;			/* best full window in each node: 2 * leaves */
	size_t		leaves;
	Seg		   *heap;
	size_t		nheap;
	size_t		nwords;
} Sel;

/* Matches in the full window ending at word j (j >= max_words). */
static uint32_t
full_hits(const Sel *x, uint32_t j)
{
	return x->hits_before[j + 1] - x->hits_before[j + 1 - x->max_words];
}

/* The better of two full windows: more matches, then earlier. */
static uint32_t
better(const Sel *x, uint32_t a, uint32_t b)
{
	uint32_t	ha,
				hb;

	if (a == NONE)
		return b;
	if (b == NONE)
		return a;
	ha = full_hits(x, a);
	hb = full_hits(x, b);
	if (ha != hb)
		return ha > hb ? a : b;
	return a < b ? a : b;
}

static void
tree_build(Sel *x)
{
	for (size_t i = 0; i < x->leaves; i++)
		x->tree[x->leaves + i] = (i >= x->max_words && i < x->nwords) ? (uint32_t) i : NONE;
	for (size_t i = x->leaves - 1; i >= 1; i--)
		x->tree[i] = better(x, x->tree[2 * i], x->tree[2 * i + 1]);
}

/* The best full window ending at a word in [lo, hi), or NONE. */
static uint32_t
tree_best(const Sel *x, size_t lo, size_t hi)
{
	uint32_t	best = NONE;

	for (lo += x->leaves, hi += x->leaves; lo < hi; lo >>= 1, hi >>= 1)
	{
		if (lo & 1)
			best = better(x, best, x->tree[lo++]);
		if (hi & 1)
			best = better(x, best, x->tree[--hi]);
	}
	return best;
}

/* The best window of entries [s, e); seg->hits 0 if none holds a match. */
static Seg
seg_best(const Sel *x, uint32_t s, uint32_t e)
{
	Seg			seg = {s, e, 0, 0, 0};
	size_t		ws = x->first_word[s],
				we = x->first_word[e];
	size_t		split;			/* first word whose window is full */
	uint32_t	prefix_hits,
				full = NONE;

	if (ws == we || x->max_words == 0)
		return seg;
	split = we - ws <= x->max_words ? we : ws + x->max_words;
	prefix_hits = x->hits_before[split] - x->hits_before[ws];
	if (split < we)
		full = tree_best(x, split, we);
	if (prefix_hits > 0 && (full == NONE || prefix_hits >= full_hits(x, full)))
	{
		/* the first word where the count peaks: the last match */
		seg.hits = prefix_hits;
		seg.from = s;
		seg.to = x->word_ent[x->last_match[split - 1]];
	}
	else if (full != NONE && full_hits(x, full) > 0)
	{
		seg.hits = full_hits(x, full);
		seg.from = x->word_ent[full - x->max_words] + 1;
		seg.to = x->word_ent[full];
	}
	return seg;
}

/* Heap order: more matches first, then the earlier segment. */
static bool
seg_before(const Seg *a, const Seg *b)
{
	return a->hits != b->hits ? a->hits > b->hits : a->s < b->s;
}

static void
heap_push(Sel *x, Seg seg)
{
	size_t		i = x->nheap++;

	while (i > 0 && seg_before(&seg, &x->heap[(i - 1) / 2]))
	{
		x->heap[i] = x->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	x->heap[i] = seg;
}

static Seg
heap_pop(Sel *x)
{
	Seg			top = x->heap[0],
				last = x->heap[--x->nheap];
	size_t		i = 0;

	for (;;)
	{
		size_t		c = 2 * i + 1;

		if (c >= x->nheap)
			break;
		if (c + 1 < x->nheap && seg_before(&x->heap[c + 1], &x->heap[c]))
			c++;
		if (!seg_before(&x->heap[c], &last))
			break;
		x->heap[i] = x->heap[c];
		i = c;
	}
	if (x->nheap > 0)
		x->heap[i] = last;
	return top;
}

/* Show entries [from, to]; highlight the matches among them. */
static void
mark_in(ZhHlEntry *e, size_t from, size_t to)
{
	for (size_t i = from; i <= to; i++)
	{
		e[i].in = 1;
		if (e[i].is_match)
			e[i].selected = 1;
	}
}

/* Grow [from, to] with neighbours not shown until it has min_words words. */
static void
widen(const Sel *x, int min_words, uint32_t *from, uint32_t *to)
{
	int64_t		words = x->first_word[*to + 1] - x->first_word[*from];

	while (words < min_words)
	{
		if (*to + 1 < x->n && !x->e[*to + 1].in)
			words += x->e[++(*to)].is_word != 0;
		else if (*from > 0 && !x->e[*from - 1].in)
			words += x->e[--(*from)].is_word != 0;
		else
			break;
	}
}

/* The arrays, in one block: every one is of uint32_t. */
static ZhStatus
sel_init(const ZhEnv *env, Sel *x, ZhHlEntry *e, size_t n, size_t max_words, uint32_t **block)
{
	size_t		nwords = 0,
				nmatch = 0,
				total;
	uint32_t   *p;

	for (size_t i = 0; i < n; i++)
	{
		nwords += e[i].is_word != 0;
		nmatch += e[i].is_word && e[i].is_match;
	}
	x->e = e;
	x->n = n;
	x->nwords = nwords;
	x->max_words = max_words;
	x->leaves = 1;
	if (max_words < nwords)
		while (x->leaves < nwords)
			x->leaves *= 2;
	else
		x->leaves = 0;			/* no window is ever full: no tree */
	total = (n + 1) + nwords + (nwords + 1) + nwords + 2 * x->leaves +
		(nmatch + 1) * (sizeof(Seg) / sizeof(uint32_t));
	if (total > SIZE_MAX / sizeof(uint32_t))
		return ZH_ERR_TOO_LARGE;
	if ((p = zh_alloc(env, total * sizeof(uint32_t))) == NULL)
		return ZH_ERR_NOMEM;
	*block = p;
	x->first_word = p;
	x->word_ent = (p += n + 1);
	x->hits_before = (p += nwords);
	x->last_match = (p += nwords + 1);
	x->tree = (p += nwords);
	x->heap = (Seg *) (p + 2 * x->leaves);
	x->nheap = 0;

	nwords = nmatch = 0;
	x->hits_before[0] = 0;
	for (size_t i = 0; i < n; i++)
	{
		zh_maybe_check(env, i);
		x->first_word[i] = (uint32_t) nwords;
		if (!e[i].is_word)
			continue;
		x->word_ent[nwords] = (uint32_t) i;
		if (e[i].is_match)
			nmatch++;
		x->hits_before[nwords + 1] = (uint32_t) nmatch;
		x->last_match[nwords] = e[i].is_match ? (uint32_t) nwords :
			nwords > 0 ? x->last_match[nwords - 1] : NONE;
		nwords++;
	}
	x->first_word[n] = (uint32_t) nwords;
	if (x->leaves > 0)
		tree_build(x);
	return ZH_OK;
}

ZhStatus
zh_hl_select(const ZhEnv *env, const ZhHlOptions *o, ZhHlEntry *e, size_t n, int *fragments)
{
	Sel			x;
	uint32_t   *block;
	int			count = 0;
	ZhStatus	st;

	if (fragments)
		*fragments = 0;
	for (size_t i = 0; i < n; i++)
		e[i].in = e[i].selected = 0;
	if (n == 0)
		return ZH_OK;
	if (n >= NONE)
		return ZH_ERR_TOO_LARGE;
	if (o->highlight_all)
	{
		mark_in(e, 0, n - 1);
		return ZH_OK;
	}
	st = sel_init(env, &x, e, n, o->max_words > 0 ? (size_t) o->max_words : 0, &block);
	if (st != ZH_OK)
		return st;
	{
		Seg			whole = seg_best(&x, 0, (uint32_t) n);

		if (whole.hits > 0)
			heap_push(&x, whole);
	}
	while (x.nheap > 0)
	{
		Seg			seg = heap_pop(&x),
					part;

		zh_maybe_check(env, (size_t) count);
		widen(&x, o->min_words, &seg.from, &seg.to);
		mark_in(e, seg.from, seg.to);
		count++;
		if (o->max_fragments <= 1 || count >= o->max_fragments)
			break;
		if ((part = seg_best(&x, seg.s, seg.from)).hits > 0)
			heap_push(&x, part);
		if ((part = seg_best(&x, seg.to + 1, seg.e)).hits > 0)
			heap_push(&x, part);
	}
	zh_free(env, block);
	if (count == 0)
	{
		/* no match: the beginning of the document */
		size_t		to = 0;
		int64_t		words = 0;

		while (to < n && words < o->min_words)
			words += e[to++].is_word != 0;
		if (to > 0)
			mark_in(e, 0, to - 1);
	}
	if (fragments)
		*fragments = count;
	return ZH_OK;
}
