/*
 * zh_entities.c — persons with a role, and the entry point zh_entities(),
 * which runs the recognisers and hands their spans to the aggregation
 * (zh_entity_aggregate.c: mentions and officials).
 *
 * The dictionary's part-of-speech tags are evidence, not answers: jieba tags
 * per word, so 石景山 and 卢沟桥 come out as person names and 城市 as a place.
 * What makes news text tractable is its fixed phrasing.  The recognisers,
 * one file each, run in this order over the tokens:
 *
 *   places         zh_entity_places.c, zh_place_abbrevs.c (中美, 访华),
 *                  zh_place_datelines.c (本报桂林4月8日电),
 *                  zh_place_weather.c (大连小雨17℃／20℃);
 *   organisations  zh_entity_orgs.c;
 *   titles         zh_entity_titles.c: [organisation or level] [副 常务 …] head
 *                  (书记, 区长, 组长, 记者 …): 区委副书记, 区委教育工作领导小组常务副组长;
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

/* --- persons ------------------------------------------------------------- */

/* Does a name stop being plausible at p: punctuation, a verb, a title? */
bool
zh_ent_name_may_end_at(const Ctx *c, uint32_t p)
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

	return (t >= 0 && tok_end(c, (size_t) t) == e) ? t : -1;
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
	/* 总理周二晚表示: a time word of two characters is no name either */
	if (sl == 1 && c->tok_at[p] >= 0 && tlen(c, (size_t) c->tok_at[p]) == 2 &&
		c->pos[c->tok_at[p]][0] == 't')
		return 0;
	/* 张弛 了 / 朱颖 说: the word after a one-character given name ends it */
	if (p + sl + 1 <= c->n && all_han(c, p, p + sl + 1) && is_boundary(c, p + sl + 1) &&
		p + sl + 1 < c->n && zh_is_han(c->cp[p + sl + 1]) &&
		zh_lex_starting_at(c->lex, ZH_LEX_SPAN_BREAKER, c->cp, p + sl + 1, c->n) > 0 &&
		!is_boundary(c, p + sl))
		return p + sl + 1;
	if (zh_lex_starting_at(c->lex, ZH_LEX_TITLE, c->cp, p + sl, c->n) > 0)
		return 0;				/* 和校长: a conjunction before a title */
	/* 记者时 / 表示: nor before a word of two characters that vouches for a name */
	if (p + sl < c->n && is_boundary(c, p + sl) &&
		zh_lex_starting_at(c->lex, ZH_LEX_NAME_RIGHT_CUE, c->cp, p + sl, c->n) >= 2)
		return 0;
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
		if (!(is_boundary(c, e) || zh_ent_name_may_end_at(c, e) ||
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
			!tok_flag(c, t, ZH_TOK_HMM))
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
		if (!vouched && t < 0 && !is_boundary(c, e) && !zh_ent_name_may_end_at(c, e))
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
			  !tok_flag(c, t, ZH_TOK_HMM | ZH_TOK_NAME)))
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

bool
zh_ent_is_generic_title(const Ctx *c, const Span *t)
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
 * Does a byline's list of names end at p: the end of the text, a
 * separator, a photo credit (摄) or 报道 (记者刘洋陈晨报道: the spaces
 * between the names are gone once PDF spaces are, the word after is not)?
 */
static bool
byline_closes(const Ctx *c, uint32_t p)
{
	return p >= c->n || is_sep_char(c->cp[p]) || credit_mark_len(c, p) > 0 ||
		(p + 1 < c->n && c->cp[p] == 0x62A5 && c->cp[p + 1] == 0x9053);	/* 报道 */
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
		if (k < 0 || !pos_starts(c, (size_t) k, "nr") || tok_end(c, (size_t) k) != j ||
			zh_ent_name_span(c, tok_start(c, (size_t) k), false) != j)
			return;
		add_mention(c, tok_start(c, (size_t) k), j, title, title + 1, false);
		s = tok_start(c, (size_t) k);
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
		uint32_t	end = tok_end(c, (size_t) k);

		if (end - e > 16 || is_sep(c, (size_t) k) || !all_han(c, tok_start(c, (size_t) k), end))
			return false;
		if (zh_lex_ending_at(c->lex, ZH_LEX_DOCTRINE_HEAD, c->cp, e, end) > 0)
			return true;
		if (tok_start(c, (size_t) k) >= e && !(p[0] == 'n' || p[0] == 'a' || p[0] == 'b' || p[0] == 'j'))
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
		uint32_t	s = tok_start(c, t),
					e = 0;

		zh_maybe_check(c->env, t);
		if (!c->pos[t] || tok_flag(c, t, ZH_TOK_HMM | ZH_TOK_NAME))
			continue;
		if (pos_starts(c, t, "nr") && tlen(c, t) >= 3)
			e = zh_ent_name_span(c, s, false) == tok_end(c, t) ? tok_end(c, t) : 0;
		else if (tlen(c, t) >= 5 && all_han(c, s, tok_end(c, t)))
		{
			/* 毛泽东思想: one word that begins with a person's */
			for (uint32_t len = 3; len <= 4 && !e; len++)
			{
				int64_t		w = zh_dict_find(c->d, c->cp + s, len);

				if (w >= 0 && strncmp(zh_dict_pos_name(c->d, c->d->word_pos[w]), "nr", 2) == 0 &&
					zh_lex_is(c->lex, ZH_LEX_DOCTRINE_HEAD, c->cp, s + len, tok_end(c, t)))
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
			generic_only &= zh_ent_is_generic_title(c, &c->titles.v[q]);
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
			if (e - p == 3 && e < c->n && zh_is_han(c->cp[e]) && credit_mark_len(c, e) == 0 &&
				byline_closes(c, e + 1) &&
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
					s = tok_start(c, t);

		if (!pos_starts(c, t, "nr"))
			continue;
		/* 和黄卫 / 常委: a conjunction the segmenter glued to the name */
		if ((e = zh_ent_name_span(c, s, false)) == 0 && tok_glued_conjunction(c, t))
			e = zh_ent_name_span(c, ++s, false);
		if (e == 0)
			continue;
		/*
		 * 任乡 / 党委书记: a guessed name whose last character is a level
		 * (乡, 县) is a verb and the start of the title
		 */
		if (tok_flag(c, t, ZH_TOK_HMM) &&
			zh_lex_ending_at(c->lex, ZH_LEX_ORGAN, c->cp, e - 1, e) == 1)
			continue;
		title = c->title_at[e];
		leader = title >= 0 && zh_lex_is(c->lex, ZH_LEX_LEADER_TITLE, c->cp, c->titles.v[title].start,
										  c->titles.v[title].end);
		if (title < 0 || (!leader && (zh_ent_is_generic_title(c, &c->titles.v[title]) ||
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
int
zh_ent_person_lookup(const Ctx *c, const Person *people, uint32_t start, uint32_t len)
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


/* Mentions in the order of the text. */
static int
cmp_mention(const void *a, const void *b)
{
	const Mention *x = a,
			   *y = b;

	return x->start < y->start ? -1 : (x->start > y->start ? 1 : 0);
}

ZhStatus
zh_entities(const ZhEnv *env, const ZhDict *d, const ZhAnalysis *an, ZhEntities *out)
{
	Ctx			c;
	Person	   *people = NULL;
	size_t		npeople = 0;
	ZhStatus	st;

	memset(out, 0, sizeof(*out));
	/*
	 * Entities read the default tiling of the text; a search-mode analysis
	 * adds sub-words over it, which no pass expects
	 */
	for (size_t i = 0; i < an->n; i++)
		if (an->tok[i].flags & ZH_TOK_SUBWORD)
			return ZH_ERR_INVALID;
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
	zh_ent_find_weather_places(&c);
	zh_ent_keep_maximal(&c.places);
	zh_ent_find_orgs(&c);
	zh_ent_keep_maximal(&c.orgs);
	zh_ent_find_org_short_names(&c);
	zh_ent_find_titles(&c);
	zh_ent_keep_maximal(&c.titles);
	zh_ent_index_titles(&c);
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
		int			idx = zh_ent_person_lookup(&c, people, c.mentions[m].start, len);

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
	if ((st = zh_ent_build_officials(&c, out, people, npeople)) != ZH_OK)
		goto done;
	if ((st = zh_ent_build_mentions(&c, out)) != ZH_OK)
		goto done;
	st = zh_ent_emit(&c, out, people, npeople);
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
	zh_free(env, c.place_drops.v);
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
