/*
 * zh_meetings.c — meetings of organs reported on a page.
 *
 * A meeting is an event with roles.  Its trigger is a meeting's name: a
 * noun phrase ending in a meeting noun (会议, 常务会议, 座谈会, 集体学习 …,
 * a list below), which the sentence says was held, in one of two shapes:
 *
 *   as object   ORGAN|PERSON [date] 召开/举行/主持/出席/进行/开展 NAME
 *               区委常委会召开第68次会议; 国务院总理李强6月2日主持召开国务院
 *               常务会议; 丁薛祥出席…电视电话会议并讲话
 *   as subject  NAME [date] [在PLACE] 召开/举行/开幕/闭幕
 *               十四届全国人大常委会第十次委员长会议21日上午在北京人民大会堂举行
 *
 * A meeting only planned or decided (将于…召开, 决定…会议于…举行) is not
 * one; a name inside 《》 (a speech's title) or followed by 精神, 室, 上 is
 * not a name of a meeting held.  The first such event in an article's
 * sentences is its meeting (a headline names it too, but says neither when
 * nor who, and its tense is not to be trusted).
 *
 * The roles: the organ is what the name puts before its number (十四届全国
 * 人大常委会|第十次委员长会议), or an organisation it starts with before a
 * bare kind (国务院|常务会议), else the sentence's subject organisation
 * (中条林局召开“…”交流总结会议); a bare name takes that organ in front
 * (区委常委会 + 第68次会议).  The date is one in the meeting's sentence
 * before its verb (a range there: its first day), else the last single day
 * named before it in the article.  The chair is who presides (主持) in that
 * sentence, else in the article; attendees are officials whose sentence says
 * they attended; the agenda the 《》 titles of clauses whose verb puts them
 * before the meeting (听取, 审议, 研究, 学习 …), not those merely cited.
 *
 * Positions are in the normal form; articles and dates, found on the input,
 * are mapped to it through its source offsets.  Every look back or ahead is
 * bounded (SENTENCE_LOOK, NP_MAX_CHARS), so the work is linear in the text.
 */
#include "zh_meetings.h"
#include "zh_chars.h"
#include "zh_dates.h"
#include "zh_datenum.h"
#include "zh_lexicon.h"
#include "zh_bsearch.h"
#include "zh_utf8.h"

#include <string.h>

#define NP_MAX_CHARS 48			/* longest meeting name */
#define SUBJECT_VERB_WINDOW 24	/* NP … 在北京人民大会堂举行: characters up to the verb */
#define AGENDA_MAX_CHARS 120	/* longest 《title》 */
#define KIND_MODIFIER_MAX 4		/* 第二十一次双周协商座谈会: words between number and noun */
#define SENTENCE_LOOK 160		/* how far back or ahead a sentence is read: bounds the work per noun */
#define LIST_MAX 200			/* attendees or agenda items of one meeting: more is no meeting's */

/*
 * The words this file reads are lists in data/vocab (zh_lexicon_kinds.h):
 * meeting (the nouns that end a meeting's name), meeting_bare,
 * meeting_not_after, meeting_object_verb, meeting_subject_verb,
 * meeting_plan, decision_ground, agenda_verb, attend_verb (what a
 * participant does: attends, speaks, reports; not 讲话 or 报告 alone, since
 * 学习习近平总书记重要讲话 names a speech, not a speaker here; 作…讲话 does,
 * see sentence_attends) and attendee_filler.
 */

/*
 * A meeting as the text reports it: its name [np_s, np_e), the kind word
 * that ends the name [noun_s, np_e), the verb that says it was held, and
 * the organ that held it when the sentence names one as subject.
 */
typedef struct Event
{
	size_t		np_s,
				noun_s,
				np_e;
	size_t		verb;			/* start of 召开 / 举行 / 主持 … */
	bool		subject_form;	/* the name is the verb's subject */
	size_t		subj_s,
				subj_e;			/* the holding organ, subj_e == 0 if none */
} Event;

typedef struct Ctx
{
	const ZhEnv *env;
	const ZhLexicons *lex;		/* env->lex */
	const uint32_t *cp;
	const uint32_t *src;
	size_t		n;
	ZhEntities	ents;
	const ZhArticle *arts;
	size_t		narts;
	ZhDate	   *dates;
	size_t		ndates;
	int32_t    *org_end;		/* org entity ending at a position, or -1 */
	int32_t    *org_start;		/* org entity starting at a position, or -1 */
	int32_t    *title_end;		/* title entity ending at a position, or -1 */
	uint8_t    *mark;			/* MARK_* flags per normal-form position */
} Ctx;

/* What the event finder needs to know of a normal-form position. */
#define MARK_PERSON_END 0x01	/* a person's name ends here */
#define MARK_DATE_END	0x02	/* a date expression ends here */
#define MARK_DATE_START 0x04	/* a date expression starts here */
#define MARK_IN_TITLE	0x08	/* inside a title (国务院总理: its 国务院 is no organ) */
#define MARK_PERSON_START 0x10	/* a person's name starts here */

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

/*
 * Where the sentence (or clause: is_break says which) holding position q
 * begins, looking back SENTENCE_LOOK characters at most and not before
 * floor: every look back of the finder is bounded this way.
 */
static size_t
back_to_break(const Ctx *c, size_t floor, size_t q, bool (*is_break) (uint32_t))
{
	size_t		p = q;

	while (p > floor && q - p < SENTENCE_LOOK && !is_break(c->cp[p - 1]))
		p--;
	return p;
}

static bool
at(const Ctx *c, size_t p, uint32_t a, uint32_t b)
{
	return p + 1 < c->n && c->cp[p] == a && c->cp[p + 1] == b;
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


/*
 * The meeting's number: the numeral before 次 (第68次, 2023年第二次,
 * 十五届二十一次; a 届 before it is the term) that stands right before the
 * kind, a few modifier characters apart at most (第二十一次双周协商座谈会).
 * A number farther from the kind belongs to the topic (第五次全国经济普查
 * 电视电话会议 is the census's fifth, not the meeting's).  Returns the number
 * or 0, and where its numeral starts (*at, the 第 included).
 */
static int
meeting_seq(const Ctx *c, size_t from, size_t noun_s, size_t *at_out)
{
	for (size_t p = noun_s; p > from; p--)
	{
		size_t		q = p - 1;
		size_t		r;
		ZhDateNum	num;

		if (c->cp[q] != 0x6B21)	/* 次 */
			continue;
		if (noun_s - p > KIND_MODIFIER_MAX)
			return 0;
		r = q;
		while (r > from && r + 8 > q &&
			   (zh_is_digit(c->cp[r - 1]) || zh_is_cn_numeral_char(c->cp[r - 1])))
			r--;
		if (r < q && zh_datenum_read(c->cp, c->n, r, 8, &num) && num.len == q - r &&
			num.value > 0 && num.value < 100000)
		{
			if (r > from && c->cp[r - 1] == 0x7B2C)	/* 第 */
				r--;
			*at_out = r;
			return (int) num.value;
		}
		return 0;
	}
	return 0;
}

/* Length of a year prefix at p: 2023年 / 2018年度 / 二〇二三年, or 0. */
static size_t
year_prefix(const Ctx *c, size_t p, size_t limit)
{
	size_t		q = p;

	while (q < limit && q < p + 4 && zh_is_digit(c->cp[q]))
		q++;
	if (q != p + 4 || q >= limit || c->cp[q] != 0x5E74)	/* 年 */
		return 0;
	q++;
	if (q < limit && c->cp[q] == 0x5EA6)	/* 度 */
		q++;
	return q - p;
}

/* Length of a term at p: 十五届 / 第十四届, or 0. */
static size_t
term_prefix(const Ctx *c, size_t p, size_t limit)
{
	size_t		q = p;

	if (q < limit && c->cp[q] == 0x7B2C)	/* 第 */
		q++;
	while (q < limit && q < p + 6 && (zh_is_digit(c->cp[q]) || zh_is_cn_numeral_char(c->cp[q])))
		q++;
	if (q == p || q >= limit || c->cp[q] != 0x5C4A || !(zh_is_digit(c->cp[q - 1]) || zh_is_cn_numeral_char(c->cp[q - 1])))
		return 0;				/* 届 */
	return q + 1 - p;
}

/*
 * Is [from, noun_e) a bare kind, with at most a term, a year and a number
 * before it (会议, 第68次会议, 2024年第一次集体学习, 十五届二十一次主席会议)?
 */
static bool
is_bare_kind(const Ctx *c, size_t from, size_t noun_e)
{
	size_t		p = from + term_prefix(c, from, noun_e);
	size_t		at = 0;

	p += year_prefix(c, p, noun_e);

	if (meeting_seq(c, p, noun_e - zh_lex_ending_at(c->lex, ZH_LEX_MEETING_BARE, c->cp, p, noun_e), &at) > 0 && at == p)
	{
		/* skip 第N次 */
		while (p < noun_e && c->cp[p] != 0x6B21)
			p++;
		p++;
	}
	return p < noun_e && zh_lex_is(c->lex, ZH_LEX_MEETING_BARE, c->cp, p, noun_e);
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

		/* compare the UTF-8 name (well-formed: zh_text_to_utf8 wrote it) with code points */
		while (name[k] && p < e && same)
		{
			uint32_t	ch = 0xFFFD;
			size_t		len = zh_utf8_decode((const unsigned char *) name + k, ZH_UTF8_MAX, &ch);

			k += len ? len : 1;
			same = ch == t->cp[p++];
		}
		if (same && !name[k] && p == e)
			return c->ents.officials[o].role;
	}
	return ZH_ROLE_OTHER;
}

static size_t skip_date(const Ctx *c, size_t p);

/* 作 as a verb of speaking or reporting (作了汇报), not 作出, 作为, 作用. */
static bool
is_speaking_zuo(const Ctx *c, size_t p, size_t limit)
{
	return c->cp[p] == 0x4F5C && p + 1 < limit &&
		c->cp[p + 1] != 0x51FA && c->cp[p + 1] != 0x4E3A && c->cp[p + 1] != 0x7528;
}


/* End of the person or title that starts at p, or p. */
static size_t
skip_person_or_title(const Ctx *c, size_t p)
{
	size_t		end = p;

	for (size_t i = first_entity_from(c, p); i < c->ents.n && c->ents.ents[i].start == p; i++)
		if ((c->ents.ents[i].kind == ZH_ENT_PERSON || c->ents.ents[i].kind == ZH_ENT_TITLE) &&
			c->ents.ents[i].end > end)
			end = c->ents.ents[i].end;
	return end;
}


/*
 * Does the list that a name at e heads end in attending or speaking?  What
 * follows the name, up to its verb, may only be more of a list of people
 * (names, titles, 、 and ，, 等, 分别), a date and a place (9日在北京出席):
 * 区委副书记、区长初军威，区委副书记底志欣出席; 孙春兰、胡春华…参加;
 * 赵水清作了总结讲话.  A name inside a longer phrase (习近平新时代…) is
 * followed by none of these and attends nothing.
 */
static bool
list_attends(const Ctx *c, size_t e, size_t limit)
{
	size_t		p = e;

	while (p < limit && p < e + SENTENCE_LOOK && !is_sentence_break(c->cp[p]))
	{
		size_t		q;

		/* the verb, perhaps with a word of two characters before it (交流发言) */
		for (size_t k = p; k < p + 3 && k < limit && !is_clause_break(c->cp[k]); k++)
			if (zh_lex_starting_at(c->lex, ZH_LEX_ATTEND_VERB, c->cp, k, limit) > 0)
				return true;
		if (is_speaking_zuo(c, p, limit))
			return true;
		if (c->cp[p] == 0x3001 || c->cp[p] == 0xFF0C || c->cp[p] == ' ')	/* 、 ， */
		{
			p++;
			continue;
		}
		if ((q = skip_person_or_title(c, p)) > p || (q = skip_date(c, p)) > p)
		{
			p = q;
			continue;
		}
		if ((q = zh_lex_starting_at(c->lex, ZH_LEX_ATTENDEE_FILLER, c->cp, p, limit)) > 0)
		{
			p += q;
			/* 在北京: a place after 在 */
			while (p < limit && c->cp[p - 1] == 0x5728 && c->org_start[p] < 0 &&
				   !(c->mark[p] & MARK_PERSON_START) && p < e + 12 &&
				   zh_lex_starting_at(c->lex, ZH_LEX_ATTEND_VERB, c->cp, p, limit) == 0 && !is_clause_break(c->cp[p]))
				p++;
			continue;
		}
		return false;
	}
	return false;
}

/*
 * Does the text say the person named at [s, e) attended or spoke?  Either
 * the name heads a list that ends in the verb (list_attends), or the name
 * stands as a list item or a sentence's subject (、 ， 就 对 向 围绕 after
 * it) and the sentence goes on to such a verb
 * (国务院副总理何立峰、张国清，国务委员谌贻琴作交流发言; 刘奇就…作了汇报).
 */
static bool
sentence_attends(const Ctx *c, size_t e, size_t limit)
{
	uint32_t	next = e < limit ? c->cp[e] : 0;

	if (list_attends(c, e, limit))
		return true;
	if (!(next == 0x3001 || next == 0xFF0C || next == 0x5C31 || next == 0x5BF9 || next == 0x5411 ||
		  next == 0x56F4))		/* 、 ， 就 对 向 围(绕) */
		return false;
	for (size_t p = e; p < limit && p < e + SENTENCE_LOOK && !is_sentence_break(c->cp[p]); p++)
		if (zh_lex_starting_at(c->lex, ZH_LEX_ATTEND_VERB, c->cp, p, limit) > 0 || is_speaking_zuo(c, p, limit))
			return true;
	return false;
}

/* Does the clause before position a put what follows on the agenda? */
static bool
clause_has_agenda_verb(const Ctx *c, size_t from, size_t a)
{
	size_t		p = a;
	int			depth = 0;

	while (p > from && a - p < SENTENCE_LOOK)
	{
		uint32_t	ch = c->cp[p - 1];

		if (ch == 0x300B)
			depth++;
		else if (ch == 0x300A && depth > 0)
			depth--;
		else if (depth == 0 && is_clause_break(ch))
			break;
		else if (depth == 0 && zh_lex_ending_at(c->lex, ZH_LEX_AGENDA_VERB, c->cp, p > 4 ? p - 4 : 0, p) > 0)
			return true;
		p--;
	}
	return false;
}

/* Copy the UTF-8 of [s1, e1) followed by [s2, e2) into *out. */
static ZhStatus
text_of2(const Ctx *c, const ZhText *t, size_t s1, size_t e1, size_t s2, size_t e2, char **out)
{
	char	   *p1,
			   *p2;
	size_t		len1,
				len2;
	ZhStatus	st;

	if ((st = zh_text_to_utf8(c->env, t, s1, e1, &p1, &len1)) != ZH_OK)
		return st;
	if ((st = zh_text_to_utf8(c->env, t, s2, e2, &p2, &len2)) != ZH_OK)
	{
		zh_free(c->env, p1);
		return st;
	}
	*out = zh_alloc(c->env, len1 + len2 + 1);
	if (*out)
	{
		memcpy(*out, p1, len1);
		memcpy(*out + len1, p2, len2);
		(*out)[len1 + len2] = 0;
	}
	zh_free(c->env, p1);
	zh_free(c->env, p2);
	return *out ? ZH_OK : ZH_ERR_NOMEM;
}

/*
 * The day the meeting was held.  A date in the meeting's own sentence
 * before its verb wins (a range in its own clause is the meeting's: its
 * first day, as 9日至10日在京召开); else the last single day named before the
 * verb in the article (the lead's 5月24日下午，…).  A vague one (近日) gives
 * no day.
 */
static void
meeting_date(const Ctx *c, int a, const Event *ev, ZhMeeting *m)
{
	size_t		sent = back_to_break(c, 0, ev->verb, is_sentence_break),
				clause = back_to_break(c, 0, ev->verb, is_clause_break);
	uint32_t	verb_src = c->src[ev->verb];
	uint32_t	sent_src,
				clause_src;

	if (ev->subject_form)
		clause = ev->np_s;		/* NAME 9日至10日在京召开: the name's clause */
	sent_src = c->src[sent];
	clause_src = c->src[clause];
	for (size_t d = first_date_from(c, c->arts[a].src_start); d < c->ndates; d++)
	{
		const ZhDate *dt = &c->dates[d];
		bool		own = dt->src_start >= sent_src;

		if (dt->src_start >= verb_src)
			break;
		if (dt->grain != ZH_GRAIN_DAY || dt->approximate)
			continue;
		/* a stretch of days is the meeting's only in its own clause (9日至10日在京召开), not a tour's (5月7日至9日，…调研，并…主持召开座谈会) */
		if (dt->has_span && dt->hi - dt->lo != 1 && dt->src_start < clause_src)
			continue;
		/* 1月25日下午 without a year to place it: no day, but the part of day */
		m->has_date = dt->has_span;
		m->held_on = dt->has_span ? dt->lo : 0;
		if (dt->part_of_day || own)
			m->part_of_day = dt->part_of_day;
		/* 昨天下午（5月8日）: the part of day of the first of the pair */
		if (!dt->part_of_day && d > 0 && c->dates[d - 1].src_end + 1 >= dt->src_start &&
			c->dates[d - 1].src_start >= c->arts[a].src_start)
			m->part_of_day = c->dates[d - 1].part_of_day;
	}
}

/* End of the date expression starting at normal-form position p, or p. */
static size_t
skip_date(const Ctx *c, size_t p)
{
	size_t		k;

	if (p >= c->n || !(c->mark[p] & MARK_DATE_START))
		return p;
	k = first_date_from(c, c->src[p]);
	if (k >= c->ndates || c->dates[k].src_start != c->src[p])
		return p;
	while (p < c->n && c->src[p] < c->dates[k].src_end)
		p++;
	return p;
}

/*
 * The first person in [from, to) said to preside: the name, a title of the
 * person's own and a date allowed before 主持 (赵乐际委员长主持,
 * 李强6月2日主持召开, 由支部书记秦军主持).  *title_s, *title_e: the title
 * after the name, if any.
 */
static const ZhEntity *
presiding_person(const Ctx *c, size_t from, size_t to, size_t *title_s, size_t *title_e)
{
	for (size_t i = first_entity_from(c, from); i < c->ents.n && c->ents.ents[i].start < to; i++)
	{
		const ZhEntity *e = &c->ents.ents[i];
		size_t		after = e->end;

		*title_s = *title_e = 0;
		if (e->kind != ZH_ENT_PERSON || e->start < from || e->end >= to)
			continue;
		for (size_t k = i + 1; k < c->ents.n && c->ents.ents[k].start <= after; k++)
			if (c->ents.ents[k].kind == ZH_ENT_TITLE && c->ents.ents[k].start == after)
			{
				*title_s = after;
				after = c->ents.ents[k].end;
				*title_e = after;
			}
		after = skip_date(c, after);
		if (at(c, after, 0x4E3B, 0x6301))	/* 主持 */
			return e;
	}
	return NULL;
}

/*
 * The chain of titles printed right before a name, in text order
 * (中共中央政治局常委、全国政协主席、党组书记王沪宁).
 */
static ZhStatus
titles_before(const Ctx *c, const ZhText *t, size_t name_s, ZhStrList *out)
{
	size_t		q = name_s;
	size_t		starts[16];
	int			n = 0;
	ZhStatus	st;

	while (n < 16 && c->title_end[q] >= 0)
	{
		q = c->ents.ents[c->title_end[q]].start;
		starts[n++] = q;
		if (q == 0 || c->cp[q - 1] != 0x3001)	/* 、 */
			break;
		q--;
	}
	for (int k = n - 1; k >= 0; k--)
	{
		char	   *s;

		/* each title ends where the next one's 、 (or the name) begins */
		size_t		end = k == 0 ? name_s : starts[k - 1] - 1;

		if ((st = text_of(c, t, starts[k], end, &s)) != ZH_OK)
			return st;
		if ((st = zh_strlist_add_unique(c->env, out, s)) != ZH_OK)
			return st;
	}
	return ZH_OK;
}

/*
 * The chair: who presides in the meeting's own sentence, else in the
 * report after it, else before it (a headline: 李强主持…, without titles).  Titles: the chain before the name
 * and the title after it.
 */
static ZhStatus
meeting_chair(Ctx *c, const ZhText *t, const Event *ev, size_t from, size_t to, ZhMeeting *m,
			  const ZhEntity **chair_out)
{
	const ZhEntity *chair;
	size_t		title_s,
				title_e,
				sent_s = ev->verb,
				sent_e = ev->verb;
	ZhStatus	st;

	while (sent_s > from && !is_sentence_break(c->cp[sent_s - 1]))
		sent_s--;
	while (sent_e < to && !is_sentence_break(c->cp[sent_e]))
		sent_e++;
	/* its sentence, then what follows it, then what precedes (a headline) */
	chair = presiding_person(c, sent_s, sent_e, &title_s, &title_e);
	if (!chair)
		chair = presiding_person(c, sent_e, to, &title_s, &title_e);
	if (!chair)
		chair = presiding_person(c, from, sent_s, &title_s, &title_e);
	*chair_out = chair;
	if (!chair)
		return ZH_OK;
	if ((st = text_of(c, t, chair->start, chair->end, &m->chair)) != ZH_OK)
		return st;
	if ((st = titles_before(c, t, chair->start, &m->chair_titles)) != ZH_OK)
		return st;
	if (m->chair_titles.n == 0)
	{
		const ZhPersonMention *pm = mention_at(c, chair->start, chair->end);

		for (int k = 0; pm && k < pm->titles.n; k++)
		{
			size_t		l = strlen(pm->titles.items[k]);
			char	   *s = zh_alloc(c->env, l + 1);

			if (!s)
				return ZH_ERR_NOMEM;
			memcpy(s, pm->titles.items[k], l + 1);
			if ((st = zh_strlist_add_unique(c->env, &m->chair_titles, s)) != ZH_OK)
				return st;
		}
	}
	if (title_e > title_s)
	{
		char	   *s;

		if ((st = text_of(c, t, title_s, title_e, &s)) != ZH_OK)
			return st;
		if ((st = zh_strlist_add_unique(c->env, &m->chair_titles, s)) != ZH_OK)
			return st;
	}
	return ZH_OK;
}

/*
 * Organ and name.  The name is the noun phrase as printed.  Its organ is
 * what precedes its number (十四届全国人大常委会|第十次委员长会议), or an
 * organisation it starts with when a bare kind follows (国务院|常务会议).
 * Otherwise the organ is the sentence's subject, if an organisation, and a
 * bare kind takes it in front (区委常委会 + 第68次会议).
 */
static ZhStatus
meeting_names(Ctx *c, const ZhText *t, const Event *ev, ZhMeeting *m)
{
	size_t		at = 0;
	size_t		org_s = 0,
				org_e = 0;
	ZhStatus	st;

	m->seq = meeting_seq(c, ev->np_s, ev->noun_s, &at);
	if (m->seq > 0 && at > ev->np_s + term_prefix(c, ev->np_s, at))
	{
		org_s = ev->np_s;
		org_e = at;
		if (org_e - org_s >= 5 && year_prefix(c, org_e - 5, org_e) == 5)	/* …2023年第二次 */
			org_e -= 5;
	}
	else if (c->org_start[ev->np_s] >= 0 && !(c->mark[ev->np_s] & MARK_IN_TITLE))
	{
		const ZhEntity *o = &c->ents.ents[c->org_start[ev->np_s]];

		if (o->end < ev->np_e && is_bare_kind(c, o->end, ev->np_e))
		{
			org_s = o->start;
			org_e = o->end;
		}
	}
	if (org_e > org_s)
	{
		if ((st = text_of(c, t, org_s, org_e, &m->organ)) != ZH_OK)
			return st;
		return text_of(c, t, ev->np_s, ev->np_e, &m->name);
	}
	if (ev->subj_e > ev->subj_s)
	{
		if ((st = text_of(c, t, ev->subj_s, ev->subj_e, &m->organ)) != ZH_OK)
			return st;
		if (is_bare_kind(c, ev->np_s, ev->np_e))
			return text_of2(c, t, ev->subj_s, ev->subj_e, ev->np_s, ev->np_e, &m->name);
	}
	return text_of(c, t, ev->np_s, ev->np_e, &m->name);
}

static ZhStatus
build_meeting(Ctx *c, const ZhText *t, int a, const Event *ev, ZhMeeting *m)
{
	size_t		from,
				to;
	ZhStatus	st;
	const ZhEntity *chair = NULL;

	memset(m, 0, sizeof(*m));
	m->article_no = c->arts[a].no;
	if ((st = meeting_names(c, t, ev, m)) != ZH_OK)
		return st;
	meeting_date(c, a, ev, m);
	article_range(c, a, &from, &to);
	if ((st = meeting_chair(c, t, ev, from, to, m, &chair)) != ZH_OK)
		return st;
	/*
	 * attendees: people whose sentence says they attended (LIST_MAX at most,
	 * which also bounds the role look-ups and the duplicate checks)
	 */
	for (size_t i = first_entity_from(c, from);
		 i < c->ents.n && c->ents.ents[i].start < to && m->attendees.n < LIST_MAX; i++)
	{
		const ZhEntity *e = &c->ents.ents[i];
		char	   *name;
		ZhRole		role;

		zh_maybe_check(c->env, i);
		if (e->kind != ZH_ENT_PERSON || e->start < from || e->end > to)
			continue;
		if (chair && e->end - e->start == chair->end - chair->start &&
			memcmp(t->cp + e->start, t->cp + chair->start, (e->end - e->start) * sizeof(uint32_t)) == 0)
			continue;
		if (!sentence_attends(c, e->end, to))
			continue;
		/* anyone but the paper's own staff (孙春兰、胡春华…参加 names no titles) */
		role = role_of(c, t, e->start, e->end);
		if (role == ZH_ROLE_REPORTER || role == ZH_ROLE_PHOTOGRAPHER)
			continue;
		if ((st = text_of(c, t, e->start, e->end, &name)) != ZH_OK)
			return st;
		if ((st = zh_strlist_add_unique(c->env, &m->attendees, name)) != ZH_OK)
			return st;
	}
	/* agenda: 《titles》 of clauses that put them before the meeting */
	for (size_t p = from; p < to && m->agenda.n < LIST_MAX; p++)
	{
		size_t		q;
		int			depth = 0;
		char	   *title;

		zh_maybe_check(c->env, p);
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
	for (size_t p = q; p < c->n && p < q + SENTENCE_LOOK && c->cp[p] != '\n'; p++)
		if (c->cp[p] == 0x3002 || c->cp[p] == 0xFF1B || c->cp[p] == 0xFF01 || c->cp[p] == 0xFF1F)
			return true;
	return false;
}

/* Organisations by where they start and end; persons, dates and titles by position. */
static void
index_positions(Ctx *c)
{
	for (size_t p = 0; p <= c->n; p++)
	{
		c->org_end[p] = c->org_start[p] = c->title_end[p] = -1;
		c->mark[p] = 0;
	}
	for (size_t i = 0; i < c->ents.n; i++)
	{
		const ZhEntity *e = &c->ents.ents[i];

		if (e->kind == ZH_ENT_PERSON)
		{
			c->mark[e->end] |= MARK_PERSON_END;
			c->mark[e->start] |= MARK_PERSON_START;
		}
		if (e->kind == ZH_ENT_TITLE)
		{
			for (size_t p = e->start; p < e->end; p++)
				c->mark[p] |= MARK_IN_TITLE;
			if (c->title_end[e->end] < 0 || c->ents.ents[c->title_end[e->end]].start > e->start)
				c->title_end[e->end] = (int32_t) i;
		}
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
	/* dates are in input characters: mark the normal-form positions */
	{
		size_t		d = 0;

		for (size_t p = 0; p < c->n && d < c->ndates; p++)
		{
			while (d < c->ndates && c->dates[d].src_end <= c->src[p])
				d++;
			if (d < c->ndates && c->dates[d].src_start == c->src[p] &&
				(p == 0 || c->src[p - 1] != c->src[p]))
				c->mark[p] |= MARK_DATE_START;
			if (d < c->ndates && c->src[p] + 1 == c->dates[d].src_end)
				c->mark[p + 1] |= MARK_DATE_END;
		}
	}
}

/* Start of the meeting's name that ends with the noun at noun_s. */
static size_t
name_start(const Ctx *c, size_t floor, size_t noun_s)
{
	size_t		p = noun_s;
	int			quoted = 0;

	while (p > floor && noun_s - p < NP_MAX_CHARS)
	{
		uint32_t	ch = c->cp[p - 1];

		if (ch == 0x201D)		/* ” : a quoted title is part of the name */
			quoted++;
		else if (ch == 0x201C)
		{
			if (quoted == 0)
				break;
			quoted--;
		}
		else if (quoted == 0)
		{
			if (is_clause_break(ch) || ch == 0x3001 || ch == 0x300A || ch == 0x300B ||
				ch == ' ' || ch == 0xFF09 || ch == 0x4E86 || ch == 0x5728)	/* 、《》 ）了在 */
				break;
			if (zh_lex_ending_at(c->lex, ZH_LEX_MEETING_OBJECT_VERB, c->cp, floor, p) > 0)
				break;
		}
		p--;
	}
	while (p < noun_s && c->cp[p] == 0x4E86)	/* 了 */
		p++;
	return quoted ? noun_s : p;
}

/* 新一届国务院第一次全体会议: a deictic term before a name is no part of it. */
static size_t
skip_deictic_term(const Ctx *c, size_t p, size_t noun_s)
{
	if (p + 3 < noun_s && c->cp[p] == 0x65B0 && c->cp[p + 1] == 0x4E00 && c->cp[p + 2] == 0x5C4A)
		return p + 3;			/* 新一届 */
	if (p + 2 < noun_s && c->cp[p] == 0x672C && c->cp[p + 1] == 0x5C4A)
		return p + 2;			/* 本届 */
	return p;
}


/* Is the plan word at p a decision cited as ground (根据…决定), not a plan? */
static bool
cites_decision(const Ctx *c, size_t floor, size_t p)
{
	for (size_t k = p; k > floor && p - k < 16 && !is_clause_break(c->cp[k - 1]); k--)
		if (zh_lex_starting_at(c->lex, ZH_LEX_DECISION_GROUND, c->cp, k - 1, p) > 0)
			return true;
	return false;
}

/* Does a plan word stand between the sentence's start and position q? */
static bool
planned(const Ctx *c, size_t floor, size_t q)
{
	for (size_t p = back_to_break(c, floor, q, is_sentence_break); p < q; p++)
		if (zh_lex_starting_at(c->lex, ZH_LEX_MEETING_PLAN, c->cp, p, q + 3 < c->n ? q + 3 : c->n) > 0 &&
			!cites_decision(c, floor, p))
			return true;
	return false;
}

/*
 * The organisation that holds the meeting, as the sentence's subject: the
 * nearest organisation before the verb in its sentence that is not part of
 * a title (国务院总理's 国务院 is the premier's, not the organ), or 我市,
 * 我县, 我区 … as printed.
 */
static void
subject_organ(const Ctx *c, size_t floor, size_t verb, Event *ev)
{
	for (size_t p = verb; p > floor && verb - p < SENTENCE_LOOK && !is_sentence_break(c->cp[p - 1]) &&
		 c->cp[p - 1] != 0xFF1A && c->cp[p - 1] != ':'; p--)	/* 央视网消息：… is no subject */
	{
		int32_t		o = c->org_end[p];

		if (o >= 0 && !(c->mark[c->ents.ents[o].start] & MARK_IN_TITLE))
		{
			ev->subj_s = c->ents.ents[o].start;
			ev->subj_e = p;
			return;
		}
		if (p >= 2 && c->cp[p - 2] == 0x6211 &&	/* 我市 我县 我区 我省 我镇 我乡 */
			(c->cp[p - 1] == 0x5E02 || c->cp[p - 1] == 0x53BF || c->cp[p - 1] == 0x533A ||
			 c->cp[p - 1] == 0x7701 || c->cp[p - 1] == 0x9547 || c->cp[p - 1] == 0x4E61))
		{
			ev->subj_s = p - 2;
			ev->subj_e = p;
			return;
		}
	}
}

/*
 * A meeting noun ending at noun_e, in [floor, limit): is it a meeting the
 * text says was held?  Either a verb takes it as object (主持召开国务院常务
 * 会议, 召开第68次会议, 出席…电视电话会议并讲话), or it opens its clause and a
 * verb follows (…第十次委员长会议21日上午在北京人民大会堂举行).
 */
static bool
find_event(const Ctx *c, size_t floor, size_t limit, size_t noun_s, size_t noun_e, Event *ev)
{
	size_t		np_s = name_start(c, floor, noun_s);
	size_t		v = np_s;

	memset(ev, 0, sizeof(*ev));
	ev->np_s = np_s;
	ev->noun_s = noun_s;
	ev->np_e = noun_e;
	while (v > floor && c->cp[v - 1] == 0x4E86)	/* 开展了 */
		v--;
	{
		size_t		len = zh_lex_ending_at(c->lex, ZH_LEX_MEETING_OBJECT_VERB, c->cp, floor, v);

		if (len > 0)
		{
			ev->np_s = skip_deictic_term(c, np_s, noun_s);
			ev->verb = v - len;
			if (planned(c, floor, ev->verb))
				return false;
			subject_organ(c, floor, ev->verb, ev);
			return true;
		}
	}
	/* the name as subject: it opens a clause, a verb follows */
	if (np_s > floor && !is_clause_break(c->cp[np_s - 1]) && c->cp[np_s - 1] != 0x300B)
		return false;
	for (size_t p = noun_e; p < limit && p < noun_e + SUBJECT_VERB_WINDOW; p++)
	{
		if (is_clause_break(c->cp[p]) || (c->mark[p] & MARK_PERSON_START))
			return false;
		if (zh_lex_starting_at(c->lex, ZH_LEX_MEETING_SUBJECT_VERB, c->cp, p, limit) > 0)
		{
			ev->verb = p;
			ev->subject_form = true;
			return !planned(c, floor, p);
		}
	}
	return false;
}

/* Does a date stand in the sentence before position q? */
static bool
dated_sentence(const Ctx *c, size_t q)
{
	for (size_t p = back_to_break(c, 0, q, is_sentence_break); p < q; p++)
		if (c->mark[p] & MARK_DATE_START)
			return true;
	return false;
}

/*
 * The meeting an article reports: the first meeting noun phrase in it that
 * the text says was held, in a sentence of its body (a headline names the
 * meeting too, but only the report's sentences say when and who, and a
 * headline's tense is not to be trusted: 丁薛祥将访问…并举行…会议).  The
 * first whose sentence gives a date before its verb is preferred: the lead
 * does (5月24日下午，…召开), a headline joined to the lead does not.
 */
static bool
article_event(const Ctx *c, int a, Event *out)
{
	size_t		from,
				to;
	int			depth = 0;
	bool		found = false;

	article_range(c, a, &from, &to);
	for (size_t p = from; p < to; p++)
	{
		size_t		len;
		Event		ev;

		zh_maybe_check(c->env, p);
		if (c->cp[p] == 0x300A)
			depth++;
		else if (c->cp[p] == 0x300B && depth > 0)
			depth--;
		else if (c->cp[p] == '\n')
			depth = 0;			/* a 《 the damage left open closes with its paragraph */
		if (depth > 0)
			continue;
		/* a meeting noun ends after p (议, 会 or 习) */
		if (c->cp[p] != 0x8BAE && c->cp[p] != 0x4F1A && c->cp[p] != 0x4E60)
			continue;
		len = zh_lex_ending_at(c->lex, ZH_LEX_MEETING, c->cp, from, p + 1);
		/*
		 * the longest noun: 专题学习 goes on into 专题学习会, 会 into 会议, and
		 * 专题学习 into 专题学习研讨会
		 */
		if (len == 0 || (p + 1 < to && (zh_lex_ending_at(c->lex, ZH_LEX_MEETING, c->cp, from, p + 2) > 1 ||
										 zh_lex_starting_at(c->lex, ZH_LEX_MEETING, c->cp, p + 1, to) > 0)))
			continue;
		if (p + 1 < to && zh_lex_starting_at(c->lex, ZH_LEX_MEETING_NOT_AFTER, c->cp, p + 1, to) > 0)
			continue;
		if (!find_event(c, from, to, p + 1 - len, p + 1, &ev) || !in_sentence(c, ev.verb))
			continue;
		if (dated_sentence(c, ev.verb))
		{
			*out = ev;
			return true;
		}
		if (!found)
		{
			*out = ev;
			found = true;
		}
	}
	return found;
}

/*
 * Could the raw text name a meeting at all?  Only if it holds the last
 * character of some meeting noun (议, 会, 习 for 会议, 座谈会, 集体学习, or
 * whatever users added); a document without one reports none, and this scan
 * of its bytes spares it the whole analysis.  The raw text may still be
 * traditional, so the traditional forms of the shipped nouns' last
 * characters (議 會 習) count too.  Every Han character is three bytes of
 * UTF-8 in the Basic Multilingual Plane, where meeting nouns are written.
 */
static bool
mentions_event(const ZhLexicons *lx, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32_t	last[32] = {0x8B70, 0x6703, 0x7FD2};
	size_t		nlast = zh_lex_last_chars(lx, ZH_LEX_MEETING, last + 3, 29);

	if (nlast == SIZE_MAX)
		return true;			/* too many to test: look closer */
	nlast += 3;
	for (size_t i = 0; i + 2 < n; i++)
	{
		uint32_t	c;

		if ((u[i] & 0xF0) != 0xE0 || zh_utf8_decode(u + i, 3, &c) != 3)
			continue;
		for (size_t j = 0; j < nlast; j++)
			if (last[j] == c)
				return true;
		i += 2;
	}
	return false;
}

int
zh_article_index(const ZhArticle *arts, size_t narts, uint32_t src)
{
	size_t		a;

	/* articles are in page order and do not overlap: the first ending after src */
	ZH_LOWER_BOUND(narts, arts[i].src_end, (uint64_t) src + 1, a);
	return (a < narts && src >= arts[a].src_start) ? (int) a : -1;
}

ZhStatus
zh_meetings_with(const ZhEnv *env, const ZhAnalysis *an, const ZhEntities *ents,
				 const ZhArticle *arts, size_t narts,
				 const char *s, size_t n, bool has_anchor, int32_t anchor_day,
				 ZhMeeting **out, size_t *nout)
{
	Ctx			c;
	ZhStatus	st = ZH_OK;
	ZhMeeting  *ms = NULL;
	size_t		nm = 0;

	memset(&c, 0, sizeof(c));
	c.env = env;
	c.lex = env->lex;
	c.ents = *ents;
	*out = NULL;
	*nout = 0;
	if (!env->lex)
		return ZH_ERR_INVALID;	/* no word lists: see zh_env.h */
	if (!mentions_event(c.lex, s, n))
		return ZH_OK;			/* no meeting noun: nothing to look for */
	c.arts = arts;
	c.narts = narts;
	/* the analysis's normal form is the one zh_dates would make: reuse it */
	if ((st = zh_dates_normalized(env, &an->norm, has_anchor, anchor_day, &c.dates, &c.ndates)) != ZH_OK)
		goto done;
	c.cp = an->norm.text.cp;
	c.src = an->norm.text.src;
	c.n = an->norm.text.len;
	c.org_end = zh_alloc(env, (c.n + 1) * sizeof(int32_t));
	c.org_start = zh_alloc(env, (c.n + 1) * sizeof(int32_t));
	c.title_end = zh_alloc(env, (c.n + 1) * sizeof(int32_t));
	c.mark = zh_alloc(env, c.n + 1);
	ms = zh_alloc(env, (c.narts + 1) * sizeof(ZhMeeting));
	if (!c.org_end || !c.org_start || !c.title_end || !c.mark || !ms)
	{
		st = ZH_ERR_NOMEM;
		goto done;
	}
	memset(ms, 0, (c.narts + 1) * sizeof(ZhMeeting));
	index_positions(&c);

	/* one meeting per article, the first its report says was held */
	for (size_t a = 0; a < c.narts; a++)
	{
		Event		ev;

		if (!article_event(&c, (int) a, &ev))
			continue;
		st = build_meeting(&c, &an->norm.text, (int) a, &ev, &ms[nm]);
		nm++;
		if (st != ZH_OK)
			goto done;
	}
done:
	zh_free(env, c.org_end);
	zh_free(env, c.org_start);
	zh_free(env, c.title_end);
	zh_free(env, c.mark);
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
	if (!env->lex)
		return ZH_ERR_INVALID;	/* no word lists: see zh_env.h */
	if (!mentions_event(env->lex, s, n))
		return ZH_OK;			/* no meeting noun: nothing to analyse */
	if ((st = zh_analyze(env, d, ud, s, n, ZH_SEG_DEFAULT, &an)) != ZH_OK)
		return st;
	if ((st = zh_entities(env, d, &an, &ents)) == ZH_OK)
	{
		ZhArticle  *arts;
		size_t		narts;

		if ((st = zh_articles(env, s, n, &arts, &narts)) == ZH_OK)
		{
			st = zh_meetings_with(env, &an, &ents, arts, narts, s, n, has_anchor, anchor_day, out, nout);
			zh_articles_free(env, arts, narts);
		}
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
