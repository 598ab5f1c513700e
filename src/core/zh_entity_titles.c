/*
 * zh_entity_titles.c — titles: [organisation or level] [副 常务 …] head
 * (书记, 区长, 组长, 记者 …), as in 区委副书记 and 区委教育工作领导小组常务副组长;
 * the organ before a head belongs to it (审计署审计长), and only the longest
 * title ending at a place is kept (副主任委员, not 副主任).
 */
#include "zh_entities_int.h"

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
	return t >= 0 && (pos_starts(c, (size_t) t, "nr") || tok_flag(c, t, ZH_TOK_HMM)) &&
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
	return t >= 0 && tok_flag(c, t, ZH_TOK_HMM | ZH_TOK_NAME) &&
		surname_at_pos(c, tok_start(c, (size_t) t), &sl) && p > tok_start(c, (size_t) t) + sl &&
		p <= tok_start(c, (size_t) t) + sl + 2;
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
	return k >= 0 && zh_lex_is(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, tok_start(c, (size_t) k), p);
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
 * 工作的组织 / 领导: a word that is an organisation suffix alone and that
 * the segmenter took as a verb (组织) is the act, not the organ.
 */
static bool
verb_suffix(const Ctx *c, uint32_t s, uint32_t e)
{
	int			k = tok_containing(c, s);

	return k >= 0 && tok_start(c, (size_t) k) == s && tok_end(c, (size_t) k) == e &&
		pos_starts(c, (size_t) k, "v") && !pos_starts(c, (size_t) k, "vn") &&
		zh_lex_is(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, s, e);
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
	s = tok_start(c, (size_t) k);
	if (!all_han(c, s, cur) || zh_lex_ending_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, s, cur) == 0 ||
		zh_lex_is(c->lex, ZH_LEX_NOT_ORG, c->cp, s, cur) || zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, s, cur))
		return cur;
	if (verb_suffix(c, s, cur))
		return cur;
	if (cur - s >= 2 && cur - s <= 4)
		return s;
	if (cur - s == 1 && zh_lex_is(c->lex, ZH_LEX_ORG_WEAK_SUFFIX, c->cp, s, cur) &&
		(s == 0 || is_sep_char(c->cp[s - 1])))
		return s;
	return cur;
}

/*
 * 哈萨克斯坦 / 第一副总理 / 斯克利亚尔: a foreign word the dictionary tags as
 * a person, right before a title that a name follows, is the state the
 * title is of (a person is not named before his own title and after it).
 * Returns where the title starts then, or cur.
 */
static uint32_t
foreign_state_before(const Ctx *c, uint32_t cur, uint32_t end)
{
	int			k;

	if (cur == 0 || !is_boundary(c, cur) || (k = tok_containing(c, cur - 1)) < 0 ||
		tlen(c, (size_t) k) < 3 || !pos_starts(c, (size_t) k, "nr") ||
		!all_translit(c, tok_start(c, (size_t) k), cur))
		return cur;
	if (zh_ent_name_span(c, end, true) == 0 && zh_ent_translit_run(c, end) == 0)
		return cur;
	return tok_start(c, (size_t) k);
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
		all_modifiers(c, tok_start(c, (size_t) k), cur))
		cur = tok_start(c, (size_t) k);
	/* 自然资源 / 部副 / 部长: the organ's suffix glued to the rank */
	if (!is_boundary(c, cur) && glued_to_organ(c, cur))
	{
		int			j;

		k = tok_containing(c, cur);
		j = k;
		while (j > 0 && cur - tok_start(c, (size_t) j - 1) <= ORG_MAX_CHARS && zh_ent_org_word(c, (size_t) j - 1))
			j--;
		if (j == k)
			return;
		span_add(c, &c->titles, tok_start(c, (size_t) j), end, j, tok_containing(c, end - 1));
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

		if (o > a && o >= 2 && is_boundary(c, cur - (uint32_t) o) && !verb_suffix(c, cur - (uint32_t) o, cur))
			cur -= (uint32_t) o;
		else if (a && is_boundary(c, cur - (uint32_t) a))
			cur -= (uint32_t) a;
		else
			cur = bare_organ(c, cur);
		pl = span_ending_at(&c->places, cur);
		if (pl)
			cur = pl->start;
		else
			cur = foreign_state_before(c, cur, end);
	}
	/*
	 * 第五次全国经济普查领导小组组长: the ordinal of a numbered undertaking
	 * belongs to the body named after it
	 */
	if (org && cur > 2 && is_boundary(c, cur) && (k = tok_containing(c, cur - 1)) >= 0 &&
		c->cp[tok_start(c, (size_t) k)] == 0x7B2C && c->cp[cur - 1] == 0x6B21 && cur - tok_start(c, (size_t) k) <= 5)	/* 第…次 */
		cur = tok_start(c, (size_t) k);
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
	return h >= tok_start(c, t) || is_boundary(c, h) || after_glued_name(c, h) || glued_to_organ(c, h);
}

void
zh_ent_find_titles(Ctx *c)
{
	for (size_t t = 0; t < c->ntok && c->st == ZH_OK; t++)
	{
		uint32_t	end = tok_end(c, t);
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
			if (c->titles.n == before && end - L > tok_start(c, t) && strcmp(c->pos[t], "n") == 0 &&
				all_han(c, tok_start(c, t), end))
				add_title(c, tok_start(c, t), end);
		}
		/* a head ending inside a glued name token: 区 / 长孙蔚, 主 / 任郑雯 */
		if (tlen(c, t) >= 3 && (pos_starts(c, t, "nr") || tok_flag(c, t, ZH_TOK_HMM)))
		{
			for (uint32_t k = 1; k <= 2; k++)
			{
				uint32_t	q = tok_start(c, t) + k;

				L = zh_lex_ending_at(c->lex, ZH_LEX_TITLE, c->cp, q > 8 ? q - 8 : 0, q);
				if (L && q - L < tok_start(c, t) && is_boundary(c, q - (uint32_t) L) &&
					title_may_end_at(c, q))
				{
					add_title(c, q - (uint32_t) L, q);
					break;
				}
			}
			/*
			 * 外交部 / 长王毅: the head (部长) starts on the last character
			 * of the organisation before it; the title is the organisation
			 * and the head (外交部长)
			 */
			if (t > 0 && tlen(c, t - 1) >= 2 && !is_sep(c, t - 1) &&
				(pos_starts(c, t - 1, "nt") ||
				 zh_lex_ending_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, tok_start(c, t - 1), tok_end(c, t - 1)) > 0) &&
				zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, tok_end(c, t - 1) - 1, tok_start(c, t) + 1) &&
				(c->titles.n == 0 || c->titles.v[c->titles.n - 1].end <= tok_start(c, t - 1)) &&
				title_may_end_at(c, tok_start(c, t) + 1))
				span_add(c, &c->titles, tok_start(c, t - 1), tok_start(c, t) + 1, (int) t - 1, (int) t);
		}
	}
}

/*
 * Where each title starts, for chains.  Titles are maximal (a head that
 * ends inside a longer title, 副主任 of 副主任委员, is no title of its own),
 * so their order by end is their order by start.
 */
void
zh_ent_index_titles(Ctx *c)
{
	for (size_t k = 0; k < c->titles.n; k++)
		if (c->title_at[c->titles.v[k].start] < 0)
			c->title_at[c->titles.v[k].start] = (int32_t) k;
	/*
	 * 副总理兼外长, 国务委员兼外交部长: two posts held at once, printed as
	 * one; the first title reaches over 兼 to the end of the second, which
	 * the chains then skip as the end of a longer title.
	 */
	for (size_t k = 0; k < c->titles.n; k++)
	{
		uint32_t	e = c->titles.v[k].end;
		int32_t		m;

		if (e + 1 < c->n && c->cp[e] == 0x517C && (m = c->title_at[e + 1]) >= 0 && (size_t) m > k)
		{
			c->titles.v[k].end = c->titles.v[m].end;
			c->titles.v[k].last_tok = c->titles.v[m].last_tok;
		}
	}
}
