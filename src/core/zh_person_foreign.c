/*
 * zh_person_foreign.c — foreign persons written without middle dots:
 * transliterated names, whole or from the pieces the segmenter cut them
 * into (尤尔科 / 夫及), foreign words after a profession or a jersey number
 * (教练扎加洛, 7号穆勒).  Dotted names (列夫·托尔斯泰) are
 * zh_person_dotted.c's, Japanese names zh_person_japanese.c's.
 *
 * A transliteration is as often a city or a product (莫斯科, 尼古丁) as a
 * person, so each is taken only with evidence (zh_person_int.h): a cue or
 * a title, a clause's subject, and no place the dictionary derives from the
 * word (莫斯科州) nor a place governor before it.  Called per token by the
 * pass of zh_person_names.c, with a bounded look-around.
 */
#include "zh_person_int.h"

/* log P of a one-character word of 1 in 40,000 (name_char) */
#define NAME_CHAR_MAX_LOGP (-10.6)

/*
 * A jersey number before s (7号穆勒, 11号萨拉斯): in a match report the
 * player's name follows it.
 */
static bool
number_before(const Ctx *c, uint32_t s)
{
	int			t;

	return s >= 2 && c->cp[s - 1] == 0x53F7 && (t = tok_containing(c, s - 1)) >= 0 &&
		c->pos[t] && (c->pos[t][0] == 'm' || c->pos[t][0] == 't') && tlen(c, (size_t) t) >= 2 &&
		zh_is_ascii_alnum(c->cp[s - 2]);
}

/*
 * Is the suffix x[0, n) of a word the dictionary builds on a foreign word
 * one that names no person's thing: a place or a body (place_suffix,
 * org_suffix: 斯坦福大学, 阿森纳队, 帕米尔高原), or a style, a vessel, a
 * people, a language or a realm (巴洛克式, 阿波罗号, 塔吉克族, 巴斯克语,
 * 奥斯曼帝国)?  Not 政府: a government goes by its head's name as well as
 * by its state's (克林顿政府).
 */
static bool
non_person_suffix(const Ctx *c, const uint32_t *x, size_t n)
{
	static const uint32_t thing[][2] = {
		{0x5F0F}, {0x53F7}, {0x65CF}, {0x8BED}, {0x4EBA}, {0x56FD}, {0x5C9B}, {0x6E2F}, {0x6E7E},
		{0x5E1D, 0x56FD}
	};							/* 式 号 族 语 人 国 岛 港 湾 帝国 */

	if (n == 2 && x[0] == 0x653F && x[1] == 0x5E9C)
		return false;			/* 政府 */
	for (size_t k = 0; k < sizeof(thing) / sizeof(thing[0]); k++)
		if ((thing[k][1] ? 2u : 1u) == n && x[0] == thing[k][0] && (n == 1 || x[1] == thing[k][1]))
			return true;
	return zh_lex_is(c->lex, ZH_LEX_PLACE_SUFFIX, x, 0, n) || zh_lex_is(c->lex, ZH_LEX_ORG_SUFFIX, x, 0, n);
}

/*
 * Does the dictionary build on the word cp[s, e) a word (the word and one
 * to three characters more) that names a place, a body or a thing
 * (non_person_suffix)?  jieba builds such words on the foreign places,
 * clubs and brands it tags as persons (阿森纳队, 迪斯尼乐园, 马拉松式) and
 * seldom on persons.  The words below the word's node are visited
 * depth first, at most 256 of them.
 */
static bool
derives_non_person(const Ctx *c, uint32_t s, uint32_t e)
{
	const ZhDictNode *nd = c->d->node;
	uint32_t	node = zh_dict_first(c->d, c->cp[s]),
				stack[4],
				next[4],
				x[3];
	int			depth = 0,
				visits = 0;

	if (node != 0 && e - s >= 2)
		node = zh_dict_second(c->d, node, c->cp[s], c->cp[s + 1]);
	for (uint32_t i = s + 2; node != 0 && i < e; i++)
		node = zh_dict_child(c->d, node, c->cp[i]);
	if (node == 0 || node >= c->d->n_nodes)
		return false;
	stack[0] = node;
	next[0] = nd[node].first;
	while (depth >= 0 && visits++ < 256)
	{
		uint32_t	at = stack[depth],
					end = nd[at + 1].first;

		if (end > c->d->n_nodes || next[depth] >= end)
		{
			depth--;
			continue;
		}
		node = next[depth]++;
		x[depth] = nd[node].label;
		if (zh_dict_word_at(c->d, node) && non_person_suffix(c, x, (size_t) depth + 1))
			return true;
		if (depth < 2 && node < c->d->n_nodes)
		{
			stack[++depth] = node;
			next[depth] = nd[node].first;
		}
	}
	return false;
}

/*
 * Is cp[s, e) a foreign person by what the dictionary knows of the word: a
 * word of three characters or more that it tags as a person (nr, nrt),
 * written in transliteration characters, no country or city of CLDR's
 * (伊拉克 nrt, 莫斯科 nr), and no word of a place, a body or a thing built
 * on it (derived place, derives_non_person)?  Such a word is a person
 * wherever it stands, unless a place governor is before it.
 */
static bool
translit_person_word(const Ctx *c, uint32_t s, uint32_t e)
{
	return e - s >= 3 && all_han(c, s, e) && all_translit(c, s, e) && zh_person_dict_person_word(c, s, e) &&
		!zh_lex_is(c->lex, ZH_LEX_WORLD_PLACE, c->cp, s, e) && !zh_person_derived_place(c, s, e) &&
		!derives_non_person(c, s, e);
}

/* Is token k a noun (n, ns, nt, nz …) or a verbal noun (vn), not a name? */
static bool
noun_tok(const Ctx *c, int k)
{
	return k >= 0 && c->pos[k] && ((c->pos[k][0] == 'n' && c->pos[k][1] != 'r') || strcmp(c->pos[k], "vn") == 0);
}

/*
 * Is cp[s, e) in brackets right after a body's name: the body's short
 * name (石油输出国组织（欧佩克）)?
 */
static bool
org_short_name(const Ctx *c, uint32_t s, uint32_t e)
{
	return s >= 2 && e < c->n && zh_is_open_paren(c->cp[s - 1]) && zh_is_close_paren(c->cp[e]) &&
		span_ending_at(&c->orgs, s - 1) != NULL;
}

/*
 * May a foreign person word stand at cp[s, e) as a name rather than as a
 * thing or a modifier: not after a measure word (一部 / X: a product),
 * not an item of a 、 list, not before a place or a body, and not between
 * two nouns (组织 / X / 全国): there the word names what the noun after
 * it is.
 */
static bool
person_slot(const Ctx *c, uint32_t s, uint32_t e)
{
	int			k = s > 0 && zh_is_han(c->cp[s - 1]) ? tok_containing(c, s - 1) : -1,
				k2;

	if (k >= 0 && c->pos[k] && (c->pos[k][0] == 'q' || c->pos[k][0] == 'm'))
		return false;
	/* an item of a 、 list may be of products (红蜜、布鲁克斯、红丰) */
	if ((s > 0 && c->cp[s - 1] == 0x3001) || (e < c->n && c->cp[e] == 0x3001))
		return false;
	if (org_short_name(c, s, e))
		return false;
	if (e >= c->n || !is_boundary(c, e) || (k2 = c->tok_at[e]) < 0 || !c->pos[k2])
		return true;
	/* a government goes by its head's name (X政府, X当局) */
	if (zh_lex_starting_at(c->lex, ZH_LEX_STATE_BODY, c->cp, e, c->n) > 0)
		return true;
	/* before a place or a body (X / 北京围棋女队, X组织): a sponsor's or a founder's name */
	if (pos_starts(c, (size_t) k2, "ns") || pos_starts(c, (size_t) k2, "nt") ||
		zh_lex_starting_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, e, c->n) > 0)
		return false;
	/* between two nouns it names what the noun after it is (组织 / X / 全国) */
	if (noun_tok(c, k) && noun_tok(c, k2))
		return false;
	/*
	 * before a common noun of two characters or more it names what the
	 * noun is (欧佩克 / 会议, 阿尔法 / 磁谱仪), unless the noun says who the
	 * person is (克林顿总统, 琼斯夫人)
	 */
	return strcmp(c->pos[k2], "n") != 0 || tlen(c, (size_t) k2) < 2 || zh_person_title_after(c, e) ||
		zh_person_cue_after(c, e) || zh_lex_starting_at(c->lex, ZH_LEX_NAME_LEFT_CUE, c->cp, e, c->n) > 0;
}

/*
 * Is cp[s, e) alone between quotation marks (“卡西尼”号, 一辆红色“菲亚特”)?
 * News quotes a foreign word so when it names a craft, a product or a
 * brand; a person's name goes unquoted.
 */
static bool
quoted_alone(const Ctx *c, uint32_t s, uint32_t e)
{
	uint32_t	o,
				q;

	if (s == 0 || e >= c->n)
		return false;
	o = c->cp[s - 1];
	q = c->cp[e];
	return ((o == 0x201C || o == 0x2018 || o == 0x300C || o == 0x300E) &&
			(q == 0x201D || q == 0x2019 || q == 0x300D || q == 0x300F)) ||
		(o == '"' && q == '"');
}

/*
 * Does the foreign word cp[s, e) (three characters or more) stand where a
 * person acts: a clause subject (clause_subject), or after a jersey
 * number?  Such a word is as often a place (伊拉克 nrt, 莫斯科 nr): the
 * dictionary must derive no place from it, and no place governor may
 * stand before it.  A word the dictionary knows as a person and as
 * nothing else (translit_person_word) may stand anywhere a name can
 * (person_slot): as an object (对基里延科的, 任命了涅姆佐夫), before a
 * verb the dictionary tags otherwise (穆巴拉克 / 抵), before 政府.  Objects
 * of any foreign word were tried too: 对伊拉克的 makes them as often
 * places.
 */
static bool
foreign_position(const Ctx *c, uint32_t s, uint32_t e)
{
	if (e - s < 3 || zh_person_derived_place(c, s, e) || after_place_governor(c, s) || quoted_alone(c, s, e) ||
		org_short_name(c, s, e))
		return false;
	return zh_person_clause_subject(c, s, e) || number_before(c, s) ||
		(translit_person_word(c, s, e) && person_slot(c, s, e));
}

/*
 * Is cp[k] a character of names rather than of prose: one that jieba, as
 * a word of one character, tags as a person (斯 nr, 萨 nr) or counts
 * seldom (琼, 穆: less than once in 40,000 words)?  Not 切 v, 多 m, 约 d,
 * 米 q, 休: the words jieba tags nrt that are adverbs, verbs or loanwords
 * (切莫, 多谢, 约莫, 纳米, 休克) have one such character at least.
 */
static bool
name_char(const Ctx *c, uint32_t k)
{
	uint32_t	node = zh_dict_first(c->d, c->cp[k]);
	int64_t		w;

	if (node == 0 || !zh_dict_word_at(c->d, node) || c->d->node[node].logp < NAME_CHAR_MAX_LOGP)
		return true;
	w = zh_dict_find(c->d, c->cp + k, 1);
	return w >= 0 && strcmp(zh_dict_pos_name(c->d, c->d->word_pos[w]), "nr") == 0;
}

/*
 * A two-character transliteration the dictionary tags nrt (琼斯, 穆萨) as
 * the subject of a clause that a verb goes on (琼斯 / 跑, 穆萨 / 敦促).
 * Such words are as often loanwords, adverbs or verbs (休克, 切莫, 多谢)
 * or places (拉萨): both characters must be name characters (name_char),
 * the verb after it one jieba tags v, and the word no place (world_place,
 * a derived place) nor the root of a word of a place, body or thing
 * (derives_non_person).  As an object (喜欢 / 比萨 / ，, 发生 / 瓦斯 /
 * 爆炸) such a word is a thing too often to be taken.
 */
static bool
two_char_translit_acting(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t);
	int			k;

	if (e - s != 2 || !zh_person_is_translit_tag(c, t) || !all_han(c, s, e) || !all_translit(c, s, e) ||
		!zh_person_dict_person_word(c, s, e) || !name_char(c, s) || !name_char(c, s + 1) ||
		!zh_person_clause_subject(c, s, e) ||
		e >= c->n || (k = c->tok_at[e]) < 0 || !c->pos[k] || strcmp(c->pos[k], "v") != 0)
		return false;
	return !zh_lex_is(c->lex, ZH_LEX_WORLD_PLACE, c->cp, s, e) && !zh_person_derived_place(c, s, e) &&
		!after_place_governor(c, s) && !derives_non_person(c, s, e);
}

/*
 * A transliterated name the segmenter split into person words starting at
 * p, where a title stands before it (第一副总理斯克利 / 亚尔): the tokens
 * from p while they are wholly transliteration characters, the first a
 * person word, at most seven characters.  Returns the end, or 0 when the
 * run is shorter than three characters or is one token.
 */
uint32_t
zh_ent_translit_run(const Ctx *c, uint32_t p)
{
	int			t = p < c->n ? c->tok_at[p] : -1;
	size_t		k;
	uint32_t	e;

	if (t < 0 || !c->pos[t] || !pos_starts(c, (size_t) t, "nr") ||
		!all_translit(c, p, tok_end(c, (size_t) t)))
		return 0;
	e = tok_end(c, (size_t) t);
	for (k = (size_t) t + 1; k < c->ntok && c->pos[k] && tok_end(c, k) - p <= 7 &&
		 all_han(c, tok_start(c, k), tok_end(c, k)) && all_translit(c, tok_start(c, k), tok_end(c, k)) &&
		 !is_function_pos(c, k) && c->pos[k][0] != 'v'; k++)
		e = tok_end(c, k);
	return e - p >= 3 && k > (size_t) t + 1 ? e : 0;
}

/*
 * An undotted transliterated name from token t, a word the dictionary
 * tags nrt, with the person words the segmenter split it into after it
 * (拉特 / 纳亚克).  Returns the last token, or -1.  Dotted names are
 * zh_person_dotted.c's.
 */
int
zh_person_translit_name(const Ctx *c, size_t t)
{
	size_t		last = t;

	if (!all_han(c, tok_start(c, t), tok_end(c, t)) || !zh_person_is_translit_tag(c, t) || tlen(c, t) < 2)
		return -1;
	while (last + 1 < c->ntok && tok_end(c, last + 1) - tok_start(c, t) <= 7 &&
		   tlen(c, last + 1) >= 2 && all_han(c, tok_start(c, last + 1), tok_end(c, last + 1)) &&
		   all_translit(c, tok_start(c, last + 1), tok_end(c, last + 1)) && c->pos[last + 1] &&
		   pos_starts(c, last + 1, "nr"))
		last++;
	/*
	 * A transliteration is as often a city or a product (莫斯科, 尼古丁) as
	 * a person: a cue must say which.
	 */
	if (!zh_person_foreign_cue(c, tok_start(c, t), tok_end(c, last)) &&
		!(tok_end(c, last) - tok_start(c, t) >= 3 && foreign_position(c, tok_start(c, t), tok_end(c, last))) &&
		!(last == t && two_char_translit_acting(c, t)))
		return -1;
	if (zh_lex_is(c->lex, ZH_LEX_NOT_NAME, c->cp, tok_start(c, t), tok_end(c, t)) ||
		zh_person_derived_place(c, tok_start(c, t), tok_end(c, last)))
		return -1;
	return (int) last;
}

/*
 * May token k go on a transliteration the segmenter cut: a person word,
 * an unknown word the model or the HMM guessed, or a lone character that
 * is no function word (伊梅尔 / 达, 伯奇费 / 尔)?
 */
static bool
translit_piece(const Ctx *c, size_t k)
{
	return c->pos[k] && all_han(c, tok_start(c, k), tok_end(c, k)) && !is_function_pos(c, k) &&
		(pos_starts(c, k, "nr") || pos_starts(c, k, "nz") ||
		 tok_flag(c, k, ZH_TOK_NAME | ZH_TOK_HMM) || tlen(c, k) == 1);
}

/*
 * The end of a transliteration that goes on at p past a cut of the
 * segmenter, which reads an unknown foreign name as pieces and glues the
 * next word's first character to the last (尤尔科 / 夫及, 斯捷帕 / 申是,
 * 德米特里 / 延科均): the pieces that follow while their characters are
 * transliteration characters, the last one possibly a guessed word of
 * which only the final character is not.  Seven characters from `from`
 * at most.  Returns p when nothing goes on.
 */
uint32_t
zh_person_translit_extend(const Ctx *c, uint32_t from, uint32_t p)
{
	int			k;

	while (p < c->n && (k = c->tok_at[p]) >= 0 && translit_piece(c, (size_t) k))
	{
		uint32_t	q = p,
					end = tok_end(c, (size_t) k);

		while (q < end && q - from < 7 && all_translit(c, q, q + 1))
			q++;
		/* 克林顿 / 派: a lone character that is a common word alone is that word */
		if (end - p == 1 && q == end && !translit_tail_char(c, p))
			break;
		if (q == end)
		{
			p = q;
			continue;
		}
		/* 夫及: a guessed word whose last character is the next word's */
		if (q > p && end - q == 1 && tlen(c, (size_t) k) >= 2 && (q - p >= 2 || translit_tail_char(c, p)) &&
			(tok_flag(c, (size_t) k, ZH_TOK_NAME | ZH_TOK_HMM) || zh_dict_find(c->d, c->cp + p, end - p) < 0))
			p = q;
		break;
	}
	return p;
}

/*
 * Does a transliterated place word start at x (雷西斯 / 滕 / 西亚: ns)?
 * Pieces of transliteration run on into it: they are one longer place
 * name, no person's.
 */
static bool
place_goes_on(const Ctx *c, uint32_t x)
{
	int			k = x < c->n ? c->tok_at[x] : -1;

	return k >= 0 && c->pos[k] && pos_starts(c, (size_t) k, "ns") && all_han(c, x, tok_end(c, (size_t) k)) &&
		all_translit(c, x, tok_end(c, (size_t) k));
}

/*
 * A foreign name the segmenter cut in pieces, from token t: a person word
 * or guess of transliteration characters (or a lone character before one:
 * 安 / 德雷斯, 库 / 尼科娃; or after a conjunction glued on: 和赫里 /
 * 斯坚科) that goes on past the cut (translit_extend).  Four characters
 * at least, two pieces at least.  The pieces of an unknown word written in
 * transliteration characters are a foreign name unless a place governor
 * stands before it or the dictionary derives a place from it.  Sets *start
 * and returns the end, or 0.
 */
uint32_t
zh_person_split_translit(const Ctx *c, size_t t, uint32_t *start)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t),
				x;

	if (!translit_piece(c, t))
		return 0;
	if (tok_glued_conjunction(c, t) && zh_person_is_person_tag(c, t))
		s++;					/* 和赫里 / 斯坚科 */
	if (!all_translit(c, s, e))
		return 0;
	/*
	 * a lone character before a person word (安 / 德雷斯), not a common word
	 * alone nor the start of a country the segmenter cut (芬 / 兰菲曼)
	 */
	if (e - s == 1 &&
		(t + 1 >= c->ntok || !c->pos[t + 1] || !pos_starts(c, t + 1, "nr") || tlen(c, t + 1) < 2 ||
		 !translit_tail_char(c, s) || zh_lex_starting_at(c->lex, ZH_LEX_WORLD_PLACE, c->cp, s, c->n) > 0))
		return 0;
	if (e - s >= 2 && !pos_starts(c, t, "nr") && !pos_starts(c, t, "nz") &&
		!tok_flag(c, t, ZH_TOK_NAME | ZH_TOK_HMM))
		return 0;
	x = zh_person_translit_extend(c, s, e);
	if (x == e || x - s < 4 || after_place_governor(c, s) || zh_person_derived_place(c, s, x) ||
		zh_lex_starting_at(c->lex, ZH_LEX_PLACE_SUFFIX, c->cp, x, c->n) > 0 || place_goes_on(c, x))
		return 0;
	*start = s;
	return x;
}

/*
 * A short foreign name whose form of address the name model swallowed
 * (拉 / 埃女士, 考 / 斯曼先 / 生): a guessed three-character name inside
 * which a form of address of two characters or more (女士, 先生: the
 * surname_address list) begins and runs on to a token boundary.  What
 * stands before it, with a lone character before the guess, is the name
 * when all of it is written in transliteration characters, two at least;
 * the address after it vouches for it.  Sets *start and returns the end,
 * or 0.
 */
uint32_t
zh_person_translit_before_address(const Ctx *c, size_t t, uint32_t *start)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t);

	if (!tok_flag(c, t, ZH_TOK_NAME) || e - s != 3 || !all_han(c, s, e))
		return 0;
	for (uint32_t p = s + 1; p < e; p++)
	{
		size_t		L = zh_lex_starting_at(c->lex, ZH_LEX_SURNAME_ADDRESS, c->cp, p, c->n);
		uint32_t	ns = s;

		if (L < 2 || p + L < e || !is_boundary(c, p + (uint32_t) L))
			continue;
		if (t > 0 && tlen(c, t - 1) == 1 && c->pos[t - 1] && !is_function_pos(c, t - 1) &&
			all_translit(c, s - 1, s))
			ns = s - 1;
		if (p - ns < 2 || !all_translit(c, ns, p))
			return 0;
		*start = ns;
		return p;
	}
	return 0;
}

/*
 * A foreign name the dictionary tags nr rather than nrt (克林顿, 若斯潘,
 * 基里延科): three characters or more, all of them characters that
 * transliterations use, and not governed by a verb of place (在, 到, 访问)
 * or a dateline, after which such a word is a city (莫斯科).  Returns the
 * end, or 0.
 */
uint32_t
zh_person_foreign_name(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t);

	/*
	 * 卡特派 / 特使: a guess whose last character is a common word alone
	 * (translit_char_common) after a person word of the dictionary: that
	 * character is the verb after the name
	 */
	if (e - s >= 3 && tok_flag(c, t, ZH_TOK_NAME | ZH_TOK_HMM) && !translit_tail_char(c, e - 1) &&
		!zh_person_dict_person_word(c, s, e) && zh_person_dict_person_word(c, s, e - 1))
		e--;
	/*
	 * a guess of the name model is taken only when the dictionary knows the
	 * word as a person too (布拉特 nr, which the model also proposes) or a
	 * profession or title stands before it (参议员亚罗约)
	 */
	if (e - s < 3 || !all_translit(c, s, e) ||
		(tok_flag(c, t, ZH_TOK_NAME | ZH_TOK_HMM) && !zh_person_dict_person_word(c, s, e) &&
		 !zh_person_cue_before(c, s) && !zh_person_title_before(c, s)))
		return 0;
	if (after_place_governor(c, s) || zh_person_derived_place(c, s, e))
		return 0;				/* 莫斯科今天宣布: a city, whatever follows */
	if (!zh_person_foreign_cue(c, s, e) && !foreign_position(c, s, e))
		return 0;
	return e;
}

/*
 * A foreign word the dictionary tags as a place or another proper noun
 * (扎加洛 ns, 穆勒 nz) right after a profession, a title or a jersey
 * number (教练扎加洛, 司令巴克, 7号穆勒): there it is the person's name.
 * Not a word the dictionary derives a place from (巴西人: 教练巴西 …).
 * Returns its end, or 0.
 */
uint32_t
zh_person_foreign_after_cue(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t);

	if (!c->pos[t] || !(pos_starts(c, t, "ns") || pos_starts(c, t, "nz")) || e - s < 2 || e - s > 7 ||
		!all_han(c, s, e) || !all_translit(c, s, e))
		return 0;
	if (!(zh_person_cue_before(c, s) || zh_person_title_before(c, s) || number_before(c, s)) || zh_person_derived_place(c, s, e))
		return 0;
	return e;
}

/*
 * A trophy named after a person, a word the dictionary knows (尤伯杯 nr,
 * 苏迪曼杯): the name before 杯 is the person's, as People's Daily marks
 * it, when it is written in transliteration characters and names no
 * place (土伦杯 is the town's).  Returns the name's end, or 0.
 */
uint32_t
zh_person_trophy_name(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t);

	if (e - s < 3 || c->cp[e - 1] != 0x676F || !c->pos[t] ||
		!(pos_starts(c, t, "nr") || pos_starts(c, t, "nz")) || !all_translit(c, s, e - 1) ||
		zh_lex_is(c->lex, ZH_LEX_WORLD_PLACE, c->cp, s, e - 1) || zh_person_derived_place(c, s, e - 1))
		return 0;					/* 杯 */
	return e - 1;
}
