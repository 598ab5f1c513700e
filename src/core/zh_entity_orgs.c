/*
 * zh_entity_orgs.c — organisations: a suffix (委员会, 领导小组, 工委, 局, 队 …)
 * extended leftwards over the words of the name until a verb, a function
 * word or punctuation (区委教育工作领导小组, not 领导小组), and the
 * dictionary's organisation words (国际足联).
 */
#include "zh_entities_int.h"
#include "zh_numeral.h"

/* The dictionary's tag of character ch as a word of its own, or "". */
static const char *
char_pos(const Ctx *c, uint32_t ch)
{
	int64_t		w = zh_dict_find(c->d, &ch, 1);

	return w >= 0 ? zh_dict_pos_name(c->d, c->d->word_pos[w]) : "";
}

/*
 * 正由, 我同, 这支, 一是, 首破: a word the HMM joined across a function
 * character (a pronoun, preposition, adverb, numeral, measure word or verb
 * at its start; a preposition, conjunction or particle at its end) is the
 * clause's glue, not part of a name.
 */
static bool
hmm_glued_function(const Ctx *c, size_t i)
{
	const char *first,
			   *last;

	if (!tok_flag(c, i, ZH_TOK_HMM) || tlen(c, i) < 2)
		return false;
	/*
	 * 劳拉公司, 休斯公司: a word wholly of transliteration characters is a
	 * foreign name (companies are named after people), whatever its first
	 * character means alone (劳 work)
	 */
	if (all_translit(c, tok_start(c, i), tok_end(c, i)))
		return false;
	first = char_pos(c, c->cp[tok_start(c, i)]);
	last = char_pos(c, c->cp[tok_end(c, i) - 1]);
	return (first[0] != '\0' && strchr("rpdmqv", first[0]) != NULL) ||
		(last[0] != '\0' && strchr("pcu", last[0]) != NULL);
}

/* May token i be part of an organisation's name (left of its suffix)? */
bool
zh_ent_org_word(const Ctx *c, size_t i)
{
	const char *p = c->pos[i];

	if (is_breaker(c, i) || !all_han(c, tok_start(c, i), tok_end(c, i)) || hmm_glued_function(c, i))
		return false;
	/* 区长 is no part of a name, but 代表资格审查委员会, 干部学院 are */
	if (zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, tok_start(c, i), tok_end(c, i)) &&
		!(zh_lex_is(c->lex, ZH_LEX_TITLE_GENERIC, c->cp, tok_start(c, i), tok_end(c, i)) && i + 1 < c->ntok &&
		  !is_sep(c, i + 1) && c->pos[i + 1][0] == 'n' &&
		  !zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, tok_start(c, i + 1), tok_end(c, i + 1))))
		return false;
	if (p[0] == 'v' && p[1] != 'n')
		return zh_lex_is(c->lex, ZH_LEX_ORG_INNER_VERB, c->cp, tok_start(c, i), tok_end(c, i));
	if (p[0] == 'n' || p[0] == 'j' || p[0] == 'b' || (p[0] == 'v' && p[1] == 'n') ||
		(p[0] == 'a' && p[1] == 'n') || p[0] == 'l' || p[0] == 'z' || p[0] == 'g')
		return true;
	/* 青年, 少年, 老年: ages the dictionary tags as times or numbers (unlike 今年) */
	if (tlen(c, i) == 2 && c->cp[tok_start(c, i) + 1] == 0x5E74 &&
		zh_lex_is(c->lex, ZH_LEX_AGE_CHAR, c->cp, tok_start(c, i), tok_start(c, i) + 1))
		return true;
	return false;
}

static bool
org_head_ok(const Ctx *c, size_t i)
{
	if (zh_lex_is(c->lex, ZH_LEX_NOT_PLACE, c->cp, tok_start(c, i), tok_end(c, i)))
		return false;
	return is_proper(c, i) || zh_lex_is(c->lex, ZH_LEX_ORGAN, c->cp, tok_start(c, i), tok_end(c, i)) ||
		zh_lex_is(c->lex, ZH_LEX_ORGANISATION, c->cp, tok_start(c, i), tok_end(c, i)) ||
		inside_span(&c->places, tok_start(c, i), tok_end(c, i), false);
}

static bool
starts_with_level(const Ctx *c, size_t i)
{
	uint32_t	first = c->cp[tok_start(c, i)];

	return first == 0x533A || first == 0x5E02 || first == 0x53BF || first == 0x7701 ||
		first == 0x9547 || first == 0x4E61;
}

/*
 * 中国政府, 俄政府: a state body (政府, 当局) after a place that has no
 * administrative level is that country's government, which news NER marks
 * as the place alone; 北京市政府 and 区政府 are organs and stay.
 */
static bool
state_body_of_country(const Ctx *c, uint32_t start, uint32_t suffix, uint32_t end)
{
	const Span *place = span_ending_at(&c->places, suffix);

	return suffix > start && zh_lex_is(c->lex, ZH_LEX_STATE_BODY, c->cp, suffix, end) &&
		place != NULL && place->start == start &&
		zh_lex_ending_at(c->lex, ZH_LEX_PLACE_SUFFIX, c->cp, start, suffix) == 0;
}

/*
 * 人民大会堂, 国家大剧院, 北京图书大厦: a building the dictionary lists as an
 * organisation is a place, as news NER marks it (its place suffix,
 * data/vocab/place_suffix, makes the places pass take it).
 */
static bool
venue(const Ctx *c, uint32_t s, uint32_t e)
{
	size_t		L = zh_lex_ending_at(c->lex, ZH_LEX_PLACE_SUFFIX, c->cp, s + 1, e);

	return L >= 2;
}

/*
 * 为农业机械所取代, 学者丁东所言, 印度所面临: 所 alone before a verb is the
 * particle of 所 + verb, not an institute.
 */
static bool
particle_suo(const Ctx *c, uint32_t suffix, uint32_t end, size_t t)
{
	return end - suffix == 1 && c->cp[suffix] == 0x6240 && t + 1 < c->ntok && c->pos[t + 1] &&
		((c->pos[t + 1][0] == 'v' && c->pos[t + 1][1] != 'n') || c->pos[t + 1][0] == 'd');
}

/*
 * A span that ends like an organisation but names none: a word of the stop
 * list (格局, 交界处), a building (人民大会堂: a place), an event (奥运会).
 * The one test every way of finding an organisation applies last.
 */
static bool
ends_like_no_body(const Ctx *c, uint32_t s, uint32_t e)
{
	return zh_lex_is(c->lex, ZH_LEX_NOT_ORG, c->cp, s, e) || venue(c, s, e) ||
		zh_lex_ending_at(c->lex, ZH_LEX_EVENT_NOUN, c->cp, s, e) > 0;
}

/*
 * 欧盟, 北大, 足协, 纪委, 央行: a word the dictionary tags as an abbreviation
 * (jieba's j) that ends in a head of short names (data/vocab/org_short_head)
 * is an organisation's short name; not a numbered set (四大, 五行) nor a
 * word of the stop list.
 */
static bool
abbreviated_org(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t);

	return pos_starts(c, t, "j") && c->pos[t][1] == '\0' && e - s >= 2 && e - s <= 4 &&
		all_han(c, s, e) && !zh_is_cn_numeral_char(c->cp[s]) &&
		zh_lex_is(c->lex, ZH_LEX_ORG_SHORT_HEAD, c->cp, e - 1, e) &&
		!ends_like_no_body(c, s, e) && !zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, s, e);
}

/*
 * 古巴队, 捷克队: one token whose part before the suffix is a proper name
 * the dictionary knows (a place, an organisation, a person).
 */
static bool
proper_prefix(const Ctx *c, uint32_t from, uint32_t to)
{
	int64_t		w;
	const char *p;

	if (to - from < 2)
		return false;
	w = zh_dict_find(c->d, c->cp + from, to - from);
	if (w < 0)
		return false;
	p = zh_dict_pos_name(c->d, c->d->word_pos[w]);
	return p[0] == 'n' && (p[1] == 's' || p[1] == 't' || p[1] == 'r' || p[1] == 'z');
}

/* Are tokens [from, to) all nouns (科技, 国防), none a place or a title? */
static bool
common_noun_run(const Ctx *c, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
	{
		const char *p = c->pos[i];

		if (!p || !(p[0] == 'n' || p[0] == 'b' || (p[0] == 'v' && p[1] == 'n')) ||
			tlen(c, i) < 2 || zh_lex_is(c->lex, ZH_LEX_NOT_ORG, c->cp, tok_start(c, i), tok_end(c, i)))
			return false;
	}
	return true;
}

/* Is dictionary word w (0-based) an organisation's name (jieba's nt)? */
static bool
dict_word_is_org(const Ctx *c, uint32_t w)
{
	const char *p = zh_dict_pos_name(c->d, c->d->word_pos[w]);

	return p[0] == 'n' && p[1] == 't' && p[2] == '\0';
}

/*
 * 世界银行, 世界卫生组织: organisations the dictionary names (jieba's nt)
 * that the segmenter split into common words, as the segmentation
 * standards it follows do (世界 / 银行).  For each token, the first token of
 * the longest such word ending with it, or -1.  Only words of four
 * characters or more ending in an organisation suffix of two or more (银行,
 * 组织, 委员会), not in a state body (…政府): jieba also tags phrases nt
 * that name no body (中美关系, 社会科学).  A walk of at most ORG_MAX_CHARS
 * characters from each token's start.
 */
static int32_t *
dict_orgs_across_tokens(Ctx *c)
{
	int32_t    *from = zh_alloc(c->env, sizeof(int32_t) * (c->ntok ? c->ntok : 1));
	bool	   *reach = zh_alloc(c->env, c->ntok ? c->ntok : 1);

	if (!from || !reach)
	{
		zh_free(c->env, from);
		zh_free(c->env, reach);
		c->st = ZH_ERR_NOMEM;
		return NULL;
	}
	/*
	 * Walking the dictionary from every token costs a cache miss a step;
	 * only a walk that can reach a token ending in a suffix of two
	 * characters or more can find anything.  from[u] first holds the first
	 * such token after u (or ntok), then reach[t] whether t's walk may get
	 * there.
	 */
	{
		size_t		next = c->ntok;

		for (size_t u = c->ntok; u-- > 0;)
		{
			from[u] = (int32_t) next;
			if (zh_lex_ending_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, 0, tok_end(c, u)) >= 2)
				next = u;
		}
	}
	for (size_t t = 0; t < c->ntok; t++)
	{
		size_t		u = (size_t) from[t];

		reach[t] = u < c->ntok && tok_end(c, u) - tok_start(c, t) <= ORG_MAX_CHARS;
		from[t] = -1;
	}
	for (size_t t = 0; t < c->ntok; t++)
	{
		uint32_t	start = tok_start(c, t),
					node = 0;
		size_t		u = t;

		if (!reach[t])
			continue;
		for (uint32_t p = start; p < c->n && p - start < ORG_MAX_CHARS; p++)
		{
			node = p == start ? zh_dict_first(c->d, c->cp[p]) : zh_dict_child(c->d, node, c->cp[p]);
			if (!node)
				break;
			while (u < c->ntok && tok_end(c, u) <= p)
				u++;
			if (u >= c->ntok)
				break;
			if (u > t && p + 1 == tok_end(c, u) && p + 1 - start >= 4 && from[u] < 0)
			{
				uint32_t	w = zh_dict_word_at(c->d, node);

				if (w && dict_word_is_org(c, w - 1) && all_han(c, start, p + 1) &&
					zh_lex_ending_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, start + 1, p + 1) >= 2 &&
					zh_lex_ending_at(c->lex, ZH_LEX_STATE_BODY, c->cp, start + 1, p + 1) == 0)
					from[u] = (int32_t) t;
			}
		}
	}
	zh_free(c->env, reach);
	return from;
}

/*
 * 财政部长, 内政部长, 国防部长: the dictionary makes one word of a
 * ministry and its head; the field before 部 (a noun the dictionary knows,
 * two characters or more) and 部 are the ministry, which news NER marks as
 * an organisation (美国财政部 / 长).  副部长, 代部长 have no field.
 */
static bool
ministry_before_head(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t);
	int64_t		w;
	const char *p;

	if (e - s < 4 || c->cp[e - 2] != 0x90E8 || c->cp[e - 1] != 0x957F)	/* 部长 */
		return false;
	w = zh_dict_find(c->d, c->cp + s, e - 2 - s);
	if (w < 0)
		return false;
	p = zh_dict_pos_name(c->d, c->d->word_pos[w]);
	return p[0] == 'n' || (p[0] == 'v' && p[1] == 'n') || (p[0] == 'a' && p[1] == 'n');
}

/*
 * 十五大, 十六大: a party's congress known by its ordinal (two numeral
 * characters or more before 大, so not 四大, 十大 "the ten great"), an
 * abbreviation news NER marks as an organisation, with the party's name
 * when it comes first (中共十五大: an organisation or an abbreviation).  The first token of the name, or -1.
 */
static long
party_congress(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t);

	if (e - s < 3 || c->cp[e - 1] != 0x5927 || !pos_starts(c, t, "j"))	/* 大 */
		return -1;
	for (uint32_t p = s; p + 1 < e; p++)
		if (!zh_is_cn_numeral_char(c->cp[p]))
			return -1;
	return t > 0 && (pos_starts(c, t - 1, "nt") || pos_starts(c, t - 1, "j")) && tok_end(c, t - 1) == s &&
		all_han(c, tok_start(c, t - 1), s) ? (long) t - 1 : (long) t;
}

/*
 * 《费加罗报》, 《国际先驱论坛报》, 《华盛顿邮报》: a title in book-title
 * marks that ends in 报 (the word 报 after the paper's name, or one word of
 * three characters or more ending in 报) names a newspaper, an
 * organisation in news NER.  Every word inside is a name or a noun (not
 * 气象简报, where 简报 is a verb); at most eight words.  For the token
 * before 》, the first token of the name, or -1.
 */
static long
newspaper_in_title(const Ctx *c, size_t t)
{
	size_t		i = t;

	if (t + 1 >= c->ntok || !tok_is_char(c, t + 1, 0x300B) || c->cp[tok_end(c, t) - 1] != 0x62A5 ||	/* 》 报 */
		!(tlen(c, t) == 1 || tlen(c, t) >= 3))
		return -1;
	while (i > 0 && t - i < 8 && !tok_is_char(c, i - 1, 0x300A))	/* 《 */
	{
		const char *p = c->pos[i - 1];

		if (!all_han(c, tok_start(c, i - 1), tok_end(c, i - 1)) || !(p[0] == 'n' || p[0] == 'a' || p[0] == 'b' || p[0] == 'j'))
			return -1;
		i--;
	}
	if (i == 0 || !tok_is_char(c, i - 1, 0x300A) || (i == t && tlen(c, t) < 3) ||
		!all_han(c, tok_start(c, t), tok_end(c, t)) || c->pos[t][0] == 'v' ||
		ends_like_no_body(c, tok_start(c, i), tok_end(c, t)))
		return -1;
	return (long) i;
}

/*
 * 美国《时代》周刊, 《时代潮》杂志, 华北《人民日报》, 美国《新英格兰医学杂志》:
 * a periodical in book-title marks is named with its marks when a place
 * comes right before them or a word of periodical (data/vocab/periodical)
 * right after them; without either, the title alone names a newspaper
 * (newspaper_in_title).  The title is a periodical's when that word
 * follows, or when it ends in 报 or in a word of periodical.  Every word
 * inside is a name, a noun, an adjective or a time (今日美国); at most eight.
 * Token t is the word after the marks, or 》 when none follows; the
 * span's first token, or -1.
 */
static long
periodical_span(const Ctx *c, size_t t)
{
	size_t		close,
				i;
	bool		after = false;
	const Span *place;

	if (t > 0 && tok_is_char(c, t - 1, 0x300B) && zh_lex_is(c->lex, ZH_LEX_PERIODICAL, c->cp, tok_start(c, t), tok_end(c, t)))
	{
		close = t - 1;
		after = true;
	}
	else if (tok_is_char(c, t, 0x300B) &&
			 !(t + 1 < c->ntok && zh_lex_is(c->lex, ZH_LEX_PERIODICAL, c->cp, tok_start(c, t + 1), tok_end(c, t + 1))))
		close = t;
	else
		return -1;
	for (i = close; i > 0 && close - i < 8 && !tok_is_char(c, i - 1, 0x300A); i--)	/* 《 */
	{
		const char *p = c->pos[i - 1];

		if (!all_han(c, tok_start(c, i - 1), tok_end(c, i - 1)) || strchr("nabjt", p[0]) == NULL)
			return -1;
	}
	if (i < 2 || i == close || !tok_is_char(c, i - 1, 0x300A))
		return -1;
	if (!after && newspaper_in_title(c, close - 1) < 0 &&
		zh_lex_ending_at(c->lex, ZH_LEX_PERIODICAL, c->cp, tok_start(c, i), tok_end(c, close - 1)) == 0)
		return -1;
	if (ends_like_no_body(c, tok_start(c, i), tok_end(c, close - 1)))
		return -1;
	place = span_ending_at(&c->places, tok_start(c, i - 1));
	if (place != NULL && is_boundary(c, place->start))
		return tok_containing(c, place->start);
	return after ? (long) (i - 1) : -1;
}

void
zh_ent_find_orgs(Ctx *c)
{
	int32_t    *dict_from = dict_orgs_across_tokens(c);

	for (size_t t = 0; t < c->ntok && c->st == ZH_OK; t++)
	{
		uint32_t	end = tok_end(c, t),
					s;
		size_t		L,
					k,
					j;
		bool		weak,
					ministry;
		long		periodical;

		zh_maybe_check(c->env, t);
		if (dict_from && dict_from[t] >= 0 && !ends_like_no_body(c, tok_start(c, (size_t) dict_from[t]), end))
			span_add(c, &c->orgs, tok_start(c, (size_t) dict_from[t]), end, dict_from[t], (int) t);
		if ((periodical = periodical_span(c, t)) >= 0)
			span_add(c, &c->orgs, tok_start(c, (size_t) periodical), end, (int) periodical, (int) t);
		if (is_sep(c, t) || !all_han(c, tok_start(c, t), end))
			continue;
		/* 北部, 东南部: a direction that only ends like an organisation */
		if (c->pos[t][0] == 'f' || c->pos[t][0] == 's')
			continue;
		/* an organisation the dictionary knows by name: 国际足联, 外交部 */
		if (pos_starts(c, t, "nt") && tlen(c, t) >= 2 && c->cp[end - 1] != 0x5316 &&	/* 化 */
			!ends_like_no_body(c, tok_start(c, t), end))
			span_add(c, &c->orgs, tok_start(c, t), end, (int) t, (int) t);
		else if (abbreviated_org(c, t))
			span_add(c, &c->orgs, tok_start(c, t), end, (int) t, (int) t);
		else if (newspaper_in_title(c, t) >= 0)
			span_add(c, &c->orgs, tok_start(c, (size_t) newspaper_in_title(c, t)), end, (int) newspaper_in_title(c, t), (int) t);
		else if (party_congress(c, t) >= 0)
			span_add(c, &c->orgs, tok_start(c, (size_t) party_congress(c, t)), end, (int) party_congress(c, t), (int) t);
		ministry = ministry_before_head(c, t);
		if (ministry)
			end--;
		L = zh_lex_ending_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, end > ORG_MAX_CHARS ? end - ORG_MAX_CHARS : 0, end);
		if (!L)
			continue;
		s = end - (uint32_t) L;
		if (s < tok_start(c, t) && !is_boundary(c, s))
			continue;
		/* 交界处, 会议室: a word that only ends like a suffix */
		if (s > tok_start(c, t) && zh_lex_is(c->lex, ZH_LEX_NOT_ORG, c->cp, tok_start(c, t), end))
			continue;
		/* 举办, 主办, 开局: a verb ending like a suffix is the act, not the body */
		if (s > tok_start(c, t) && (c->pos[t][0] == 'v' || c->pos[t][0] == 'd' || c->pos[t][0] == 'a'))
			continue;
		/*
		 * 国家组织实施: a suffix of two characters or more the segmenter
		 * took as a verb (组织) is the act; the bodies it ends (世界卫生
		 * 组织) come from the dictionary, above
		 */
		if (s == tok_start(c, t) && L >= 2 && tlen(c, t) == L && c->pos[t][0] == 'v' && c->pos[t][1] != 'n')
			continue;
		/*
		 * 刘友明带队: after a person, a two-character word with a weak
		 * suffix inside (带队, 入党) is what the person does
		 */
		if (s > tok_start(c, t) && tlen(c, t) == 2 && t > 0 && pos_starts(c, t - 1, "nr") &&
			!pos_starts(c, t, "nt") && zh_lex_is(c->lex, ZH_LEX_ORG_WEAK_SUFFIX, c->cp, s, end))
			continue;
		if (zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, tok_start(c, t), end))
			continue;			/* 常委 is a member, not a committee */
		k = (size_t) tok_containing(c, s);
		weak = zh_lex_is(c->lex, ZH_LEX_ORG_WEAK_SUFFIX, c->cp, s, end);

		/* extend left over the words of the name */
		j = k;
		while (j > 0 && end - tok_start(c, j - 1) <= ORG_MAX_CHARS)
		{
			size_t		i = j - 1;

			if (zh_ent_org_word(c, i) || zh_lex_is(c->lex, ZH_LEX_ORGANISATION, c->cp, tok_start(c, i), tok_end(c, i)) ||
				inside_span(&c->places, tok_start(c, i), tok_end(c, i), false))
			{
				j = i;
				continue;
			}
			/* 文化和旅游局, 人力资源和社会保障局: 和 joins two fields of one office */
			if (tok_is_char(c, i, 0x548C) && i > 0 && zh_ent_org_word(c, i - 1) && i + 1 < c->ntok &&
				!starts_with_level(c, i + 1) && !org_head_ok(c, i + 1) &&
				span_ending_at(&c->orgs, tok_end(c, i - 1)) == NULL)
			{
				j = i;
				continue;
			}
			/* an adverb between two nouns: 国家自然博物馆 */
			if (c->pos[i][0] == 'd' && i > 0 && zh_ent_org_word(c, i - 1) && c->pos[i - 1][0] == 'n' &&
				!is_breaker(c, i))
			{
				j = i;
				continue;
			}
			break;
		}
		/*
		 * The name starts with a proper name or an organ, not a common
		 * word; but a strong suffix after two nouns or more names a body
		 * of its own (国防科技大学, 洲际饭店).
		 */
		{
			size_t		j0 = j;

			while (j < k && !org_head_ok(c, j))
				j++;
			if (j == k && !weak && k - j0 >= 2 && k - j0 <= 3 && end - tok_start(c, j0) >= 5 &&
				common_noun_run(c, j0, k))
				j = j0;
		}

		/*
		 * 邓小平党, 李四光函中所: a person and a weak suffix make no body;
		 * but a place after the word taken for a person starts one
		 * (东道主中国香港队: 东道主 tagged a person)
		 */
		if (weak && j < k && pos_starts(c, j, "nr"))
		{
			size_t		q = j + 1;

			while (q < k && !inside_span(&c->places, tok_start(c, q), tok_end(c, q), false))
				q++;
			if (q == k)
				continue;
			j = q;
		}
		if (weak && j == k)
		{
			/* 区委, 区政府, 市政协: one word led by a level; 外交部: a known body */
			bool		ok = ministry || (tok_end(c, t) - tok_start(c, k) >= 3 && pos_starts(c, k, "nt")) ||
				(tok_end(c, t) - tok_start(c, k) <= 6 && starts_with_level(c, k) && tlen(c, k) >= 2) ||
				proper_prefix(c, tok_start(c, k), s);
			size_t		nouns = 0;

			/* 农业农村部: a lone one-character suffix after two nouns */
			if (!ok && tlen(c, t) == 1 && t == k)
			{
				for (size_t i = k; i > 0 && nouns < 2 && zh_ent_org_word(c, i - 1) && c->pos[i - 1][0] == 'n'; i--)
					nouns++;
				if (nouns == 2)
				{
					j = k - 2;
					ok = true;
				}
			}
			if (!ok)
				continue;
		}
		if (j == k && tok_start(c, k) == s && tlen(c, k) == L && k == t &&
			!zh_lex_is(c->lex, ZH_LEX_ORGANISATION, c->cp, s, end))
		{
			/* the bare suffix: 委员会, 领导小组 alone name nothing */
			continue;
		}
		if (ends_like_no_body(c, tok_start(c, j), end) || state_body_of_country(c, tok_start(c, j), s, end) ||
			particle_suo(c, s, end, t))
			continue;
		span_add(c, &c->orgs, tok_start(c, j), end, (int) j, (int) t);
	}
	zh_free(c->env, dict_from);
}
