/*
 * zh_person_known.c — the shape of a three-character Chinese name, and the
 * persons jieba's dictionary knows but tags as something else.
 *
 * jieba's tags are wrong both ways.  It tags common words nr (吉普车 294,
 * 许可证 351, 维生素 1,933, 青少年 1,223: a word and a suffix), and it tags
 * names as anything (周恩来 t, 许立群 m, 刘彦彬 nz, 张佑才 vn).  A tag is
 * evidence; the characters are more.
 *
 * The shape test weighs each character of a three-character candidate by
 * where it stands: the name model's probability of the character as a
 * surname, middle or last given-name character (over jieba's nr words)
 * against its probability at the same place in jieba's three-character
 * words that are not persons' (zh_dict_name_shape_ratio, compiled at build
 * time).  车, 证, 台, 球 are ordinary characters but end words (吉普车,
 * 许可证, 查号台, 乌龙球) far more often than names; the position-free
 * ratio (zh_dict_name_ratio) cannot see that.
 *
 * A known person word is a dictionary word tagged neither as a person nor
 * as a place or a body, with a real frequency, the shape of a Chinese name
 * (a surname of the surname list, two given-name characters the shape test
 * rates highly), and no common word inside it: it is a person wherever it
 * stands whole, before 思想, 故居, 同志 or a verb alike, unless a lone
 * character is glued to it (then the segmenter cut a phrase).
 */
#include "zh_person_int.h"

/*
 * Sum of the shape ratios below which a three-character candidate with no
 * cue or title around it is taken for a common word: 92% of jieba's own
 * three-character nr words that begin with a surname clear it, 15% of its
 * other such words do (吉普车 -0.1, 许可证 0.9, 查号台 -2.8; 江泽民 4.2).
 * Below it in the nr words are mostly words and a suffix (维生素, 立法权,
 * 华容县, 天文台).
 */
#define NAME_SHAPE_MIN (1.0)

/*
 * The shape a word the dictionary tags otherwise needs to be a known
 * person: higher, as no tag vouches for it.  Of jieba's words of a real
 * frequency (below) tagged t, m, n, nz or vn that begin with a listed
 * surname and hold no common word, those above it are names but a handful
 * (周恩来 3.6, 许立群 3.3, 刘澜涛 7.9; 高富帅 4.3).
 */
#define KNOWN_SHAPE_MIN (2.5)

/*
 * log P of a word seen about 10 times in jieba's 60 million: below it the
 * entry is one of the many jieba lists with a default count (2 or 3), too
 * rare to say anything of its tag.
 */
#define KNOWN_MIN_LOGP (-15.7)

/* How much the characters of cp[s, s + 3) look like a name, by position. */
double
zh_person_name_shape(const Ctx *c, uint32_t s)
{
	return zh_dict_name_shape_ratio(c->d, c->cp[s], 0) + zh_dict_name_shape_ratio(c->d, c->cp[s + 1], 1) +
		zh_dict_name_shape_ratio(c->d, c->cp[s + 2], 2);
}

/* Is cp[s, s + 3) shaped like a name rather than a word and a suffix? */
bool
zh_person_name_shaped(const Ctx *c, uint32_t s)
{
	return s + 3 <= c->n && zh_person_name_shape(c, s) >= NAME_SHAPE_MIN;
}

/*
 * A tag that may hide a person: a time word, a numeral, a noun or a verbal
 * noun (周恩来 t, 许立群 m, 刘澜涛 n, 刘彦彬 nz, 张佑才 vn).  Places, bodies
 * and abbreviations (ns, nt, j) are what they say; idioms, descriptive
 * words and verbs (i, z, l, v, a) are not names' tags even by mistake.
 */
static bool
may_hide_person(const char *p)
{
	if (p[0] == 't' || p[0] == 'm')
		return true;
	if (p[0] == 'n')
		return p[1] != 'r' && p[1] != 's' && p[1] != 't';
	return strcmp(p, "vn") == 0;
}

/*
 * A person word the dictionary tags otherwise, standing whole at token t:
 * its end, or 0.  See the header for the test.
 */
uint32_t
zh_person_known_word(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t);

	if (e - s != 3 || !c->pos[t] || !may_hide_person(c->pos[t]) || !all_han(c, s, e) ||
		!zh_lex_is(c->lex, ZH_LEX_SURNAME, c->cp, s, s + 1) ||
		zh_lex_is(c->lex, ZH_LEX_COMPOUND_SURNAME, c->cp, s, s + 2))
		return 0;
	if (zh_ent_word_logp(c, s, e) < KNOWN_MIN_LOGP || zh_person_name_shape(c, s) < KNOWN_SHAPE_MIN)
		return 0;
	if (zh_person_common_word(c, s, s + 2) || zh_person_common_word(c, s + 1, e) || all_translit(c, s, e) ||
		zh_lex_is(c->lex, ZH_LEX_NOT_NAME, c->cp, s, e) || zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, s, e))
		return 0;
	return zh_person_stranded(c, t) ? 0 : e;
}
