/*
 * zh_org_short_names.c — the short name a text gives a body in brackets
 * right after its full name: 国家发展和改革委员会（国家发展改革委）,
 * 石油输出国组织（欧佩克）, 中国人民银行（以下简称央行）.  Government
 * texts name a body so once and by the short name after; the short name is
 * the same body, an organisation of its own.
 *
 * Only a name is taken: words ending in an organisation's head (…委, …局)
 * or one word the dictionary knows as a body, an abbreviation or a proper
 * name (nt, j, nz, nr).  What else stands in brackets after a body is a
 * qualifier of a document or a meeting (（扩大）, （草案）, （试行）).
 */
#include "zh_entities_int.h"

/* Longest short name taken, in characters. */
#define SHORT_NAME_MAX 12

/* Is cp[s, e) a body's name by its shape or by the dictionary? */
static bool
short_name_shaped(const Ctx *c, uint32_t s, uint32_t e)
{
	int			t = c->tok_at[s];

	if (e - s < 2 || !all_han(c, s, e) || zh_lex_is(c->lex, ZH_LEX_NOT_ORG, c->cp, s, e))
		return false;
	if (zh_lex_ending_at(c->lex, ZH_LEX_ORG_SUFFIX, c->cp, s + 1, e) > 0)
		return true;
	return t >= 0 && tok_end(c, (size_t) t) == e && c->pos[t] &&
		(pos_starts(c, (size_t) t, "nt") || pos_starts(c, (size_t) t, "nz") ||
		 pos_starts(c, (size_t) t, "nr") || c->pos[t][0] == 'j');
}

void
zh_ent_find_org_short_names(Ctx *c)
{
	size_t		n = c->orgs.n;
	bool		added = false;

	for (size_t k = 0; k < n && c->st == ZH_OK; k++)
	{
		uint32_t	p = c->orgs.v[k].end,
					s,
					q;

		zh_maybe_check(c->env, k);
		if (p + 3 >= c->n || !zh_is_open_paren(c->cp[p]))
			continue;
		s = p + 1;
		for (q = s; q < c->n && q - s <= SHORT_NAME_MAX + 4 && !zh_is_close_paren(c->cp[q]); q++)
			;
		if (q >= c->n || !zh_is_close_paren(c->cp[q]))
			continue;
		/* （以下简称央行）, （简称国家发展改革委） */
		if (q - s > 4 && c->cp[s] == 0x4EE5 && c->cp[s + 1] == 0x4E0B)
			s += 2;				/* 以下 */
		if (q - s > 3 && ((c->cp[s] == 0x7B80 || c->cp[s] == 0x4E0B) && c->cp[s + 1] == 0x79F0))
			s += 2;				/* 简称 下称 */
		if (q - s > SHORT_NAME_MAX || !is_boundary(c, s) || !short_name_shaped(c, s, q))
			continue;
		span_add(c, &c->orgs, s, q, c->tok_at[s], tok_containing(c, q - 1));
		added = true;
	}
	if (added)
		zh_ent_keep_maximal(&c->orgs);
}
