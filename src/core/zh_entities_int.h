/*
 * zh_entities_int.h — what the entity recognisers share: the working context
 * over one analysed document (tokens, their tags, the spans found so far) and
 * small helpers over it.  Internal to src/core/zh_entit*.c, zh_place_*.c
 * and zh_person_*.c; the public interface is zh_entities.h.
 */
#ifndef ZH_ENTITIES_INT_H
#define ZH_ENTITIES_INT_H

#include "zh_entities.h"
#include "zh_array.h"
#include "zh_chars.h"
#include "zh_dict.h"
#include "zh_lexicon.h"
#include "zh_bsearch.h"

#include <stdlib.h>
#include <string.h>

#define ORG_MAX_CHARS 24
#define PLACE_MAX_CHARS 14
#define NAMES_MAX 4096

typedef struct Span
{
	uint32_t	start,
				end;
	int			first_tok,
				last_tok;		/* token indexes, inclusive */
} Span;

typedef struct SpanList
{
	Span	   *v;
	size_t		n,
				cap;
} SpanList;

/* A person found with evidence, before aggregation. */
typedef struct Mention
{
	uint32_t	start,
				end;			/* the name */
	int			title_from,
				title_to;		/* titles[title_from, title_to) of the chain */
	bool		photographer;
	bool		attends;		/* named in a list of those attending (an official
								 * even without a title printed) */
	uint32_t	organ_start,
				organ_end;		/* 省委 of 省委骆惠宁书记: the organ of the first
								 * title, printed before the name; empty if none */
	int			person;			/* index into the distinct names, or -1 */
} Mention;

typedef struct Person
{
	uint32_t	start,
				len;			/* a representative mention */
} Person;

typedef struct Ctx
{
	const ZhEnv *env;
	const ZhLexicons *lex;		/* env->lex */
	const ZhDict *d;
	const ZhAnalysis *an;
	const uint32_t *cp;
	size_t		n;				/* code points */
	size_t		ntok;
	int32_t    *tok_at;			/* token starting at a position, or -1 */
	int32_t    *title_at;		/* title starting at a position, or -1 */
	const char **pos;			/* POS name per token */
	SpanList	orgs,
				places,
				titles,
				names,			/* persons the name model found, no title needed */
				place_drops;	/* names whose context outweighs a place inside */
	Mention    *mentions;
	size_t		nmentions,
				capmentions;
	int		   *chain;			/* title indexes of chains, by reference */
	size_t		nchain,
				capchain;
	ZhStatus	st;
	/* distinct names: open addressing over (start, len) of a first mention */
	int32_t    *name_slots;
	uint32_t	name_mask;
} Ctx;

/* --- small helpers ------------------------------------------------------- */

/*
 * What may follow the names a group role introduces (区领导 X、Y 参加, … 陪同):
 * an act of attending, which meetings read too, or another such word.
 */
static inline size_t
group_verb_at(const Ctx *c, size_t p)
{
	size_t		a = zh_lex_starting_at(c->lex, ZH_LEX_ATTEND_VERB, c->cp, p, c->n),
				b = zh_lex_starting_at(c->lex, ZH_LEX_GROUP_FOLLOWER, c->cp, p, c->n);

	return a > b ? a : b;
}

/* Room for element n of *v (zh_grow); false, with c->st set, when there is none. */
static inline bool
grow(Ctx *c, void *v, size_t *cap, size_t n, size_t elem)
{
	ZhStatus	st = zh_grow(c->env, v, cap, n + 1, elem);

	if (st != ZH_OK)
		c->st = st;
	return st == ZH_OK;
}

/*
 * A zeroed array of n elements of elem bytes for one pass (a mark per text
 * position); NULL, with c->st set, when there is no memory.
 */
static inline void *
ctx_zalloc(Ctx *c, size_t n, size_t elem)
{
	void	   *p = zh_alloc(c->env, n * elem);

	if (!p)
	{
		c->st = ZH_ERR_NOMEM;
		return NULL;
	}
	memset(p, 0, n * elem);
	return p;
}

static inline void
span_add(Ctx *c, SpanList *l, uint32_t start, uint32_t end, int ft, int lt)
{
	if (!grow(c, (void **) &l->v, &l->cap, l->n, sizeof(Span)))
		return;
	l->v[l->n].start = start;
	l->v[l->n].end = end;
	l->v[l->n].first_tok = ft;
	l->v[l->n].last_tok = lt;
	l->n++;
}

static inline uint32_t
tok_start(const Ctx *c, size_t i)
{
	return c->an->tok[i].norm_start;
}

static inline uint32_t
tok_end(const Ctx *c, size_t i)
{
	return c->an->tok[i].norm_start + c->an->tok[i].norm_len;
}

/* Does token i carry any of the segmenter's flags f (ZH_TOK_HMM: guessed, ZH_TOK_NAME …)? */
static inline bool
tok_flag(const Ctx *c, size_t i, uint16_t f)
{
	return (c->an->tok[i].flags & f) != 0;
}

static inline uint32_t
tlen(const Ctx *c, size_t i)
{
	return c->an->tok[i].norm_len;
}

static inline bool
is_sep(const Ctx *c, size_t i)
{
	return c->an->tok[i].cls == ZH_CLASS_PUNCT || c->an->tok[i].cls == ZH_CLASS_SPACE;
}

static inline bool
tok_is_char(const Ctx *c, size_t i, uint32_t ch)
{
	return tlen(c, i) == 1 && c->cp[tok_start(c, i)] == ch;
}

/*
 * Does token i begin with a conjunction the segmenter glued to the word
 * after it (和黄卫, 和赫里, 和列夫, 和赵丽): three characters or more, the
 * first a conjunction character.
 */
static inline bool
tok_glued_conjunction(const Ctx *c, size_t i)
{
	return tlen(c, i) >= 3 &&
		zh_lex_is(c->lex, ZH_LEX_CONJUNCTION_CHAR, c->cp, tok_start(c, i), tok_start(c, i) + 1);
}

static inline bool
all_han(const Ctx *c, uint32_t from, uint32_t to)
{
	for (uint32_t k = from; k < to; k++)
		if (!zh_is_han(c->cp[k]))
			return false;
	return to > from;
}

static inline bool
pos_starts(const Ctx *c, size_t i, const char *prefix)
{
	return strncmp(c->pos[i], prefix, strlen(prefix)) == 0;
}

/* Proper-name tags: person, place, organisation, other proper, abbreviation. */
static inline bool
is_proper(const Ctx *c, size_t i)
{
	return pos_starts(c, i, "nr") || pos_starts(c, i, "ns") || pos_starts(c, i, "nt") ||
		pos_starts(c, i, "nz") || pos_starts(c, i, "j") ||
		(c->an->tok[i].flags & ZH_TOK_HMM) != 0;
}

/* Function words and the like: never inside a name. */
static inline bool
is_function_pos(const Ctx *c, size_t i)
{
	const char *p = c->pos[i];

	return p[0] == 'p' || p[0] == 'c' || p[0] == 'u' || p[0] == 'r' || p[0] == 'm' ||
		p[0] == 'q' || p[0] == 'f' || p[0] == 't' || p[0] == 'x' || p[0] == 'w' ||
		p[0] == 'e' || p[0] == 'y' || p[0] == 'o';
}

static inline bool
is_breaker(const Ctx *c, size_t i)
{
	return is_sep(c, i) || zh_lex_is(c->lex, ZH_LEX_SPAN_BREAKER, c->cp, tok_start(c, i), tok_end(c, i));
}

/*
 * Is cp[s, e) wholly transliteration characters (莫斯科, 斯克利亚尔), of
 * either tier: the characters transliterations are mostly written with
 * (translit_char) or those that are ordinary words alone too
 * (translit_char_common: 南, 道, 肯)?
 */
static inline bool
all_translit(const Ctx *c, uint32_t s, uint32_t e)
{
	for (uint32_t k = s; k < e; k++)
		if (!zh_lex_is(c->lex, ZH_LEX_TRANSLIT_CHAR, c->cp, k, k + 1) &&
			!zh_lex_is(c->lex, ZH_LEX_TRANSLIT_CHAR_COMMON, c->cp, k, k + 1))
			return false;
	return true;
}

/*
 * Is cp[k] a transliteration character that is no common word alone: a
 * lone character the segmenter left after or before a foreign name (伯奇费
 * / 尔) goes on the name only then (克林顿 / 派 / 代表 is a verb).
 */
static inline bool
translit_tail_char(const Ctx *c, uint32_t k)
{
	return zh_lex_is(c->lex, ZH_LEX_TRANSLIT_CHAR, c->cp, k, k + 1);
}

/* Does a word that governs a place (在, 访问, 飞往 …) end right before s? */
static inline bool
after_place_governor(const Ctx *c, uint32_t s)
{
	return s > 0 && zh_lex_ending_at(c->lex, ZH_LEX_PLACE_GOVERNOR, c->cp, s > 4 ? s - 4 : 0, s) > 0;
}

static inline bool
is_boundary(const Ctx *c, uint32_t p)
{
	return p >= c->n || c->tok_at[p] >= 0;
}

/* The token containing position p (tokens tile the text). */
static inline int
tok_containing(const Ctx *c, uint32_t p)
{
	while (p > 0 && c->tok_at[p] < 0)
		p--;
	return c->tok_at[p];
}

/* First span of l (sorted by end) whose end is at least `end`. */
static inline size_t
first_span_ending_from(const SpanList *l, uint32_t end)
{
	size_t		k;

	ZH_LOWER_BOUND(l->n, l->v[i].end, end, k);
	return k;
}

/* The longest span of l ending exactly at `end`, or NULL.  Logarithmic. */
static inline const Span *
span_ending_at(const SpanList *l, uint32_t end)
{
	const Span *best = NULL;

	for (size_t k = first_span_ending_from(l, end); k < l->n && l->v[k].end == end; k++)
		if (!best || l->v[k].start < best->start)
			best = &l->v[k];
	return best;
}

/*
 * Does a span of l contain [start, end)?  Spans are sorted by end; those that
 * can contain the range end at or after `end`, and only a handful overlap it.
 */
static inline bool
inside_span(const SpanList *l, uint32_t start, uint32_t end, bool strictly)
{
	size_t		k = first_span_ending_from(l, end);

	for (size_t guard = 0; k < l->n && guard < 16; k++, guard++)
	{
		if (l->v[k].start > start && l->v[k].end > end + ORG_MAX_CHARS)
			break;
		if (l->v[k].start <= start && l->v[k].end >= end &&
			(!strictly || l->v[k].end - l->v[k].start > end - start))
			return true;
	}
	return false;
}

static inline bool
surname_at_pos(const Ctx *c, uint32_t p, uint32_t *len)
{
	if (p + 2 <= c->n && zh_lex_is(c->lex, ZH_LEX_COMPOUND_SURNAME, c->cp, p, p + 2))
	{
		*len = 2;
		return true;
	}
	if (p + 1 <= c->n && zh_lex_is(c->lex, ZH_LEX_SURNAME, c->cp, p, p + 1))
	{
		*len = 1;
		return true;
	}
	return false;
}

/* Places, into c->places (zh_entity_places.c). */
void		zh_ent_find_places(Ctx *c);

/* Organisations, into c->orgs (zh_entity_orgs.c); c->places must be found. */
void		zh_ent_find_orgs(Ctx *c);

/* Short names in brackets after a body's (zh_org_short_names.c); orgs kept maximal. */
void		zh_ent_find_org_short_names(Ctx *c);

/* May token i be part of an organisation's name (left of its suffix)? */
bool		zh_ent_org_word(const Ctx *c, size_t i);

/* A personal name starting at p (see zh_entities.c): its end, or 0. */
uint32_t	zh_ent_name_span(const Ctx *c, uint32_t p, bool vouched);

/*
 * log P of the dictionary word cp[s, e), or -100 when it is no word
 * (zh_person_names.c).
 */
double		zh_ent_word_logp(const Ctx *c, uint32_t s, uint32_t e);

/* A transliterated name split into words, after a title (zh_person_names.c). */
uint32_t	zh_ent_translit_run(const Ctx *c, uint32_t p);

/* Persons the name model finds anywhere, into c->names (zh_person_names.c). */
void		zh_ent_find_names(Ctx *c);

/* Countries and cities named by one character (zh_place_abbrevs.c). */
void		zh_ent_find_abbrev_places(Ctx *c);
bool		zh_ent_is_abbrev_pair(const Ctx *c, size_t t);

/* The place of a dateline: 本报桂林4月8日电 (zh_place_datelines.c). */
void		zh_ent_find_dateline_places(Ctx *c);

/* The cities of a weather forecast table: 大连小雨17℃／20℃ (zh_place_weather.c). */
void		zh_ent_find_weather_places(Ctx *c);

/* Punctuation or white space that ends a name or a title. */
static inline bool
is_sep_char(uint32_t ch)
{
	return !(zh_is_han(ch) || zh_is_ascii_alnum(ch) || zh_is_latin_letter(ch));
}

/* zh_entity_titles.c: every title of the document, then an index of them by start */
void		zh_ent_find_titles(Ctx *c);
void		zh_ent_index_titles(Ctx *c);

/* Shared by zh_entities.c and zh_entity_aggregate.c. */
bool		zh_ent_name_may_end_at(const Ctx *c, uint32_t p);
bool		zh_ent_is_generic_title(const Ctx *c, const Span *t);
int		zh_ent_person_lookup(const Ctx *c, const Person *people, uint32_t start, uint32_t len);
ZhStatus	zh_ent_build_officials(Ctx *c, ZhEntities *out, Person *people, size_t npeople);
ZhStatus	zh_ent_build_mentions(Ctx *c, ZhEntities *out);
void		zh_ent_keep_maximal(SpanList *l);

/* Places nested by administrative level (zh_place_nesting.c). */
size_t		zh_place_nested_run(const Ctx *c, size_t k);
ZhStatus	zh_ent_emit(Ctx *c, ZhEntities *out, Person *people, size_t npeople);

#endif
