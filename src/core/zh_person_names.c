/*
 * zh_person_names.c — persons named anywhere in news prose, not only after
 * a government title.
 *
 * The segmenter already carries a name model learnt at build time from
 * jieba's dictionary (tools/zh_dictc.c: surname and given-name character
 * probabilities over its person words, in the mapped zhdoc.dict), and
 * dictionary person words (nr, nrfg) and transliterations (nrt) come out
 * with their tags.  A tag is evidence, not an answer: jieba tags 石景山 nr
 * and the name model glues the next character on (张革到).  So this is role
 * tagging over the segmenter's tokens, in the spirit of the classic
 * surname / given name / left context / right context recognisers, reduced
 * to the decisions the lattice leaves open:
 *
 *   surname        a surname character or a compound surname (欧阳) starts
 *                  the candidate, which has one or two given-name
 *                  characters after it;
 *   given name     the token's own characters; a third character that is a
 *                  function word or a verb of movement or speech (到 赴 和 作
 *                  在 说) and was guessed by the model, not found in the
 *                  dictionary, is left context, not name;
 *   right context  说, 表示, 同志, 先生, 教授, 等人 … vouch for a name that is
 *                  also a common word (高峰 说);
 *   left context   a profession or rank said before the name (作家, 将军,
 *                  大使, 总统) vouches for it the same way;
 *   lists          an item of a 、 list whose neighbour is a person is read
 *                  as a name too.
 *
 * Transliterated names (nrt), taken whole with their middle dots
 * (列夫·托尔斯泰), and Japanese names are zh_person_foreign.c's, asked by
 * the same pass.  Everything is one pass over the tokens with a bounded
 * look-around: linear in the document.
 */
#include "zh_person_int.h"
#include "zh_numeral.h"

/*
 * log P(second) + log P(third given-name character) below which a name
 * that begins or ends with a common word is taken for that word and a
 * character: every name of the development set that begins with a word
 * (江泽民 -12.3, 维埃拉 -13.9) is above it, most such non-names (纪念章
 * -14.2, 田径赛 -16.4) below.
 */
#define NAME_WORD_MIN_LOGP (-14.0)

/*
 * log P (frequency over jieba's total) below which a word that a guessed
 * name's last character would make with what follows is too rare to take
 * that character from the name: 明白 (-8.6), 先生 (-8.3) are taken, 熙和
 * (-16.8), 文家 (-15.5), 祥和 (-12.2) are not.  -12 is the log P of a
 * word seen about 400 times in jieba's 60 million.
 */
#define GLUED_WORD_MIN_LOGP (-12.0)

/*
 * log P of a character ending a name that 95% of the last characters of
 * jieba's three-character person words reach (over its nr words): a
 * guessed two-character name with no cue but its place in the clause must
 * end in such a character (查漏 -11.7 does not).
 */
#define GIVEN_CHAR_MIN_LOGP (-9.3)

/*
 * How much likelier the two characters of a two-character person word are
 * under the name model (surname, and given name as a name's last
 * character) than as characters of any words, below which the word needs
 * a cue even where a person stands: jieba tags many common words nr
 * (明白, 武功), and two characters are less evidence than three, so the bar
 * is above NAME_RATIO_MIN.  李白 3.7, 叶挺 4.2, 李鹏 7.2 clear it; 明白 1.2
 * does not.  Chosen on the even ids of the development set (2 and 4 did
 * worse).
 */
#define TWO_CHAR_RATIO_MIN (3.0)

/*
 * log P of a word the dictionary tags otherwise above which it is taken
 * for that word even in a person's context: about 7,400 of jieba's 60
 * million (国家 79,520 and 政府 23,452 are above it; 周恩来 3,067, 金正日
 * 352, 罗干 92 below).
 */
#define COMMON_WORD_MAX_LOGP (-9.0)

/*
 * How much likelier the three characters of a name are under the name
 * model than as characters of any words (zh_dict_name_ratio, summed over
 * surname and given name), below which a name that only a guess vouches
 * for is refused: its characters are those of common words (那棵花 1.4,
 * 许可证 0.5, 查号台 -1.5), however likely the name model alone rates them
 * (吉普车's given name -14.9 is above 江泽民's -12.3).  Two nats (seven
 * times likelier) is a bar about 87% of jieba's own three-character
 * person words clear and 70% of its other three-character words that
 * begin with a surname character do not.
 */
#define NAME_RATIO_MIN (2.0)

/* A token the segmenter tagged as a person: nr, nrfg (not nrt). */
bool
zh_person_is_person_tag(const Ctx *c, size_t i)
{
	return c->pos[i] && pos_starts(c, i, "nr") && !pos_starts(c, i, "nrt");
}

bool
zh_person_is_translit_tag(const Ctx *c, size_t i)
{
	return c->pos[i] && pos_starts(c, i, "nrt");
}

/* Does a cue that vouches for a name follow at p or stand right before s? */
bool
zh_person_cue_after(const Ctx *c, uint32_t p)
{
	int			t;
	size_t		L;

	if (p >= c->n || !is_boundary(c, p))
		return false;
	/* the cue is a word of its own: 说 in 说话 (国家说话算数) is none */
	if ((L = zh_lex_starting_at(c->lex, ZH_LEX_NAME_RIGHT_CUE, c->cp, p, c->n)) > 0 &&
		(p + L >= c->n || is_boundary(c, p + (uint32_t) L)))
		return true;
	/* 金正日当天表示, 李鹏今天会见: a time word may stand between them */
	t = c->tok_at[p];
	return t >= 0 && c->pos[t] && c->pos[t][0] == 't' && tlen(c, (size_t) t) <= 3 &&
		tok_end(c, (size_t) t) < c->n &&
		zh_lex_starting_at(c->lex, ZH_LEX_NAME_RIGHT_CUE, c->cp, tok_end(c, (size_t) t), c->n) > 0;
}

bool
zh_person_cue_before(const Ctx *c, uint32_t s)
{
	return s > 0 && zh_lex_ending_at(c->lex, ZH_LEX_NAME_LEFT_CUE, c->cp, s > 6 ? s - 6 : 0, s) > 0;
}

/* A specific title right after the name (彭真校长), not a group word (代表). */
bool
zh_person_title_after(const Ctx *c, uint32_t e)
{
	size_t		L;

	if (e >= c->n || !is_boundary(c, e))
		return false;
	L = zh_lex_starting_at(c->lex, ZH_LEX_TITLE, c->cp, e, c->n);
	return L > 0 && !zh_lex_is(c->lex, ZH_LEX_TITLE_GENERIC, c->cp, e, e + L);
}

/* A specific title right before the name (部长鲁宾, 前锋黎兵). */
bool
zh_person_title_before(const Ctx *c, uint32_t s)
{
	size_t		L;

	if (s == 0 || !is_boundary(c, s))
		return false;
	L = zh_lex_ending_at(c->lex, ZH_LEX_TITLE, c->cp, s > 6 ? s - 6 : 0, s);
	return L > 0 && !zh_lex_is(c->lex, ZH_LEX_TITLE_GENERIC, c->cp, s - (uint32_t) L, s);
}

/* A title with a rank before it at p: 副总统, 副外长 (姆贝基副总统). */
static bool
modified_title_at(const Ctx *c, uint32_t p)
{
	uint32_t	m = (uint32_t) zh_lex_starting_at(c->lex, ZH_LEX_TITLE_MODIFIER, c->cp, p, c->n);

	return m > 0 && p + m < c->n &&
		(zh_lex_starting_at(c->lex, ZH_LEX_TITLE, c->cp, p + m, c->n) > 0 ||
		 zh_lex_starting_at(c->lex, ZH_LEX_NAME_LEFT_CUE, c->cp, p + m, c->n) > 0);
}

/*
 * Cues for a foreign name: those above, and any title before or after it
 * (美国总统克林顿, 克林顿总统, 外长库克).
 */
bool
zh_person_foreign_cue(const Ctx *c, uint32_t s, uint32_t e)
{
	return zh_person_cue_after(c, e) || zh_person_cue_before(c, s) ||
		(e < c->n && is_boundary(c, e) &&
		 (zh_lex_starting_at(c->lex, ZH_LEX_TITLE, c->cp, e, c->n) > 0 ||
		  modified_title_at(c, e) ||
		  zh_lex_starting_at(c->lex, ZH_LEX_NAME_LEFT_CUE, c->cp, e, c->n) > 0)) ||
		(s > 0 && zh_lex_ending_at(c->lex, ZH_LEX_TITLE, c->cp, s > 6 ? s - 6 : 0, s) > 0);
}

/* Punctuation or a space, not a letter or digit (75万升, 300余人). */
static bool
is_punct_char(uint32_t ch)
{
	if (zh_is_han(ch))
		return false;
	if ((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
		(ch >= 0xFF10 && ch <= 0xFF19) || (ch >= 0xFF21 && ch <= 0xFF3A) ||
		(ch >= 0xFF41 && ch <= 0xFF5A))
		return false;
	return true;
}

/*
 * Does cp[s, e) stand where a person acts: at the start of a clause or
 * after a conjunction, and before a verb, an adverb, a preposition, the
 * possessive 的 or a conjunction (琼斯与, 布拉特当选, 罗纳尔多今天)?
 */
bool
zh_person_clause_subject(const Ctx *c, uint32_t s, uint32_t e)
{
	int			k;
	const char *p;

	/* not an item of a 、 list, which may be of products (红蜜、布鲁克斯) */
	if (s > 0 && ((zh_is_han(c->cp[s - 1]) &&
				   !(zh_lex_is(c->lex, ZH_LEX_CONJUNCTION_CHAR, c->cp, s - 1, s) && is_boundary(c, s - 1))) ||
				  c->cp[s - 1] == 0x3001 || !is_punct_char(c->cp[s - 1])))
		return false;
	if (e >= c->n)
		return true;
	if (c->cp[e] == 0x3001)
		return false;
	if (!is_boundary(c, e) || (k = c->tok_at[e]) < 0 || !(p = c->pos[k]))
		return false;
	return p[0] == 'v' || p[0] == 'd' || p[0] == 'p' || p[0] == 'c' || p[0] == 't' ||
		strcmp(p, "uj") == 0 || (p[0] == 'x' && !zh_is_han(c->cp[e]));
}

/*
 * Is cp[s, e) a place by what the dictionary derives from it: a state, a
 * province, a republic or a people (莫斯科州, 科索沃省, 布隆迪共和国,
 * 伊拉克人)?  jieba tags many foreign places nr or nrt (莫斯科 nr,
 * 哈萨克斯坦 nrt); the words it builds on them say what they are, and it
 * builds none such on persons (克林顿政府 is no place).
 */
bool
zh_person_derived_place(const Ctx *c, uint32_t s, uint32_t e)
{
	static const uint32_t suffix[][3] = {
		{0x5E02}, {0x5DDE}, {0x7701}, {0x56FD}, {0x4EBA}, {0x5171, 0x548C, 0x56FD}, {0x5730, 0x533A}
	};							/* 市 州 省 国 人 共和国 地区 */
	uint32_t	buf[16];

	if (e - s < 2 || e - s > 10)
		return false;
	memcpy(buf, c->cp + s, (e - s) * sizeof(uint32_t));
	for (size_t k = 0; k < sizeof(suffix) / sizeof(suffix[0]); k++)
	{
		size_t		L = suffix[k][1] ? (suffix[k][2] ? 3 : 2) : 1;

		memcpy(buf + (e - s), suffix[k], L * sizeof(uint32_t));
		if (zh_dict_find(c->d, buf, e - s + L) >= 0)
			return true;
	}
	return false;
}

/*
 * log P of the dictionary word cp[s, e) (its frequency over the
 * dictionary's total), or -100 when it is no word.
 */
double
zh_ent_word_logp(const Ctx *c, uint32_t s, uint32_t e)
{
	uint32_t	node;

	if (e - s < 2)
		return -100.0;
	node = zh_dict_first(c->d, c->cp[s]);
	if (node != 0)
		node = zh_dict_second(c->d, node, c->cp[s], c->cp[s + 1]);
	for (uint32_t i = s + 2; node != 0 && i < e; i++)
		node = zh_dict_child(c->d, node, c->cp[i]);
	return node != 0 && zh_dict_word_at(c->d, node) ? c->d->node[node].logp : -100.0;
}

/*
 * Are the characters of the three-character name cp[s, s + 3) those of
 * names rather than of common words (see NAME_RATIO_MIN)?
 */
static bool
name_favoured(const Ctx *c, uint32_t s)
{
	return zh_dict_name_ratio(c->d, c->cp[s], 0) + zh_dict_name_ratio(c->d, c->cp[s + 1], 1) +
		zh_dict_name_ratio(c->d, c->cp[s + 2], 2) >= NAME_RATIO_MIN;
}

/*
 * The ratio test of name_favoured for a two-character name, its one given
 * character scored as a name's last.
 */
static double
name2_ratio(const Ctx *c, uint32_t s)
{
	return zh_dict_name_ratio(c->d, c->cp[s], 0) + zh_dict_name_ratio(c->d, c->cp[s + 1], 2);
}

/* Do the characters of the two-character name cp[s, s + 2) favour names? */
bool
zh_person_two_char_favoured(const Ctx *c, uint32_t s)
{
	return name2_ratio(c, s) >= NAME_RATIO_MIN;
}

/* Is cp[s, e) a dictionary word other than a person's name? */
bool
zh_person_common_word(const Ctx *c, uint32_t s, uint32_t e)
{
	int64_t		w = zh_dict_find(c->d, c->cp + s, e - s);

	return w >= 0 && strncmp(zh_dict_pos_name(c->d, c->d->word_pos[w]), "nr", 2) != 0;
}

/*
 * Is cp[s, e) a dictionary word other than a person's that prose uses too
 * often for a cue to make it a name (国家说, 文章说: about 400 of jieba's
 * 60 million or more)?
 */
bool
zh_person_frequent_word(const Ctx *c, uint32_t s, uint32_t e)
{
	return zh_person_common_word(c, s, e) && zh_ent_word_logp(c, s, e) >= GLUED_WORD_MIN_LOGP;
}

/*
 * Does cp[s, e) begin with a common noun of the dictionary (tagged n, two
 * characters or more: 房东, 智者, 商人 / 们, 皮肤 / 学)?  A cue after a
 * noun says that the noun's referent speaks, not that it is a name.
 */
static bool
starts_common_noun(const Ctx *c, uint32_t s)
{
	int			k = c->tok_at[s];

	return k >= 0 && tlen(c, (size_t) k) >= 2 && c->pos[k] && strcmp(c->pos[k], "n") == 0 &&
		!tok_flag(c, (size_t) k, ZH_TOK_NAME | ZH_TOK_HMM);
}

/*
 * Is a guessed name bordered by a lone content character (宜 / 居宜业,
 * 卢沟晓 / 月)?  Then the model cut a phrase or an idiom in the wrong
 * place: real names sit between words, punctuation and function words.
 */
bool
zh_person_stranded(const Ctx *c, size_t t)
{
	for (int side = 0; side < 2; side++)
	{
		size_t		i;
		const char *p;

		if (side == 0 ? t == 0 : t + 1 >= c->ntok)
			continue;
		i = side == 0 ? t - 1 : t + 1;
		p = c->pos[i];
		if (!p || tlen(c, i) != 1 || !zh_is_han(c->cp[tok_start(c, i)]) || is_function_pos(c, i))
			continue;
		if (zh_lex_is(c->lex, ZH_LEX_NAME_TRAILING_CHAR, c->cp, tok_start(c, i), tok_end(c, i)) ||
			zh_lex_is(c->lex, ZH_LEX_NAME_RIGHT_CUE, c->cp, tok_start(c, i), tok_end(c, i)) ||
			zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, tok_start(c, i), tok_end(c, i)) ||
			zh_lex_is(c->lex, ZH_LEX_SURNAME, c->cp, tok_start(c, i), tok_end(c, i)) ||
			zh_lex_is(c->lex, ZH_LEX_PROVINCE_ABBREV, c->cp, tok_start(c, i), tok_end(c, i)) ||
			zh_lex_is(c->lex, ZH_LEX_COUNTRY_ABBREV, c->cp, tok_start(c, i), tok_end(c, i)))
			continue;				/* 赵明赴 / 京: a province or country stands alone */
		if ((p[0] == 'n' && p[1] != 'r') || p[0] == 'g' || strcmp(p, "zg") == 0)
			return true;
	}
	return false;
}

/* Is cp[s, e) a dictionary word tagged as a person (nr, nrt, nrfg)? */
bool
zh_person_dict_person_word(const Ctx *c, uint32_t s, uint32_t e)
{
	int64_t		w = zh_dict_find(c->d, c->cp + s, e - s);

	return w >= 0 && strncmp(zh_dict_pos_name(c->d, c->d->word_pos[w]), "nr", 2) == 0;
}

/*
 * A Chinese name from an nr-tagged token: its end, or 0.  Refuses what the
 * tag got wrong (no surname, too long, a listed common word) and trims a
 * guessed third character that is a function word (李华和 → 李华).
 */
static uint32_t
chinese_name(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t),
				sl;
	bool		glued = false,	/* the third character went to the next word */
				stranded = false;	/* a neighbour is left a lone character */

	if (!all_han(c, s, e) || e - s < 2 || e - s > 4)
		return 0;
	if (!surname_at_pos(c, s, &sl))
		return zh_person_foreign_name(c, t);
	/* 那张 / 小巧的门票, 一张 / 桌子: after a demonstrative or a numeral the surname is a measure word */
	if (sl == 1 && s > 0 && (zh_is_cn_numeral_char(c->cp[s - 1]) || c->cp[s - 1] == 0x90A3 ||
							 c->cp[s - 1] == 0x8FD9 || c->cp[s - 1] == 0x54EA || c->cp[s - 1] == 0x6BCF))
		return 0;				/* 那 这 哪 每 */
	if (e - s - sl < 1 || e - s - sl > 2)
		return 0;
	if (zh_lex_is(c->lex, ZH_LEX_NOT_NAME, c->cp, s, e) || zh_lex_is(c->lex, ZH_LEX_NOT_PLACE, c->cp, s, e) ||
		zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, s, e))
		return 0;
	/* 卢森堡 nr: the dictionary derives a place or a people from it (卢森堡人) */
	if (e - s >= 3 && zh_person_derived_place(c, s, e))
		return 0;
	if (e - s - sl == 2 && sl == 1)
	{
		/*
		 * 智能化, 高端化, 纪念章: a word and a character, tagged nr by the
		 * dictionary or guessed by the model.  Kept only when the two
		 * given-name characters are likely ones (江泽民, 温家宝).
		 */
		double		given = zh_dict_name_prob(c->d, c->cp[s + 1], 1) +
			zh_dict_name_prob(c->d, c->cp[s + 2], 2);

		if (given < NAME_WORD_MIN_LOGP && (zh_person_common_word(c, s, s + 2) || zh_person_common_word(c, s + 1, s + 3)))
			return 0;
		/*
		 * 许可证, 安全性, 农家乐: a common word and a suffix, which jieba
		 * tags nr as often as it does names; a person only with a cue
		 */
		if (zh_person_common_word(c, s, s + 2) && zh_ent_word_logp(c, s, s + 2) >= GLUED_WORD_MIN_LOGP &&
			!zh_person_cue_after(c, e) && !zh_person_cue_before(c, s) && !zh_person_title_after(c, e) && !zh_person_title_before(c, s))
			return 0;
		/*
		 * 科索沃, 欧佩克, 莫斯科: written wholly in transliteration
		 * characters, a foreign word (a person only with a cue)
		 */
		if (all_translit(c, s, e))
			return zh_person_foreign_name(c, t);
		stranded = zh_person_stranded(c, t);
	}
	if (e - s - sl == 2 && (tok_flag(c, t, ZH_TOK_NAME) || tok_flag(c, t, ZH_TOK_HMM)))
	{
		/*
		 * A guessed third character that is a function word (李华和), or
		 * that starts a word with the next token (尹莉明 / 白: 明白), or
		 * whose last two characters are a verb or adverb (时表示), is not
		 * part of the name.
		 */
		int64_t		w;

		/* 李宝均先生: not before a cue, which closes the whole name */
		if (zh_lex_is(c->lex, ZH_LEX_NAME_TRAILING_CHAR, c->cp, e - 1, e) && !zh_person_cue_after(c, e))
			e--;
		else if (t + 1 < c->ntok && tok_end(c, t + 1) - (e - 1) <= 4 &&
				 all_han(c, e - 1, tok_end(c, t + 1)) &&
				 ((((w = zh_dict_find(c->d, c->cp + e - 1, tok_end(c, t + 1) - (e - 1))) >= 0 &&
					c->d->word_pos[w] != ZH_POS_NR) &&
				   zh_ent_word_logp(c, e - 1, tok_end(c, t + 1)) >= GLUED_WORD_MIN_LOGP) ||
				  (zh_person_common_word(c, e - 1, e + 1) &&
				   zh_ent_word_logp(c, e - 1, e + 1) >= GLUED_WORD_MIN_LOGP)))
		{
			e--;				/* 尹莉明 / 白, 吴宓先 / 生成 */
			glued = true;
		}
		else if ((w = zh_dict_find(c->d, c->cp + s + 1, 2)) >= 0 &&
				 strchr("vdpcu", zh_dict_pos_name(c->d, c->d->word_pos[w])[0]) != NULL)
			return 0;
	}
	/*
	 * A lone character left beside the candidate says its cut is wrong,
	 * unless the third character was given back (李季的 / 诗: 李季)
	 */
	if (stranded && e == tok_end(c, t))
		return 0;
	/*
	 * 那棵花, 盛入晾, 钱随粮: a guess of the segmenter's name model (not a
	 * word of the dictionary) whose characters are likelier in common
	 * words than in names, or any candidate shaped like a word and a
	 * suffix (吉普车, 许可证: zh_person_known.c), with nothing around it to
	 * say it is a person; the same for the two characters left when the
	 * third was taken for the start of the next word (吴家 / 知道: what is
	 * kept must look like a name too; a function word cut off, 张革 / 到,
	 * is evidence enough)
	 */
	if (sl == 1 &&
		((e - s == 3 && ((tok_flag(c, t, ZH_TOK_NAME | ZH_TOK_HMM) && !name_favoured(c, s)) ||
						 !zh_person_name_shaped(c, s))) ||
		 (tok_flag(c, t, ZH_TOK_NAME | ZH_TOK_HMM) && glued && name2_ratio(c, s) < NAME_RATIO_MIN)) &&
		!zh_person_cue_after(c, e) && !zh_person_cue_before(c, s) && !zh_person_title_after(c, e) && !zh_person_title_before(c, s))
		return 0;
	/*
	 * 欧阳明 / 高 / 教授: a compound surname's second given character, left
	 * a word of its own, goes on the name when a title or a cue follows
	 */
	if (sl == 2 && e - s == 3 && e == tok_end(c, t) && t + 1 < c->ntok && tlen(c, t + 1) == 1 &&
		c->pos[t + 1] && zh_is_han(c->cp[e]) && !is_function_pos(c, t + 1) && c->pos[t + 1][0] != 'v' &&
		zh_dict_name_prob(c->d, c->cp[e], 2) >= GIVEN_CHAR_MIN_LOGP &&
		(zh_person_title_after(c, e + 1) || zh_person_cue_after(c, e + 1)))
		e++;
	return e;
}

/*
 * A three-character unknown word read as a name: a one-character surname
 * and characters likelier in names than in common words (name_favoured),
 * not a phrase cut in the wrong place.  Returns the end, or 0.
 */
static uint32_t
guessed_name(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t),
				sl;

	if (!all_han(c, s, e) || !surname_at_pos(c, s, &sl) || sl != 1 || e - s < 2 || e - s > 3)
		return 0;
	/* two characters (喻晖, 穆勒) only with a cue, as for the tagged ones */
	if (e - s == 2)
		return !zh_person_common_word(c, s, e) && !zh_lex_is(c->lex, ZH_LEX_NOT_NAME, c->cp, s, e) &&
			!all_translit(c, s, e) && !zh_person_stranded(c, t) &&
			(zh_person_cue_after(c, e) || zh_person_cue_before(c, s) || zh_person_title_after(c, e) || zh_person_title_before(c, s)) ? e : 0;
	if (!name_favoured(c, s) || !zh_person_name_shaped(c, s))
		return 0;
	if (zh_person_common_word(c, s, s + 2) || zh_person_common_word(c, s + 1, s + 3) || all_translit(c, s, e) ||
		zh_person_stranded(c, t) || zh_lex_is(c->lex, ZH_LEX_NOT_NAME, c->cp, s, e) ||
		zh_lex_is(c->lex, ZH_LEX_NAME_TRAILING_CHAR, c->cp, e - 1, e))
		return 0;
	return e;
}

/*
 * Does token t stand as the object of a verb or a preposition, closed by
 * the possessive 的, punctuation, a conjunction, an adverb or a verb
 * (喜爱 / X / 的, 交给 / X / 。, 与 / X / 及)?
 */
static bool
object_slot(const Ctx *c, size_t t)
{
	const char *p,
			   *q;

	if (t == 0 || t + 1 >= c->ntok || !(p = c->pos[t - 1]) || !(q = c->pos[t + 1]))
		return false;
	if (!(p[0] == 'v' || p[0] == 'p') || p[1] == 'n')
		return false;
	return strcmp(q, "uj") == 0 || (q[0] == 'x' && !zh_is_han(c->cp[tok_start(c, t + 1)])) ||
		q[0] == 'c' || q[0] == 'd' || q[0] == 'p' || (q[0] == 'v' && q[1] != 'n');
}

/*
 * A two-character person word standing where a person does, as a clause's
 * subject or a verb's object, with no cue (叶挺率部, 喜爱李白的): its
 * characters must favour names (TWO_CHAR_RATIO_MIN), which the common
 * words jieba tags nr do not (明白 1.2, 武功 1.6).
 */
static bool
two_char_name_in_place(const Ctx *c, size_t t, uint32_t s, uint32_t e)
{
	return e - s == 2 && e == tok_end(c, t) && name2_ratio(c, s) >= TWO_CHAR_RATIO_MIN &&
		(zh_person_clause_subject(c, s, e) || object_slot(c, t));
}

/*
 * Is the name at s joined to a name found just before it by a conjunction
 * the name model glued to that name (李华和 / 王平): the model read the
 * first as a name, and the conjunction says the second is its like.
 */
static bool
coordinated_with_name(const Ctx *c, uint32_t s)
{
	int			k;

	return s >= 2 && zh_lex_is(c->lex, ZH_LEX_CONJUNCTION_CHAR, c->cp, s - 1, s) &&
		(k = tok_containing(c, s - 1)) >= 0 && tok_start(c, (size_t) k) < s - 1 &&
		span_ending_at(&c->names, s - 1) != NULL;
}

/*
 * Is the name at token t (ending at e) an item of a 、 list whose
 * neighbour is a longer person name (毛泽东、邓小平、江泽民)?
 */
static bool
listed_with_name(const Ctx *c, size_t t, uint32_t e)
{
	if (e == tok_end(c, t) && t + 2 < c->ntok && tok_is_char(c, t + 1, 0x3001) &&
		zh_person_is_person_tag(c, t + 2) && tlen(c, t + 2) == 3)
		return true;
	return t >= 2 && tok_is_char(c, t - 1, 0x3001) && zh_person_is_person_tag(c, t - 2) &&
		tlen(c, t - 2) == 3;
}

/*
 * A name that begins a longer word: 毛泽东思想, 马克思主义.  The prefix is a
 * person word of the dictionary and the rest a word of its own.  Returns
 * the name's end, or 0.
 */
static uint32_t
name_inside_word(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t);

	if (e - s < 4 || e - s > 8 || !all_han(c, s, e))
		return 0;
	for (uint32_t len = 4; len >= 3; len--)
	{
		int64_t		w = zh_dict_find(c->d, c->cp + s, len);
		const char *p;

		if (w < 0 || e - s - len < 2)
			continue;
		p = zh_dict_pos_name(c->d, c->d->word_pos[w]);
		if (strncmp(p, "nr", 2) != 0)
			continue;
		if (zh_dict_find(c->d, c->cp + s + len, e - s - len) >= 0)
			return s + len;
	}
	return 0;
}

static void
add_name(Ctx *c, uint32_t s, uint32_t e)
{
	span_add(c, &c->names, s, e, c->tok_at[s], tok_containing(c, e - 1));
}

/*
 * Does the name cp[s, e) stand where only a person can: after the start of
 * a clause, a conjunction, a title or a cue (周恩来总理, 罗干说, 财长鲁宾),
 * and before a title, a cue or a form of address (桥本首相, 布拉特先生)?
 * Both sides must vouch: one side alone is as often a place or a group
 * (中国说, 政府表示).
 */
static bool
person_context(const Ctx *c, uint32_t s, uint32_t e)
{
	bool		left,
				right;

	left = s == 0 || is_punct_char(c->cp[s - 1]) || zh_person_cue_before(c, s) || zh_person_title_before(c, s) ||
		(zh_lex_is(c->lex, ZH_LEX_CONJUNCTION_CHAR, c->cp, s - 1, s) && is_boundary(c, s - 1) &&
		 s >= 2 && zh_is_han(c->cp[s - 2]));
	if (!left || e >= c->n || !is_boundary(c, e))
		return false;
	if (zh_person_cue_after(c, e))
		return true;
	/*
	 * not any cue said before a name: 居民, 农民 after a word make it a
	 * place (惠及 / 居民, 北京居民)
	 */
	right = zh_person_title_after(c, e) || modified_title_at(c, e) ||
		zh_lex_starting_at(c->lex, ZH_LEX_SURNAME_ADDRESS, c->cp, e, c->n) > 1;
	/*
	 * A title with a name after it is the name's (伊朗总统哈塔米, 江苏选手
	 * 张勇): the word before it is a place or a body, not a person.
	 */
	if (right)
	{
		uint32_t	p = e + 1;
		int			k;

		while (p < c->n && !is_boundary(c, p))
			p++;
		while (p < c->n && (k = c->tok_at[p]) >= 0 && p - e <= 6 &&
			   (zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, tok_start(c, (size_t) k), tok_end(c, (size_t) k)) ||
				zh_lex_is(c->lex, ZH_LEX_TITLE_MODIFIER, c->cp, tok_start(c, (size_t) k), tok_end(c, (size_t) k)) ||
				zh_lex_is(c->lex, ZH_LEX_NAME_LEFT_CUE, c->cp, tok_start(c, (size_t) k), tok_end(c, (size_t) k)) ||
				zh_lex_is(c->lex, ZH_LEX_SURNAME_ADDRESS, c->cp, tok_start(c, (size_t) k), tok_end(c, (size_t) k))))
			p = tok_end(c, (size_t) k);
		if (p < c->n && (k = c->tok_at[p]) >= 0 && zh_is_han(c->cp[p]) && c->pos[k] &&
			(c->pos[k][0] == 'n' || tok_flag(c, (size_t) k, ZH_TOK_HMM)) && p - e <= 6)
			return false;
	}
	return right;
}

/*
 * The person context outweighs a place tag (罗干 ns in 罗干说, 安南 ns in
 * 科菲·安南, 中村 in 中村哲也): a place found within the name is not one.
 * The name is noted here, and drop_places_in_names removes such places
 * in one pass at the end (a pass per name would be names × places).
 */
static void
drop_place(Ctx *c, uint32_t s, uint32_t e)
{
	span_add(c, &c->place_drops, s, e, -1, -1);
}

/*
 * Remove the places that lie within a name drop_place noted: a place
 * [ps, pe) is within one when some noted name starting at or before ps
 * ends at or after pe, that is when the furthest end of the names
 * starting at or before ps (reach) is pe or more.
 */
static void
drop_places_in_names(Ctx *c)
{
	uint32_t   *reach;
	size_t		w = 0;

	if (c->place_drops.n == 0 || c->places.n == 0)
		return;
	if (!(reach = ctx_zalloc(c, c->n + 1, sizeof(uint32_t))))
		return;
	for (size_t k = 0; k < c->place_drops.n; k++)
	{
		const Span *d = &c->place_drops.v[k];

		if (d->end > reach[d->start])
			reach[d->start] = d->end;
	}
	for (size_t p = 1; p <= c->n; p++)
		if (reach[p - 1] > reach[p])
			reach[p] = reach[p - 1];
	for (size_t k = 0; k < c->places.n; k++)
		if (reach[c->places.v[k].start] < c->places.v[k].end)
			c->places.v[w++] = c->places.v[k];
	c->places.n = w;
	zh_free(c->env, reach);
}

/*
 * A word the dictionary tags as something else (周恩来 t, 罗干 ns, 桥本 n,
 * 金正日 nz) in a context that leaves no doubt: the shape of a Chinese name
 * (a surname and one or two given-name characters) or of a transliteration,
 * not a frequent common word, and person_context on both sides.  Returns
 * its end, or 0.
 */
static uint32_t
mistagged_name(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t),
				sl;
	const char *p = c->pos[t];

	if (e - s < 2 || e - s > 4 || !all_han(c, s, e) || zh_person_is_person_tag(c, t) || zh_person_is_translit_tag(c, t))
		return 0;
	if ((is_function_pos(c, t) && p[0] != 't') || p[0] == 'v' || p[0] == 'a' || p[0] == 'd')
		return 0;
	/*
	 * an abbreviation names a body or a place (欧盟委员会); a two-character
	 * common noun or time word (文章说, 全党同志, 周二晚表示) is that word
	 */
	if (p[0] == 'j' || (e - s == 2 && (strcmp(p, "n") == 0 || p[0] == 't')))
		return 0;
	if (!((surname_at_pos(c, s, &sl) && e - s - sl >= 1 && e - s - sl <= 2) || all_translit(c, s, e)))
		return 0;
	if (zh_lex_is(c->lex, ZH_LEX_NOT_NAME, c->cp, s, e) || zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, s, e) ||
		zh_lex_is(c->lex, ZH_LEX_NAME_LEFT_CUE, c->cp, s, e) ||
		zh_ent_word_logp(c, s, e) >= COMMON_WORD_MAX_LOGP)
		return 0;
	return person_context(c, s, e) ? e : 0;
}

/*
 * A person named by surname and form of address (江主席, 胡老, 李老师):
 * the surname alone is the name.  Returns its end, or 0.
 */
static uint32_t
surname_addressed(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				L;

	if (s + 1 >= c->n || !zh_lex_is(c->lex, ZH_LEX_SURNAME, c->cp, s, s + 1))
		return 0;
	L = (uint32_t) zh_lex_starting_at(c->lex, ZH_LEX_SURNAME_ADDRESS, c->cp, s + 1, c->n);
	if (L == 0 || !is_boundary(c, s + 1 + L))
		return 0;
	/* 江主席 n: a word that is just the surname and the address counts too */
	if (tlen(c, t) != 1 && !zh_person_is_person_tag(c, t) && tlen(c, t) != L + 1)
		return 0;
	/* a verb or a preposition before the title is none (应市长邀请, 向市长汇报) */
	if (tlen(c, t) == 1 && (c->pos[t][0] == 'v' || c->pos[t][0] == 'p' || c->pos[t][0] == 'c' || c->pos[t][0] == 'u'))
		return 0;
	/*
	 * the surname must stand apart: not the end of a word before it, nor
	 * a count after a numeral (五任县长, 三十九师政委)
	 */
	if (s > 0 && zh_is_han(c->cp[s - 1]) &&
		(zh_is_cn_numeral_char(c->cp[s - 1]) ||
		 (t > 0 && tlen(c, t - 1) == 1 && !is_function_pos(c, t - 1) && c->pos[t - 1] && c->pos[t - 1][0] != 'v')))
		return 0;
	return s + 1;
}

/*
 * 老于, 小李: a familiar form of address, 老 or 小 and a surname, which the
 * segmenter guesses as a name; the surname is the person's name.  Returns
 * its end, or 0.
 */
static uint32_t
familiar_surname(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t);

	if (tlen(c, t) != 2 || !zh_person_is_person_tag(c, t) || (c->cp[s] != 0x8001 && c->cp[s] != 0x5C0F) ||
		!zh_lex_is(c->lex, ZH_LEX_SURNAME, c->cp, s + 1, s + 2))
		return 0;				/* 老 小 */
	return s + 2;
}

static int
cmp_span_start(const void *a, const void *b)
{
	const Span *x = a,
			   *y = b;

	return x->start < y->start ? -1 : (x->start > y->start ? 1 : 0);
}

/*
 * Does token i join two items of a list: 、, or a conjunction (和, 与)
 * between names of three characters or more (内塔尼亚胡和穆巴拉克), which
 * are seldom the common words a two-character tag may be?
 */
static bool
list_joint(const Ctx *c, size_t i, uint32_t len)
{
	if (tok_is_char(c, i, 0x3001))
		return true;
	return len >= 3 && tlen(c, i) == 1 && c->pos[i] && c->pos[i][0] == 'c' &&
		zh_lex_is(c->lex, ZH_LEX_CONJUNCTION_CHAR, c->cp, tok_start(c, i), tok_end(c, i));
}

/*
 * Items of a 、 list next to a person are persons too (刘正学、果永毅,
 * 焦裕禄、孔繁森): a person-tagged word there needs no other evidence.
 * Two sweeps, forwards and backwards, so a chain spreads both ways; then
 * the names are put back in text order.
 */
static void
spread_over_lists(Ctx *c)
{
	uint8_t    *mark = ctx_zalloc(c, c->n + 1, 1);	/* 1: a person starts, 2: ends */

	if (!mark)
		return;
	for (size_t k = 0; k < c->names.n; k++)
	{
		mark[c->names.v[k].start] |= 1;
		mark[c->names.v[k].end] |= 2;
	}
	for (size_t m = 0; m < c->nmentions; m++)
	{
		mark[c->mentions[m].start] |= 1;
		mark[c->mentions[m].end] |= 2;
	}
	for (int sweep = 0; sweep < 2 && c->st == ZH_OK; sweep++)
	{
		for (size_t q = 0; q < c->ntok && c->st == ZH_OK; q++)
		{
			size_t		t = sweep == 0 ? q : c->ntok - 1 - q;
			uint32_t	s = tok_start(c, t),
						e = tok_end(c, t);

			zh_maybe_check(c->env, q);
			if (!c->pos[t] || !pos_starts(c, t, "nr") || e - s < 2 || e - s > 4 ||
				!all_han(c, s, e) || (mark[s] & 1))
				continue;
			if ((t >= 2 && list_joint(c, t - 1, e - s) && (mark[s - 1] & 2)) ||
				(t + 2 < c->ntok && list_joint(c, t + 1, e - s) && (mark[e + 1] & 1)))
			{
				add_name(c, s, e);
				mark[s] |= 1;
				mark[e] |= 2;
			}
		}
	}
	zh_free(c->env, mark);
	if (c->names.n > 1)
		qsort(c->names.v, c->names.n, sizeof(Span), cmp_span_start);
}

/* Mark in covered[] the positions of the spans of l. */
static void
mark_spans(uint8_t *covered, const SpanList *l)
{
	for (size_t k = 0; k < l->n; k++)
		memset(covered + l->v[k].start, 1, l->v[k].end - l->v[k].start);
}

/*
 * Is the character at q a word of its own that a surname is glued to: a
 * verb, a preposition, a conjunction or an adverb (托, 当, 请, 和)?  Not
 * a numeral (五任 / 县长 counts terms) nor the first character of a
 * foreign name (素林 / 外长).
 */
static bool
glue_word(const Ctx *c, uint32_t q)
{
	int64_t		w = zh_dict_find(c->d, c->cp + q, 1);

	return w >= 0 && !zh_is_cn_numeral_char(c->cp[q]) &&
		strchr("vpcd", zh_dict_pos_name(c->d, c->d->word_pos[w])[0]) != NULL;
}

/*
 * A surname the segmenter glued to the word before it, addressed by a
 * title after it (托项 / 市长, 当汤 / 局长, 常 / 副局长): the surname
 * alone is the person's name, as in surname_addressed.  The word it ends
 * must be a guess or no word of the dictionary, of the surname and a
 * verb or a preposition before it (glue_word), and a one-character word
 * a noun or an adverb, not a verb or a preposition (应 / 市长 / 邀请, 向 /
 * 市长 / 汇报); nor may the surname close a body or a place (科技司 /
 * 负责人).
 */
static void
surname_glued_to_address(Ctx *c)
{
	uint8_t    *covered = ctx_zalloc(c, c->n + 1, 1);	/* by a body, a place or a name */

	if (!covered)
		return;
	mark_spans(covered, &c->orgs);
	mark_spans(covered, &c->places);
	mark_spans(covered, &c->names);
	for (size_t k = 1; k < c->ntok && c->st == ZH_OK; k++)
	{
		uint32_t	p = tok_start(c, k),
					q = p - 1,
					m,
					L;
		size_t		j = k - 1;

		zh_maybe_check(c->env, k);
		if (tok_end(c, j) != p || !c->pos[j] || !zh_lex_is(c->lex, ZH_LEX_SURNAME, c->cp, q, p))
			continue;
		m = (uint32_t) zh_lex_starting_at(c->lex, ZH_LEX_TITLE_MODIFIER, c->cp, p, c->n);
		L = (uint32_t) zh_lex_starting_at(c->lex, ZH_LEX_SURNAME_ADDRESS, c->cp, p + m, c->n);
		if (L == 0 && m > 0)
		{
			m = 0;
			L = (uint32_t) zh_lex_starting_at(c->lex, ZH_LEX_SURNAME_ADDRESS, c->cp, p, c->n);
		}
		if (L < 2 || !is_boundary(c, p + m + L))
			continue;
		if (tlen(c, j) == 1)
		{
			/* 常 / 副局长 after a comma; not 大区 / 区长, 五 / 任 / 县长 */
			if (is_function_pos(c, j) || c->pos[j][0] == 'v' ||
				(q > 0 && zh_is_han(c->cp[q - 1]) &&
				 (j == 0 || !c->pos[j - 1] || zh_is_cn_numeral_char(c->cp[q - 1]) ||
				  !(is_function_pos(c, j - 1) || c->pos[j - 1][0] == 'v'))))
				continue;
		}
		else if (tlen(c, j) != 2 ||
				 (!tok_flag(c, j, ZH_TOK_NAME | ZH_TOK_HMM) && zh_dict_find(c->d, c->cp + tok_start(c, j), 2) >= 0) ||
				 !glue_word(c, q - 1))
			continue;
		if (covered[q])
			continue;
		add_name(c, q, p);
	}
	zh_free(c->env, covered);
}

/*
 * Is cp[s, e) a foreign name's shape: written in transliteration
 * characters, or with a middle dot (罗伯特·马尔登, whose 登 is in no table)?
 */
static bool
foreign_span(const Ctx *c, uint32_t s, uint32_t e)
{
	for (uint32_t k = s; k < e; k++)
		if (MIDDLE_DOT(c->cp[k]))
			return true;
	return e > s && all_translit(c, s, e);
}

/*
 * A title's mention takes the first piece of a foreign name the segmenter
 * cut (主席尤尔科 / 夫, 总理罗伯特 / ·马尔登, 社长宫原贤 / 次), and a
 * mention outranks a name found here: the mention is widened to the longer
 * foreign or Japanese name that starts where it does.
 */
static void
widen_mentions(Ctx *c)
{
	uint32_t   *end_at;

	if (c->names.n == 0 || c->nmentions == 0)
		return;
	if (!(end_at = ctx_zalloc(c, c->n + 1, sizeof(uint32_t))))
		return;
	for (size_t k = 0; k < c->names.n; k++)
	{
		const Span *nm = &c->names.v[k];

		if (nm->end > end_at[nm->start] &&
			(foreign_span(c, nm->start, nm->end) || zh_person_japanese_start(c, nm->start)))
			end_at[nm->start] = nm->end;
	}
	for (size_t m = 0; m < c->nmentions; m++)
	{
		Mention    *mt = &c->mentions[m];

		if (end_at[mt->start] > mt->end &&
			(foreign_span(c, mt->start, mt->end) || zh_person_japanese_start(c, mt->start)))
			mt->end = end_at[mt->start];
	}
	zh_free(c->env, end_at);
}

/*
 * The first middle dot at or after p, or c->n: dotted names are looked
 * for only within reach of one, which most tokens are not.
 */
static uint32_t
next_middle_dot(const Ctx *c, uint32_t p)
{
	while (p < c->n && !MIDDLE_DOT(c->cp[p]))
		p++;
	return p;
}

void
zh_ent_find_names(Ctx *c)
{
	uint32_t	dot = next_middle_dot(c, 0);
	size_t		step = 0;		/* t jumps over names: count the steps to check */

	for (size_t t = 0; t < c->ntok && c->st == ZH_OK; t++)
	{
		uint32_t	s = tok_start(c, t),
					e;
		int			last;
		bool		thing;

		zh_maybe_check(c->env, step++);
		if (!c->pos[t] || is_sep(c, t))
			continue;
		/* a foreign name with its middle dots, or a place's or body's */
		if (dot < s)
			dot = next_middle_dot(c, s);
		if (dot - s <= DOTTED_REACH && (e = zh_person_dotted_name(c, t, &s, &thing)) > 0)
		{
			if (!thing)
			{
				add_name(c, s, e);
				drop_place(c, s, e);
			}
			t = (size_t) tok_containing(c, e - 1);
			continue;
		}
		if ((e = zh_person_trophy_name(c, t)) > 0)
		{
			add_name(c, s, e);
			continue;
		}
		if ((e = surname_addressed(c, t)) > 0)
		{
			add_name(c, s, e);
			continue;
		}
		if ((e = familiar_surname(c, t)) > 0)
		{
			add_name(c, s + 1, e);
			continue;
		}
		if ((e = zh_person_japanese_name(c, t)) > 0)
		{
			add_name(c, s, e);
			drop_place(c, s, e);
			t = (size_t) tok_containing(c, e - 1);
			continue;
		}
		/* transliterated, its form of address glued on by the name model */
		if ((e = zh_person_translit_before_address(c, t, &s)) > 0)
		{
			add_name(c, s, e);
			drop_place(c, s, e);
			continue;
		}
		/* transliterated, cut in pieces by the segmenter */
		if ((e = zh_person_split_translit(c, t, &s)) > 0)
		{
			add_name(c, s, e);
			t = (size_t) tok_containing(c, e - 1);
			continue;
		}
		/* transliterated, a word the dictionary knows */
		if ((last = zh_person_translit_name(c, t)) >= 0)
		{
			/* 和列夫: a conjunction the segmenter glued on */
			if (tok_glued_conjunction(c, t))
				s++;
			e = tok_end(c, (size_t) last);
			add_name(c, s, e);
			t = (size_t) tok_containing(c, e - 1);
			continue;
		}
		/*
		 * 和赵丽 / 教授: a conjunction the segmenter glued to the name
		 * after it (和 is a surname too), the name vouched for by a title
		 * or a cue after it
		 */
		if (tok_glued_conjunction(c, t) && tlen(c, t) <= 4 && s > 0 && !is_punct_char(c->cp[s - 1]) &&
			zh_lex_is(c->lex, ZH_LEX_SURNAME, c->cp, s + 1, s + 2) &&
			(e = zh_ent_name_span(c, s + 1, false)) == tok_end(c, t) &&
			(zh_person_title_after(c, e) || zh_person_cue_after(c, e)))
		{
			add_name(c, s + 1, e);
			continue;
		}
		/* a Chinese name the tag proposes */
		if (zh_person_is_person_tag(c, t) && (e = chinese_name(c, t)) > 0)
		{
			/*
			 * Two characters are as often a word the tag got wrong (卫星,
			 * 封锁) as a name: they need a cue, or a listed neighbour, or
			 * to be what is left of a longer guess (柳萍 / 的), or the
			 * place of a person and the characters of a name.
			 */
			if (e - s > 2 || e < tok_end(c, t) || zh_person_cue_after(c, e) || zh_person_cue_before(c, s) ||
				listed_with_name(c, t, e) ||
				(coordinated_with_name(c, s) && name2_ratio(c, s) >= NAME_RATIO_MIN) ||
				zh_person_title_after(c, e) || zh_person_title_before(c, s) ||
				(tok_flag(c, t, ZH_TOK_NAME | ZH_TOK_HMM) && e - s == 2 &&
				 zh_dict_name_prob(c->d, c->cp[s + 1], 2) >= GIVEN_CHAR_MIN_LOGP &&
				 zh_person_clause_subject(c, s, e)) ||
				two_char_name_in_place(c, t, s, e))
				add_name(c, s, e);
			if (e > tok_end(c, t))
				t = (size_t) tok_containing(c, e - 1);
			continue;
		}
		if ((e = zh_person_foreign_after_cue(c, t)) > 0 || (e = mistagged_name(c, t)) > 0 ||
			(e = zh_person_known_word(c, t)) > 0)
		{
			add_name(c, s, e);
			drop_place(c, s, e);
			continue;
		}
		/*
		 * An unknown word the HMM found, tagged otherwise (展淑萍 nz):
		 * a surname and two likely given-name characters make a name.
		 */
		if (tok_flag(c, t, ZH_TOK_HMM) && !zh_person_is_person_tag(c, t) && !zh_person_is_translit_tag(c, t) &&
			(e = guessed_name(c, t)) > 0)
		{
			add_name(c, s, e);
			continue;
		}
		if (!zh_person_is_person_tag(c, t) && !zh_person_is_translit_tag(c, t) && (e = name_inside_word(c, t)) > 0)
		{
			add_name(c, s, e);
			continue;
		}
		/* a name that is also a common word, vouched for by its context */
		if (zh_is_han(c->cp[s]) && (e = zh_ent_name_span(c, s, true)) > 0 &&
			is_boundary(c, e) && (zh_person_cue_after(c, e) || zh_person_cue_before(c, s)) &&
			!is_function_pos(c, t) && c->pos[t][0] != 'v' && c->pos[t][0] != 'a' &&
			c->pos[t][0] != 'd' && !zh_person_frequent_word(c, s, e) && !zh_person_derived_place(c, s, e) &&
			(!starts_common_noun(c, s) || all_translit(c, s, e)))
		{
			add_name(c, s, e);
			t = (size_t) tok_containing(c, e - 1);
		}
	}
	drop_places_in_names(c);
	surname_glued_to_address(c);
	zh_person_find_rows(c);
	spread_over_lists(c);
	widen_mentions(c);
}
