/*
 * zh_layout.c — joining hard-wrapped lines and collapsing doubled headlines.
 *
 * Text extracted from a PDF keeps the page's line breaks: every ~20
 * characters, inside words, names and numbers, often with blank lines between.
 * A break must go where the paragraph ended and nowhere else.  The evidence,
 * in order of strength:
 *
 *   - the next line is indented: a new paragraph or headline starts;
 *   - a line printed twice in a row (the two-column layout prints headlines
 *     once per column): a headline, kept on a line of its own; consecutive
 *     doubled lines are one headline wrapped over two lines and are joined;
 *   - the line ends with sentence-final punctuation;
 *   - the line is clearly shorter than the lines around it: the text stopped
 *     before the column's edge, so the paragraph ended;
 *   - the lines around do not look hard-wrapped at all (no run of lines of
 *     about the same width): the breaks are the author's, kept.
 *
 * Only a full-width line inside a hard-wrapped region, ending mid-sentence,
 * is joined to the next.  The last rule is what makes normalisation
 * idempotent: normalised text has paragraphs of varying width, so a second
 * pass finds nothing hard-wrapped and keeps every break.
 *
 * Everything is linear: the width statistics use a fixed window, and the
 * doubling search is bounded per line.
 */
#include "zh_layout.h"
#include "zh_array.h"
#include "zh_chars.h"

#include <string.h>

#define WINDOW 6				/* lines on each side for width statistics */
#define SHORT_RATIO 0.75		/* below this share of the typical width: short */
#define SIMILAR_RATIO 0.15		/* within this of the typical width: same width */
#define WRAP_MAX_WIDTH 160		/* no PDF column is wider (80 ideographs) */
#define WRAP_MIN_WIDTH 24		/* nor narrower (12): shorter lines are lists or titles */
#define DOUBLE_MAX_CHARS 160	/* longest line searched for doubling */
#define DOUBLE_MAX_TRIES 16		/* candidate unit lengths tried per position */
#define DOUBLE_MIN_UNIT 5		/* shortest headline undoubled, in characters */

/* A physical line of the page, after doubling is undone. */
typedef struct PLine
{
	size_t		start;			/* content in the work buffer, trimmed */
	size_t		end;
	uint32_t	src_start;
	uint32_t	src_end;
	int			width;
	unsigned	flags;
	bool		blank;
	bool		trail_space;	/* the page had a space after the text */
} PLine;

typedef struct Work
{
	ZhText		buf;			/* de-doubled content of all physical lines */
	PLine	   *lines;
	size_t		n;
	size_t		cap;
} Work;

static ZhStatus
push_line(const ZhEnv *env, Work *w, PLine *pl)
{
	ZhStatus	st = zh_grow(env, &w->lines, &w->cap, w->n + 1, sizeof(PLine));

	if (st != ZH_OK)
		return st;
	w->lines[w->n++] = *pl;
	return ZH_OK;
}

static int
width_of(const uint32_t *cp, size_t n)
{
	int			w = 0;

	for (size_t i = 0; i < n; i++)
		w += zh_char_width(cp[i]);
	return w;
}

/*
 * Can cp[0, len) be the unit of a doubled headline?  At least two ideographs,
 * and not itself a repetition (so that 啊啊啊啊 is left alone and the unit
 * found is the smallest honest one).
 */
static bool
unit_ok(const uint32_t *cp, size_t len)
{
	int			han = 0;
	bool		same = true;

	for (size_t i = 0; i < len; i++)
	{
		han += zh_is_han(cp[i]);
		same &= cp[i] == cp[0];
	}
	if (han < 2 || same)
		return false;
	if (len % 2 == 0 && memcmp(cp, cp + len / 2, len / 2 * sizeof(uint32_t)) == 0)
		return false;
	return true;
}

/* Largest unit length L ≥ 2 with cp[0,L) == cp[L,2L), or 0. */
static size_t
doubled_unit_at(const uint32_t *cp, size_t n)
{
	int			tries = 0;

	for (size_t L = n / 2; L >= 2 && tries < DOUBLE_MAX_TRIES; L--)
	{
		if (cp[L] != cp[0])
			continue;
		tries++;
		if (memcmp(cp, cp + L, L * sizeof(uint32_t)) == 0 && unit_ok(cp, L))
			return L;
	}
	return 0;
}

/*
 * Undo doubling in cp/src[0, n) in place: XX YY tail → X Y tail.  Returns the
 * new length of the de-doubled part (0 if the line is not doubled) and sets
 * *tail_at to the tail's range after compaction.  Each unit must be at
 * least min_unit characters long: a headline is, while text repeats short
 * units of its own (一九一九年, 研究研究, 谢谢谢谢).
 */
static size_t
undouble(uint32_t *cp, uint32_t *src, size_t n, size_t min_unit, size_t *tail_at)
{
	size_t		i = 0,
				outlen = 0,
				covered = 0;

	while (i + 4 <= n)
	{
		size_t		L = doubled_unit_at(cp + i, n - i);

		if (L < min_unit)
			break;
		memmove(cp + outlen, cp + i, L * sizeof(uint32_t));
		memmove(src + outlen, src + i, L * sizeof(uint32_t));
		outlen += L;
		covered += 2 * L;
		i += 2 * L;
	}
	if (outlen == 0 || covered * 10 < n * 6)
		return 0;
	/* the tail follows the units */
	memmove(cp + outlen, cp + i, (n - i) * sizeof(uint32_t));
	memmove(src + outlen, src + i, (n - i) * sizeof(uint32_t));
	*tail_at = outlen;
	return outlen + (n - i);
}

static bool
is_trim_space(uint32_t c)
{
	return zh_is_space(c);
}

static bool ends_sentence(const uint32_t *cp, size_t n);

/*
 * Can the physical line about to be added be a headline?  A headline stands
 * where a paragraph cannot continue: at the top of the text, after a blank
 * line, after another headline, after a finished sentence, or indented.  A
 * line that continues a wrapped sentence is body text, whatever it repeats.
 */
static bool
at_headline_position(const Work *w, const PLine *pl)
{
	const PLine *prev = w->n ? &w->lines[w->n - 1] : NULL;

	return !prev || prev->blank || (prev->flags & ZH_LINE_DOUBLED) ||
		(pl->flags & ZH_LINE_INDENTED) ||
		ends_sentence(w->buf.cp + prev->start, prev->end - prev->start);
}

/*
 * Split folded text into physical lines, undoing doubling line by line.
 * A tail after a doubled headline becomes a physical line of its own.
 */
static ZhStatus
split_lines(const ZhEnv *env, const ZhText *in, Work *w)
{
	size_t		a = 0;
	ZhStatus	st;

	if ((st = zh_text_init(env, &w->buf, in->len + 1)) != ZH_OK)
		return st;
	w->buf.src_len = in->src_len;
	while (a <= in->len)
	{
		size_t		b = a,
					ta,
					tb,
					base;
		PLine		pl;

		zh_maybe_check(env, a);
		while (b < in->len && in->cp[b] != '\n')
			b++;
		ta = a;
		tb = b;
		while (ta < tb && is_trim_space(in->cp[ta]))
			ta++;
		while (tb > ta && is_trim_space(in->cp[tb - 1]))
			tb--;

		memset(&pl, 0, sizeof(pl));
		pl.src_start = a < in->len ? in->src[a] : in->src_len;
		pl.src_end = b > a ? in->src[b - 1] + 1 : pl.src_start;
		pl.blank = (ta == tb);
		pl.trail_space = tb < b;
		if (ta - a >= 2)
			pl.flags |= ZH_LINE_INDENTED;

		base = w->buf.len;
		for (size_t i = ta; i < tb; i++)
			zh_text_put(&w->buf, in->cp[i], in->src[i]);
		pl.start = base;
		pl.end = w->buf.len;

		if (!pl.blank && tb - ta <= DOUBLE_MAX_CHARS && at_headline_position(w, &pl))
		{
			size_t		tail_at = 0;
			size_t		n = undouble(w->buf.cp + base, w->buf.src + base, tb - ta,
									 DOUBLE_MIN_UNIT, &tail_at);

			if (n)
			{
				/* a unit may itself hold a doubling: undo until nothing changes */
				size_t		units = tail_at;

				for (int round = 0; round < 8; round++)
				{
					size_t		t2 = 0;
					size_t		n2 = undouble(w->buf.cp + base, w->buf.src + base, units,
												DOUBLE_MIN_UNIT, &t2);

					if (!n2)
						break;
					/* keep the original tail right after the shorter units */
					memmove(w->buf.cp + base + n2, w->buf.cp + base + units,
							(n - units) * sizeof(uint32_t));
					memmove(w->buf.src + base + n2, w->buf.src + base + units,
							(n - units) * sizeof(uint32_t));
					n = n2 + (n - units);
					units = n2;
				}
				w->buf.len = base + n;
				pl.end = base + units;
				pl.flags |= ZH_LINE_DOUBLED;
				/* trim inside the unit part, then the tail as its own line */
				while (pl.end > pl.start && is_trim_space(w->buf.cp[pl.end - 1]))
					pl.end--;
				if (units < n)
				{
					PLine		tail = pl;
					size_t		s = base + units;

					while (s < base + n && is_trim_space(w->buf.cp[s]))
						s++;
					tail.start = s;
					tail.end = base + n;
					tail.flags = ZH_LINE_TAIL;
					tail.src_start = w->buf.src[s];
					tail.src_end = pl.src_end;
					tail.width = width_of(w->buf.cp + tail.start, tail.end - tail.start);
					pl.src_end = tail.src_start;
					pl.width = width_of(w->buf.cp + pl.start, pl.end - pl.start);
					if ((st = push_line(env, w, &pl)) != ZH_OK)
						return st;
					if ((st = push_line(env, w, &tail)) != ZH_OK)
						return st;
					a = b + 1;
					continue;
				}
			}
		}
		pl.width = width_of(w->buf.cp + pl.start, pl.end - pl.start);
		if ((st = push_line(env, w, &pl)) != ZH_OK)
			return st;
		a = b + 1;
	}
	return ZH_OK;
}

static void
sort_ints(int *v, int n)
{
	for (int i = 1; i < n; i++)
	{
		int			x = v[i],
					j = i - 1;

		while (j >= 0 && v[j] > x)
		{
			v[j + 1] = v[j];
			j--;
		}
		v[j + 1] = x;
	}
}

/*
 * Is physical line k (an index into `idx`, the non-blank plain lines) a full
 * line of a hard-wrapped region?  Typical width is the median of its window;
 * the region is hard-wrapped when at least two neighbours share that width.
 */
static bool
is_full_wrapped(const Work *w, const size_t *idx, size_t nidx, size_t k)
{
	int			v[2 * WINDOW + 1];
	int			nv = 0,
				similar = 0;
	size_t		lo = k >= WINDOW ? k - WINDOW : 0;
	size_t		hi = k + WINDOW < nidx ? k + WINDOW : nidx - 1;
	int			median,
				me = w->lines[idx[k]].width;

	for (size_t i = lo; i <= hi; i++)
		v[nv++] = w->lines[idx[i]].width;
	sort_ints(v, nv);
	median = v[nv / 2];
	if (median > WRAP_MAX_WIDTH || median < WRAP_MIN_WIDTH || me < SHORT_RATIO * median)
		return false;
	for (size_t i = lo; i <= hi; i++)
	{
		int			d = w->lines[idx[i]].width - median;

		if (i != k && (d < 0 ? -d : d) <= SIMILAR_RATIO * median)
			similar++;
	}
	return similar >= 2;
}

static bool
ends_sentence(const uint32_t *cp, size_t n)
{
	while (n > 0 && zh_is_closer(cp[n - 1]))
	{
		n--;
		if (n > 0 && zh_is_sentence_final(cp[n - 1]))
			return true;
	}
	return n > 0 && zh_is_sentence_final(cp[n - 1]);
}

/* 本报讯, 新华社…电: a byline opens an article, on a line of its own. */
static bool
starts_byline(const Work *w, const PLine *q)
{
	static const uint32_t benbao[] = {0x672C, 0x62A5};	/* 本报 */
	static const uint32_t xinhua[] = {0x65B0, 0x534E, 0x793E};	/* 新华社 */
	const uint32_t *cp = w->buf.cp + q->start;
	size_t		n = q->end - q->start;

	if ((n >= 3 && memcmp(cp, benbao, sizeof(benbao)) == 0 &&
		 (cp[2] == 0x8BAF || cp[2] == 0x8BB0)) ||	/* 本报讯, 本报记者 */
		(n >= 3 && memcmp(cp, xinhua, sizeof(xinhua)) == 0))
		return true;
	/* 央视网消息（新闻联播）： 人民网消息： a source's lead, never a continuation */
	for (size_t i = 2; i < 8 && i + 2 < n && zh_is_han(cp[i - 1]); i++)
		if (cp[i] == 0x6D88 && cp[i + 1] == 0x606F &&
			(cp[i + 2] == 0xFF1A || cp[i + 2] == ':' || cp[i + 2] == 0xFF08 || cp[i + 2] == '('))
			return true;
	return false;
}

/* 2024年6月13日 星期四: a masthead is a line of its own. */
static bool
has_weekday(const Work *w, const PLine *p)
{
	const uint32_t *cp = w->buf.cp + p->start;
	size_t		n = p->end - p->start;

	for (size_t i = 0; i + 2 < n && n <= 48; i++)
		if (cp[i] == 0x661F && cp[i + 1] == 0x671F)	/* 星期 */
			return true;
	return false;
}

/* … 赵智和 摄: a photo credit ends its line. */
static bool
ends_credit(const Work *w, const PLine *p)
{
	size_t		n = p->end - p->start;
	const uint32_t *cp = w->buf.cp + p->start;

	return n >= 3 && (cp[n - 1] == 0x6444 || (cp[n - 2] == 0x6444 && cp[n - 1] == 0x5F71));
}

static bool
ends_mid_sentence(const uint32_t *cp, size_t n)
{
	if (n == 0)
		return false;
	if (cp[n - 1] == 0xFF0C || cp[n - 1] == 0x3001 || cp[n - 1] == ',')
		return true;
	for (size_t i = 0; i + 1 < n; i++)
		if (cp[i] == 0x3002 || cp[i] == 0xFF01 || cp[i] == 0xFF1F || cp[i] == 0xFF1B)
			return zh_is_han(cp[n - 1]);
	return false;
}

/* Keep the break between physical lines p and q (both non-blank)? */
static bool
keep_break(const Work *w, const PLine *p, const PLine *q, bool p_full)
{
	if (q->flags & ZH_LINE_INDENTED)
		return true;
	if (starts_byline(w, q) || ends_credit(w, p) || has_weekday(w, p))
		return true;
	if ((p->flags & ZH_LINE_DOUBLED) && (q->flags & ZH_LINE_DOUBLED))
		return false;
	if ((p->flags | q->flags) & (ZH_LINE_DOUBLED | ZH_LINE_TAIL))
		return true;
	if (ends_sentence(w->buf.cp + p->start, p->end - p->start))
		return true;
	/*
	 * A paragraph does not end on a comma, nor in the middle of a sentence
	 * that began on the same line (…研讨。县委书记诸葛 / 文澜主持): such a
	 * line continues, however short.
	 */
	if (ends_mid_sentence(w->buf.cp + p->start, p->end - p->start))
		return false;
	return !p_full;
}

static ZhStatus
push_out_line(const ZhEnv *env, ZhLayout *out, size_t *cap, const ZhLine *ln)
{
	ZhStatus	st = zh_grow(env, &out->lines, cap, out->nlines + 1, sizeof(ZhLine));

	if (st != ZH_OK)
		return st;
	out->lines[out->nlines++] = *ln;
	return ZH_OK;
}

ZhStatus
zh_layout(const ZhEnv *env, const ZhText *folded, ZhLayout *out)
{
	Work		w;
	size_t	   *idx = NULL;
	bool	   *full = NULL;
	size_t		nidx = 0,
				lcap = 0;
	ZhStatus	st;
	ZhLine		cur;
	bool		open = false;

	memset(&w, 0, sizeof(w));
	memset(out, 0, sizeof(*out));
	if ((st = split_lines(env, folded, &w)) != ZH_OK)
		goto done;

	/* width statistics over non-blank lines that are not headline material */
	idx = zh_alloc(env, (w.n + 1) * sizeof(size_t));
	full = zh_alloc(env, (w.n + 1) * sizeof(bool));
	if (!idx || !full)
	{
		st = ZH_ERR_NOMEM;
		goto done;
	}
	for (size_t i = 0; i < w.n; i++)
	{
		full[i] = false;
		if (!w.lines[i].blank && !(w.lines[i].flags & (ZH_LINE_DOUBLED | ZH_LINE_TAIL)))
			idx[nidx++] = i;
	}
	for (size_t k = 0; k < nidx; k++)
	{
		zh_maybe_check(env, k);
		full[idx[k]] = is_full_wrapped(&w, idx, nidx, k);
	}

	if ((st = zh_text_init(env, &out->text, w.buf.len + w.n + 1)) != ZH_OK)
		goto done;
	out->text.src_len = folded->src_len;

	for (size_t i = 0; i < w.n; i++)
	{
		PLine	   *p = &w.lines[i];
		size_t		j;

		zh_maybe_check(env, i);
		if (p->blank)
			continue;
		if (!open)
		{
			memset(&cur, 0, sizeof(cur));
			cur.start = out->text.len;
			cur.src_start = p->src_start;
			cur.flags = p->flags;
			/* no blank line above: lines printed as one group (引题/主题/副题) */
			if (i > 0 && !w.lines[i - 1].blank)
				cur.flags |= ZH_LINE_CLOSE;
			open = true;
		}
		for (size_t k = p->start; k < p->end; k++)
			zh_text_put(&out->text, w.buf.cp[k], w.buf.src[k]);
		cur.src_end = p->src_end;

		for (j = i + 1; j < w.n && w.lines[j].blank; j++)
			;
		if (j < w.n && !keep_break(&w, p, &w.lines[j], full[i]))
		{
			/*
			 * Joined: Latin words on either side still need their space,
			 * and a space the page put before the break (陆知远 / 王晴) is
			 * kept for the space rules to judge: between Chinese characters
			 * the normal form drops it, the display form keeps it.
			 */
			if ((p->end > p->start && zh_is_latin_letter(w.buf.cp[p->end - 1]) &&
				 zh_is_latin_letter(w.buf.cp[w.lines[j].start])) || p->trail_space)
				zh_text_put(&out->text, ' ', p->src_end > 0 ? p->src_end - 1 : 0);
			continue;
		}
		cur.end = out->text.len;
		if ((st = push_out_line(env, out, &lcap, &cur)) != ZH_OK)
			goto done;
		open = false;
		if (j < w.n)
			zh_text_put(&out->text, '\n', p->src_end < folded->src_len ? p->src_end : p->src_end - 1);
	}
done:
	zh_free(env, idx);
	zh_free(env, full);
	zh_free(env, w.lines);
	zh_text_free(env, &w.buf);
	if (st != ZH_OK)
		zh_layout_free(env, out);
	return st;
}

void
zh_layout_free(const ZhEnv *env, ZhLayout *l)
{
	zh_text_free(env, &l->text);
	zh_free(env, l->lines);
	l->lines = NULL;
	l->nlines = 0;
}
