/*
 * zh_entities.c — titles, persons with a role, and the aggregation of all
 * entities of a document (the entry point, zh_entities()).
 *
 * The dictionary's part-of-speech tags are evidence, not answers: jieba tags
 * per word, so 石景山 and 卢沟桥 come out as person names and 城市 as a place.
 * What makes news text tractable is its fixed phrasing.  The recognisers,
 * one file each, run in this order over the tokens:
 *
 *   places         zh_entity_places.c, zh_place_abbrevs.c (中美, 访华),
 *                  zh_place_datelines.c (本报桂林4月8日电);
 *   organisations  zh_entity_orgs.c;
 *   titles         here: [organisation or level] [副 常务 …] head (书记, 区长,
 *                  组长, 记者 …): 区委副书记, 区委教育工作领导小组常务副组长;
 *   persons with a role  here, only with evidence: a name right after a
 *                  title or a chain of titles joined by 、 (区委副书记、区长
 *                  初军威), names listed with 、 after them sharing those
 *                  titles (区领导底志欣、薄澜), a photo credit (赵智和 摄), a
 *                  dictionary name followed by a leader's title (习近平总书记).
 *                  A name found once this way is a person wherever else it
 *                  occurs in the document.  These are what zh_officials reports;
 *   other persons  zh_person_names.c: names anywhere, by the name model and
 *                  their context; persons, not officials.
 *
 * A title with no name after it (市人大常委会主任、市政协主席列席会议) gives
 * no person.  Everything is a pass or two over the tokens with bounded
 * look-around, so the work is linear in the document.
 */
#include "zh_entities_int.h"

/* --- titles -------------------------------------------------------------- */

static bool
is_sep_char(uint32_t ch)
{
	return !(zh_is_han(ch) || zh_is_ascii_alnum(ch) || zh_is_latin_letter(ch));
}


/* Is there a token boundary at p, or does a name the segmenter glued start there? */
static bool
title_may_end_at(const Ctx *c, uint32_t p)
{
	int			t;
	uint32_t	sl;

	if (is_boundary(c, p))
		return true;
	/* 区长孙蔚 comes out as 区 / 长孙蔚: a title runs into a name */
	t = tok_containing(c, p);
	return t >= 0 && (pos_starts(c, (size_t) t, "nr") || (c->an->tok[t].flags & ZH_TOK_HMM)) &&
		surname_at_pos(c, p, &sl);
}

/*
 * Does a title start at p inside a name the segmenter glued to it (刘艳常 /
 * 委: 刘艳 常委)?  The token is a guessed name whose surname and one or
 * two given-name characters come before p.
 */
static bool
after_glued_name(const Ctx *c, uint32_t p)
{
	int			t;
	uint32_t	sl;

	if (p == 0 || is_boundary(c, p))
		return false;
	t = tok_containing(c, p);
	return t >= 0 && (c->an->tok[t].flags & (ZH_TOK_HMM | ZH_TOK_NAME)) &&
		surname_at_pos(c, ts(c, (size_t) t), &sl) && p > ts(c, (size_t) t) + sl &&
		p <= ts(c, (size_t) t) + sl + 2;
}

/*
 * Is p inside a token whose characters before p are an organisation suffix
 * (部 in 部副: 自然资源部副部长 segmented 自然资源 / 部副 / 部长)?
 */
static bool
glued_to_organ(const Ctx *c, uint32_t p)
{
	int			k;

	if (p == 0 || is_boundary(c, p))
		return false;
	k = tok_containing(c, p);
	return k >= 0 && zh_lex_is(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, ts(c, (size_t) k), p);
}

/* Is cp[s, e) wholly ranks (第一副, 常务副)? */
static bool
all_modifiers(const Ctx *c, uint32_t s, uint32_t e)
{
	for (int guard = 0; e > s && guard < 4; guard++)
	{
		size_t		m = zh_lex_ending_at(c->lex, ZH_LEX_TITLE_MODIFIER, c->cp, s, e);

		if (!m)
			return false;
		e -= (uint32_t) m;
	}
	return e == s;
}

/*
 * The organ of a title, when no organisation was found before it: a word
 * of the dictionary that ends like one (审计署 / 审计长, which the
 * dictionary tags a verb), or one organisation character standing alone
 * after punctuation (、院党委委员, 院领导: the publisher's institute).
 * Returns where it starts, or cur.
 */
static uint32_t
bare_organ(const Ctx *c, uint32_t cur)
{
	int			k;
	uint32_t	s;

	if (cur == 0 || !is_boundary(c, cur))
		return cur;
	k = tok_containing(c, cur - 1);
	if (k < 0 || is_sep(c, (size_t) k))
		return cur;
	s = ts(c, (size_t) k);
	if (!all_han(c, s, cur) || zh_lex_ending_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, s, cur) == 0 ||
		zh_lex_is(c->lex, ZH_LEX_NOT_ORG, c->cp, s, cur) || zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, s, cur))
		return cur;
	if (cur - s >= 2 && cur - s <= 4)
		return s;
	if (cur - s == 1 && zh_lex_is(c->lex, ZH_LEX_ORG_WEAK_SUFFIX, c->cp, s, cur) &&
		(s == 0 || is_sep_char(c->cp[s - 1])))
		return s;
	return cur;
}

/*
 * Record the title whose head ends at `end` and starts at `hs`, extended
 * leftwards over ranks and the organ.
 */
static void
add_title(Ctx *c, uint32_t hs, uint32_t end)
{
	uint32_t	cur = hs;
	const Span *org;
	int			k;

	/* 领导 inside 领导小组, 委员 inside 委员会: part of a name */
	if (inside_span(&c->orgs, hs, end, false))
		return;
	/* ranks: 副, 常务副, 第一 */
	for (int guard = 0; guard < 3; guard++)
	{
		size_t		m = zh_lex_ending_at(c->lex, ZH_LEX_TITLE_MODIFIER, c->cp, cur > 4 ? cur - 4 : 0, cur);

		if (!m || !(is_boundary(c, cur - (uint32_t) m) || glued_to_organ(c, cur - (uint32_t) m)))
			break;
		cur -= (uint32_t) m;
	}
	/* 第一副 / 总理: ranks the segmenter made one word */
	if (cur > 0 && is_boundary(c, cur) && (k = tok_containing(c, cur - 1)) >= 0 &&
		all_modifiers(c, ts(c, (size_t) k), cur))
		cur = ts(c, (size_t) k);
	/* 自然资源 / 部副 / 部长: the organ's suffix glued to the rank */
	if (!is_boundary(c, cur) && glued_to_organ(c, cur))
	{
		int			j;

		k = tok_containing(c, cur);
		j = k;
		while (j > 0 && cur - ts(c, (size_t) j - 1) <= ORG_MAX_CHARS && zh_ent_org_word(c, (size_t) j - 1))
			j--;
		if (j == k)
			return;
		span_add(c, &c->titles, ts(c, (size_t) j), end, j, tok_containing(c, end - 1));
		return;
	}
	/* the organ: an organisation, an office (办事处), a level (区, 市委), a place */
	org = span_ending_at(&c->orgs, cur);
	/*
	 * 省林业和草原局党组 / 书记, 供销合作总社党组 / 成员: the organisation
	 * took the rank or the start of the head (党组) as its suffix
	 */
	for (uint32_t p = cur + 1; !org && p < end; p++)
		if ((org = span_ending_at(&c->orgs, p)) != NULL && org->start >= cur)
			org = NULL;
	if (org)
		cur = org->start;
	else
	{
		size_t		a = zh_lex_ending_at(c->lex, ZH_LEX_ORGAN, c->cp, cur > 8 ? cur - 8 : 0, cur);
		size_t		o = zh_lex_ending_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, cur > 8 ? cur - 8 : 0, cur);
		const Span *pl;

		if (o > a && o >= 2 && is_boundary(c, cur - (uint32_t) o))
			cur -= (uint32_t) o;
		else if (a && is_boundary(c, cur - (uint32_t) a))
			cur -= (uint32_t) a;
		else
			cur = bare_organ(c, cur);
		pl = span_ending_at(&c->places, cur);
		if (pl)
			cur = pl->start;
	}
	/*
	 * 第五次全国经济普查领导小组组长: the ordinal of a numbered undertaking
	 * belongs to the body named after it
	 */
	if (org && cur > 2 && is_boundary(c, cur) && (k = tok_containing(c, cur - 1)) >= 0 &&
		c->cp[ts(c, (size_t) k)] == 0x7B2C && c->cp[cur - 1] == 0x6B21 && cur - ts(c, (size_t) k) <= 5)	/* 第…次 */
		cur = ts(c, (size_t) k);
	if (!is_boundary(c, cur) && !after_glued_name(c, cur))
		return;
	span_add(c, &c->titles, cur, end, tok_containing(c, cur), tok_containing(c, end - 1));
}

/*
 * May a head ending with token t start at h: inside t, at a boundary, after
 * a name glued to it, or after an organ's suffix glued to it (业务 / 处处 /
 * 长: 业务处处长)?
 */
static bool
head_may_start(const Ctx *c, size_t t, uint32_t h)
{
	return h >= ts(c, t) || is_boundary(c, h) || after_glued_name(c, h) || glued_to_organ(c, h);
}

static void
find_titles(Ctx *c)
{
	for (size_t t = 0; t < c->ntok && c->st == ZH_OK; t++)
	{
		uint32_t	end = te(c, t);
		size_t		L;

		zh_maybe_check(c->env, t);
		if (is_sep(c, t))
			continue;
		/* a head ending with this token */
		L = zh_lex_ending_at(c->lex, ZH_LEX_TITLE, c->cp, end > 8 ? end - 8 : 0, end);
		/*
		 * the longest head may start inside a word (宪法法律 / 委副 / 主任 /
		 * 委员: 副主任委员); then a shorter one (主任委员) may be the head
		 */
		while (L > 1 && !head_may_start(c, t, end - (uint32_t) L))
			L = zh_lex_ending_at(c->lex, ZH_LEX_TITLE, c->cp, end - (uint32_t) L + 1, end);
		if (L && head_may_start(c, t, end - (uint32_t) L))
		{
			size_t		before = c->titles.n;

			add_title(c, end - (uint32_t) L, end);
			/*
			 * 国务委员, 班主任: a noun of the dictionary that ends in a head,
			 * with no organ inside it, is a title as a whole
			 */
			if (c->titles.n == before && end - L > ts(c, t) && strcmp(c->pos[t], "n") == 0 &&
				all_han(c, ts(c, t), end))
				add_title(c, ts(c, t), end);
		}
		/* a head ending inside a glued name token: 区 / 长孙蔚, 主 / 任郑雯 */
		if (tlen(c, t) >= 3 && (pos_starts(c, t, "nr") || (c->an->tok[t].flags & ZH_TOK_HMM)))
		{
			for (uint32_t k = 1; k <= 2; k++)
			{
				uint32_t	q = ts(c, t) + k;

				L = zh_lex_ending_at(c->lex, ZH_LEX_TITLE, c->cp, q > 8 ? q - 8 : 0, q);
				if (L && q - L < ts(c, t) && is_boundary(c, q - (uint32_t) L) &&
					title_may_end_at(c, q))
				{
					add_title(c, q - (uint32_t) L, q);
					break;
				}
			}
		}
	}
}

/*
 * Where each title starts, for chains.  Titles are maximal (a head that
 * ends inside a longer title, 副主任 of 副主任委员, is no title of its own),
 * so their order by end is their order by start.
 */
static void
index_titles(Ctx *c)
{
	for (size_t k = 0; k < c->titles.n; k++)
		if (c->title_at[c->titles.v[k].start] < 0)
			c->title_at[c->titles.v[k].start] = (int32_t) k;
}

/* --- persons ------------------------------------------------------------- */

/* Does a name stop being plausible at p: punctuation, a verb, a title? */
static bool
name_may_end_at(const Ctx *c, uint32_t p)
{
	if (p >= c->n || is_sep_char(c->cp[p]))
		return true;
	if (c->cp[p] == 0x6444)		/* 摄 */
		return true;
	return zh_lex_starting_at(c->lex, ZH_LEX_SPAN_BREAKER, c->cp, p, c->n) > 0 ||
		group_verb_at(c, p) > 0 ||
		zh_lex_starting_at(c->lex, ZH_LEX_TITLE, c->cp, p, c->n) > 0;
}

/* The token covering exactly [s, e), if any. */
static int
token_exactly(const Ctx *c, uint32_t s, uint32_t e)
{
	int			t = s < c->n ? c->tok_at[s] : -1;

	return (t >= 0 && te(c, (size_t) t) == e) ? t : -1;
}

/*
 * A personal name starting at character p: returns its end, or 0.
 *
 * Works on characters, not tokens, because the segmenter's name model
 * often glues a name to its neighbours (冯朗主 / 持, 欧 / 阳晓岚).  A
 * surname (compound first: 欧阳, 司马), then a given name of two characters
 * or one: two when they end at a token boundary or before something that
 * ends a name (punctuation, 主持, 出席, a title), one otherwise.  `vouched`:
 * a title or byline stands before it, so a word that is also a common word
 * (高远, 方圆) may be a name; without it, such words are refused.
 */
/*
 * log P of a common noun above which it is taken for the word even where a
 * title vouches for a name: about 1,000 of jieba's 60 million (任命 1,969
 * and 高度 6,119 are above it; 方圆 285 is below).
 */
#define COMMON_NOUN_MIN_LOGP (-11.0)

uint32_t
zh_ent_name_span(const Ctx *c, uint32_t p, bool vouched)
{
	uint32_t	sl;

	if (p >= c->n || !surname_at_pos(c, p, &sl))
		return 0;
	/*
	 * 来沪考察, 应亲自参加, 强调指出: a surname character that the segmenter
	 * read as a verb, an adverb or a preposition of its own, before a word
	 * of its own, is that word: no name starts there.
	 */
	if (sl == 1 && c->tok_at[p] >= 0 && tlen(c, (size_t) c->tok_at[p]) == 1 &&
		p + 1 < c->n && c->tok_at[p + 1] >= 0 &&
		strchr("vpdc", c->pos[c->tok_at[p]][0]) != NULL &&
		!pos_starts(c, (size_t) c->tok_at[p + 1], "nr"))
		return 0;
	/*
	 * 强调 (指出), 关于 (党的): a verb or preposition the dictionary knows
	 * is no name
	 */
	if (sl == 1 && c->tok_at[p] >= 0 && tlen(c, (size_t) c->tok_at[p]) == 2 &&
		strchr("vp", c->pos[c->tok_at[p]][0]) != NULL && c->pos[c->tok_at[p]][1] != 'n')
		return 0;
	/* 张弛 了 / 朱颖 说: the word after a one-character given name ends it */
	if (p + sl + 1 <= c->n && all_han(c, p, p + sl + 1) && is_boundary(c, p + sl + 1) &&
		p + sl + 1 < c->n && zh_is_han(c->cp[p + sl + 1]) &&
		zh_lex_starting_at(c->lex, ZH_LEX_SPAN_BREAKER, c->cp, p + sl + 1, c->n) > 0 &&
		!is_boundary(c, p + sl))
		return p + sl + 1;
	if (zh_lex_starting_at(c->lex, ZH_LEX_TITLE, c->cp, p + sl, c->n) > 0)
		return 0;				/* 和校长: a conjunction before a title */
	for (uint32_t g = 2; g >= 1; g--)
	{
		uint32_t	e = p + sl + g;
		int			t;

		if (e > c->n || !all_han(c, p, e))
			continue;
		/* the given name must not swallow the verb after it (冯朗 主持) */
		if (g == 2 && (zh_lex_starting_at(c->lex, ZH_LEX_SPAN_BREAKER, c->cp, p + sl + 1, c->n) >= 2 ||
					   group_verb_at(c, p + sl + 1) >= 2 ||
					   c->title_at[p + sl + 1] >= 0 ||	/* 刘艳 常委 */
					   c->cp[p + sl + 1] == 0x6444))
			continue;
		/* 谌贻琴作 / 交流: a character prose puts after a name, glued on */
		if (!(is_boundary(c, e) || name_may_end_at(c, e) ||
			  (g == 2 && e + 1 < c->n && is_boundary(c, e + 1) &&
			   zh_lex_is(c->lex, ZH_LEX_NAME_TRAILING_CHAR, c->cp, e, e + 1))))
			continue;
		if (zh_lex_is(c->lex, ZH_LEX_SPAN_BREAKER, c->cp, p, e) ||
			zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, p, e) ||
			zh_lex_starting_at(c->lex, ZH_LEX_TITLE, c->cp, p, e) == e - p)
			return 0;
		if (!vouched && zh_lex_is(c->lex, ZH_LEX_NOT_NAME, c->cp, p, e))
			return 0;
		/* a whole dictionary word that is a verb, a preposition … is no name */
		t = token_exactly(c, p, e);
		if (t >= 0 && !pos_starts(c, (size_t) t, "nr") && !pos_starts(c, (size_t) t, "nz") &&
			!(c->an->tok[t].flags & ZH_TOK_HMM))
		{
			if (!vouched)
				return 0;
			if (c->pos[t][0] == 'v' || (is_function_pos(c, (size_t) t) && c->pos[t][0] != 'f'))
				return 0;
			/*
			 * 副秘书长任命 (事项): a common noun frequent in prose is no
			 * name after a title either; a rarer one may be (方圆)
			 */
			if (strcmp(c->pos[t], "n") == 0 && zh_ent_word_logp(c, p, e) >= COMMON_NOUN_MIN_LOGP)
				return 0;
		}
		if (!vouched && t < 0 && !is_boundary(c, e) && !name_may_end_at(c, e))
			return 0;
		/*
		 * 丛斌作 (的报告), 侯凯作: a third given-name character that news
		 * prose puts after a name (作, 在, 和 …), that no dictionary name
		 * vouches for and that runs on into the words after it belongs to
		 * them; a name closed by punctuation or a credit keeps it.
		 */
		if (g == 2 && zh_lex_is(c->lex, ZH_LEX_NAME_TRAILING_CHAR, c->cp, e - 1, e) &&
			e < c->n && zh_is_han(c->cp[e]) && c->cp[e] != 0x6444 &&	/* not 赵智和 摄 */
			!(t >= 0 && pos_starts(c, (size_t) t, "nr") &&
			  !(c->an->tok[t].flags & (ZH_TOK_HMM | ZH_TOK_NAME))))
			return e - 1;
		return e;
	}
	return 0;
}

static void
add_mention(Ctx *c, uint32_t start, uint32_t end, int tf, int tt, bool photo)
{
	if (!grow(c, (void **) &c->mentions, &c->capmentions, c->nmentions, sizeof(Mention)))
		return;
	c->mentions[c->nmentions].start = start;
	c->mentions[c->nmentions].end = end;
	c->mentions[c->nmentions].title_from = tf;
	c->mentions[c->nmentions].title_to = tt;
	c->mentions[c->nmentions].photographer = photo;
	c->mentions[c->nmentions].attends = false;
	c->mentions[c->nmentions].organ_start = c->mentions[c->nmentions].organ_end = 0;
	c->mentions[c->nmentions].person = -1;
	c->nmentions++;
}

static bool
is_generic_title(const Ctx *c, const Span *t)
{
	size_t		L = zh_lex_ending_at(c->lex, ZH_LEX_TITLE_GENERIC, c->cp, t->start, t->end);

	return L > 0;
}

/* 摄 or 摄影 closing a photo credit at p? */
static uint32_t
credit_mark_len(const Ctx *c, uint32_t p)
{
	uint32_t	len;

	if (p >= c->n || c->cp[p] != 0x6444)
		return 0;
	len = (p + 1 < c->n && c->cp[p + 1] == 0x5F71) ? 2 : 1;
	if (p + len < c->n && !is_sep_char(c->cp[p + len]))
		return 0;
	return len;
}

/*
 * Names after a group role alone (区领导 …) must be followed by what such a
 * list introduces, an act of attending (参加, 出席, 陪同 …): 区领导底志欣、
 * 薄澜参加会议, but not 区领导包片 ("the district leaders take charge of a
 * sector"), where a verb the dictionary tags as a name follows the role.
 */
static bool
group_names_attend(const Ctx *c, uint32_t p)
{
	uint32_t	e = zh_ent_name_span(c, p, true);

	for (int guard = 0; e > 0 && guard < 32; guard++)
	{
		if (e < c->n && c->cp[e] == 0x3001)
		{
			uint32_t	next = zh_ent_name_span(c, e + 1, true);

			/* 院领导何汉翔、黄晓华、…: a list of names is what the role introduces */
			if (next == 0 && guard >= 1)
				return true;
			e = next;
			continue;
		}
		return e < c->n && (group_verb_at(c, e) > 0 || (guard >= 1 && is_sep_char(c->cp[e])));
	}
	return false;
}

/*
 * 王志刚和黄卫常委, 张三、李四同志: names listed before a name with its
 * title after it, joined by 和, 与 or 、, share that title.  Only names the
 * dictionary or the name model tagged, each ending where the next joins.
 */
static void
share_title_back(Ctx *c, uint32_t s, int title)
{
	for (int guard = 0; guard < 8 && s >= 3; guard++)
	{
		uint32_t	j = s - 1;	/* the joining character */
		int			k;

		if (!(c->cp[j] == 0x3001 || zh_lex_is(c->lex, ZH_LEX_CONJUNCTION_CHAR, c->cp, j, s)))
			return;
		k = tok_containing(c, j - 1);
		if (k < 0 || !pos_starts(c, (size_t) k, "nr") || te(c, (size_t) k) != j ||
			zh_ent_name_span(c, ts(c, (size_t) k), false) != j)
			return;
		add_mention(c, ts(c, (size_t) k), j, title, title + 1, false);
		s = ts(c, (size_t) k);
	}
}

/*
 * Does a doctrine named after the person follow at e: nouns ending in 思想
 * or 理论 (习近平新时代中国特色社会主义思想, 毛泽东思想), in the name's
 * own token or in the words after it?
 */
static bool
doctrine_after(const Ctx *c, uint32_t e)
{
	int			k = e < c->n ? tok_containing(c, e) : -1;

	for (int guard = 0; k >= 0 && (size_t) k < c->ntok && guard < 8; k++, guard++)
	{
		const char *p = c->pos[k];
		uint32_t	end = te(c, (size_t) k);

		if (end - e > 16 || is_sep(c, (size_t) k) || !all_han(c, ts(c, (size_t) k), end))
			return false;
		if (zh_lex_ending_at(c->lex, ZH_LEX_DOCTRINE_HEAD, c->cp, e, end) > 0)
			return true;
		if (ts(c, (size_t) k) >= e && !(p[0] == 'n' || p[0] == 'a' || p[0] == 'b' || p[0] == 'j'))
			return false;
	}
	return false;
}

/*
 * Persons named without a title whom the phrase itself makes officials:
 * a name the dictionary knows as a person's, addressed as a Party member
 * (以习近平同志为核心) or naming a doctrine (习近平新时代中国特色社会主义思想,
 * 邓小平理论).  Guessed names are not taken: the phrase is a formula for
 * leaders, whose names the dictionary has.
 */
static void
find_named_leaders(Ctx *c)
{
	for (size_t t = 0; t < c->ntok && c->st == ZH_OK; t++)
	{
		uint32_t	s = ts(c, t),
					e = 0;

		zh_maybe_check(c->env, t);
		if (!c->pos[t] || (c->an->tok[t].flags & (ZH_TOK_HMM | ZH_TOK_NAME)))
			continue;
		if (pos_starts(c, t, "nr") && tlen(c, t) >= 3)
			e = zh_ent_name_span(c, s, false) == te(c, t) ? te(c, t) : 0;
		else if (tlen(c, t) >= 5 && all_han(c, s, te(c, t)))
		{
			/* 毛泽东思想: one word that begins with a person's */
			for (uint32_t len = 3; len <= 4 && !e; len++)
			{
				int64_t		w = zh_dict_find(c->d, c->cp + s, len);

				if (w >= 0 && strncmp(zh_dict_pos_name(c->d, c->d->word_pos[w]), "nr", 2) == 0 &&
					zh_lex_is(c->lex, ZH_LEX_DOCTRINE_HEAD, c->cp, s + len, te(c, t)))
					e = s + len;
			}
		}
		if (e == 0 || !surname_at_pos(c, s, &(uint32_t){0}))
			continue;
		if ((e + 2 <= c->n && c->cp[e] == 0x540C && c->cp[e + 1] == 0x5FD7 && is_boundary(c, e + 2)) ||	/* 同志 */
			doctrine_after(c, e))
		{
			add_mention(c, s, e, 0, 0, false);
			c->mentions[c->nmentions - 1].attends = true;
		}
	}
}

static void
find_persons(Ctx *c)
{
	size_t		k = 0;

	/* titles, chains of titles joined by 、, then names */
	while (k < c->titles.n && c->st == ZH_OK)
	{
		size_t		first = k,
					last = k;
		uint32_t	p,
					e;
		bool		generic_only = true;

		zh_maybe_check(c->env, k);
		for (;;)
		{
			uint32_t	te_ = c->titles.v[last].end;
			int			next;

			if (te_ + 1 < c->n && c->cp[te_] == 0x3001 && (next = c->title_at[te_ + 1]) >= 0 &&
				(size_t) next > last)
			{
				last = (size_t) next;
				continue;
			}
			break;
		}
		k = last + 1;
		for (size_t q = first; q <= last; q++)
			generic_only &= is_generic_title(c, &c->titles.v[q]);
		p = c->titles.v[last].end;
		/* a title that was only the start of a longer one */
		while (k < c->titles.n && c->titles.v[k].start < p)
			k++;
		if (generic_only && !group_names_attend(c, p))
			continue;
		e = zh_ent_name_span(c, p, true);
		{
			uint32_t	run = zh_ent_translit_run(c, p);

			if (run > e)
				e = run;		/* 第一副总理斯克利 / 亚尔 */
		}
		while (e > 0)
		{
			uint32_t	cm = credit_mark_len(c, e);

			/*
			 * 记者刘洋陈晨）: two two-character names run together, read as
			 * 刘洋陈 and a stray 晨; the third character is a surname and
			 * one more character closes the byline.
			 */
			if (e - p == 3 && e + 1 < c->n && zh_is_han(c->cp[e]) && is_sep_char(c->cp[e + 1]) &&
				zh_lex_is(c->lex, ZH_LEX_SURNAME, c->cp, e - 1, e) && c->title_at[e] < 0 &&
				!zh_lex_is(c->lex, ZH_LEX_NAME_RIGHT_CUE, c->cp, e, e + 1) &&
				!zh_lex_is(c->lex, ZH_LEX_NAME_TRAILING_CHAR, c->cp, e, e + 1))
			{
				add_mention(c, p, e - 1, (int) first, (int) last + 1, false);
				p = e - 1;
				e = e + 1;
				cm = credit_mark_len(c, e);
			}
			add_mention(c, p, e, (int) first, (int) last + 1, cm > 0);
			if (e < c->n && c->cp[e] == 0x3001 && e + 1 < c->n && c->title_at[e + 1] < 0)
			{
				/* names listed with 、 share the titles: 区领导底志欣、薄澜 */
				p = e + 1;
				e = zh_ent_name_span(c, p, true);
			}
			else if (e < c->n && !is_sep_char(c->cp[e]) && c->title_at[e] < 0)
			{
				/* 记者陆知远王晴）: names of a byline run together once spaces go */
				uint32_t	e2 = zh_ent_name_span(c, e, true);

				if (e2 > 0 && e2 < c->n && (c->cp[e2] == 0xFF09 || c->cp[e2] == ')'))
				{
					p = e;
					e = e2;
				}
				else
					break;
			}
			else
				break;
		}
	}

	/* photo credits: 赵智和 摄, 记者张弛摄 */
	for (uint32_t x = 2; x < c->n && c->st == ZH_OK; x++)
	{
		zh_maybe_check(c->env, x);
		if (!credit_mark_len(c, x))
			continue;
		for (uint32_t len = 3; len >= 2; len--)
		{
			uint32_t	s = x - len;
			bool		clean_start;

			if (x < len)
				continue;
			clean_start = s == 0 || is_sep_char(c->cp[s - 1]) ||
				zh_lex_ending_at(c->lex, ZH_LEX_REPORTER_ROLE, c->cp, s > 5 ? s - 5 : 0, s) > 0;
			if (clean_start && zh_ent_name_span(c, s, true) == x)
			{
				bool		known = false;

				for (size_t m = 0; m < c->nmentions && !known; m++)
					known = c->mentions[m].start == s;
				if (!known)
					add_mention(c, s, x, 0, 0, true);
				break;
			}
		}
	}

	/*
	 * A known name, then its title: 习近平总书记, 赵乐际委员长, 刘艳常委代表…
	 * A title other than a leader's must not be followed by a name, whose
	 * title it then is (…王五、区长李四).
	 */
	for (size_t t = 0; t + 1 < c->ntok && c->st == ZH_OK; t++)
	{
		int			title;
		bool		leader;
		uint32_t	e,
					s = ts(c, t);

		if (!pos_starts(c, t, "nr"))
			continue;
		/* 和黄卫 / 常委: a conjunction the segmenter glued to the name */
		if ((e = zh_ent_name_span(c, s, false)) == 0 && tlen(c, t) >= 3 &&
			zh_lex_is(c->lex, ZH_LEX_CONJUNCTION_CHAR, c->cp, s, s + 1))
			e = zh_ent_name_span(c, ++s, false);
		if (e == 0)
			continue;
		/*
		 * 任乡 / 党委书记: a guessed name whose last character is a level
		 * (乡, 县) is a verb and the start of the title
		 */
		if ((c->an->tok[t].flags & ZH_TOK_HMM) &&
			zh_lex_ending_at(c->lex, ZH_LEX_ORGAN, c->cp, e - 1, e) == 1)
			continue;
		title = c->title_at[e];
		leader = title >= 0 && zh_lex_is(c->lex, ZH_LEX_LEADER_TITLE, c->cp, c->titles.v[title].start,
										  c->titles.v[title].end);
		if (title < 0 || (!leader && (is_generic_title(c, &c->titles.v[title]) ||
									  zh_ent_name_span(c, c->titles.v[title].end, true) > 0)))
			continue;
		add_mention(c, s, e, title, title + 1, false);
		if (c->st != ZH_OK)
			return;
		/*
		 * 省委骆惠宁书记: the title split around the name, its organ (an
		 * office of two characters or more, 省委, 全国政协) before the name.
		 * Not an organisation (人力资源部郑国强部长): the real reports print
		 * both and their gold mostly keeps the title as printed after it.
		 */
		{
			Mention    *mm = &c->mentions[c->nmentions - 1];
			size_t		a = zh_lex_ending_at(c->lex, ZH_LEX_ORGAN, c->cp, s > 8 ? s - 8 : 0, s);

			if (a >= 2 && is_boundary(c, s - (uint32_t) a))
			{
				mm->organ_start = s - (uint32_t) a;
				mm->organ_end = s;
			}
		}
		share_title_back(c, s, title);
	}

	/*
	 * Names alone, listed with 、 at the start of a sentence and followed by
	 * an act of attending: 孙春兰、胡春华、刘鹤参加; or one name that chairs
	 * (王毅主持会议).  Officials at the meeting, though no title is printed
	 * with them here.
	 */
	for (uint32_t x = 0; x < c->n && c->st == ZH_OK; x++)
	{
		uint32_t	e,
					p = x;
		size_t		first = c->nmentions;
		int			names = 0;

		zh_maybe_check(c->env, x);
		if (x > 0 && !(zh_is_sentence_final(c->cp[x - 1]) || c->cp[x - 1] == '\n'))
			continue;
		for (e = zh_ent_name_span(c, p, false); e > 0 && names < 64; e = zh_ent_name_span(c, p, false))
		{
			names++;
			if (e < c->n && c->cp[e] == 0x3001)
				p = e + 1;
			else
				break;
		}
		if (e == 0 || !group_verb_at(c, e) ||
			(names < 2 && !(e + 1 < c->n && c->cp[e] == 0x4E3B && c->cp[e + 1] == 0x6301)))	/* 主持 */
			continue;
		for (p = x, e = zh_ent_name_span(c, p, false); e > 0; e = zh_ent_name_span(c, p, false))
		{
			add_mention(c, p, e, 0, 0, false);
			if (c->nmentions > first)
				c->mentions[c->nmentions - 1].attends = true;
			if (!(e < c->n && c->cp[e] == 0x3001))
				break;
			p = e + 1;
		}
	}
	find_named_leaders(c);
}

/* --- distinct names ----------------------------------------------------- */

#define NAME_SLOTS 8192			/* a power of two, at least twice NAMES_MAX */

static uint32_t
hash_cps(const uint32_t *cp, uint32_t len)
{
	uint32_t	h = 2166136261u;

	for (uint32_t i = 0; i < len; i++)
		h = (h ^ cp[i]) * 16777619u;
	return h;
}

/* Person whose name is cp[start, start + len), or -1. */
static int
person_lookup(const Ctx *c, const Person *people, uint32_t start, uint32_t len)
{
	uint32_t	h = hash_cps(c->cp + start, len) & c->name_mask;

	while (c->name_slots[h] >= 0)
	{
		const Person *p = &people[c->name_slots[h]];

		if (p->len == len && memcmp(c->cp + p->start, c->cp + start, len * sizeof(uint32_t)) == 0)
			return c->name_slots[h];
		h = (h + 1) & c->name_mask;
	}
	return -1;
}

static void
person_insert(Ctx *c, const Person *people, int idx)
{
	uint32_t	h = hash_cps(c->cp + people[idx].start, people[idx].len) & c->name_mask;

	while (c->name_slots[h] >= 0)
		h = (h + 1) & c->name_mask;
	c->name_slots[h] = idx;
}

/* --- aggregation --------------------------------------------------------- */

static bool
same_text(const Ctx *c, uint32_t a, uint32_t alen, uint32_t b, uint32_t blen)
{
	return alen == blen && memcmp(c->cp + a, c->cp + b, alen * sizeof(uint32_t)) == 0;
}

static ZhStatus
text_of(const Ctx *c, uint32_t from, uint32_t to, char **out)
{
	size_t		len;

	return zh_text_to_utf8(c->env, &c->an->norm.text, from, to, out, &len);
}


#define TITLES_PER_PERSON 64		/* keeps aggregation linear on absurd input */

/* *title preceded by the organ printed before the mention's name (省委 + 书记). */
static ZhStatus
prefix_organ(const Ctx *c, const Mention *mm, char **title)
{
	char	   *organ,
			   *joined;
	size_t		n0,
				n1;
	ZhStatus	st = text_of(c, mm->organ_start, mm->organ_end, &organ);

	if (st != ZH_OK)
		return st;
	n0 = strlen(organ);
	n1 = strlen(*title);
	joined = zh_alloc(c->env, n0 + n1 + 1);
	if (!joined)
	{
		zh_free(c->env, organ);
		return ZH_ERR_NOMEM;
	}
	memcpy(joined, organ, n0);
	memcpy(joined + n0, *title, n1 + 1);
	zh_free(c->env, organ);
	zh_free(c->env, *title);
	*title = joined;
	return ZH_OK;
}

/*
 * A title that is the end of another title of the same person is that
 * office printed short (副县长 of 县政府副县长, 总书记 of 中共中央总书记):
 * only the full one is kept.
 */
static void
drop_short_titles(const Ctx *c, ZhStrList *l)
{
	int			w = 0;

	for (int i = 0; i < l->n; i++)
	{
		size_t		li = strlen(l->items[i]);
		bool		shorter = false;

		for (int j = 0; j < l->n && !shorter; j++)
		{
			size_t		lj = strlen(l->items[j]);

			shorter = lj > li && memcmp(l->items[j] + lj - li, l->items[i], li) == 0;
		}
		if (shorter)
			zh_free(c->env, l->items[i]);
		else
			l->items[w++] = l->items[i];
	}
	l->n = w;
}

static ZhStatus
build_officials(Ctx *c, ZhEntities *out, Person *people, size_t npeople)
{
	bool	   *specific,
			   *photographer,
			   *reporter,
			   *attends;
	ZhStatus	st = ZH_OK;

	out->officials = zh_alloc(c->env, (npeople + 1) * sizeof(ZhOfficial));
	specific = zh_alloc(c->env, (npeople + 1) * 4 * sizeof(bool));
	if (!out->officials || !specific)
	{
		zh_free(c->env, specific);
		return ZH_ERR_NOMEM;
	}
	photographer = specific + npeople + 1;
	reporter = photographer + npeople + 1;
	attends = reporter + npeople + 1;
	memset(out->officials, 0, (npeople + 1) * sizeof(ZhOfficial));
	memset(specific, 0, (npeople + 1) * 4 * sizeof(bool));
	for (size_t p = 0; p < npeople; p++)
	{
		ZhOfficial *o = &out->officials[p];

		out->nofficials = p + 1;
		if ((st = text_of(c, people[p].start, people[p].start + people[p].len, &o->name)) != ZH_OK)
			goto done;
		o->first_src = c->an->norm.text.src[people[p].start];
	}
	/* does each person hold a title that is not a group role? */
	for (size_t m = 0; m < c->nmentions; m++)
	{
		Mention    *mm = &c->mentions[m];

		if (mm->person < 0)
			continue;
		photographer[mm->person] |= mm->photographer;
		attends[mm->person] |= mm->attends;
		for (int q = mm->title_from; q < mm->title_to; q++)
			specific[mm->person] |= !is_generic_title(c, &c->titles.v[q]);
	}
	for (size_t m = 0; m < c->nmentions; m++)
	{
		Mention    *mm = &c->mentions[m];
		ZhOfficial *o;
		bool		chain_specific;

		if (mm->person < 0)
			continue;
		o = &out->officials[mm->person];
		/*
		 * A group role alone (区领导底志欣、薄澜) gives way to the person's
		 * own title printed elsewhere; in a chain with such a title it is a
		 * post of its own (总社党组成员、理事会副主任王伟).
		 */
		chain_specific = false;
		for (int q = mm->title_from; q < mm->title_to; q++)
			chain_specific |= !is_generic_title(c, &c->titles.v[q]);
		for (int q = mm->title_from; q < mm->title_to && o->titles.n < TITLES_PER_PERSON; q++)
		{
			const Span *t = &c->titles.v[q];
			char	   *s;

			if (specific[mm->person] && !chain_specific && is_generic_title(c, t))
				continue;
			if (zh_lex_is(c->lex, ZH_LEX_REPORTER_ROLE, c->cp, t->start, t->end))
				reporter[mm->person] = true;
			if ((st = text_of(c, t->start, t->end, &s)) != ZH_OK)
				goto done;
			if (q == mm->title_from && mm->organ_end > mm->organ_start &&
				(st = prefix_organ(c, mm, &s)) != ZH_OK)
				goto done;
			if ((st = zh_strlist_add_unique(c->env, &o->titles, s)) != ZH_OK)
				goto done;
		}
	}
	for (size_t p = 0; p < npeople; p++)
	{
		ZhOfficial *o = &out->officials[p];

		drop_short_titles(c, &o->titles);
		o->role = photographer[p] ? ZH_ROLE_PHOTOGRAPHER :
			reporter[p] ? ZH_ROLE_REPORTER :
			o->titles.n > 0 || attends[p] ? ZH_ROLE_OFFICIAL : ZH_ROLE_OTHER;
	}
done:
	zh_free(c->env, specific);
	return st;
}

static int
cmp_mention(const void *a, const void *b)
{
	const Mention *x = a,
			   *y = b;

	return x->start < y->start ? -1 : (x->start > y->start ? 1 : 0);
}

/* The evidence mentions with their own titles, for meeting extraction. */
static ZhStatus
build_mentions(Ctx *c, ZhEntities *out)
{
	out->mentions = zh_alloc(c->env, (c->nmentions + 1) * sizeof(ZhPersonMention));
	if (!out->mentions)
		return ZH_ERR_NOMEM;
	memset(out->mentions, 0, (c->nmentions + 1) * sizeof(ZhPersonMention));
	for (size_t m = 0; m < c->nmentions; m++)
	{
		Mention    *mm = &c->mentions[m];
		ZhPersonMention *pm = &out->mentions[m];

		out->nmentions = m + 1;
		pm->start = mm->start;
		pm->end = mm->end;
		pm->photographer = mm->photographer;
		for (int q = mm->title_from; q < mm->title_to; q++)
		{
			char	   *s;
			ZhStatus	st;

			if ((st = text_of(c, c->titles.v[q].start, c->titles.v[q].end, &s)) != ZH_OK)
				return st;
			if ((st = zh_strlist_add_unique(c->env, &pm->titles, s)) != ZH_OK)
				return st;
		}
	}
	return ZH_OK;
}

static int
cmp_entity(const void *a, const void *b)
{
	const ZhEntity *x = a,
			   *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return x->end < y->end ? 1 : (x->end > y->end ? -1 : 0);
}

static int
cmp_span(const void *a, const void *b)
{
	const Span *x = a,
			   *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : (x->end < y->end ? 1 : 0);
}

/*
 * Keep only spans not contained in another span of the same kind (中关村丰台园,
 * not also 丰台园), then restore the order by end that lookups rely on.
 */
static int
cmp_span_end(const void *a, const void *b)
{
	const Span *x = a,
			   *y = b;

	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->start < y->start ? -1 : (x->start > y->start ? 1 : 0);
}

static void
keep_maximal(SpanList *l)
{
	size_t		w = 0;
	uint32_t	reach = 0;

	if (l->n == 0)
		return;
	qsort(l->v, l->n, sizeof(Span), cmp_span);
	for (size_t r = 0; r < l->n; r++)
	{
		if (w > 0 && l->v[r].end <= reach)
			continue;			/* inside a span already kept */
		l->v[w++] = l->v[r];
		if (l->v[r].end > reach)
			reach = l->v[r].end;
	}
	l->n = w;
	qsort(l->v, l->n, sizeof(Span), cmp_span_end);
}

static ZhStatus
emit(Ctx *c, ZhEntities *out, Person *people, size_t npeople)
{
	size_t		total = c->orgs.n + c->places.n + c->titles.n + c->names.n,
				n = 0,
				n_before_persons;
	ZhEntity   *ents;
	const uint32_t *src = c->an->norm.text.src;

	/* person mentions: every token-aligned occurrence of a known name */
	size_t		cap = total + 64;

	ents = zh_alloc(c->env, cap * sizeof(ZhEntity));
	if (!ents)
		return ZH_ERR_NOMEM;

#define PUSH(k, s, e) \
	do { \
		if (n == cap) \
		{ \
			ZhEntity *ne_ = zh_alloc(c->env, cap * 2 * sizeof(ZhEntity)); \
			if (!ne_) { zh_free(c->env, ents); return ZH_ERR_NOMEM; } \
			memcpy(ne_, ents, n * sizeof(ZhEntity)); \
			zh_free(c->env, ents); \
			ents = ne_; \
			cap *= 2; \
		} \
		ents[n].kind = (k); ents[n].start = (s); ents[n].end = (e); \
		ents[n].src_start = src[(s)]; ents[n].src_end = src[(e) - 1] + 1; \
		n++; \
	} while (0)

	for (size_t k = 0; k < c->orgs.n; k++)
		PUSH(ZH_ENT_ORG, c->orgs.v[k].start, c->orgs.v[k].end);
	for (size_t k = 0; k < c->places.n; k++)
	{
		bool		is_name = false;

		for (size_t p = 0; p < npeople && !is_name; p++)
			is_name = same_text(c, c->places.v[k].start, c->places.v[k].end - c->places.v[k].start,
								people[p].start, people[p].len);
		if (!is_name)
			PUSH(ZH_ENT_PLACE, c->places.v[k].start, c->places.v[k].end);
	}
	for (size_t k = 0; k < c->titles.n; k++)
	{
		const Span *t = &c->titles.v[k];

		/* a bare group word (领导, 代表) is a title only when it names someone */
		if (t->start == t->end - (uint32_t) zh_lex_ending_at(c->lex, ZH_LEX_TITLE_GENERIC, c->cp, t->start, t->end))
		{
			bool		used = false;

			for (size_t m = 0; m < c->nmentions && !used; m++)
				used = c->mentions[m].title_from <= (int) k && (int) k < c->mentions[m].title_to;
			if (!used)
				continue;
		}
		PUSH(ZH_ENT_TITLE, t->start, t->end);
	}
	n_before_persons = n;
	/*
	 * Persons: every mention found with evidence (they may start or end
	 * inside a token the segmenter glued), and every other occurrence of a
	 * known name that starts at a token and ends where a name can end.
	 */
	{
		size_t		m = 0;

		for (size_t t = 0; t < c->ntok; t++)
		{
			uint32_t	s = ts(c, t);
			bool		done = false;

			zh_maybe_check(c->env, t);
			/* evidence mentions starting before this token */
			while (m < c->nmentions && c->mentions[m].start < te(c, t))
			{
				if (n == 0 || ents[n - 1].kind != ZH_ENT_PERSON || ents[n - 1].start != c->mentions[m].start)
					PUSH(ZH_ENT_PERSON, c->mentions[m].start, c->mentions[m].end);
				done |= c->mentions[m].start == s;
				m++;
			}
			if (done)
				continue;
			/* longest known name starting here (names are 2 to 4 characters) */
			for (uint32_t len = 4; len >= 2 && npeople > 0; len--)
			{
				uint32_t	e = s + len;

				if (e <= c->n && person_lookup(c, people, s, len) >= 0 &&
					(is_boundary(c, e) || name_may_end_at(c, e)))
				{
					PUSH(ZH_ENT_PERSON, s, e);
					break;
				}
			}
		}
	}
	/*
	 * Persons the name model found: those no evidence mention already
	 * covers (both lists are in text order, so this is a merge), and that
	 * are not part of a place or organisation found on its own evidence
	 * (石景山 in 石景山区, 丰台园 in 中关村丰台园).
	 */
	{
		size_t		q = n_before_persons,
					n_evidence = n;

		for (size_t k = 0; k < c->names.n; k++)
		{
			const Span *nm = &c->names.v[k];

			while (q < n_evidence && ents[q].end <= nm->start)
				q++;
			if (q < n_evidence && ents[q].start < nm->end)
				continue;
			if (inside_span(&c->places, nm->start, nm->end, false) ||
				inside_span(&c->orgs, nm->start, nm->end, false))
				continue;
			PUSH(ZH_ENT_PERSON, nm->start, nm->end);
		}
	}
#undef PUSH
	qsort(ents, n, sizeof(ZhEntity), cmp_entity);
	out->ents = ents;
	out->n = n;
	return ZH_OK;
}

ZhStatus
zh_entities(const ZhEnv *env, const ZhDict *d, const ZhAnalysis *an, ZhEntities *out)
{
	Ctx			c;
	Person	   *people = NULL;
	size_t		npeople = 0;
	ZhStatus	st;

	memset(out, 0, sizeof(*out));
	if (!env->lex)
		return ZH_ERR_INVALID;	/* no word lists: see zh_env.h */
	memset(&c, 0, sizeof(c));
	c.env = env;
	c.lex = env->lex;
	c.d = d;
	c.an = an;
	c.cp = an->norm.text.cp;
	c.n = an->norm.text.len;
	c.ntok = an->n;
	c.st = ZH_OK;
	c.tok_at = zh_alloc(env, (c.n + 1) * sizeof(int32_t));
	c.title_at = zh_alloc(env, (c.n + 1) * sizeof(int32_t));
	c.pos = zh_alloc(env, (c.ntok + 1) * sizeof(char *));
	people = zh_alloc(env, (NAMES_MAX + 1) * sizeof(Person));
	if (!c.tok_at || !c.title_at || !c.pos || !people)
	{
		st = ZH_ERR_NOMEM;
		goto done;
	}
	for (size_t p = 0; p <= c.n; p++)
		c.tok_at[p] = c.title_at[p] = -1;
	for (size_t i = 0; i < c.ntok; i++)
	{
		/* search-mode sub-words are not part of the tiling */
		if (an->tok[i].flags & ZH_TOK_SUBWORD)
			continue;
		c.tok_at[an->tok[i].norm_start] = (int32_t) i;
		c.pos[i] = zh_dict_pos_name(d, an->tok[i].pos);
		if (!c.pos[i])
			c.pos[i] = "x";
	}

	zh_ent_find_places(&c);
	zh_ent_find_abbrev_places(&c);
	zh_ent_find_dateline_places(&c);
	keep_maximal(&c.places);
	zh_ent_find_orgs(&c);
	keep_maximal(&c.orgs);
	find_titles(&c);
	keep_maximal(&c.titles);
	index_titles(&c);
	find_persons(&c);
	zh_ent_find_names(&c);
	if ((st = c.st) != ZH_OK)
		goto done;

	/* distinct names, in order of first mention */
	if (c.nmentions > 1)		/* no mentions: c.mentions is NULL, which qsort may not take */
		qsort(c.mentions, c.nmentions, sizeof(Mention), cmp_mention);
	c.name_slots = zh_alloc(env, NAME_SLOTS * sizeof(int32_t));
	if (!c.name_slots)
	{
		st = ZH_ERR_NOMEM;
		goto done;
	}
	c.name_mask = NAME_SLOTS - 1;
	for (size_t k = 0; k < NAME_SLOTS; k++)
		c.name_slots[k] = -1;
	for (size_t m = 0; m < c.nmentions; m++)
	{
		uint32_t	len = c.mentions[m].end - c.mentions[m].start;
		int			idx = person_lookup(&c, people, c.mentions[m].start, len);

		zh_maybe_check(env, m);
		if (idx < 0 && npeople < NAMES_MAX)
		{
			people[npeople].start = c.mentions[m].start;
			people[npeople].len = len;
			idx = (int) npeople++;
			person_insert(&c, people, idx);
		}
		c.mentions[m].person = idx;
	}
	if ((st = build_officials(&c, out, people, npeople)) != ZH_OK)
		goto done;
	if ((st = build_mentions(&c, out)) != ZH_OK)
		goto done;
	st = emit(&c, out, people, npeople);
done:
	zh_free(env, c.tok_at);
	zh_free(env, c.title_at);
	zh_free(env, c.name_slots);
	zh_free(env, c.pos);
	zh_free(env, people);
	zh_free(env, c.orgs.v);
	zh_free(env, c.places.v);
	zh_free(env, c.titles.v);
	zh_free(env, c.names.v);
	zh_free(env, c.mentions);
	if (st != ZH_OK)
		zh_entities_free(env, out);
	return st;
}

void
zh_entities_free(const ZhEnv *env, ZhEntities *e)
{
	for (size_t i = 0; i < e->nofficials; i++)
	{
		zh_free(env, e->officials[i].name);
		zh_strlist_free(env, &e->officials[i].titles);
	}
	zh_free(env, e->officials);
	for (size_t i = 0; i < e->nmentions; i++)
	{
		zh_strlist_free(env, &e->mentions[i].titles);
	}
	zh_free(env, e->mentions);
	zh_free(env, e->ents);
	memset(e, 0, sizeof(*e));
}

const char *
zh_entity_kind_name(ZhEntityKind k)
{
	switch (k)
	{
		case ZH_ENT_PERSON:
			return "person";
		case ZH_ENT_TITLE:
			return "title";
		case ZH_ENT_PLACE:
			return "place";
		case ZH_ENT_ORG:
			return "org";
	}
	return "unknown";
}

const char *
zh_role_name(ZhRole r)
{
	switch (r)
	{
		case ZH_ROLE_OFFICIAL:
			return "official";
		case ZH_ROLE_REPORTER:
			return "reporter";
		case ZH_ROLE_PHOTOGRAPHER:
			return "photographer";
		case ZH_ROLE_OTHER:
			return "other";
	}
	return "other";
}
