/*
 * zh_person_dotted.c — foreign names written with a middle dot between
 * their parts (列夫·托尔斯泰, 科菲·安南, 差猜·春哈旺, 马·莱万多夫斯基).
 *
 * Between two Han characters the dot is itself the evidence: Chinese prose
 * puts it in foreign names and hardly anywhere else.  So the word on each
 * side of a dot is a part of the name whatever the dictionary tags it (安南
 * ns, 差猜 v, 甘地 n), and the name goes on outwards over pieces written in
 * transliteration characters (瓦 / 西利克·哈努, ·莱 / 万多 / 夫斯基), which
 * the segmenter cuts an unknown name into.  What the dot does not settle is
 * what the name is of: before a place or a body's word (尼·伯尔切斯库镇,
 * 乔治·梅森大学) it names the place or the body, not a person.
 */
#include "zh_person_int.h"

/*
 * How far the later parts and the pieces after them may go from the
 * name's first token, in characters (four parts of a long Slavic name);
 * the pieces before the first dot are at most three, of three characters.
 */
#define DOTTED_NAME_MAX 16

static bool
is_dot_tok(const Ctx *c, size_t i)
{
	return i < c->ntok && tlen(c, i) == 1 && MIDDLE_DOT(c->cp[tok_start(c, i)]);
}

/*
 * Above this log probability a word is too common to be a part of a
 * foreign name the dictionary tags otherwise: 规划·基金 (5,445 and 3,114
 * in 60 million) are two words, 科菲·安南 and 拉·甘地 (222, 172) a name.
 */
#define DOTTED_PART_MAX_LOGP (-11.0)

/*
 * A numeral, measure word or pronoun written in transliteration
 * characters (万多, 米, 任) is a piece of a name the segmenter cut, not a
 * function word.
 */
static bool
function_tok(const Ctx *c, size_t k)
{
	if (!is_function_pos(c, k))
		return false;
	return !((c->pos[k][0] == 'm' || c->pos[k][0] == 'q' || c->pos[k][0] == 'r') &&
			 all_translit(c, tok_start(c, k), tok_end(c, k)));
}

/* Is token k a word the dictionary knows as common (规划, 基金)? */
static bool
common_tok(const Ctx *c, size_t k)
{
	return zh_ent_word_logp(c, tok_start(c, k), tok_end(c, k)) >= DOTTED_PART_MAX_LOGP;
}

/*
 * A part the dictionary or the guessers say is a name's: a person word, a
 * guess, or an uncommon word in transliteration characters.
 */
static bool
name_like(const Ctx *c, size_t k)
{
	return pos_starts(c, k, "nr") || tok_flag(c, k, ZH_TOK_NAME | ZH_TOK_HMM) ||
		(all_translit(c, tok_start(c, k), tok_end(c, k)) && (tlen(c, k) == 1 || !common_tok(c, k)));
}

/*
 * May token k stand right beside a dot as a part of the name: a Han word
 * that is no function word, and a name-like part (普雷斯科特) or an
 * uncommon word of four characters at most that is no adjective or adverb
 * (精粹·张君秋 is a title and a name).
 */
static bool
beside_dot(const Ctx *c, size_t k)
{
	if (k >= c->ntok || !c->pos[k] || tlen(c, k) > 7 || !all_han(c, tok_start(c, k), tok_end(c, k)) ||
		is_breaker(c, k) || function_tok(c, k))
		return false;
	return name_like(c, k) ||
		(tlen(c, k) <= 4 && c->pos[k][0] != 'a' && c->pos[k][0] != 'd' && (tlen(c, k) == 1 || !common_tok(c, k)));
}

/*
 * May token k go on the name away from the dot: a piece wholly in
 * transliteration characters, three characters at most, which the
 * segmenter guessed or tagged a person, or a lone character or numeral
 * (莱 / 万多 / 夫斯基).  Not a place word before the name: a country
 * written in such characters (巴西) is where the person is from.
 */
static bool
outer_piece(const Ctx *c, size_t k, bool before)
{
	if (k >= c->ntok || !c->pos[k] || tlen(c, k) > 3 || !all_han(c, tok_start(c, k), tok_end(c, k)) ||
		!all_translit(c, tok_start(c, k), tok_end(c, k)) || is_breaker(c, k) || function_tok(c, k))
		return false;
	if (before)
		return pos_starts(c, k, "nr") || tok_flag(c, k, ZH_TOK_NAME | ZH_TOK_HMM) ||
			(tlen(c, k) == 1 && !pos_starts(c, k, "ns"));
	return tlen(c, k) == 1 || pos_starts(c, k, "nr") || pos_starts(c, k, "nz") || c->pos[k][0] == 'm' ||
		c->pos[k][0] == 'r' || tok_flag(c, k, ZH_TOK_NAME | ZH_TOK_HMM);
}

/*
 * The name model glues a dotted name's outer parts to their neighbours
 * (市 / 长罗朗·雷斯及, 哈努家 / 住): a first character that closes a title
 * with what stands before it (市长) belongs to the title, and a last
 * character that prose puts after names (及, 说) or that makes a common
 * word with what follows (家住) belongs to the text, when the part was
 * guessed rather than found in the dictionary.
 */
static void
trim_glued_edges(const Ctx *c, size_t first, size_t last, uint32_t *s, uint32_t *e)
{
	if (tlen(c, first) >= 3 && *s == tok_start(c, first) && *s > 0 &&
		(tok_flag(c, first, ZH_TOK_NAME | ZH_TOK_HMM) || zh_dict_find(c->d, c->cp + *s, tlen(c, first)) < 0) &&
		zh_lex_ending_at(c->lex, ZH_LEX_TITLE, c->cp, *s > 6 ? *s - 6 : 0, *s + 1) >= 2)
		(*s)++;
	if (last > first && *e == tok_end(c, last) && tlen(c, last) >= 3 &&
		(tok_flag(c, last, ZH_TOK_NAME | ZH_TOK_HMM) || zh_dict_find(c->d, c->cp + tok_start(c, last), tlen(c, last)) < 0) &&
		(zh_lex_is(c->lex, ZH_LEX_NAME_TRAILING_CHAR, c->cp, *e - 1, *e) ||
		 (*e < c->n && zh_person_frequent_word(c, *e - 1, *e + 1))))
		(*e)--;
}

/*
 * Is token k a Chinese person's name: tagged a person (not a
 * transliteration), beginning with a surname, and not written wholly in
 * transliteration characters (谢尔盖 is)?
 */
static bool
chinese_name_tok(const Ctx *c, size_t k)
{
	uint32_t	sl;

	return zh_person_is_person_tag(c, k) && surname_at_pos(c, tok_start(c, k), &sl) &&
		!all_translit(c, tok_start(c, k), tok_end(c, k));
}

/*
 * May x · y be two parts of one name?  A part that is no name's by itself
 * (a role, a noun: 撰文, 责编, 文, 图) only beside a part that is no
 * Chinese name: 撰文·张伟 and 文·张伟 are a byline's role and a name, 拉·
 * 甘地 one name.  Two name-like parts may both look Chinese: Uyghur and
 * Tibetan names are written so (司马义·艾买提, 阿沛·阿旺晋美).
 */
static bool
parts_pair(const Ctx *c, size_t x, size_t y)
{
	if (!name_like(c, x) && chinese_name_tok(c, y))
		return false;
	return name_like(c, y) || !chinese_name_tok(c, x);
}

/* Does a place's or a body's word follow at e (镇, 大学, 公司)? */
static bool
names_a_thing(const Ctx *c, uint32_t e)
{
	return e < c->n && (zh_lex_starting_at(c->lex, ZH_LEX_PLACE_SUFFIX, c->cp, e, c->n) > 0 ||
						zh_lex_starting_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, e, c->n) > 0);
}

/*
 * A dotted name whose first token is t.  Returns the end and sets *start
 * (past a conjunction the segmenter glued on: 和列夫·托尔斯泰), or 0.  Sets
 * *thing when the name is a place's or a body's (the caller then skips it
 * without taking a person).
 */
uint32_t
zh_person_dotted_name(const Ctx *c, size_t t, uint32_t *start, bool *thing)
{
	size_t		a = t,
				last,
				parts_end;
	uint32_t	s,
				e;
	size_t		longest;
	bool		strong;

	*thing = false;
	/* a dot within reach first: most tokens have none, and are done here */
	while (a < t + 3 && !is_dot_tok(c, a + 1))
		a++;
	if (!is_dot_tok(c, a + 1) || !beside_dot(c, a) || !beside_dot(c, a + 2))
		return 0;
	/* the pieces before the one beside the dot go on the name */
	for (size_t k = t; k < a; k++)
		if (!outer_piece(c, k, true))
			return 0;
	if (!parts_pair(c, a, a + 2))
		return 0;
	strong = name_like(c, a) || name_like(c, a + 2);
	longest = tlen(c, a) > tlen(c, a + 2) ? tlen(c, a) : tlen(c, a + 2);
	last = a + 2;
	while (is_dot_tok(c, last + 1) && beside_dot(c, last + 2) && parts_pair(c, last, last + 2) &&
		   tok_end(c, last + 2) - tok_start(c, t) <= DOTTED_NAME_MAX)
	{
		last += 2;
		strong = strong || name_like(c, last);
		if (tlen(c, last) > longest)
			longest = tlen(c, last);
	}
	if (!strong)
		return 0;
	parts_end = last;
	while (last + 1 < c->ntok && outer_piece(c, last + 1, false) &&
		   tok_end(c, last + 1) - tok_start(c, t) <= DOTTED_NAME_MAX)
		last++;
	/*
	 * 京·津·冀, 印·巴: one-character parts and nothing more are
	 * abbreviations side by side (马·莱 / 万多 / 夫斯基 goes on)
	 */
	if (longest < 2 && a == t && last == parts_end)
		return 0;
	s = tok_start(c, t);
	if (tok_glued_conjunction(c, t))
		s++;
	/* 阿·德米特里 / 延科均: the last part goes on past a cut */
	e = zh_person_translit_extend(c, tok_start(c, last), tok_end(c, last));
	trim_glued_edges(c, t, last, &s, &e);
	*thing = names_a_thing(c, e);
	*start = s;
	return e;
}
