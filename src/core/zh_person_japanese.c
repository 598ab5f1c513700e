/*
 * zh_person_japanese.c — Japanese persons (桥本龙太郎, 桥本首相, 中村哲也说).
 *
 * Japanese names are written in Chinese characters but read by neither the
 * Chinese surname table nor the transliteration characters.  A name starts
 * with a common Japanese family name (data/vocab/japanese_surname.txt) and
 * goes on with a given name: the dictionary's word for the whole name, a
 * given name of a Japanese shape (data/vocab/japanese_given_end.txt: 郎
 * 太郎 夫 雄 子 美 …) where a person stands, or any short given name with a
 * cue or a title.  The family name alone is a person with a title or a cue,
 * or as a clause's subject.  Many family names are Chinese words or places
 * too (中村, 山口, 大野, 清水): a place's name needs a cue, and a given
 * name that is a common word (正义, 公司, 孩子) a strong one.  Called per
 * token by the pass of zh_person_names.c; looks at most a few tokens ahead.
 */
#include "zh_person_int.h"

/* the longest given name taken, in characters (龙太郎, 右卫门) */
#define GIVEN_MAX 3

/* Punctuation or a space after a name, not a letter, a digit nor 、. */
static bool
punct_at(const Ctx *c, uint32_t p)
{
	uint32_t	ch = c->cp[p];

	return !zh_is_han(ch) && !zh_is_ascii_alnum(ch) && ch != 0x3001 &&
		!(ch >= 0xFF10 && ch <= 0xFF19) && !(ch >= 0xFF21 && ch <= 0xFF3A) && !(ch >= 0xFF41 && ch <= 0xFF5A);
}

/*
 * Can cp[s, e), after a Japanese surname, be a given name: one to three
 * characters, not a word prose uses often (松下 / 电器, 本田 / 公司), nor a
 * place's or an organisation's suffix (高桥镇, 山口组, 石川县)?
 */
static bool
japanese_given(const Ctx *c, uint32_t s, uint32_t e)
{
	return e > s && e - s <= GIVEN_MAX && all_han(c, s, e) && !zh_person_frequent_word(c, s, e) &&
		!zh_lex_is(c->lex, ZH_LEX_NOT_NAME, c->cp, s, e) &&
		zh_lex_ending_at(c->lex, ZH_LEX_PLACE_SUFFIX, c->cp, s, e) == 0 &&
		zh_lex_ending_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, s, e) == 0 &&
		zh_lex_ending_at(c->lex, ZH_LEX_ORG_WEAK_SUFFIX, c->cp, s, e) == 0;
}

/*
 * Is cp[g, r) a given name of Japanese shape: two or three characters that
 * end as Japanese given names do (哲也, 龙太郎, 和子), and no title, form of
 * address, kin word, place's or organisation's suffix (先生, 夫人, 儿子,
 * 公司, 村里)?
 */
static bool
given_shaped(const Ctx *c, uint32_t g, uint32_t r)
{
	return r - g >= 2 && r - g <= GIVEN_MAX && all_han(c, g, r) &&
		zh_lex_ending_at(c->lex, ZH_LEX_JAPANESE_GIVEN_END, c->cp, g + 1, r) > 0 &&
		!zh_lex_is(c->lex, ZH_LEX_NOT_NAME, c->cp, g, r) &&
		zh_lex_ending_at(c->lex, ZH_LEX_TITLE, c->cp, g, r) == 0 &&
		zh_lex_ending_at(c->lex, ZH_LEX_NAME_RIGHT_CUE, c->cp, g, r) == 0 &&
		zh_lex_ending_at(c->lex, ZH_LEX_NAME_LEFT_CUE, c->cp, g, r) == 0 &&
		zh_lex_ending_at(c->lex, ZH_LEX_PLACE_SUFFIX, c->cp, g, r) == 0 &&
		zh_lex_ending_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, g, r) == 0 &&
		zh_lex_ending_at(c->lex, ZH_LEX_ORG_WEAK_SUFFIX, c->cp, g, r) == 0;
}

/*
 * The word that starts at p, right of a name that ends there: the token's
 * when p starts one; else, when the segmenter glued the name's last
 * characters to the next word (章生转 / 达 for 章生 / 转达, 洋 / 一说 for
 * 洋一 / 说), the longest dictionary word from p to where a token ends, or
 * the rest of the token when it is a character prose puts after names (在,
 * 说).  Only a token that starts inside the given name (from g on) or that
 * the name model guessed is cut so.  Its part of speech, and its end in
 * *end; NULL when there is none.
 */
static const char *
word_at(const Ctx *c, uint32_t g, uint32_t p, uint32_t *end)
{
	int			t;
	uint32_t	te;
	int64_t		w;

	if (p >= c->n)
		return NULL;
	if ((t = c->tok_at[p]) >= 0)
	{
		*end = tok_end(c, (size_t) t);
		return c->pos[t];
	}
	t = tok_containing(c, p);
	if (t < 0 || !c->pos[t] ||
		!(tok_start(c, (size_t) t) >= g || zh_person_is_person_tag(c, (size_t) t) || tok_flag(c, (size_t) t, ZH_TOK_HMM)))
		return NULL;
	te = tok_end(c, (size_t) t);
	for (uint32_t L = 4; L >= 2; L--)
	{
		if (p + L > c->n || p + L < te || !is_boundary(c, p + L))
			continue;
		if ((w = zh_dict_find(c->d, c->cp + p, L)) >= 0)
		{
			*end = p + L;
			return zh_dict_pos_name(c->d, c->d->word_pos[w]);
		}
	}
	if (te == p + 1 && (zh_lex_is(c->lex, ZH_LEX_NAME_TRAILING_CHAR, c->cp, p, te) ||
						zh_lex_is(c->lex, ZH_LEX_NAME_RIGHT_CUE, c->cp, p, te)) &&
		(w = zh_dict_find(c->d, c->cp + p, 1)) >= 0)
	{
		*end = te;
		return zh_dict_pos_name(c->d, c->d->word_pos[w]);
	}
	return NULL;
}

/*
 * Is there a cue or a title for a name that ends at r, which word_at may
 * have found inside a token?
 */
static bool
strong_right(const Ctx *c, uint32_t g, uint32_t r)
{
	size_t		L;
	uint32_t	we;

	if (r >= c->n)
		return false;
	if (is_boundary(c, r))
		return zh_person_cue_after(c, r) || zh_person_title_after(c, r);
	L = zh_lex_starting_at(c->lex, ZH_LEX_NAME_RIGHT_CUE, c->cp, r, c->n);
	return L > 0 && word_at(c, g, r, &we) && we == r + (uint32_t) L;
}

/*
 * Does a name that ends at r stand where a person acts: before
 * punctuation or the end, a verb, an adverb, a preposition, a conjunction,
 * a time word or the possessive 的 (中村哲也在, 中村哲也的), or an adjective
 * or a noun made an adverb by 地 (桥本坦率地回答)?
 */
static bool
acts_right(const Ctx *c, uint32_t g, uint32_t r)
{
	const char *p;
	uint32_t	we = 0;

	if (r >= c->n || punct_at(c, r))
		return true;
	if (!(p = word_at(c, g, r, &we)))
		return false;
	if (p[0] == 'v' || p[0] == 'd' || p[0] == 'p' || p[0] == 'c' || p[0] == 't' || strcmp(p, "uj") == 0)
		return true;
	/* 坦率 / 地: an adverbial of manner */
	return (p[0] == 'a' || p[0] == 'n') && we < c->n && c->tok_at[we] >= 0 &&
		c->pos[c->tok_at[we]] && strcmp(c->pos[c->tok_at[we]], "uv") == 0;
}

/*
 * Does a verb or a function word of two characters or more start inside
 * the given name cp[g, r) (帮助, 组织)?  Then it is no given name.
 */
static bool
verb_inside(const Ctx *c, uint32_t g, uint32_t r)
{
	for (uint32_t p = g; p < r; p++)
	{
		int			k = c->tok_at[p];

		if (k >= 0 && c->pos[k] && (c->pos[k][0] == 'v' || (tlen(c, (size_t) k) > 1 && is_function_pos(c, (size_t) k))))
			return true;
	}
	return false;
}

/*
 * A full name from a listed family name cp[s, g) on: a given name of
 * Japanese shape, cp[g, r), where a person stands.  The given name may run
 * over tokens (山田 / 和 / 夫) and its last characters may have been glued
 * to the next word (章生转 / 达); it covers the rest of the token the family
 * name ends in.  A given name that is a common word (正义) takes a cue or a
 * title, others a clause's subject's place too.  Returns r, or 0.
 */
static uint32_t
shaped_full_name(const Ctx *c, uint32_t s, uint32_t g)
{
	int			tg = tok_containing(c, g - 1);

	for (uint32_t r = g + GIVEN_MAX; r >= g + 2; r--)
	{
		bool		common;

		if (r > c->n || tg < 0 || r < tok_end(c, (size_t) tg) || !given_shaped(c, g, r) ||
			zh_person_derived_place(c, s, r))
			continue;
		/* a shorter given name may hold none */
		if (verb_inside(c, g, r))
			continue;
		common = zh_person_common_word(c, g, r);
		if (strong_right(c, g, r) || zh_person_title_before(c, s) || zh_person_cue_before(c, s))
			return r;
		if (!common && acts_right(c, g, r))
			return r;
	}
	return 0;
}

/*
 * A listed family name that the segmenter cut, its first part a word of
 * its own and its last glued by the name model to the given name (山 / 田太郎):
 * the family name's end, or 0.
 */
static uint32_t
cut_surname(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				g;
	int			k;

	/* 前 / 田太郎, 上 / 田和夫: a locative (f) may begin the family name */
	if (c->pos[t][0] == 'v' || (is_function_pos(c, t) && c->pos[t][0] != 'f') || !all_han(c, s, tok_end(c, t)))
		return 0;
	g = s + (uint32_t) zh_lex_starting_at(c->lex, ZH_LEX_JAPANESE_SURNAME, c->cp, s, s + 4 < c->n ? s + 4 : c->n);
	if (g < s + 2 || g <= tok_end(c, t) || is_boundary(c, g) || (k = tok_containing(c, g - 1)) < 0 ||
		!(zh_person_is_person_tag(c, (size_t) k) || tok_flag(c, (size_t) k, ZH_TOK_HMM)))
		return 0;
	return g;
}

/*
 * A full name whose family name is not a listed one: a two-character word
 * the segmenter takes for a person's (nr) that ends as Japanese family
 * names do (data/vocab/japanese_surname_end.txt: 田 村 野 …), then whole
 * words that make a given name of Japanese shape, and a cue or a title:
 * the rarer names (石村 / 和夫说, 社长 / 西条 / 英雄).  Returns the end, or 0.
 */
static uint32_t
unlisted_full_name(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				g = tok_end(c, t);

	if (g - s != 2 || !zh_person_is_person_tag(c, t) ||
		!zh_lex_is(c->lex, ZH_LEX_JAPANESE_SURNAME_END, c->cp, s + 1, g))
		return 0;
	for (uint32_t r = g + GIVEN_MAX; r >= g + 2; r--)
	{
		if (r > c->n || !is_boundary(c, r) || !given_shaped(c, g, r))
			continue;
		if (verb_inside(c, g, r))
			return 0;
		if (zh_person_cue_after(c, r) || zh_person_title_after(c, r) || zh_person_title_before(c, s) ||
			zh_person_cue_before(c, s))
			return r;
	}
	return 0;
}

/* Does token t, at s, open a clause: after punctuation, or a conjunction that does (而 / 桥本)? */
static bool
opens_clause(const Ctx *c, size_t t, uint32_t s)
{
	return s == 0 || punct_at(c, s - 1) ||
		(t > 0 && c->pos[t - 1] && c->pos[t - 1][0] == 'c' && tlen(c, t - 1) <= 2 &&
		 (tok_start(c, t - 1) == 0 || punct_at(c, tok_start(c, t - 1) - 1)));
}

/*
 * Is the family name alone, cp[s, e), a clause's subject: as
 * zh_person_clause_subject says, or after a conjunction that opens a
 * clause (而 / 桥本 / 则), or before an adverbial of manner (坦率地)?  Not
 * when it is a word prose uses often: a cue or a title must vouch for it.
 */
static bool
surname_subject(const Ctx *c, size_t t, uint32_t s, uint32_t e)
{
	/* not a word prose uses often (清水 is as often clear water) */
	if (zh_person_frequent_word(c, s, e))
		return false;
	return zh_person_clause_subject(c, s, e) ||
		(opens_clause(c, t, s) && e < c->n && is_boundary(c, e) && acts_right(c, e, e));
}

/* Does a listed Japanese family name start at s (宫原 of 宫原贤次)? */
bool
zh_person_japanese_start(const Ctx *c, uint32_t s)
{
	return s < c->n && zh_lex_starting_at(c->lex, ZH_LEX_JAPANESE_SURNAME, c->cp, s, s + 4 < c->n ? s + 4 : c->n) >= 2;
}

/*
 * A Japanese name from token t, which starts with a Japanese family name:
 * the word the dictionary has for the whole name (桥本龙太郎 n, 冈田武史
 * nr); a given name of Japanese shape where a person stands
 * (shaped_full_name); the family name, then a given name the segmenter cut
 * off, with a cue after it (田中 / 角荣说); or the family name alone with a
 * title or a cue (桥本首相, 铃木说, 首相桥本) or as a clause's subject.
 * Returns the end, or 0.
 */
uint32_t
zh_person_japanese_name(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t),
				jl,
				r;

	if (!all_han(c, s, e) || (s > 0 && !is_boundary(c, s)))
		return 0;
	jl = (uint32_t) zh_lex_starting_at(c->lex, ZH_LEX_JAPANESE_SURNAME, c->cp, s, e);
	if (jl < 2)
	{
		if ((jl = cut_surname(c, t)) > 0)
			return shaped_full_name(c, s, jl);
		return unlisted_full_name(c, t);
	}
	if (pos_starts(c, t, "nt") || c->pos[t][0] == 'j' || c->pos[t][0] == 'v' ||
		is_function_pos(c, t))
		return 0;
	if ((r = shaped_full_name(c, s, s + jl)) > 0)
		return r;
	/* 福田 ns, 松本 ns: a family name that is a place too, only with a cue */
	if (pos_starts(c, t, "ns") && !zh_person_foreign_cue(c, s, e))
		return 0;
	if (e - s > jl)
	{
		/* 小泽则 / 表示: a character prose puts after names glued on */
		if (e - s - jl == 1 && zh_lex_is(c->lex, ZH_LEX_NAME_TRAILING_CHAR, c->cp, s + jl, e))
			return opens_clause(c, t, s) || zh_person_title_before(c, s) || zh_person_cue_before(c, s) ? s + jl : 0;
		if (!japanese_given(c, s + jl, e) || zh_person_derived_place(c, s, e))
			return 0;
		/* 山本昌 / 邦: a given name of one character goes on in a lone one */
		if (e - s - jl == 1 && t + 1 < c->ntok && tlen(c, t + 1) == 1 && c->pos[t + 1] &&
			zh_is_han(c->cp[e]) && !is_function_pos(c, t + 1) && c->pos[t + 1][0] != 'v' &&
			!zh_lex_is(c->lex, ZH_LEX_NAME_TRAILING_CHAR, c->cp, e, e + 1) &&
			!zh_lex_is(c->lex, ZH_LEX_NAME_RIGHT_CUE, c->cp, e, e + 1) &&
			!zh_lex_is(c->lex, ZH_LEX_PLACE_SUFFIX, c->cp, e, e + 1) &&
			!zh_lex_is(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, e, e + 1))
			e++;
		return e;
	}
	if (t + 1 < c->ntok && c->pos[t + 1] && !is_function_pos(c, t + 1) && c->pos[t + 1][0] != 'v' &&
		japanese_given(c, e, tok_end(c, t + 1)) && (zh_person_cue_after(c, tok_end(c, t + 1)) || zh_person_title_after(c, tok_end(c, t + 1))))
		return tok_end(c, t + 1);
	/* 桥本 / 宏说: a one-character given name the name model glued to a cue */
	if (t + 1 < c->ntok && tlen(c, t + 1) >= 2 && japanese_given(c, e, e + 1) && strong_right(c, e, e + 1) &&
		!zh_lex_is(c->lex, ZH_LEX_NAME_TRAILING_CHAR, c->cp, e, e + 1))
		return e + 1;
	return zh_person_foreign_cue(c, s, e) || surname_subject(c, t, s, e) ? e : 0;
}
