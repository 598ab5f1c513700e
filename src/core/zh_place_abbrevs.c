/*
 * zh_place_abbrevs.c — countries and cities named by one character.
 *
 * News abbreviates a country or city to one character when two are paired
 * (中美关系, 日俄首脑会晤) or after a verb of going or dealing (访华, 来京,
 * 对美政策).  The segmenter keeps such pairs as one word (中美, 访华), so
 * the characters are found inside tokens: a run of two or more
 * abbreviations that is a proper word or stands as single characters, and
 * an abbreviation after a visit verb in the same two-character word.
 */
#include "zh_entities_int.h"

static bool
abbrev_at(const Ctx *c, uint32_t p)
{
	return zh_lex_is(c->lex, ZH_LEX_COUNTRY_ABBREV, c->cp, p, p + 1);
}

static void
add_char_place(Ctx *c, uint32_t p, size_t t)
{
	span_add(c, &c->places, p, p + 1, (int) t, (int) t);
}

/* 中 (in), 内: a character the dictionary tags as a localizer (jieba's f). */
static bool
localizer_char(const Ctx *c, uint32_t ch)
{
	int64_t		w = zh_dict_find(c->d, &ch, 1);

	return w >= 0 && zh_dict_pos_name(c->d, c->d->word_pos[w])[0] == 'f';
}

/*
 * A place word of two abbreviation characters this frequent in the
 * dictionary (ln of its share of jieba's counts; about 500 occurrences) is
 * an established name of one place (古巴 818, 华中 1,235, 蒙古 5,631), not
 * a pair: the pairs the dictionary lists as places are rare (中美 3, 中俄 3,
 * 英美 297).
 */
#define ONE_PLACE_MIN_LOGP (-11.7)

/*
 * Is token t two abbreviations that the pair rule splits (中美, 欧美)?  Then
 * the word itself is not one place.
 */
bool
zh_ent_is_abbrev_pair(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t);

	if (!(c->pos[t] && tlen(c, t) == 2 && abbrev_at(c, s) && abbrev_at(c, s + 1)))
		return false;
	if (pos_starts(c, t, "ns"))
		return zh_ent_word_logp(c, s, s + 2) < ONE_PLACE_MIN_LOGP;
	/*
	 * 美日, 布中, 奥中: two abbreviations the HMM joined, no word of the
	 * dictionary; but not 中 closing the common noun or verb before it
	 * (比赛 / 中以 2∶3 落败, 表决 / 中以 251 票: 在比赛中, then 以), while
	 * 西北 / 中蒙 边界 after a place stays a pair
	 */
	if (tok_flag(c, t, ZH_TOK_HMM) && zh_dict_find(c->d, c->cp + s, 2) < 0)
		return !(t > 0 && !is_sep(c, t - 1) && localizer_char(c, c->cp[s]) && !is_proper(c, t - 1) &&
				 (c->pos[t - 1][0] == 'v' || c->pos[t - 1][0] == 'n'));
	return pos_starts(c, t, "j") || pos_starts(c, t, "t");
}

void
zh_ent_find_abbrev_places(Ctx *c)
{
	for (size_t t = 0; t < c->ntok && c->st == ZH_OK; t++)
	{
		uint32_t	s = tok_start(c, t);

		zh_maybe_check(c->env, t);
		if (!c->pos[t] || tlen(c, t) > 2)
			continue;
		if (tlen(c, t) == 2)
		{
			/* 中美, 中俄 (proper words, not 美德 or 中西医's common words) */
			if (zh_ent_is_abbrev_pair(c, t))
			{
				add_char_place(c, s, t);
				add_char_place(c, s + 1, t);
			}
			/* 访华, 来京, 对美 */
			else if (zh_lex_is(c->lex, ZH_LEX_VISIT_CHAR, c->cp, s, s + 1) && abbrev_at(c, s + 1) &&
					 (c->pos[t][0] == 'v' || pos_starts(c, t, "nz")))
				add_char_place(c, s + 1, t);
			/* 中方, 美方: a country's side */
			else if (abbrev_at(c, s) && c->cp[s + 1] == 0x65B9)
				add_char_place(c, s, t);
			continue;
		}
		/* 在 京 召开, 罗 政府, 俄 总统: an abbreviation standing as a word */
		if (abbrev_at(c, s) && (pos_starts(c, t, "j") || pos_starts(c, t, "ns")))
		{
			add_char_place(c, s, t);
			continue;
		}
		/* 对 / 华 投资: the verb and the abbreviation as two tokens (not 在 / 中) */
		if (abbrev_at(c, s) && t > 0 && tlen(c, t - 1) == 1 &&
			zh_lex_is(c->lex, ZH_LEX_VISIT_CHAR, c->cp, tok_start(c, t - 1), s) &&
			(c->pos[t][0] == 'n' || c->pos[t][0] == 'j'))
		{
			add_char_place(c, s, t);
			continue;
		}
		/* single characters: 日 俄 首脑 (two in a row), 中、阿 建交 */
		if (abbrev_at(c, s) && t + 1 < c->ntok && tlen(c, t + 1) == 1 && abbrev_at(c, tok_start(c, t + 1)) &&
			(t == 0 || tlen(c, t - 1) != 1 || !abbrev_at(c, tok_start(c, t - 1))))
		{
			add_char_place(c, s, t);
			add_char_place(c, tok_start(c, t + 1), t + 1);
			t++;
		}
	}
}
