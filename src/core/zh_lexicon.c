/*
 * zh_lexicon.c — decoding and matching the fixed word lists.
 *
 * The tables are built once per process from the UTF-8 literals, in static
 * storage sized for the largest list; a list that does not fit is a
 * programming error caught by the unit tests (entries beyond the capacity
 * are simply never matched).
 */
#include "zh_lexicon.h"

#include <string.h>

#define POOL_WORDS 4096
#define POOL_SLOTS 8192

static uint32_t pool_cp[POOL_WORDS][ZH_LEX_MAX_WORD];
static uint8_t pool_len[POOL_WORDS];
static int	pool_next[POOL_WORDS];
static int	pool_slot[POOL_SLOTS];
static int	pool_used_words;
static int	pool_used_slots;

static size_t
decode_utf8(const char *s, uint32_t *out, size_t max)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		n = 0;

	while (*u && n < max)
	{
		uint32_t	c;

		if (*u < 0x80)
			c = *u++;
		else if ((*u & 0xE0) == 0xC0)
		{
			c = ((uint32_t) (u[0] & 0x1F) << 6) | (u[1] & 0x3F);
			u += 2;
		}
		else if ((*u & 0xF0) == 0xE0)
		{
			c = ((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
			u += 3;
		}
		else
		{
			c = ((uint32_t) (u[0] & 0x07) << 18) | ((uint32_t) (u[1] & 0x3F) << 12) |
				((uint32_t) (u[2] & 0x3F) << 6) | (u[3] & 0x3F);
			u += 4;
		}
		out[n++] = c;
	}
	return n;
}

static int
slot_of(const ZhLexicon *lex, uint32_t c)
{
	return (int) ((c * 2654435761u) % (uint32_t) lex->slots);
}

static void
lex_init(ZhLexicon *lex)
{
	int			count = 0,
				slots;

	while (lex->words[count])
		count++;
	slots = 1;
	while (slots < count * 2)
		slots *= 2;
	if (pool_used_words + count > POOL_WORDS || pool_used_slots + slots > POOL_SLOTS)
	{
		lex->n = 0;
		lex->ready = true;
		return;
	}
	lex->cp = &pool_cp[pool_used_words];
	lex->len = &pool_len[pool_used_words];
	lex->next = &pool_next[pool_used_words];
	lex->by_last = &pool_slot[pool_used_slots];
	lex->slots = slots;
	pool_used_words += count;
	pool_used_slots += slots;
	for (int s = 0; s < slots; s++)
		lex->by_last[s] = -1;
	lex->max_len = 0;
	for (int i = 0; i < count; i++)
	{
		size_t		n = decode_utf8(lex->words[i], lex->cp[i], ZH_LEX_MAX_WORD);
		int			s;

		lex->len[i] = (uint8_t) n;
		if ((int) n > lex->max_len)
			lex->max_len = (int) n;
		s = slot_of(lex, lex->cp[i][n - 1]);
		lex->next[i] = lex->by_last[s];
		lex->by_last[s] = i;
	}
	lex->n = count;
	lex->ready = true;
}

size_t
zh_lex_ending_at(ZhLexicon *lex, const uint32_t *cp, size_t floor, size_t end)
{
	size_t		best = 0;

	if (!lex->ready)
		lex_init(lex);
	if (lex->n == 0 || end <= floor)
		return 0;
	for (int i = lex->by_last[slot_of(lex, cp[end - 1])]; i >= 0; i = lex->next[i])
	{
		size_t		n = lex->len[i];

		if (n <= best || n > end - floor)
			continue;
		if (memcmp(cp + end - n, lex->cp[i], n * sizeof(uint32_t)) == 0)
			best = n;
	}
	return best;
}

bool
zh_lex_is(ZhLexicon *lex, const uint32_t *cp, size_t from, size_t to)
{
	return to > from && zh_lex_ending_at(lex, cp, from, to) == to - from;
}

size_t
zh_lex_starting_at(ZhLexicon *lex, const uint32_t *cp, size_t from, size_t limit)
{
	size_t		best = 0;

	if (!lex->ready)
		lex_init(lex);
	for (int k = 1; k <= lex->max_len && from + (size_t) k <= limit; k++)
		if (zh_lex_is(lex, cp, from, from + (size_t) k))
			best = (size_t) k;
	return best;
}
