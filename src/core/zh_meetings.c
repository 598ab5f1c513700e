/*
 * zh_meetings.c — meetings of organs reported on a page.
 *
 * Government news reports a meeting in a fixed shape:
 *
 *   [date][part of day]，ORGAN 召开 [第N次 | 2023年第二次] 会议 …
 *   或 TITLE NAME 主持召开 ORGAN 第N次常务会议 …
 *   TITLES NAME 主持会议。TITLES NAME、NAME 出席/参加/列席 …
 *   会议听取/审议/研究/通过《…》《…》…
 *
 * So a meeting is an event (召开 or 举行) with an organisation next to it and
 * a meeting noun (会议, 学习会, 座谈会 …) after it, inside one article.  The
 * date is the last day-grain date before the event in the same article (the
 * lead: 5月24日下午，…), the chair the person followed by 主持, the attendees
 * the persons whose sentence says they attended, and the agenda the 《》
 * titles of clauses whose verb puts them before the meeting (听取, 审议,
 * 研究, 学习 …) — not those merely cited (紧扣《…》).  A meeting only
 * mentioned (传达…第一次全体会议精神) has no event and is not one.
 *
 * Everything is located in input-character offsets, the one coordinate
 * system articles, dates and entities share.
 */
#include "zh_meetings.h"
#include "zh_chars.h"
#include "zh_dates.h"
#include "zh_datenum.h"
#include "zh_entity_lexicons.h"
#include "zh_bsearch.h"

#include <string.h>

#define NAME_WINDOW 32			/* characters from the event to the meeting noun */
#define AGENDA_MAX_CHARS 120	/* longest 《title》 */

static const char *const meeting_noun_words[] = {
	"会议", "学习会", "座谈会", "推进会", "部署会", "调度会", "办公会", "报告会", "动员会",
	"研讨会", "交流会", "专题会", "联席会", "见面会", "协调会", "现场会", "推介会", "分析会",
	"述职会", "评议会", "务虚会", NULL
};
static ZhLexicon meeting_nouns = ZH_LEXICON(meeting_noun_words);

static const char *const agenda_verb_words[] = {
	"听取", "审议", "研究", "通过", "学习", "传达", "讨论", "审阅", "审定", "研读", "原文学习", NULL
};
static ZhLexicon agenda_verbs = ZH_LEXICON(agenda_verb_words);

static const char *const attend_words[] = {"出席", "参加", "列席", "参会", "与会", "发言", NULL};
static ZhLexicon attend = ZH_LEXICON(attend_words);

typedef struct Ctx
{
	const ZhEnv *env;
	const uint32_t *cp;
	const uint32_t *src;
	size_t		n;
	ZhEntities	ents;
	ZhArticle  *arts;
	size_t		narts;
	ZhDate	   *dates;
	size_t		ndates;
	int32_t    *org_end;		/* org entity ending at a position, or -1 */
	int32_t    *org_start;		/* org entity starting at a position, or -1 */
} Ctx;

static bool
is_clause_break(uint32_t c)
{
	return c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0xFF1A || c == 0xFF01 ||
		c == 0xFF1F || c == '\n' || c == ',' || c == ';';
}

static bool
is_sentence_break(uint32_t c)
{
	return c == 0x3002 || c == 0xFF1B || c == 0xFF01 || c == 0xFF1F || c == '\n';
}

static bool
at(const Ctx *c, size_t p, uint32_t a, uint32_t b)
{
	return p + 1 < c->n && c->cp[p] == a && c->cp[p + 1] == b;
}

/* Article holding input character `s`, or -1. */
static int
article_of(const Ctx *c, uint32_t s)
{
	size_t		a;

	/* articles are in page order and do not overlap: the first ending after s */
	ZH_LOWER_BOUND(c->narts, c->arts[i].src_end, (uint64_t) s + 1, a);
	return (a < c->narts && s >= c->arts[a].src_start) ? (int) a : -1;
}

/* First entity starting at or after normal-form position p (ents are by start). */
static size_t
first_entity_from(const Ctx *c, size_t p)
{
	size_t		k;

	ZH_LOWER_BOUND(c->ents.n, c->ents.ents[i].start, p, k);
	return k;
}

/* First date starting at or after input character s (dates are in text order). */
static size_t
first_date_from(const Ctx *c, uint32_t s)
{
	size_t		k;

	ZH_LOWER_BOUND(c->ndates, c->dates[i].src_start, s, k);
	return k;
}

/* Normal-form range [*from, *to) of an article. */
static void
article_range(const Ctx *c, int a, size_t *from, size_t *to)
{
	/* src is non-decreasing along the normal form */
	ZH_LOWER_BOUND(c->n, c->src[i], c->arts[a].src_start, *from);
	ZH_LOWER_BOUND(c->n, c->src[i], c->arts[a].src_end, *to);
}

static ZhStatus
text_of(const Ctx *c, const ZhText *t, size_t from, size_t to, char **out)
{
	size_t		len;

	return zh_text_to_utf8(c->env, t, from, to, out, &len);
}


/* End of the meeting noun after the event, or 0. */
static size_t
meeting_noun_end(const Ctx *c, size_t from)
{
	for (size_t p = from + 1; p <= c->n && p <= from + NAME_WINDOW; p++)
	{
		if (p > from && (is_clause_break(c->cp[p - 1]) || c->cp[p - 1] == 0x300A))
			return 0;
		if (zh_lex_ending_at(&meeting_nouns, c->cp, from, p) > 0)
			return (p < c->n && c->cp[p] == 0x8BAE) ? p + 1 : p;	/* 会|议 */
	}
	return 0;
}

/*
 * 第68次, 2023年第二次, 十五届二十一次: the meeting's number, the numeral
 * right before 次 (a 届 before it is the term, not the meeting), or 0.
 */
static int
meeting_seq(const Ctx *c, size_t from, size_t to)
{
	for (size_t p = from + 1; p < to; p++)
	{
		size_t		q = p;
		ZhDateNum	num;

		if (c->cp[p] != 0x6B21)	/* 次 */
			continue;
		while (q > from && q > p - 8 &&
			   (zh_is_digit(c->cp[q - 1]) || zh_datenum_is_cn(c->cp[q - 1])))
			q--;
		if (q < p && zh_datenum_read(c->cp, c->n, q, 8, &num) && num.len == p - q &&
			num.value > 0 && num.value < 100000)
			return (int) num.value;
	}
	return 0;
}

/* The evidence mention (with titles) of the person entity at [s, e). */
static const ZhPersonMention *
mention_at(const Ctx *c, uint32_t s, uint32_t e)
{
	size_t		k;

	ZH_LOWER_BOUND(c->ents.nmentions, c->ents.mentions[i].start, s, k);
	for (; k < c->ents.nmentions && c->ents.mentions[k].start == s; k++)
		if (c->ents.mentions[k].end == e)
			return &c->ents.mentions[k];
	return NULL;
}

static ZhRole
role_of(const Ctx *c, const ZhText *t, uint32_t s, uint32_t e)
{
	for (size_t o = 0; o < c->ents.nofficials; o++)
	{
		const char *name = c->ents.officials[o].name;
		size_t		k = 0;
		bool		same = true;
		uint32_t	p = s;

		/* compare UTF-8 name with code points, ASCII-safe enough for Han names */
		while (name[k] && p < e && same)
		{
			uint32_t	ch;
			unsigned char b = (unsigned char) name[k];

			if (b < 0x80)
			{
				ch = b;
				k += 1;
			}
			else if ((b & 0xE0) == 0xC0)
			{
				ch = ((uint32_t) (b & 0x1F) << 6) | (name[k + 1] & 0x3F);
				k += 2;
			}
			else if ((b & 0xF0) == 0xE0)
			{
				ch = ((uint32_t) (b & 0x0F) << 12) | ((uint32_t) (name[k + 1] & 0x3F) << 6) | (name[k + 2] & 0x3F);
				k += 3;
			}
			else
			{
				ch = ((uint32_t) (b & 0x07) << 18) | ((uint32_t) (name[k + 1] & 0x3F) << 12) |
					((uint32_t) (name[k + 2] & 0x3F) << 6) | (name[k + 3] & 0x3F);
				k += 4;
			}
			same = ch == t->cp[p++];
		}
		if (same && !name[k] && p == e)
			return c->ents.officials[o].role;
	}
	return ZH_ROLE_OTHER;
}

/* Does the sentence around [s, e) say the person attended? */
static bool
sentence_attends(const Ctx *c, size_t e, size_t limit)
{
	for (size_t p = e; p < limit && !is_sentence_break(c->cp[p]); p++)
		if (zh_lex_starting_at(&attend, c->cp, p, limit) > 0)
			return true;
	return false;
}

/* Does the clause before position a put what follows on the agenda? */
static bool
clause_has_agenda_verb(const Ctx *c, size_t from, size_t a)
{
	size_t		p = a;
	int			depth = 0;

	while (p > from)
	{
		uint32_t	ch = c->cp[p - 1];

		if (ch == 0x300B)
			depth++;
		else if (ch == 0x300A && depth > 0)
			depth--;
		else if (depth == 0 && is_clause_break(ch))
			break;
		else if (depth == 0 && zh_lex_ending_at(&agenda_verbs, c->cp, p > 4 ? p - 4 : 0, p) > 0)
			return true;
		p--;
	}
	return false;
}

static ZhStatus
build_meeting(Ctx *c, const ZhText *t, int a, size_t ev, size_t org_s, size_t org_e,
			  size_t name_s, size_t noun_e, bool organ_first, ZhMeeting *m)
{
	size_t		from,
				to;
	ZhStatus	st;
	uint32_t	ev_src = c->src[ev];
	const ZhEntity *chair = NULL;

	memset(m, 0, sizeof(*m));
	m->article_no = c->arts[a].no;
	if ((st = text_of(c, t, org_s, org_e, &m->organ)) != ZH_OK)
		return st;
	{
		/* name: the organ, then what follows the event word (or the organ) */
		size_t		tail_s = organ_first ? name_s : org_e;
		size_t		len1 = 0,
					len2 = 0;
		char	   *p1,
				   *p2;

		if ((st = zh_text_to_utf8(c->env, t, org_s, org_e, &p1, &len1)) != ZH_OK)
			return st;
		if ((st = zh_text_to_utf8(c->env, t, tail_s, noun_e, &p2, &len2)) != ZH_OK)
		{
			zh_free(c->env, p1);
			return st;
		}
		m->name = zh_alloc(c->env, len1 + len2 + 1);
		if (!m->name)
		{
			/* the halves are ours until copied; m's fields the caller frees */
			zh_free(c->env, p1);
			zh_free(c->env, p2);
			return ZH_ERR_NOMEM;
		}
		memcpy(m->name, p1, len1);
		memcpy(m->name + len1, p2, len2);
		m->name[len1 + len2] = 0;
		zh_free(c->env, p1);
		zh_free(c->env, p2);
	}
	m->seq = meeting_seq(c, name_s, noun_e);

	/* the date: the last day-grain date before the event, in this article */
	for (size_t d = first_date_from(c, c->arts[a].src_start); d < c->ndates; d++)
	{
		const ZhDate *dt = &c->dates[d];

		if (dt->src_start >= ev_src)
			break;
		if (dt->has_span && dt->grain == ZH_GRAIN_DAY &&
			dt->hi - dt->lo == 1)
		{
			m->has_date = true;
			m->held_on = dt->lo;
			m->part_of_day = dt->part_of_day;
		}
	}

	article_range(c, a, &from, &to);
	/* the chair: a person followed by 主持 */
	for (size_t i = first_entity_from(c, from); i < c->ents.n && c->ents.ents[i].start < to && !chair; i++)
	{
		const ZhEntity *e = &c->ents.ents[i];

		if (e->kind == ZH_ENT_PERSON && e->start >= from && e->end < to && at(c, e->end, 0x4E3B, 0x6301))
			chair = e;
	}
	if (chair)
	{
		const ZhPersonMention *pm = mention_at(c, chair->start, chair->end);

		if ((st = text_of(c, t, chair->start, chair->end, &m->chair)) != ZH_OK)
			return st;
		for (int k = 0; pm && k < pm->titles.n; k++)
		{
			char	   *s = NULL;
			size_t		l = strlen(pm->titles.items[k]);

			s = zh_alloc(c->env, l + 1);
			if (!s)
				return ZH_ERR_NOMEM;
			memcpy(s, pm->titles.items[k], l + 1);
			if ((st = zh_strlist_add_unique(c->env, &m->chair_titles, s)) != ZH_OK)
				return st;
		}
	}
	/* attendees: officials whose sentence says they attended */
	for (size_t i = first_entity_from(c, from); i < c->ents.n && c->ents.ents[i].start < to; i++)
	{
		const ZhEntity *e = &c->ents.ents[i];
		char	   *name;

		if (e->kind != ZH_ENT_PERSON || e->start < from || e->end > to)
			continue;
		if (chair && e->end - e->start == chair->end - chair->start &&
			memcmp(t->cp + e->start, t->cp + chair->start, (e->end - e->start) * sizeof(uint32_t)) == 0)
			continue;
		if (role_of(c, t, e->start, e->end) != ZH_ROLE_OFFICIAL || !sentence_attends(c, e->end, to))
			continue;
		if ((st = text_of(c, t, e->start, e->end, &name)) != ZH_OK)
			return st;
		if ((st = zh_strlist_add_unique(c->env, &m->attendees, name)) != ZH_OK)
			return st;
	}
	/* agenda: 《titles》 of clauses that put them before the meeting */
	for (size_t p = from; p < to; p++)
	{
		size_t		q;
		int			depth = 0;
		char	   *title;

		if (c->cp[p] != 0x300A)
			continue;
		for (q = p + 1; q < to && q < p + AGENDA_MAX_CHARS; q++)
		{
			if (c->cp[q] == 0x300A)
				depth++;
			else if (c->cp[q] == 0x300B)
			{
				if (depth == 0)
					break;
				depth--;
			}
		}
		if (q >= to || c->cp[q] != 0x300B || q == p + 1)
			continue;
		if (clause_has_agenda_verb(c, from, p))
		{
			if ((st = text_of(c, t, p + 1, q, &title)) != ZH_OK)
				return st;
			if ((st = zh_strlist_add_unique(c->env, &m->agenda, title)) != ZH_OK)
				return st;
		}
		p = q;
	}
	return ZH_OK;
}

/*
 * Is the event part of a sentence (its line goes on to 。；！？)?  A
 * headline or masthead names meetings too, but only a report's sentence
 * holds its date, chair and agenda.
 */
static bool
in_sentence(const Ctx *c, size_t q)
{
	for (size_t p = q; p < c->n && c->cp[p] != '\n'; p++)
		if (c->cp[p] == 0x3002 || c->cp[p] == 0xFF1B || c->cp[p] == 0xFF01 || c->cp[p] == 0xFF1F)
			return true;
	return false;
}

static void
index_orgs(Ctx *c)
{
	for (size_t p = 0; p <= c->n; p++)
		c->org_end[p] = c->org_start[p] = -1;
	for (size_t i = 0; i < c->ents.n; i++)
	{
		const ZhEntity *e = &c->ents.ents[i];

		if (e->kind != ZH_ENT_ORG)
			continue;
		/* the longest organisation ending (starting) at a position */
		if (c->org_end[e->end] < 0 ||
			c->ents.ents[c->org_end[e->end]].start > e->start)
			c->org_end[e->end] = (int32_t) i;
		if (c->org_start[e->start] < 0 ||
			c->ents.ents[c->org_start[e->start]].end < e->end)
			c->org_start[e->start] = (int32_t) i;
	}
}

/*
 * Could the raw text contain 召开 or 举行 at all?  Most documents report no
 * meeting, and this byte search spares them the whole analysis.  It looks
 * for the first character alone (召, 举, or the traditional 舉), since a PDF
 * line break may stand between the two.
 */
static bool
mentions_event(const char *s, size_t n)
{
	static const char *const firsts[] = {"\xE5\x8F\xAC", "\xE4\xB8\xBE", "\xE8\x88\x89"};	/* 召 举 舉 */

	for (size_t i = 0; i + 3 <= n; i++)
	{
		for (int k = 0; k < 3; k++)
			if (memcmp(s + i, firsts[k], 3) == 0)
				return true;
	}
	return false;
}

ZhStatus
zh_meetings_with(const ZhEnv *env, const ZhAnalysis *an, const ZhEntities *ents,
				 const char *s, size_t n, bool has_anchor, int32_t anchor_day,
				 ZhMeeting **out, size_t *nout)
{
	Ctx			c;
	ZhStatus	st = ZH_OK;
	ZhMeeting  *ms = NULL;
	size_t		nm = 0;
	int		   *best_event = NULL;
	int64_t    *dated = NULL;		/* distance from the event back to its date, or -1 */

	memset(&c, 0, sizeof(c));
	c.env = env;
	c.ents = *ents;
	*out = NULL;
	*nout = 0;
	if (!mentions_event(s, n))
		return ZH_OK;			/* no 召开 or 举行: nothing to look for */
	if ((st = zh_articles(env, s, n, &c.arts, &c.narts)) != ZH_OK)
		goto done;
	if ((st = zh_dates(env, s, n, has_anchor, anchor_day, &c.dates, &c.ndates)) != ZH_OK)
		goto done;
	c.cp = an->norm.text.cp;
	c.src = an->norm.text.src;
	c.n = an->norm.text.len;
	c.org_end = zh_alloc(env, (c.n + 1) * sizeof(int32_t));
	c.org_start = zh_alloc(env, (c.n + 1) * sizeof(int32_t));
	best_event = zh_alloc(env, (c.narts + 1) * sizeof(int));
	dated = zh_alloc(env, (c.narts + 1) * sizeof(int64_t));
	ms = zh_alloc(env, (c.narts + 1) * sizeof(ZhMeeting));
	if (!c.org_end || !c.org_start || !best_event || !dated || !ms)
	{
		st = ZH_ERR_NOMEM;
		goto done;
	}
	memset(ms, 0, (c.narts + 1) * sizeof(ZhMeeting));
	for (size_t a = 0; a < c.narts; a++)
	{
		best_event[a] = -1;
		dated[a] = -1;
	}
	index_orgs(&c);

	/*
	 * One meeting per article: the event closest after a date in the article
	 * (the lead: 5月24日下午，…召开; a masthead's date is farther from the
	 * headline's event), else the first event (a headline alone).
	 */
	{
		int			depth = 0;
		size_t		di = 0;
		int64_t		last_day_src = -1;	/* input offset of the latest day-grain date */

		for (size_t q = 0; q + 1 < c.n; q++)
		{
			int			a;
			bool		has_date;

			zh_maybe_check(env, q);
			while (di < c.ndates && c.dates[di].src_start < c.src[q])
			{
				if (c.dates[di].has_span && c.dates[di].grain == ZH_GRAIN_DAY)
					last_day_src = c.dates[di].src_start;
				di++;
			}
			if (c.cp[q] == 0x300A)
				depth++;
			else if (c.cp[q] == 0x300B && depth > 0)
				depth--;
			if (depth > 0 || !(at(&c, q, 0x53EC, 0x5F00) || at(&c, q, 0x4E3E, 0x884C)))	/* 召开 举行 */
				continue;
			a = article_of(&c, c.src[q]);
			if (a < 0)
				continue;
			has_date = last_day_src >= (int64_t) c.arts[a].src_start;
			if (best_event[a] < 0 ||
				(has_date && (dated[a] < 0 || (int64_t) c.src[q] - last_day_src < dated[a])))
			{
				/* only events that name an organ and a meeting count */
				bool		organ = c.org_end[q] >= 0 || c.org_start[q + 2] >= 0;
				size_t		from = c.org_end[q] >= 0 ? q + 2 :
					(c.org_start[q + 2] >= 0 ? (size_t) c.ents.ents[c.org_start[q + 2]].end : q + 2);

				if (organ && meeting_noun_end(&c, from) && in_sentence(&c, q))
				{
					best_event[a] = (int) q;
					dated[a] = has_date ? (int64_t) c.src[q] - last_day_src : -1;
				}
			}
		}
	}

	for (size_t a = 0; a < c.narts; a++)
	{
		size_t		q,
					org_s,
					org_e,
					name_s,
					noun_e;
		bool		organ_first;

		if (best_event[a] < 0)
			continue;
		q = (size_t) best_event[a];
		organ_first = c.org_end[q] >= 0;
		if (organ_first)
		{
			org_s = c.ents.ents[c.org_end[q]].start;
			org_e = q;
			name_s = q + 2;
		}
		else
		{
			org_s = c.ents.ents[c.org_start[q + 2]].start;
			org_e = c.ents.ents[c.org_start[q + 2]].end;
			name_s = org_e;
		}
		noun_e = meeting_noun_end(&c, name_s);
		if ((st = build_meeting(&c, &an->norm.text, (int) a, q, org_s, org_e, name_s, noun_e,
								organ_first, &ms[nm])) != ZH_OK)
		{
			nm++;
			goto done;
		}
		nm++;
	}
done:
	zh_free(env, c.org_end);
	zh_free(env, c.org_start);
	zh_free(env, best_event);
	zh_free(env, dated);
	zh_articles_free(env, c.arts, c.narts);
	zh_dates_free(env, c.dates, c.ndates);
	if (st != ZH_OK)
	{
		zh_meetings_free(env, ms, nm);
		return st;
	}
	*out = ms;
	*nout = nm;
	return ZH_OK;
}


/* Meetings of raw text: analyse it, recognise entities, then read meetings. */
ZhStatus
zh_meetings(const ZhEnv *env, const ZhDict *d, const ZhUserDict *ud,
			const char *s, size_t n, bool has_anchor, int32_t anchor_day,
			ZhMeeting **out, size_t *nout)
{
	ZhAnalysis	an;
	ZhEntities	ents;
	ZhStatus	st;

	*out = NULL;
	*nout = 0;
	if (!mentions_event(s, n))
		return ZH_OK;			/* no 召开 or 举行: nothing to analyse */
	if ((st = zh_analyze(env, d, ud, s, n, ZH_SEG_DEFAULT, &an)) != ZH_OK)
		return st;
	if ((st = zh_entities(env, d, &an, &ents)) == ZH_OK)
	{
		st = zh_meetings_with(env, &an, &ents, s, n, has_anchor, anchor_day, out, nout);
		zh_entities_free(env, &ents);
	}
	zh_analysis_free(env, &an);
	return st;
}

void
zh_meetings_free(const ZhEnv *env, ZhMeeting *m, size_t n)
{
	if (!m)
		return;
	for (size_t i = 0; i < n; i++)
	{
		zh_free(env, m[i].organ);
		zh_free(env, m[i].name);
		zh_free(env, m[i].chair);
		zh_strlist_free(env, &m[i].chair_titles);
		zh_strlist_free(env, &m[i].attendees);
		zh_strlist_free(env, &m[i].agenda);
	}
	zh_free(env, m);
}
