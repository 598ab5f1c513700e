/*
 * zh_articles.c — which lines of a page are headlines, bylines, credits and
 * bodies, and which article each belongs to.
 *
 * A newspaper page, once its lines are joined (zh_layout), is a sequence of
 * body paragraphs interrupted by blocks of short lines: headlines, column
 * names, photo captions and credits, an author's organisation in brackets.
 * Articles begin at a byline (本报讯…, 新华社…电) or at such a block when the
 * block is plainly a headline (printed twice by the layout, or standing alone
 * between finished paragraphs and not numbered like a sub-heading).
 *
 * Within a block the next article takes the strongest headline (a doubled
 * line, else the longest).  Headline lines printed as one group, each right
 * under the other with no blank line between (引题 / 主题 / 副题), are one
 * headline: the main title is the line that reports the event (a meeting
 * verb: 召开, 举行, 主持 …), else the widest; a line opening with —— is never
 * the main title.  Lines of the group above the main title are its kicker,
 * those under it its subtitle.  A column name stands apart (blank lines
 * around it), so it never joins a group.  One line, however long, with no
 * sentence punctuation in it is a headline too (李强主持召开…强调 全面落实…
 * 坚定不移…), since reports print a main title and its theses on one line
 * separated by spaces.  An article that ended without any headline takes
 * the strongest one left before it, since some layouts print a headline under
 * its body.  Short lines left over are column names.  Credits (赵智和 摄) and
 * their captions go to the article below, bracketed organisations to the one
 * above.  Every line goes to exactly one article, so articles' spans do not
 * overlap.
 */
#include "zh_articles.h"
#include "zh_normalize.h"
#include "zh_chars.h"
#include "zh_lexicon.h"
#include "zh_numeral.h"

#include <string.h>

#define HEADLINE_MAX_WIDTH 72	/* a headline is at most ~36 ideographs */
#define LONG_HEADLINE_MAX_WIDTH 200	/* …or ~100 without a comma or full stop */
#define HEADLINE_GROUP_MAX 3	/* 引题, 主题, 副题 */
#define GROUP_LINE_MIN_WIDTH 16	/* a kicker or subtitle: 8 ideographs or more */
#define CREDIT_MAX_CHARS 80
#define AUTHOR_MAX_CHARS 32
#define ARTICLES_MAX 100000

typedef enum LineKind
{
	K_BODY,
	K_BYLINE,					/* a body line that opens with a byline */
	K_CANDIDATE,				/* headline or column name */
	K_CREDIT,					/* photo credit, maybe after a caption */
	K_AUTHOR,					/* （organisation） under an article */
	K_MASTHEAD					/* the page's name and date: nobody's */
} LineKind;

typedef struct Line
{
	LineKind	kind;
	size_t		fs,
				fe;				/* full (normal form) text range */
	size_t		ds,
				de;				/* display text range */
	int			width;
	unsigned	flags;
	size_t		byline_end;		/* display index after the byline */
	int			article;		/* owner, -1 until assigned */
	int			role;			/* what the line is to its article */
} Line;

enum
{
	R_BODY, R_HEADLINE, R_KICKER, R_SUBTITLE, R_SECTION, R_CREDIT, R_AUTHOR, R_IGNORED
};

typedef struct Ctx
{
	const ZhEnv *env;
	ZhNormalized full;
	ZhNormalized disp;
	Line	   *lines;
	size_t		n;
} Ctx;

/* The display form's code points, which the line tests read (ds, de index them). */
static const uint32_t *
display_cp(const Ctx *c)
{
	return c->disp.text.cp;
}


/* 本报 新华社 中新社 人民网 …: data/vocab/news_agency.txt */
static size_t
agency_len(const ZhLexicons *lx, const uint32_t *cp, size_t i, size_t end)
{
	return zh_lex_starting_at(lx, ZH_LEX_NEWS_AGENCY, cp, i, end);
}

/*
 * Length of the byline at the start of display line [s, e): the agency and
 * place/date up to 讯 or 电, then an optional bracket of reporters.  0 if the
 * line does not open with one.
 */
static size_t role_len(const ZhLexicons *lx, const uint32_t *cp, size_t i, size_t e);

static size_t
byline_at(const ZhLexicons *lx, const uint32_t *cp, size_t s, size_t e)
{
	size_t		a = agency_len(lx, cp, s, e),
				i;

	/* （通讯员 张扬 记者 林立）9月18日…: reporters alone open the article */
	if (!a && s < e && zh_is_open_paren(cp[s]) && role_len(lx, cp, s + 1, e) > 0)
	{
		for (i = s + 1; i < e && i < s + 48 && !zh_is_close_paren(cp[i]); i++)
			;
		return (i < e && zh_is_close_paren(cp[i]) && i + 1 < e) ? i + 1 - s : 0;
	}
	if (!a)
		return 0;
	/* place and date may stand between the agency and 讯/电 */
	for (i = s + a; i < e && i < s + a + 20; i++)
	{
		uint32_t	c = cp[i];

		if (c == 0x8BAF || c == 0x7535)	/* 讯 电 */
			break;
		if (!(zh_is_han(c) || zh_is_digit(c) || c == ' '))
			return 0;
	}
	if (i >= e || !(cp[i] == 0x8BAF || cp[i] == 0x7535))
		return 0;
	i++;
	{
		size_t		j = i;

		while (j < e && cp[j] == ' ')
			j++;
		if (j < e && zh_is_open_paren(cp[j]))
		{
			size_t		k;

			for (k = j + 1; k < e && k < j + 48 && !zh_is_close_paren(cp[k]); k++)
				;
			if (k < e && zh_is_close_paren(cp[k]))
				return k + 1 - s;
		}
	}
	return i - s;
}

/* Reporter roles, the longest (实习记者 over 记者): data/vocab/reporter_role.txt. */
static size_t
role_len(const ZhLexicons *lx, const uint32_t *cp, size_t i, size_t e)
{
	return zh_lex_starting_at(lx, ZH_LEX_REPORTER_ROLE, cp, i, e);
}

static bool
is_name_sep(uint32_t c)
{
	return c == ' ' || c == 0x3001 || c == 0xFF0C || c == ',' || c == 0xFF1A || c == ':';
}

static ZhStatus
strlist_add(const ZhEnv *env, ZhStrList *l, const ZhText *t, size_t from, size_t to)
{
	char	   *s;
	size_t		len;
	ZhStatus	st = zh_text_to_utf8(env, t, from, to, &s, &len);

	return st == ZH_OK ? zh_strlist_add_unique(env, l, s) : st;
}

/* A personal name as printed in credits: two to four ideographs. */
static bool
looks_like_name(const uint32_t *cp, size_t from, size_t to)
{
	if (to - from < 2 || to - from > 4)
		return false;
	for (size_t i = from; i < to; i++)
		if (!zh_is_han(cp[i]))
			return false;
	return true;
}

/*
 * Names in display text [s, e): separated by spaces or 、, each possibly
 * preceded by a role.  Without separators (记者王蕾蕾) the role still marks
 * where the name starts.  With add=false only counts the names.
 */
static ZhStatus
parse_names(const ZhEnv *env, const ZhText *t, size_t s, size_t e, ZhStrList *out, int *count,
			size_t *stop)
{
	size_t		i = s;

	*count = 0;
	*stop = s;
	while (i < e)
	{
		size_t		j,
					r;

		while (i < e && is_name_sep(t->cp[i]))
			i++;
		while ((r = role_len(env->lex, t->cp, i, e)) > 0)
		{
			i += r;
			while (i < e && t->cp[i] == ' ')
				i++;
		}
		for (j = i; j < e && !is_name_sep(t->cp[j]) && !role_len(env->lex, t->cp, j, e); j++)
			;
		/* a two-character name padded to the width of three: 王 晴 */
		if (j == i + 1 && zh_is_han(t->cp[i]) && j + 1 < e && t->cp[j] == ' ' &&
			zh_is_han(t->cp[j + 1]) && !role_len(env->lex, t->cp, j + 1, e) &&
			(j + 2 == e || is_name_sep(t->cp[j + 2]) || role_len(env->lex, t->cp, j + 2, e)))
		{
			uint32_t	pair[2] = {t->cp[i], t->cp[j + 1]};
			ZhText		two = {pair, pair, 2, 2, 2};

			(*count)++;
			if (out)
			{
				ZhStatus	st = strlist_add(env, out, &two, 0, 2);

				if (st != ZH_OK)
					return st;
			}
			i = j + 2;
			*stop = i;
			continue;
		}
		if (j > i)
		{
			if (!looks_like_name(t->cp, i, j))
				return ZH_OK;	/* not a list of names: stop, keep what was found */
			*stop = j;
			(*count)++;
			if (out)
			{
				ZhStatus	st = strlist_add(env, out, t, i, j);

				if (st != ZH_OK)
					return st;
			}
		}
		i = j;
		while (i < e && is_name_sep(t->cp[i]))
			i++;
		if (i >= e)
			*stop = e;
	}
	return ZH_OK;
}

/*
 * A photo credit at the end of display line [s, e): "… 赵智和 摄",
 * "（记者 王某 摄）", "王某/摄".  Sets *names_from to where the names begin
 * (the caption is what precedes it).  Returns the index of 摄, or 0.
 */
static size_t
credit_at(const Ctx *c, size_t s, size_t e, size_t *names_from, size_t *names_to)
{
	const uint32_t *cp = display_cp(c);
	size_t		k = e,
				b,
				stop;
	int			count = 0;

	if (e - s > CREDIT_MAX_CHARS)
		return 0;
	while (k > s && (zh_is_close_paren(cp[k - 1]) || cp[k - 1] == ' '))
		k--;
	if (k >= s + 2 && cp[k - 2] == 0x6444 && cp[k - 1] == 0x5F71)	/* 摄影 */
		k--;
	if (k <= s || cp[k - 1] != 0x6444)	/* 摄 */
		return 0;
	*names_to = k - 1;
	while (*names_to > s && (cp[*names_to - 1] == ' ' || cp[*names_to - 1] == '/'))
		(*names_to)--;
	/* back to the punctuation or bracket that ends the caption */
	for (b = *names_to; b > s; b--)
	{
		uint32_t	ch = cp[b - 1];

		if (!(zh_is_han(ch) || is_name_sep(ch)) || ch == 0xFF0C)
			break;
	}
	while (b < *names_to && is_name_sep(cp[b]))
		b++;
	/* the caption's last words may run into the names: keep to name-sized pieces */
	if (*names_to - b > 12)
		return 0;
	/* every piece must be a name: the parse reaches the end */
	if (parse_names(c->env, &c->disp.text, b, *names_to, NULL, &count, &stop) != ZH_OK || count == 0 ||
		stop < *names_to)
		return 0;
	*names_from = b;
	return k - 1;
}

static bool
ends_like_sentence(const uint32_t *cp, size_t s, size_t e)
{
	while (e > s && zh_is_closer(cp[e - 1]))
		e--;
	return e > s && (zh_is_sentence_final(cp[e - 1]) || cp[e - 1] == 0xFF0C ||
					 cp[e - 1] == 0x3001 || cp[e - 1] == ',');
}

/* （致公党丰台区工委）: a short bracketed line with no sentence in it. */
static bool
is_author_line(const uint32_t *cp, size_t s, size_t e)
{
	if (e - s < 4 || e - s > AUTHOR_MAX_CHARS || !zh_is_open_paren(cp[s]) || !zh_is_close_paren(cp[e - 1]))
		return false;
	for (size_t i = s + 1; i + 1 < e; i++)
		if (zh_is_sentence_final(cp[i]) || cp[i] == 0xFF0C || zh_is_open_paren(cp[i]))
			return false;
	return true;
}

/*
 * 洛阳日报 2024年6月13日 星期四 第2版: the page's masthead, a date with a
 * weekday.  Not a headline; kept apart like a signature.
 */
static bool
is_masthead(const uint32_t *cp, size_t s, size_t e)
{
	bool		weekday = false,
				digit = false;

	if (e - s > 48)
		return false;
	for (size_t i = s; i < e; i++)
	{
		digit |= zh_is_digit(cp[i]);
		if (i + 2 < e && cp[i] == 0x661F && cp[i + 1] == 0x671F)	/* 星期 */
			weekday = true;
		if (zh_is_sentence_final(cp[i]) || cp[i] == 0xFF0C)
			return false;
	}
	return weekday && digit;
}

/* 一、 （一） 1. 1、 ①: sub-headings inside an article, not headlines. */
static bool
is_numbered(const uint32_t *cp, size_t s, size_t e)
{
	size_t		i = s;
	bool		paren = false,
				num = false;

	if (i < e && zh_is_open_paren(cp[i]))
	{
		paren = true;
		i++;
	}
	while (i < e && i < s + 4)
	{
		/* 1 … 9, 一 … 九 and 十; not 〇 or 两, which number no heading */
		if (!zh_is_digit(cp[i]) && zh_cn_plain_digit(cp[i]) < 1 && cp[i] != 0x5341)
			break;
		num = true;
		i++;
	}
	if (!num || i >= e)
		return false;
	if (paren)
		return zh_is_close_paren(cp[i]);
	return cp[i] == 0x3001 || cp[i] == '.' || cp[i] == 0xFF0E;
}

/*
 * A line wider than a headline may still be one: a main title and its
 * theses on one line, separated by spaces, with no comma, full stop or
 * colon anywhere (a paragraph of body text always has one of these).
 */
static bool
is_long_headline(const uint32_t *cp, size_t s, size_t e, int width)
{
	if (width > LONG_HEADLINE_MAX_WIDTH)
		return false;
	for (size_t i = s; i < e; i++)
	{
		uint32_t	ch = cp[i];

		if (zh_is_sentence_final(ch) || ch == 0xFF0C || ch == ',' || ch == 0xFF1A || ch == ':' ||
			ch == 0xFF1B || ch == ';')
			return false;
	}
	return true;
}

static void
classify(Ctx *c)
{
	for (size_t k = 0; k < c->n; k++)
	{
		Line	   *ln = &c->lines[k];
		const uint32_t *cp = display_cp(c);
		size_t		nf,
					nt;

		ln->article = -1;
		ln->byline_end = ln->ds;
		ln->width = 0;
		for (size_t i = ln->ds; i < ln->de; i++)
			ln->width += zh_char_width(cp[i]);
		if (ln->de == ln->ds)
			ln->kind = K_BODY;
		else if (byline_at(c->env->lex, cp, ln->ds, ln->de))
		{
			ln->kind = K_BYLINE;
			ln->byline_end = ln->ds + byline_at(c->env->lex, cp, ln->ds, ln->de);
		}
		else if (is_masthead(cp, ln->ds, ln->de))
			ln->kind = K_MASTHEAD;
		else if (is_author_line(cp, ln->ds, ln->de))
			ln->kind = K_AUTHOR;
		else if (credit_at(c, ln->ds, ln->de, &nf, &nt))
			ln->kind = K_CREDIT;
		else if ((ln->width <= HEADLINE_MAX_WIDTH && !ends_like_sentence(cp, ln->ds, ln->de)) ||
				 is_long_headline(cp, ln->ds, ln->de, ln->width))
			ln->kind = K_CANDIDATE;
		else
			ln->kind = K_BODY;
	}
}

static bool
is_header_kind(LineKind k)
{
	return k == K_CANDIDATE || k == K_CREDIT || k == K_AUTHOR || k == K_MASTHEAD;
}

/* Among candidate lines [a, b), the strongest headline: doubled, then widest. */
static long
best_headline(const Ctx *c, size_t a, size_t b)
{
	long		best = -1;

	for (size_t k = a; k < b; k++)
	{
		const Line *ln = &c->lines[k];
		const Line *bl;

		if (ln->kind != K_CANDIDATE || ln->article >= 0)
			continue;
		if (best < 0)
		{
			best = (long) k;
			continue;
		}
		bl = &c->lines[best];
		if (((ln->flags & ZH_LINE_DOUBLED) && !(bl->flags & ZH_LINE_DOUBLED)) ||
			(((ln->flags & ZH_LINE_DOUBLED) == (bl->flags & ZH_LINE_DOUBLED)) && ln->width > bl->width))
			best = (long) k;
	}
	return best;
}

/* —— (or a single long dash) opening a line: a subtitle, never a main title. */
static size_t
dash_len(const uint32_t *cp, size_t s, size_t e)
{
	size_t		i = s;

	while (i < e && (cp[i] == 0x2014 || cp[i] == 0x2015 || cp[i] == 0x2500))
		i++;
	return i - s;
}

/*
 * Does the line report an event (召开 举行 主持 …: data/vocab/
 * headline_event_verb.txt)?  The predicate a main title carries and a
 * kicker or subtitle usually lacks (区政府召开常务会议 over
 * 研究部署防汛抗旱和安全生产工作).
 */
static bool
has_event_verb(const ZhLexicons *lx, const uint32_t *cp, size_t s, size_t e)
{
	for (size_t i = s; i + 1 < e; i++)
		if (zh_lex_starting_at(lx, ZH_LEX_HEADLINE_EVENT_VERB, cp, i, e) > 0)
			return true;
	return false;
}

/*
 * May line k be part of a headline group?  A free, unnumbered candidate
 * of a kicker's or subtitle's width (or opening with ——): a shorter line
 * beside a headline is the page's column name (走一线, 简讯, 政协委员话发展),
 * which text without its blank lines (zh_normalize's output) prints right
 * beside the headline too.
 */
static bool
groupable(const Ctx *c, size_t k)
{
	const Line *ln = &c->lines[k];

	return ln->kind == K_CANDIDATE && ln->article < 0 && !(ln->flags & ZH_LINE_TAIL) &&
		!is_numbered(display_cp(c), ln->ds, ln->de) &&
		(ln->width >= GROUP_LINE_MIN_WIDTH || dash_len(display_cp(c), ln->ds, ln->de) > 0);
}

/*
 * The headline group around candidate h within block [a, b): the lines
 * printed right above and under it (ZH_LINE_CLOSE) that are candidates too,
 * at most HEADLINE_GROUP_MAX; none above it when `above` is false (the
 * article before still wants its headline printed under its body).  Sets
 * [*g0, *g1) and returns the main title.
 */
static size_t
headline_group(const Ctx *c, size_t a, size_t b, size_t h, bool above, size_t *g0, size_t *g1)
{
	size_t		s = h,
				e = h + 1,
				main = h;
	int			main_score = -1;

	while (e < b && e - s < HEADLINE_GROUP_MAX && (c->lines[e].flags & ZH_LINE_CLOSE) && groupable(c, e))
		e++;
	while (above && s > a && e - s < HEADLINE_GROUP_MAX && (c->lines[s].flags & ZH_LINE_CLOSE) &&
		   groupable(c, s - 1))
		s--;
	if (e - s > 1)
	{
		for (size_t k = s; k < e; k++)
		{
			const Line *ln = &c->lines[k];
			int			score;

			if (dash_len(display_cp(c), ln->ds, ln->de))
				continue;
			/* doubled first, then an event verb, then width */
			score = ((ln->flags & ZH_LINE_DOUBLED) ? 4096 : 0) +
				(has_event_verb(c->env->lex, display_cp(c), ln->ds, ln->de) ? 2048 : 0) + ln->width;
			if (score > main_score)
			{
				main_score = score;
				main = k;
			}
		}
	}
	*g0 = s;
	*g1 = e;
	return main;
}

/*
 * Is the block [a, b) where a new article begins?  `next` is the line after
 * it (c->n at the end).
 */
static bool
block_starts_article(const Ctx *c, size_t a, size_t b)
{
	bool		has_cand = false,
				doubled = false;

	if (b >= c->n)
		return false;			/* nothing follows: trailing material */
	if (c->lines[b].kind == K_BYLINE)
		return true;
	for (size_t k = a; k < b; k++)
	{
		if (c->lines[k].kind == K_CANDIDATE)
		{
			const uint32_t *cp = display_cp(c);

			if (is_numbered(cp, c->lines[k].ds, c->lines[k].de))
				return false;
			has_cand = true;
			doubled |= (c->lines[k].flags & ZH_LINE_DOUBLED) != 0;
		}
	}
	if (!has_cand)
		return false;
	if (doubled || a == 0)
		return true;
	/* standing alone between a finished paragraph (or a signature) and a body */
	{
		const Line *prev = &c->lines[a - 1];

		return prev->kind == K_AUTHOR || prev->kind == K_CREDIT ||
			ends_like_sentence(display_cp(c), prev->ds, prev->de);
	}
}

/*
 * Assign every line to an article.  Returns the number of articles.
 */
static int
assign(Ctx *c)
{
	int			cur = -1;		/* current article */
	bool		cur_has_body = false;
	bool		cur_has_headline = false;
	size_t		k = 0;

	while (k < c->n)
	{
		zh_maybe_check(c->env, k);
		if (!is_header_kind(c->lines[k].kind))
		{
			if (c->lines[k].kind == K_BYLINE && cur >= 0 && cur_has_body)
			{
				cur++;
				cur_has_body = cur_has_headline = false;
			}
			if (cur < 0)
				cur = 0;
			c->lines[k].article = cur;
			c->lines[k].role = R_BODY;
			cur_has_body = true;
			k++;
			continue;
		}

		/* a block of header lines [a, b) */
		{
			size_t		a = k,
						b = k;
			int			prev = cur,
						next;
			long		h_next,
						h_prev = -1;
			size_t		g0,
						g1;

			while (b < c->n && is_header_kind(c->lines[b].kind))
				b++;
			if (cur < 0 || block_starts_article(c, a, b))
				next = (cur < 0 || !cur_has_body) ? (cur < 0 ? 0 : cur) : cur + 1;
			else
				next = -1;

			/* bracketed organisations sign the article above */
			for (size_t i = a; i < b; i++)
				if (c->lines[i].kind == K_AUTHOR && prev >= 0)
				{
					c->lines[i].article = prev;
					c->lines[i].role = R_AUTHOR;
				}

			if (next < 0)
			{
				/* inside an article: sub-headings are body, credits stay credits */
				for (size_t i = a; i < b; i++)
					if (c->lines[i].article < 0)
					{
						c->lines[i].article = cur;
						c->lines[i].role = c->lines[i].kind == K_CREDIT ? R_CREDIT :
							c->lines[i].kind == K_MASTHEAD ? R_IGNORED : R_BODY;
					}
				k = b;
				continue;
			}

			h_next = best_headline(c, a, b);
			g0 = g1 = 0;
			if (h_next >= 0)
			{
				bool		prev_wants = prev >= 0 && prev != next && !cur_has_headline;

				h_next = (long) headline_group(c, a, b, (size_t) h_next, !prev_wants, &g0, &g1);
				for (size_t i = g0; i < g1; i++)
				{
					c->lines[i].article = next;
					c->lines[i].role = (long) i < h_next ? R_KICKER :
						(long) i > h_next ? R_SUBTITLE : R_HEADLINE;
				}
			}
			if (prev >= 0 && prev != next && !cur_has_headline && h_next >= 0)
			{
				h_prev = best_headline(c, a, g0);
				if (h_prev >= 0)
				{
					c->lines[h_prev].article = prev;
					c->lines[h_prev].role = R_HEADLINE;
				}
			}
			for (size_t i = a; i < b; i++)
			{
				Line	   *ln = &c->lines[i];

				if (ln->article >= 0)
					continue;
				if (ln->kind == K_MASTHEAD)
				{
					ln->article = next;
					ln->role = R_IGNORED;
					continue;
				}
				ln->role = ln->kind == K_CREDIT ? R_CREDIT : R_SECTION;
				/* before the next headline and the article above took one here: above */
				ln->article = (h_prev >= 0 && h_next >= 0 && i < g0 &&
							   ln->kind != K_CREDIT) ? prev : next;
			}
			if (next != cur)
			{
				cur = next;
				cur_has_body = false;
			}
			cur_has_headline = h_next >= 0;
			k = b;
		}
	}
	return cur + 1;
}

static ZhStatus
text_utf8(const Ctx *c, const ZhText *t, size_t from, size_t to, char **out)
{
	size_t		len;

	while (from < to && t->cp[from] == ' ')
		from++;
	while (to > from && t->cp[to - 1] == ' ')
		to--;
	if (to <= from)
	{
		*out = NULL;
		return ZH_OK;
	}
	return zh_text_to_utf8(c->env, t, from, to, out, &len);
}

/*
 * Add display text [from, to) to *out, after a space if *out holds a line
 * already (a kicker or subtitle printed on two lines).
 */
static ZhStatus
append_line(const Ctx *c, size_t from, size_t to, char **out)
{
	char	   *line,
			   *joined;
	size_t		n0,
				n1;
	ZhStatus	st = text_utf8(c, &c->disp.text, from, to, &line);

	if (st != ZH_OK || !line)
		return st;
	if (!*out)
	{
		*out = line;
		return ZH_OK;
	}
	n0 = strlen(*out);
	n1 = strlen(line);
	joined = zh_alloc(c->env, n0 + n1 + 2);
	if (!joined)
	{
		zh_free(c->env, line);
		return ZH_ERR_NOMEM;
	}
	memcpy(joined, *out, n0);
	joined[n0] = ' ';
	memcpy(joined + n0 + 1, line, n1 + 1);
	zh_free(c->env, *out);
	zh_free(c->env, line);
	*out = joined;
	return ZH_OK;
}

/* First full-text index in line ln at or after input character src. */
static size_t
full_index_at_src(const Ctx *c, const Line *ln, uint32_t src)
{
	size_t		i = ln->fs;

	while (i < ln->fe && c->full.text.src[i] < src)
		i++;
	return i;
}

static ZhStatus
append_body(const Ctx *c, ZhText *body, const Line *ln)
{
	size_t		from = ln->fs;
	ZhStatus	st;

	if (ln->kind == K_BYLINE && ln->byline_end > ln->ds)
		from = full_index_at_src(c, ln, c->disp.text.src[ln->byline_end - 1] + 1);
	while (from < ln->fe && c->full.text.cp[from] == ' ')
		from++;
	if (from >= ln->fe)
		return ZH_OK;
	if ((st = zh_text_reserve(c->env, body, ln->fe - from + 1)) != ZH_OK)
		return st;
	if (body->len)
		zh_text_put(body, '\n', c->full.text.src[from]);
	for (size_t i = from; i < ln->fe; i++)
		zh_text_put(body, c->full.text.cp[i], c->full.text.src[i]);
	return ZH_OK;
}

/*
 * Build article `no` from its lines, given in page order as indexes into
 * c->lines (lines[0, nlines)).
 */
static ZhStatus
build_article(Ctx *c, int no, const size_t *lines, size_t nlines, ZhArticle *a)
{
	ZhText		body;
	ZhStatus	st;
	bool		first = true;
	size_t		len,
				stop;

	memset(a, 0, sizeof(*a));
	a->no = no + 1;
	if ((st = zh_text_init(c->env, &body, 64)) != ZH_OK)
		return st;
	for (size_t li = 0; li < nlines; li++)
	{
		size_t		k = lines[li];
		Line	   *ln = &c->lines[k];
		if (first)
			a->src_start = c->disp.lines[k].src_start;
		a->src_end = c->disp.lines[k].src_end;
		first = false;
		switch (ln->role)
		{
			case R_HEADLINE:
				if (!a->headline)
					st = text_utf8(c, &c->disp.text, ln->ds, ln->de, &a->headline);
				break;
			case R_KICKER:
				st = append_line(c, ln->ds, ln->de, &a->kicker);
				break;
			case R_SUBTITLE:
				st = append_line(c, ln->ds + dash_len(display_cp(c), ln->ds, ln->de), ln->de, &a->subtitle);
				break;
			case R_SECTION:
				if (!a->section)
					st = text_utf8(c, &c->disp.text, ln->ds, ln->de, &a->section);
				break;
			case R_IGNORED:
				break;
			case R_AUTHOR:
				if (!a->author_org)
					st = text_utf8(c, &c->disp.text, ln->ds + 1, ln->de - 1, &a->author_org);
				break;
			case R_CREDIT:
				{
					size_t		nf = 0,
								nt = 0,
								ds = ln->ds;
					int			count;

					if (credit_at(c, ln->ds, ln->de, &nf, &nt))
					{
						if (!a->caption && nf > ds)
							st = text_utf8(c, &c->disp.text, ds, nf, &a->caption);
						if (st == ZH_OK)
							st = parse_names(c->env, &c->disp.text, nf, nt, &a->photographers, &count, &stop);
					}
				}
				break;
			default:
				if (ln->kind == K_BYLINE && !a->byline)
				{
					size_t		i = ln->ds,
								e = ln->byline_end;

					st = text_utf8(c, &c->disp.text, i, e, &a->byline);
					/* names inside the bracket, if any */
					while (st == ZH_OK && i < e && !zh_is_open_paren(c->disp.text.cp[i]))
						i++;
					if (st == ZH_OK && i < e)
					{
						int			count;

						st = parse_names(c->env, &c->disp.text, i + 1, e - 1, &a->reporters, &count, &stop);
					}
				}
				if (st == ZH_OK)
					st = append_body(c, &body, ln);
				break;
		}
		if (st != ZH_OK)
			break;
	}
	if (st == ZH_OK)
		st = zh_text_to_utf8(c->env, &body, 0, body.len, &a->body, &len);
	zh_text_free(c->env, &body);
	return st;
}

ZhStatus
zh_articles(const ZhEnv *env, const char *s, size_t n, ZhArticle **out, size_t *nout)
{
	Ctx			c;
	ZhLayout	layout;
	ZhStatus	st;
	int			count = 0;
	size_t	   *first_line = NULL,
			   *order = NULL;

	memset(&c, 0, sizeof(c));
	c.env = env;
	*out = NULL;
	*nout = 0;
	if (!env->lex)
		return ZH_ERR_INVALID;	/* no word lists: see zh_env.h */
	if ((st = zh_normalize_layout(env, s, n, &layout)) != ZH_OK)
		return st;
	st = zh_normalize_spaces(env, &layout, ZH_SPACES_REMOVE_CJK, &c.full);
	if (st == ZH_OK)
		st = zh_normalize_spaces(env, &layout, ZH_SPACES_COLLAPSE, &c.disp);
	zh_layout_free(env, &layout);
	if (st != ZH_OK)
		goto done;

	c.n = c.full.nlines;
	c.lines = zh_alloc(env, (c.n + 1) * sizeof(Line));
	if (!c.lines)
	{
		st = ZH_ERR_NOMEM;
		goto done;
	}
	for (size_t k = 0; k < c.n; k++)
	{
		c.lines[k].fs = c.full.lines[k].start;
		c.lines[k].fe = c.full.lines[k].end;
		c.lines[k].ds = c.disp.lines[k].start;
		c.lines[k].de = c.disp.lines[k].end;
		c.lines[k].flags = c.full.lines[k].flags;
	}
	/* a line emptied by normalisation carries nothing */
	classify(&c);
	count = c.n ? assign(&c) : 0;
	if (count > ARTICLES_MAX)
	{
		st = ZH_ERR_TOO_LARGE;
		goto done;
	}
	if (count > 0)
	{
		*out = zh_alloc(env, (size_t) count * sizeof(ZhArticle));
		if (!*out)
		{
			st = ZH_ERR_NOMEM;
			goto done;
		}
		/* zeroed, so that an error part-way can free every article alike */
		memset(*out, 0, (size_t) count * sizeof(ZhArticle));
		/* bucket the lines by article (counting sort keeps page order) */
		first_line = zh_alloc(env, ((size_t) count + 1) * sizeof(size_t));
		order = zh_alloc(env, (c.n + 1) * sizeof(size_t));
		if (!first_line || !order)
		{
			st = ZH_ERR_NOMEM;
			goto done;
		}
		memset(first_line, 0, ((size_t) count + 1) * sizeof(size_t));
		for (size_t k = 0; k < c.n; k++)
			if (c.lines[k].article >= 0)
				first_line[c.lines[k].article + 1]++;
		for (int a = 0; a < count; a++)
			first_line[a + 1] += first_line[a];
		{
			size_t	   *fill = zh_alloc(env, ((size_t) count + 1) * sizeof(size_t));

			if (!fill)
			{
				st = ZH_ERR_NOMEM;
				goto done;
			}
			memcpy(fill, first_line, ((size_t) count + 1) * sizeof(size_t));
			for (size_t k = 0; k < c.n; k++)
				if (c.lines[k].article >= 0)
					order[fill[c.lines[k].article]++] = k;
			zh_free(env, fill);
		}
		for (int a = 0; a < count; a++)
		{
			zh_maybe_check(env, (size_t) a * ZH_CHECK_EVERY);
			st = build_article(&c, a, order + first_line[a], first_line[a + 1] - first_line[a],
							   &(*out)[a]);
			if (st != ZH_OK)
				goto done;
		}
		*nout = (size_t) count;
	}
done:
	/*
	 * On error the caller gets nothing: free the articles built so far and
	 * the one that failed (build_article keeps its partial results in it).
	 */
	if (st != ZH_OK && *out)
	{
		zh_articles_free(env, *out, (size_t) count);
		*out = NULL;
		*nout = 0;
	}
	zh_free(env, first_line);
	zh_free(env, order);
	zh_free(env, c.lines);
	zh_normalized_free(env, &c.full);
	zh_normalized_free(env, &c.disp);
	return st;
}

void
zh_articles_free(const ZhEnv *env, ZhArticle *arts, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		ZhArticle  *a = &arts[i];

		zh_free(env, a->headline);
		zh_free(env, a->kicker);
		zh_free(env, a->subtitle);
		zh_free(env, a->byline);
		zh_free(env, a->body);
		zh_free(env, a->section);
		zh_free(env, a->caption);
		zh_free(env, a->author_org);
		zh_strlist_free(env, &a->reporters);
		zh_strlist_free(env, &a->photographers);
	}
	zh_free(env, arts);
}
