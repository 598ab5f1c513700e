/*
 * zh_lexicon.h — small fixed word lists matched against code points.
 *
 * Entity recognition leans on short lists (title heads, organisation and
 * place suffixes, surnames, verbs that cannot sit inside a name).  They are
 * compiled into the code as UTF-8 and decoded once per process into a static
 * table indexed by last character, so matching a list at a position costs
 * a hash probe and a few comparisons, and needs no allocator.
 */
#ifndef ZH_LEXICON_H
#define ZH_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ZH_LEX_MAX_WORD 12		/* code points per entry */

typedef struct ZhLexicon
{
	const char *const *words;	/* UTF-8, NULL-terminated list */
	/* filled on first use */
	bool		ready;
	int			n;
	uint32_t  (*cp)[ZH_LEX_MAX_WORD];
	uint8_t    *len;
	int		   *by_last;		/* hash slot -> first entry, chained by next */
	int		   *next;
	int			slots;
	int			max_len;
} ZhLexicon;

/* Declare a lexicon over a NULL-terminated array of UTF-8 words. */
#define ZH_LEXICON(words) {(words), false, 0, NULL, NULL, NULL, NULL, 0, 0}

/*
 * Length of the longest entry that ends exactly at cp[end) and starts at or
 * after `floor`; 0 if none.
 */
size_t		zh_lex_ending_at(ZhLexicon *lex, const uint32_t *cp, size_t floor, size_t end);

/* Is cp[from, to) exactly an entry? */
bool		zh_lex_is(ZhLexicon *lex, const uint32_t *cp, size_t from, size_t to);

/* Length of the longest entry starting at cp[from] within [from, limit); 0 if none. */
size_t		zh_lex_starting_at(ZhLexicon *lex, const uint32_t *cp, size_t from, size_t limit);

#endif
