/*
 * zh_segment.c — from normalised text to words.
 *
 * Design.  The text is first cut by character class into runs: Han
 * characters, Latin letters and digits, white space, punctuation and other
 * symbols.  Only Han runs need statistics; the others follow fixed rules
 * (a number keeps its decimals, percent sign and a following date or time
 * unit: 2023年, 4.6, 70%, ic005).
 *
 * A Han run is segmented as jieba does, with the same data:
 *
 *   1. every dictionary word (and user word, and Chinese numeral) starting
 *      at each position is a candidate edge of a DAG;
 *   2. the path of maximum total log-probability through the DAG is found
 *      right to left by dynamic programming;
 *   3. consecutive single characters left by that path which do not form a
 *      dictionary word are handed to the HMM, which groups unknown words
 *      such as person names.
 *
 * On top of jieba: edge scores carry a length-dependent adjustment (a bonus
 * per one- or two-character word, a growing penalty beyond three) so that
 * long, rare dictionary compounds (国有企业, 新世纪) lose to their frequent
 * parts, as both the PKU and the MSR standards cut them; Chinese numerals
 * and dates are candidate words (zh_numeral.c); and a three-character
 * person-name model learnt from the dictionary's names proposes names the
 * dictionary would split into a surname and a word (初 + 军威).
 *
 * Measured on the SIGHAN 2005 development sets (test/eval): F1 0.885 PKU,
 * 0.872 MSR with the knobs below; plain jieba scores about 0.81 / 0.83.
 *
 * Cost.  Each position walks the trie at most max_word_len steps (16 for
 * jieba's list) and the numeral recogniser at most ZH_NUMERAL_MAX; Han runs
 * are processed in chunks of at most CHUNK characters so scratch memory is
 * fixed.  Everything is therefore linear in the input, whatever it holds:
 * a megabyte of one repeated character is as cheap as prose.
 */
#include "zh_segment.h"
#include "zh_array.h"
#include "zh_chars.h"
#include "zh_hmm.h"
#include "zh_numeral.h"

#include <math.h>
#include <string.h>
#include <unicode/uchar.h>

/* Longest Han run segmented at once; longer runs are cut (rare in prose). */
#define CHUNK 4096

/* Positions whose first dictionary steps are looked up together. */
#define TILE 32

/* Edge kinds, remembered per position for the chosen path. */
enum
{
	K_UNK = 0,					/* a single character the dictionary lacks */
	K_DICT,
	K_USER,
	K_NUM,						/* Chinese numeral or ordinal */
	K_DATE,						/* Chinese numeral with its date unit */
	K_NAME						/* surname + given name, by the name model */
};

/*
 * Scoring knobs, tuned on the PKU and MSR development sets together (see
 * test/eval).  Constant: segmentation must not depend on anything but the
 * dictionary and the user words, or expression indexes would go stale.
 *
 *   [0] log-probability of a Chinese numeral edge
 *   [1] adjustment for a dictionary word of 3 characters
 *   [2] adjustment per character beyond 3
 *   [3] run the HMM on left-over single characters (1) or not (0)
 *   [4] adjustment for a 2-character word
 *   [5] adjustment for a 1-character word
 *   [6] log-probability that a token is a three-character person name
 *   [7] lowest surname log-probability for which names are proposed
 */
static const double zh_seg_param[8] = {-8.0, 1.0, -3.0, 1.0, 1.5, 1.5, 2.0, -8.0};

typedef struct Seg
{
	const ZhEnv *env;
	const ZhDict *d;
	const ZhUserDict *ud;
	const uint32_t *cp;
	int			mode;
	ZhTokenList *out;
	uint16_t	pos_n;			/* "n", for unknown words */
	uint16_t	pos_nz;
	size_t		work;			/* units of work, for zh_maybe_check */
	/* scratch for one chunk */
	double	   *best;			/* [CHUNK + 1] */
	uint8_t    *elen;			/* [CHUNK] length of the chosen edge */
	uint8_t    *ekind;			/* [CHUNK] */
	uint32_t   *eid;			/* [CHUNK] word id of the chosen edge */
	uint8_t    *hmm_back;		/* [CHUNK * 4] */
	uint32_t   *hmm_ends;		/* [CHUNK] */
} Seg;

void
zh_tokens_init(ZhTokenList *l)
{
	memset(l, 0, sizeof(*l));
}

void
zh_tokens_free(const ZhEnv *env, ZhTokenList *l)
{
	zh_free(env, l->tok);
	memset(l, 0, sizeof(*l));
}

/* Append one token, growing geometrically so appending stays linear. */
static ZhStatus
push(Seg *s, size_t start, size_t len, unsigned pos, unsigned flags)
{
	ZhTokenList *l = s->out;
	ZhStatus	st = zh_grow(s->env, &l->tok, &l->cap, l->n + 1, sizeof(ZhToken));

	if (st != ZH_OK)
		return st;
	l->tok[l->n].start = (uint32_t) start;
	l->tok[l->n].len = (uint32_t) len;
	l->tok[l->n].pos = (uint16_t) pos;
	l->tok[l->n].flags = (uint16_t) flags;
	l->n++;
	return ZH_OK;
}

/* ---- character classes for the first cut ------------------------------ */

static inline bool
is_digit_any(uint32_t c)
{
	return zh_is_digit(c) || (c >= 0xFF10 && c <= 0xFF19);
}

static inline bool
is_letter_any(uint32_t c)
{
	return zh_is_latin_letter(c) || (c >= 0xFF21 && c <= 0xFF3A) ||
		(c >= 0xFF41 && c <= 0xFF5A);
}

/* ○ (a geometric shape) is a zero inside Chinese numerals, a symbol elsewhere. */
static inline bool
is_han_at(const uint32_t *cp, size_t i, size_t from, size_t to)
{
	uint32_t	c = cp[i];

	if (zh_is_han(c))
		return true;
	if (c == 0x25CB)
		return (i > from && zh_is_cn_numeral_char(cp[i - 1])) ||
			(i + 1 < to && zh_is_cn_numeral_char(cp[i + 1]));
	return false;
}

static inline bool
is_space_any(uint32_t c)
{
	return zh_is_space(c) || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
		c == 0x2028 || c == 0x2029 || c == 0x85;
}

/* Units that stay with the number before them: 2023年 5月 24日 8时 30分. */
static inline bool
is_number_unit(uint32_t c)
{
	return c == 0x5E74 || c == 0x6708 || c == 0x65E5 || c == 0x53F7 ||
		c == 0x65F6 || c == 0x5206 || c == 0x79D2;
}

/* ---- the Han path ------------------------------------------------------- */

/* Adjustment of a dictionary edge's score by its length (see zh_seg_param). */
static inline double
length_adjust(uint32_t len)
{
	if (len == 1)
		return zh_seg_param[5];
	if (len == 2)
		return zh_seg_param[4];
	return zh_seg_param[1] + zh_seg_param[2] * (len - 3);
}

/*
 * Prefetch what the first two steps of the dictionary walk will read for
 * positions [lo, hi) of cp[0, n): root-table entries, pair-hash slots and
 * name-model rows.  Their addresses depend on the text alone.
 */
static inline void
prefetch_tables(const ZhDict *d, const uint32_t *cp, size_t n, size_t lo,
				size_t hi)
{
	size_t		k;

	for (k = lo; k < hi; k++)
	{
		uint32_t	c = cp[k];

		if (c < 0x10000)
		{
			__builtin_prefetch(&d->root_bmp[c]);
			__builtin_prefetch(&d->name_prob[c * 3]);
			if (k + 1 < n && cp[k + 1] < 0x10000)
				__builtin_prefetch(&d->pair[zh_dict_pair_slot(zh_dict_pair_key(c, cp[k + 1]),
															  d->pair_bits)]);
		}
	}
}

/*
 * The first two steps of the dictionary walk for positions [lo, hi) of
 * cp[0, n), into n1 and n2 (indexed from lo).  WHY a separate pass: in the
 * scoring loop every load depends on the one before and on branches that
 * mispredict, so its cache misses come one at a time.  Here the positions
 * are independent, so the misses overlap, in a pipeline over tiles of TILE
 * positions: the tables for the next tile (scored after this one, the path
 * being computed right to left) are prefetched now, the nodes this tile's
 * pairs lead to are prefetched as they are found, and then the first
 * children of the two-character nodes, where the scoring loop's binary
 * search starts.  Each sweep goes right to left, the scoring loop's order.
 */
static inline void
first_steps(const ZhDict *d, const uint32_t *cp, size_t n, size_t lo,
			size_t hi, uint32_t *n1, uint32_t *n2)
{
	const ZhDictNode *nd = d->node;
	size_t		k;

	prefetch_tables(d, cp, n, lo >= TILE ? lo - TILE : 0, lo);
	for (k = hi; k-- > lo;)
	{
		uint32_t	a = zh_dict_first(d, cp[k]),
					b = 0;

		if (a != 0)
		{
			__builtin_prefetch(&nd[a]);
			if (k + 1 < n)
			{
				b = zh_dict_second(d, a, cp[k], cp[k + 1]);
				if (b != 0)
					__builtin_prefetch(&nd[b]);
			}
		}
		n1[k - lo] = a;
		n2[k - lo] = b;
	}
	for (k = hi; k-- > lo;)
	{
		if (n2[k - lo] != 0 && k + 2 < n)
			__builtin_prefetch(&nd[nd[n2[k - lo]].first]);
	}
}

/*
 * Fill best/elen/ekind/eid for cp[0, n): the maximum-probability path,
 * computed right to left so that each position's best continuation is known
 * when its edges are scored.  On equal scores the longer edge wins, as in
 * jieba.
 */
static void
best_path(Seg *s, const uint32_t *cp, size_t n)
{
	const ZhDict *d = s->d;
	const ZhDictNode *nd = d->node;
	const ZhUserDict *ud = s->ud;
	uint32_t	n1[TILE],
				n2[TILE];
	size_t		i,
				tile_lo = n;

	s->best[n] = 0;
	prefetch_tables(d, cp, n, n >= TILE ? n - TILE : 0, n);
	for (i = n; i-- > 0;)
	{
		double		top;
		uint32_t	node,
					j,
					lim;
		uint8_t		blen = 1,
					bkind = K_UNK;
		uint32_t	bid = 0;
		size_t		nl;
		bool		is_date;

		zh_maybe_check(s->env, s->work++);
		if (i < tile_lo)
		{
			tile_lo = i + 1 >= TILE ? i + 1 - TILE : 0;
			first_steps(d, cp, n, tile_lo, i + 1, n1, n2);
		}
		top = d->min_logp + s->best[i + 1];

		/*
		 * Dictionary words.  The first two steps come from tables (root
		 * and pair hash), the rest from binary searches over the few
		 * children deeper nodes have; each node carries its word's
		 * log-probability, so a step touches one node.
		 */
		lim = (uint32_t) (n - i < d->max_word_len ? n - i : d->max_word_len);
		node = 0;
		for (j = 0; j < lim; j++)
		{
			uint32_t	v;
			double		sc;
			bool		take;

			if (j == 0)
				node = n1[i - tile_lo];
			else if (j == 1)
				node = n2[i - tile_lo];
			else
				node = zh_dict_child(d, node, cp[i + j]);
			if (node == 0)
				break;
			v = zh_dict_word_at(d, node);

			/*
			 * Without branches: whether a prefix is a word, and whether it
			 * beats the best so far, are coin flips the predictor loses;
			 * conditional moves cost the same every time.  sc is only
			 * taken when the node ends a word.
			 */
			sc = nd[node].logp + s->best[i + j + 1] + length_adjust(j + 1);
			take = v != 0 && (sc >= top || (j == 0 && bkind == K_UNK));
			top = take ? sc : top;
			blen = take ? (uint8_t) (j + 1) : blen;
			bkind = take ? K_DICT : bkind;
			bid = take ? v - 1 : bid;
		}

		/* user words: scored like dictionary words, no length adjustment */
		if (ud && ud->n_words)
		{
			lim = (uint32_t) (n - i < ud->max_word_len ? n - i : ud->max_word_len);
			node = 0;
			for (j = 0; j < lim; j++)
			{
				uint32_t	v;

				node = zh_trie_child(&ud->trie, node, cp[i + j]);
				if (node == 0)
					break;
				v = ud->trie.value[node];
				if (v)
				{
					double		sc = ud->logp[v - 1] + s->best[i + j + 1];

					if (sc >= top || (j + 1 == blen))
					{
						top = sc;
						blen = (uint8_t) (j + 1);
						bkind = K_USER;
						bid = v - 1;
					}
				}
			}
		}

		/* Chinese numerals */
		if (zh_is_cn_numeral_char(cp[i]) || cp[i] == 0x7B2C)
		{
			nl = zh_cn_numeral_len(cp + i, n - i, &is_date);
			if (nl >= 2)
			{
				double		sc = zh_seg_param[0] + s->best[i + nl];

				if (sc >= top)
				{
					top = sc;
					blen = (uint8_t) nl;
					bkind = is_date ? K_DATE : K_NUM;
					bid = 0;
				}
			}
		}

		/*
		 * A three-character person name: surname, then two given-name
		 * characters, scored by the name model.  Only tried after a
		 * character that is a plausible surname, and never across a
		 * numeral.
		 */
		if (n - i >= 3)
		{
			double		ps = zh_dict_name_prob(d, cp[i], 0);

			if (ps >= zh_seg_param[7] &&
				!zh_is_cn_numeral_char(cp[i + 1]) && !zh_is_cn_numeral_char(cp[i + 2]))
			{
				double		sc = zh_seg_param[6] + ps +
					zh_dict_name_prob(d, cp[i + 1], 1) +
					zh_dict_name_prob(d, cp[i + 2], 2) + s->best[i + 3];

				if (sc > top)
				{
					top = sc;
					blen = 3;
					bkind = K_NAME;
					bid = 0;
				}
			}
		}

		/* the part of speech is read when the word is emitted */
		if (bkind == K_DICT)
			__builtin_prefetch(&d->word_pos[bid]);
		s->best[i] = top;
		s->elen[i] = blen;
		s->ekind[i] = bkind;
		s->eid[i] = bid;
	}
}

typedef struct SubwordSink
{
	Seg		   *seg;
	size_t		start;
} SubwordSink;

static ZhStatus
push_subword(void *arg, size_t start, size_t len, uint32_t word)
{
	SubwordSink *k = arg;

	return push(k->seg, k->start + start, len, k->seg->d->word_pos[word - 1], ZH_TOK_SUBWORD);
}

/*
 * Search mode: after a long word, the dictionary words inside it, by start
 * then length.  Bounded by the word's length times max_word_len.
 */
static ZhStatus
emit_subwords(Seg *s, size_t start, size_t len)
{
	SubwordSink k = {s, start};

	return zh_dict_inner_words(s->d, s->cp + start, len, push_subword, &k);
}

static ZhStatus
emit_word(Seg *s, size_t start, size_t len, unsigned pos, unsigned flags)
{
	ZhStatus	st = push(s, start, len, pos, flags);

	if (st == ZH_OK && s->mode == ZH_SEG_SEARCH && len >= 3 &&
		!(flags & ZH_TOK_NUMBER))
		st = emit_subwords(s, start, len);
	return st;
}

/*
 * A single Han character at `at`, on the chunk's path at `i`: its dictionary
 * tag if it has one.  The path already looked it up: a one-character edge
 * of kind K_DICT is that character's word (best_path always takes it over
 * K_UNK), K_UNK means the dictionary lacks it.
 */
static ZhStatus
emit_single(Seg *s, size_t at, size_t i)
{
	return push(s, at, 1, s->ekind[i] == K_DICT ? s->d->word_pos[s->eid[i]] :
				s->pos_n, 0);
}

/*
 * A word the HMM found.  A dictionary word keeps the dictionary's tag (the
 * path split it only because its frequency is low: 中日 t, 两国 ns, 中美 ns,
 * as jieba's tagger does).  Otherwise two or three characters after a
 * surname character is most likely a person's name, anything else an
 * unknown noun.
 */
static ZhStatus
emit_hmm_word(Seg *s, size_t start, size_t len)
{
	unsigned	pos = s->pos_nz;
	int64_t		id = zh_dict_find(s->d, s->cp + start, len);

	if (id >= 0)
		pos = s->d->word_pos[id];
	else if ((len == 2 || len == 3) &&
			 (zh_dict_char_flags(s->d, s->cp[start]) & ZH_CF_SURNAME))
		pos = ZH_POS_NR;
	return emit_word(s, start, len, pos, ZH_TOK_HMM);
}

/*
 * Characters the path left single, cp[a, b) of the chunk that starts at
 * `base`.  As jieba: one character stays itself; a group that is itself a
 * dictionary word stays as characters (the path chose to split it);
 * otherwise the HMM decides.
 */
static ZhStatus
flush_singles(Seg *s, size_t base, size_t a, size_t b)
{
	ZhStatus	st;
	size_t		k,
				nends,
				prev;

	if (b <= a)
		return ZH_OK;
	if (b - a == 1 || zh_seg_param[3] == 0 ||
		zh_dict_find(s->d, s->cp + a, b - a) >= 0)
	{
		for (k = a; k < b; k++)
		{
			if ((st = emit_single(s, k, k - base)) != ZH_OK)
				return st;
		}
		return ZH_OK;
	}
	nends = zh_hmm_cut(s->d, s->cp + a, b - a, s->hmm_back, s->hmm_ends);
	prev = 0;
	for (k = 0; k < nends; k++)
	{
		size_t		e = s->hmm_ends[k];

		st = (e - prev == 1) ? emit_single(s, a + prev, a + prev - base) :
			emit_hmm_word(s, a + prev, e - prev);
		if (st != ZH_OK)
			return st;
		prev = e;
	}
	return ZH_OK;
}

/* Segment one chunk of a Han run, cp[start, start + n). */
static ZhStatus
segment_han(Seg *s, size_t start, size_t n)
{
	const uint32_t *cp = s->cp + start;
	size_t		i = 0,
				single_from = 0;
	bool		in_singles = false;
	ZhStatus	st;

	best_path(s, cp, n);
	while (i < n)
	{
		size_t		len = s->elen[i];
		int			kind = s->ekind[i];

		zh_maybe_check(s->env, s->work++);
		if (len == 1 && (kind == K_DICT || kind == K_UNK))
		{
			if (!in_singles)
			{
				single_from = i;
				in_singles = true;
			}
			i++;
			continue;
		}
		if (in_singles)
		{
			if ((st = flush_singles(s, start, start + single_from, start + i)) != ZH_OK)
				return st;
			in_singles = false;
		}
		switch (kind)
		{
			case K_DICT:
				st = emit_word(s, start + i, len, s->d->word_pos[s->eid[i]], 0);
				break;
			case K_USER:
				st = emit_word(s, start + i, len, s->ud->pos[s->eid[i]], ZH_TOK_USER);
				break;
			case K_DATE:
				st = emit_word(s, start + i, len, ZH_POS_T, ZH_TOK_NUMBER);
				break;
			case K_NAME:
				st = emit_word(s, start + i, len, ZH_POS_NR, ZH_TOK_NAME);
				break;
			default:
				st = emit_word(s, start + i, len, ZH_POS_M, ZH_TOK_NUMBER);
				break;
		}
		if (st != ZH_OK)
			return st;
		i += len;
	}
	if (in_singles)
		return flush_singles(s, start, start + single_from, start + n);
	return ZH_OK;
}

/* ---- the other runs ----------------------------------------------------- */

/*
 * Letters and digits from `i`: one token for a code or word (ic005, COVID),
 * a number with its decimals and percent sign (4.6, 70%), and with a date or
 * time unit after a plain number (2023年, 5月, 24日, 8时).  Returns the end.
 */
static size_t
scan_alnum(Seg *s, size_t i, size_t to, unsigned *pos, unsigned *flags)
{
	const uint32_t *cp = s->cp;
	size_t		j = i;
	bool		letters = false,
				decimal = false;

	while (j < to)
	{
		uint32_t	c = cp[j];

		zh_maybe_check(s->env, s->work++);
		if (is_digit_any(c))
			j++;
		else if (is_letter_any(c))
		{
			letters = true;
			j++;
		}
		else if ((c == '.' || c == 0xFF0E || c == 0x00B7) && j > i && j + 1 < to &&
				 is_digit_any(cp[j - 1]) && is_digit_any(cp[j + 1]) && !letters)
		{
			decimal = true;
			j++;
		}
		else
			break;
	}
	*pos = letters ? ZH_POS_ENG : ZH_POS_M;
	*flags = letters ? ZH_TOK_LATIN : ZH_TOK_NUMBER;
	if (letters || j >= to)
		return j;
	if (cp[j] == '%' || cp[j] == 0xFF05 || cp[j] == 0x2030)
		return j + 1;
	if (!decimal && is_number_unit(cp[j]))
	{
		/* not when the unit begins a word of its own: 3分钟, 5年代 */
		if (j + 1 < to && zh_dict_find(s->d, cp + j, 2) >= 0 &&
			cp[j] != 0x5E74 && cp[j] != 0x6708 && cp[j] != 0x65E5)
			return j;
		*pos = ZH_POS_T;
		return j + 1;
	}
	return j;
}

/* Is c a letter or digit of some other script (Cyrillic, Hangul, kana...)? */
static inline bool
is_other_word_char(uint32_t c)
{
	if (c < 0x80 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return false;
	return u_isalnum((UChar32) c) && !u_ispunct((UChar32) c);
}

ZhStatus
zh_segment(const ZhEnv *env, const ZhDict *d, const ZhUserDict *ud,
		   const ZhText *t, size_t from, size_t to, int mode, ZhTokenList *out)
{
	Seg			s;
	ZhStatus	st = ZH_OK;
	size_t		i;
	int			id;

	if (!env || !d || !t || !out || from > to || to > t->len)
		return ZH_ERR_INVALID;
	if (to - from > UINT32_MAX / 2)
		return ZH_ERR_TOO_LARGE;
	memset(&s, 0, sizeof(s));
	s.env = env;
	s.d = d;
	s.ud = ud;
	s.cp = t->cp;
	s.mode = mode;
	s.out = out;
	id = zh_dict_pos_id(d, "n");
	s.pos_n = (uint16_t) (id >= 0 ? id : ZH_POS_X);
	id = zh_dict_pos_id(d, "nz");
	s.pos_nz = (uint16_t) (id >= 0 ? id : s.pos_n);

	i = from;
	while (i < to)
	{
		uint32_t	c = t->cp[i];
		size_t		j;
		unsigned	pos,
					flags;

		zh_maybe_check(env, s.work++);
		if (is_han_at(t->cp, i, from, to))
		{
			if (!s.best)
			{
				s.best = zh_alloc(env, (CHUNK + 1) * sizeof(double));
				s.elen = zh_alloc(env, CHUNK);
				s.ekind = zh_alloc(env, CHUNK);
				s.eid = zh_alloc(env, CHUNK * sizeof(uint32_t));
				s.hmm_back = zh_alloc(env, CHUNK * 4);
				s.hmm_ends = zh_alloc(env, CHUNK * sizeof(uint32_t));
				if (!s.best || !s.elen || !s.ekind || !s.eid || !s.hmm_back ||
					!s.hmm_ends)
				{
					st = ZH_ERR_NOMEM;
					break;
				}
			}
			for (j = i + 1; j < to && j - i < CHUNK && is_han_at(t->cp, j, from, to); j++)
				;
			if ((st = segment_han(&s, i, j - i)) != ZH_OK)
				break;
			i = j;
			continue;
		}
		if (is_digit_any(c) || is_letter_any(c))
		{
			j = scan_alnum(&s, i, to, &pos, &flags);
			st = push(&s, i, j - i, pos, flags);
		}
		else if (is_space_any(c))
		{
			for (j = i + 1; j < to && is_space_any(t->cp[j]); j++)
				zh_maybe_check(env, s.work++);
			st = push(&s, i, j - i, ZH_POS_W, ZH_TOK_SPACE);
		}
		else if (is_other_word_char(c))
		{
			for (j = i + 1; j < to && is_other_word_char(t->cp[j]) &&
				 !is_han_at(t->cp, j, from, to); j++)
				zh_maybe_check(env, s.work++);
			st = push(&s, i, j - i, ZH_POS_ENG, ZH_TOK_LATIN);
		}
		else
		{
			/* a run of one punctuation mark is one token: —— …… ... */
			for (j = i + 1; j < to && t->cp[j] == c && j - i < 64; j++)
				;
			st = push(&s, i, j - i, ZH_POS_X, ZH_TOK_PUNCT);
		}
		if (st != ZH_OK)
			break;
		i = j;
	}

	zh_free(env, s.best);
	zh_free(env, s.elen);
	zh_free(env, s.ekind);
	zh_free(env, s.eid);
	zh_free(env, s.hmm_back);
	zh_free(env, s.hmm_ends);
	return st;
}
