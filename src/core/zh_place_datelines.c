/*
 * zh_place_datelines.c — the place a news story was filed from.
 *
 * A dateline names the agency, the place and the date: 本报桂林4月8日电,
 * 新华社莫斯科4月28日电, 本报波恩5月25日讯.  Whatever stands between the
 * agency and the date is a place, whatever the dictionary calls it (it tags
 * 桂林 as a person and many foreign cities as nothing at all).
 */
#include "zh_entities_int.h"

#define DATELINE_PLACE_MAX_TOKENS 3
#define DATELINE_PLACE_MAX_CHARS 8

/* Does a date (a number token with 月) start at token i? */
static bool
date_at(const Ctx *c, size_t i)
{
	if (i >= c->ntok || !tok_flag(c, i, ZH_TOK_NUMBER))
		return false;
	for (uint32_t k = tok_start(c, i); k < tok_end(c, i); k++)
		if (c->cp[k] == 0x6708)	/* 月 */
			return true;
	return false;
}

/*
 * A dateline's agency as the segmenter cuts it: 本报, 新华社, or with the
 * grammar around it, 本报讯 and 据新华社 (讯 and 据 are no part of a name).
 */
static bool
agency_token(const Ctx *c, uint32_t s, uint32_t e)
{
	return zh_lex_is(c->lex, ZH_LEX_NEWS_AGENCY, c->cp, s, e) ||
		(e - s > 2 && c->cp[e - 1] == 0x8BAF && zh_lex_is(c->lex, ZH_LEX_NEWS_AGENCY, c->cp, s, e - 1)) ||	/* 讯 */
		(e - s > 2 && c->cp[s] == 0x636E && zh_lex_is(c->lex, ZH_LEX_NEWS_AGENCY, c->cp, s + 1, e));	/* 据 */
}

void
zh_ent_find_dateline_places(Ctx *c)
{
	for (size_t t = 0; t + 2 < c->ntok && c->st == ZH_OK; t++)
	{
		size_t		last;

		zh_maybe_check(c->env, t);
		if (!c->pos[t] || !agency_token(c, tok_start(c, t), tok_end(c, t)))
			continue;
		for (last = t + 1; last < c->ntok && last - t <= DATELINE_PLACE_MAX_TOKENS; last++)
			if (!c->pos[last] || !all_han(c, tok_start(c, last), tok_end(c, last)))
				break;
		if (last == t + 1 || last - t > DATELINE_PLACE_MAX_TOKENS || !date_at(c, last) ||
			tok_end(c, last - 1) - tok_end(c, t) > DATELINE_PLACE_MAX_CHARS)
			continue;
		/*
		 * 本报德国罗滕堡, 本报江苏宜兴: a country or province before the
		 * city is a place of its own, as 北京市丰台区 is two
		 */
		if (last - t > 2 && tlen(c, t + 1) >= 2 &&
			(pos_starts(c, t + 1, "ns") ||
			 zh_lex_is(c->lex, ZH_LEX_WORLD_PLACE, c->cp, tok_start(c, t + 1), tok_end(c, t + 1))))
		{
			span_add(c, &c->places, tok_start(c, t + 1), tok_end(c, t + 1), (int) t + 1, (int) t + 1);
			span_add(c, &c->places, tok_start(c, t + 2), tok_end(c, last - 1), (int) t + 2, (int) last - 1);
		}
		else
			span_add(c, &c->places, tok_end(c, t), tok_end(c, last - 1), (int) t + 1, (int) last - 1);
		t = last;
	}
}
