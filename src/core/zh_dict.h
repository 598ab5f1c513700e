/*
 * zh_dict.h — the mapped dictionary: words, parts of speech, HMM model.
 *
 * zh_dict_open maps zhdoc.dict read-only and checks its header, sizes and
 * section ranges; afterwards every look-up reads the mapping directly, so
 * backends share one copy through the page cache, opening costs no parsing,
 * and a backend brings in only the pages its look-ups touch.  The look-ups
 * bound every index they read from the file (node, word id, HMM row), so a
 * damaged body gives wrong words, never a read outside the mapping; the full
 * checksum and table checks are zh_dict_verify's, run at build time and by
 * the tests.  The struct is public so that the
 * segmenter's inner loops can inline their look-ups; treat it as read-only.
 */
#ifndef ZH_DICT_H
#define ZH_DICT_H

#include "zh_dict_format.h"
#include "zh_lexicon.h"
#include "zh_trie.h"

/* Part-of-speech ids the compiler reserves in this order (zh_dictc.c). */
#define ZH_POS_X	0			/* punctuation, symbols, anything else */
#define ZH_POS_M	1			/* numbers */
#define ZH_POS_ENG	2			/* Latin words and codes */
#define ZH_POS_NR	3			/* person names */
#define ZH_POS_USER 4			/* user words given no part of speech */
#define ZH_POS_T	5			/* time words: dates and their parts */
#define ZH_POS_W	6			/* white space */

typedef struct ZhDict
{
	const unsigned char *base;	/* the mapping */
	size_t		size;
	const ZhDictNode *node;		/* [n_nodes + 1], node 0 is the root */
	uint32_t	n_nodes;
	const uint32_t *root_bmp;	/* [65536] */
	const ZhDictPair *pair;		/* [pair_mask + 1] */
	uint32_t	pair_bits;
	uint32_t	pair_mask;
	const uint8_t *word_pos;
	const char *pos_names;		/* n_pos slots of ZH_DICT_POS_WIDTH bytes */
	uint32_t	n_pos;
	uint32_t	n_words;
	uint32_t	max_word_len;
	double		log_total;
	double		min_logp;
	const double *hmm_start;	/* [4] */
	const double *hmm_trans;	/* [4 * 4], from * 4 + to */
	const uint16_t *emit_index;
	const float *emit_rows;
	uint32_t	n_emit_rows;
	const uint8_t *char_flags;
	const float *name_prob;		/* [65536 * 3] */
	const float *char_prob;		/* [65536] */
	const float *other3_prob;	/* [65536 * 3] */
	const ZhDictLexList *lex_list;	/* [ZH_LEX_COUNT] */
	const char *lex_text;
	uint32_t	lex_text_size;
	ZhLexTable	lex[ZH_LEX_COUNT];	/* views of the mapped word lists */
} ZhDict;

/*
 * Map and validate `path`.  On failure returns NULL in *out, ZH_ERR_INVALID
 * (or ZH_ERR_NOMEM) and a sentence naming the path in errbuf.
 */
ZhStatus	zh_dict_open(const char *path, ZhDict **out, char *errbuf, size_t errlen);
void		zh_dict_close(ZhDict *d);

/*
 * The identity of the compiled dictionary: its body checksum, which changes
 * with any change of words, frequencies, model or format.  Stored analyses
 * record it to tell when they were made with another dictionary.
 */
uint64_t	zh_dict_identity(const ZhDict *d);

/*
 * The dictionary words inside cp[0, n), other than the whole, of two
 * characters or more, by start then length: visit(arg, start, len, word)
 * for each (word: the 1-based word id of zh_dict_word_at), stopping at the
 * first status other than ZH_OK, which is returned.  Bounded by n times
 * the longest word.
 */
typedef ZhStatus (*ZhInnerWordVisit) (void *arg, size_t start, size_t len, uint32_t word);
ZhStatus	zh_dict_inner_words(const ZhDict *d, const uint32_t *cp, size_t n,
								ZhInnerWordVisit visit, void *arg);

/*
 * The whole-file checks: body checksum and every table entry in range.  Reads
 * all of the file, so it is for the build, the install and the tests, not
 * for a backend's open.  Returns ZH_ERR_INVALID with a sentence in errbuf.
 */
ZhStatus	zh_dict_verify(const ZhDict *d, const char *path, char *errbuf, size_t errlen);

/*
 * The child of `node` along `c`, or 0: a binary search over the children's
 * labels (sorted, unique).  Inline because segmentation calls it once per
 * character per candidate word.
 */
static inline uint32_t
zh_dict_child(const ZhDict *d, uint32_t node, uint32_t c)
{
	const ZhDictNode *nd = d->node;
	uint32_t	base = nd[node].first,
				end = nd[node + 1].first,
				n;

	/* node < n_nodes (every node handed out is); a damaged range is empty */
	if (base >= end || end > d->n_nodes)
		return 0;
	n = end - base;
	/*
	 * Branch-free: the loop runs log2(n) times whatever the labels, and the
	 * comparison becomes a conditional move, so the few children of deep
	 * nodes cost no mispredicted branches.  Ends at the last child whose
	 * label is <= c (or the first child).
	 */
	while (n > 1)
	{
		uint32_t	half = n / 2;

		base = nd[base + half].label <= c ? base + half : base;
		n -= half;
	}
	return nd[base].label == c ? base : 0;
}

/* The node of the one-character prefix c, or 0. */
static inline uint32_t
zh_dict_first(const ZhDict *d, uint32_t c)
{
	uint32_t	v;

	if (c >= 0x10000)
		return zh_dict_child(d, 0, c);
	v = d->root_bmp[c];
	return v < d->n_nodes ? v : 0;
}

/*
 * The node of the two-character prefix c1 c2, or 0, given n1, the node of
 * c1 (not 0).  One hash probe, usually in one cache line, instead of a
 * binary search over every character that may follow c1.
 */
static inline uint32_t
zh_dict_second(const ZhDict *d, uint32_t n1, uint32_t c1, uint32_t c2)
{
	uint32_t	key,
				slot,
				probes;

	if ((c1 | c2) >= 0x10000)
		return zh_dict_child(d, n1, c2);
	key = zh_dict_pair_key(c1, c2);
	slot = zh_dict_pair_slot(key, d->pair_bits);
	/* bounded even if a damaged table had no empty slot */
	for (probes = 0; probes <= d->pair_mask; probes++)
	{
		const ZhDictPair *p = &d->pair[slot];

		if (p->node == 0)
			return 0;
		if (p->key == key)
			return p->node < d->n_nodes ? p->node : 0;
		slot = (slot + 1) & d->pair_mask;
	}
	return 0;
}

/* The word id + 1 ending at `node`, 0 for none (or for a damaged id). */
static inline uint32_t
zh_dict_word_at(const ZhDict *d, uint32_t node)
{
	uint32_t	v = d->node[node].value;

	return v <= d->n_words ? v : 0;
}

/* The description of word list k from its data file's header (not NUL-terminated). */
const char *zh_dict_lex_about(const ZhDict *d, int k, size_t *len);

/* Look up a whole word; returns its id or -1. */
int64_t		zh_dict_find(const ZhDict *d, const uint32_t *cp, size_t len);

/* Name of a part-of-speech id ("x" for ids out of range). */
const char *zh_dict_pos_name(const ZhDict *d, uint32_t pos);

/* Id of a part-of-speech name, or -1. */
int			zh_dict_pos_id(const ZhDict *d, const char *name);

static inline uint8_t
zh_dict_char_flags(const ZhDict *d, uint32_t c)
{
	return c < 0x10000 ? d->char_flags[c] : 0;
}

/*
 * log P(c as the k-th character (0, 1, 2) of a three-character person
 * name), learnt from the dictionary's names; very unlikely outside the BMP.
 */
static inline double
zh_dict_name_prob(const ZhDict *d, uint32_t c, int k)
{
	return c < 0x10000 ? d->name_prob[c * 3 + k] : -100.0;
}

/*
 * log P(c) as a character of running text: its share of all the characters
 * of the dictionary's words, each word weighted by its frequency.  The
 * background against which zh_dict_name_ratio weighs the name model.
 */
static inline double
zh_dict_char_prob(const ZhDict *d, uint32_t c)
{
	return c < 0x10000 ? d->char_prob[c] : -100.0;
}

/*
 * How much likelier c is as the k-th character of a three-character name
 * than as a character of any word: log P(c | name, k) - log P(c).  Above
 * zero for characters that names favour (民, 华, 萍), below for those that
 * common words favour (证, 车, 们), whatever their absolute frequency; the
 * absolute given-name probability alone cannot tell 许可证 from 江泽民.
 */
static inline double
zh_dict_name_ratio(const ZhDict *d, uint32_t c, int k)
{
	return c < 0x10000 ? d->name_prob[c * 3 + k] - d->char_prob[c] : 0.0;
}

/*
 * How much likelier c is as the k-th character of a three-character name
 * than as the k-th character of a three-character word that is no
 * person's: log P(c | name, k) - log P(c | other word, k).  The position
 * matters where zh_dict_name_ratio's background does not: 车, 证, 台 are
 * common characters anywhere but end words (吉普车, 许可证, 查号台) far
 * more often than names.
 */
static inline double
zh_dict_name_shape_ratio(const ZhDict *d, uint32_t c, int k)
{
	return c < 0x10000 ? d->name_prob[c * 3 + k] - d->other3_prob[c * 3 + k] : 0.0;
}

/* log P(c | state), with characters the model never saw very unlikely. */
static inline double
zh_dict_emit(const ZhDict *d, uint32_t c, int state)
{
	uint16_t	row = c < 0x10000 ? d->emit_index[c] : 0;

	row = row < d->n_emit_rows ? row : 0;
	return d->emit_rows[row * 4 + state];
}

#endif
