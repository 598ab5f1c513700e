/*
 * zh_lexicon.h — the word lists of the analysis, as data.
 *
 * Entity, meeting, article and date recognition lean on lists of words
 * (title heads, organisation and place suffixes, meeting nouns, verbs of
 * attending, news agencies …; zh_lexicon_kinds.h names them).  They live in
 * data/vocab/KIND.txt, and the dictionary compiler (tools/zh_dictc.c) turns
 * each into a ZhLexTable inside zhdoc.dict: entries chained by their last
 * two characters (one-character entries by their only one), so matching a
 * list at a position costs two hash probes and a comparison or two (a chain
 * by the last character alone held every title ending in 长), read where the file is mapped (no parsing, no copy per
 * backend).  Users add entries in SQL (zhdoc.user_terms); the glue builds
 * tables of the same shape from them with zh_lextable_build, and a
 * ZhLexicons pairs the shipped tables with those: every look-up reads both.
 */
#ifndef ZH_LEXICON_H
#define ZH_LEXICON_H

#include "zh_env.h"
#include "zh_lexicon_kinds.h"

/* Longest entry, in code points: longer ones are refused (compiler) or skipped (users). */
#define ZH_LEX_MAX_LEN 32

/* One entry: its code points and the next entry of its slot's chain. */
typedef struct ZhLexEntry
{
	uint32_t	cp;				/* offset of its code points in the table's cp */
	uint16_t	len;			/* code points, 1 .. ZH_LEX_MAX_LEN */
	uint16_t	reserved;		/* zero */
	int32_t		next;			/* entry index, -1 ends the chain */
} ZhLexEntry;

/*
 * A list, as read: n entries, 2^slot_bits chain heads (entry index or -1)
 * by zh_lex_slot of the last two characters (of the only one for an entry of
 * one).  The arrays are the mapped file's or the
 * builder's; a table of no entries has slot_bits 0 and one head of -1.
 */
#define ZH_LEX_BLOOM_WORDS 32		/* 2,048 bits */

typedef struct ZhLexTable
{
	const ZhLexEntry *entry;
	const int32_t *slot;
	const uint32_t *cp;
	uint32_t	n;
	uint32_t	n_cp;
	uint32_t	slot_bits;
	uint32_t	max_len;

	/*
	 * Bloom filters of the entries' first and last characters (one hash
	 * each), filled by zh_lextable_index_ends: most positions of a text
	 * begin and end no entry, and a clear bit says so in one load (the
	 * entity pass asks whether a title starts at nearly every character).
	 */
	uint64_t	first_bloom[ZH_LEX_BLOOM_WORDS];
	uint64_t	last_bloom[ZH_LEX_BLOOM_WORDS];
} ZhLexTable;

/* The lists in effect: the shipped ones, each with the users' additions or NULL. */
typedef struct ZhLexicons
{
	const ZhLexTable *shipped;	/* [ZH_LEX_COUNT], the dictionary's */
	const ZhLexTable *user;		/* [ZH_LEX_COUNT], or NULL for none */
} ZhLexicons;

/* The bit of character c in a Bloom filter of ZH_LEX_BLOOM_WORDS words (11 bits). */
static inline uint32_t
zh_lex_bloom_bit(uint32_t c)
{
	return (c * 2654435761u) >> 21;
}

static inline bool
zh_lex_bloom_has(const uint64_t *bloom, uint32_t c)
{
	uint32_t	b = zh_lex_bloom_bit(c);

	return (bloom[b >> 6] >> (b & 63)) & 1;
}

/*
 * The chain of an entry ending in ...prev last; prev is 0 for an entry of
 * one character (no character is U+0000 in a list).
 */
static inline uint32_t
zh_lex_slot(uint32_t prev, uint32_t last, uint32_t bits)
{
	uint32_t	h = (last * 2654435761u) ^ (prev * 2246822519u);

	return bits ? (uint32_t) (h * 2654435761u) >> (32 - bits) : 0;
}

/*
 * Length of the longest entry of the list that ends exactly at cp[end) and
 * starts at or after `floor`; 0 if none.
 */
size_t		zh_lex_ending_at(const ZhLexicons *lx, ZhLexKind k, const uint32_t *cp,
							 size_t floor, size_t end);

/* Is cp[from, to) exactly an entry? */
bool		zh_lex_is(const ZhLexicons *lx, ZhLexKind k, const uint32_t *cp, size_t from, size_t to);

/* Length of the longest entry starting at cp[from] within [from, limit); 0 if none. */
size_t		zh_lex_starting_at(const ZhLexicons *lx, ZhLexKind k, const uint32_t *cp,
							   size_t from, size_t limit);

/*
 * The distinct last characters of the list's entries, into last[max]:
 * how many, or SIZE_MAX if there are more than max.  For a quick "can this
 * text hold an entry at all" before a closer look.
 */
size_t		zh_lex_last_chars(const ZhLexicons *lx, ZhLexKind k, uint32_t *last, size_t max);

/* The same on one table. */
size_t		zh_lextable_ending_at(const ZhLexTable *t, const uint32_t *cp, size_t floor, size_t end);
bool		zh_lextable_is(const ZhLexTable *t, const uint32_t *cp, size_t from, size_t to);

/* Fill t's first_bloom and last_bloom from its entries. */
void		zh_lextable_index_ends(ZhLexTable *t);

/*
 * Build a table from n words given as code points (word i is
 * cp[start[i], start[i] + len[i])), in env's memory: one allocation, freed
 * with zh_free(env, *block).  A word repeated is kept once (*dups counts the
 * repeats, may be NULL); empty or too long words are the caller's to refuse.
 */
ZhStatus	zh_lextable_build(const ZhEnv *env, const uint32_t *cp, const uint32_t *start,
							  const uint16_t *len, uint32_t n, ZhLexTable *out,
							  void **block, uint32_t *dups);

#endif
