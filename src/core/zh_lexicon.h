/*
 * zh_lexicon.h — the word lists of the analysis, as data.
 *
 * Entity, meeting, article and date recognition lean on lists of words
 * (title heads, organisation and place suffixes, meeting nouns, verbs of
 * attending, news agencies …; zh_lexicon_kinds.h names them).  They live in
 * data/vocab/KIND.txt, and the dictionary compiler (tools/zh_dictc.c) turns
 * each into a ZhLexTable inside zhdoc.dict: entries chained by their last
 * character, so matching a list at a position costs one hash probe and a few
 * comparisons, read where the file is mapped (no parsing, no copy per
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

/* One entry: its code points and the next entry with the same last-character slot. */
typedef struct ZhLexEntry
{
	uint32_t	cp;				/* offset of its code points in the table's cp */
	uint16_t	len;			/* code points, 1 .. ZH_LEX_MAX_LEN */
	uint16_t	reserved;		/* zero */
	int32_t		next;			/* entry index, -1 ends the chain */
} ZhLexEntry;

/*
 * A list, as read: n entries, 2^slot_bits chain heads (entry index or -1)
 * by a hash of the last character.  The arrays are the mapped file's or the
 * builder's; a table of no entries has slot_bits 0 and one head of -1.
 */
typedef struct ZhLexTable
{
	const ZhLexEntry *entry;
	const int32_t *slot;
	const uint32_t *cp;
	uint32_t	n;
	uint32_t	n_cp;
	uint32_t	slot_bits;
	uint32_t	max_len;
} ZhLexTable;

/* The lists in effect: the shipped ones, each with the users' additions or NULL. */
typedef struct ZhLexicons
{
	const ZhLexTable *shipped;	/* [ZH_LEX_COUNT], the dictionary's */
	const ZhLexTable *user;		/* [ZH_LEX_COUNT], or NULL for none */
} ZhLexicons;

static inline uint32_t
zh_lex_slot(uint32_t c, uint32_t bits)
{
	return bits ? (uint32_t) (c * 2654435761u) >> (32 - bits) : 0;
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

/* Does some entry of the list end with character c? */
bool		zh_lex_has_last(const ZhLexicons *lx, ZhLexKind k, uint32_t c);

/* The same on one table. */
size_t		zh_lextable_ending_at(const ZhLexTable *t, const uint32_t *cp, size_t floor, size_t end);
bool		zh_lextable_has_last(const ZhLexTable *t, uint32_t c);

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
