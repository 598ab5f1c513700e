/*
 * zh_person_rows.c — rows of names printed with spaces and no 、 (出席的有
 * 王少峰 初军威 底志欣, 张伟 李明 王芳, 马  骏 padded to the width of a
 * three-character name).
 *
 * Normalisation removes the spaces between Chinese characters, as PDF
 * text needs, so the segmenter sees 张伟李明王芳 and cuts it wrongly.  The
 * input offsets of the normal form still show where a space stood (a jump
 * over input characters between two ideographs).  A piece of text between
 * two such gaps that is shaped like a name, beside another such piece or a
 * name already found, is an item of a row of names.  A lone piece between
 * gaps proves nothing: PDF text puts spaces between ordinary words too
 * (金融产业 发展), so a row needs two items.
 */
#include "zh_person_int.h"

/* Longest item taken, in characters: a compound surname and two more. */
#define ROW_ITEM_MAX 4

/*
 * What the pass knows by position: the end of the name (found before or
 * taken here) starting at p, and the end of the row item starting at p;
 * 0 for none.
 */
typedef struct RowMarks
{
	uint32_t   *name_end;
	uint32_t   *item_end;
	uint8_t    *name_ends_at;	/* 1 where a name ends */
} RowMarks;

static void
add_row_name(Ctx *c, RowMarks *m, uint32_t s, uint32_t e)
{
	if (e <= s || e > c->n)
		return;
	if (m->name_end[s] != e)
		span_add(c, &c->names, s, e, tok_containing(c, s), tok_containing(c, e - 1));
	m->name_end[s] = e;
	m->name_ends_at[e] = 1;
	m->item_end[s] = e;
}

static void
note_name(RowMarks *m, uint32_t s, uint32_t e)
{
	if (e > m->name_end[s])
		m->name_end[s] = e;
	m->name_ends_at[e] = 1;
}

/* Does a row item overlap cp[s, e) without being it? */
static bool
across_items(const Ctx *c, const RowMarks *m, uint32_t s, uint32_t e)
{
	if (m->item_end[s] == e)
		return false;
	/* items are at most ROW_ITEM_MAX + 1 long: one may start that far back */
	for (uint32_t q = s > ROW_ITEM_MAX + 1 ? s - ROW_ITEM_MAX - 1 : 0; q < e && q < c->n; q++)
		if (m->item_end[q] > s && !(q == s && m->item_end[q] == e))
			return true;
	return false;
}

/*
 * The names and title mentions the segmenter's cut gave across the row go
 * or are cut back: a name that overlaps an item without being one (张伟李,
 * 明王芳), and a mention is cut at the first item starting inside it (市长
 * 张伟李 / 明: 张伟).
 */
static void
drop_names_across_items(Ctx *c, const RowMarks *m)
{
	size_t		w = 0;

	for (size_t k = 0; k < c->names.n; k++)
		if (!across_items(c, m, c->names.v[k].start, c->names.v[k].end))
			c->names.v[w++] = c->names.v[k];
	c->names.n = w;
	for (size_t k = 0; k < c->nmentions; k++)
	{
		Mention    *mt = &c->mentions[k];

		for (uint32_t q = mt->start + 2; q < mt->end; q++)
			if (m->item_end[q] != 0)
			{
				mt->end = q;
				break;
			}
	}
}

/*
 * Did the input have characters between positions p - 1 and p that
 * normalisation dropped?  Mostly a space; also a line join or an invisible
 * character (U+200B), which in a row of names separate them as well.
 */
static bool
gap_before(const Ctx *c, uint32_t p)
{
	const uint32_t *src = c->an->norm.text.src;

	return p > 0 && p < c->n && src[p] > src[p - 1] + 1 && zh_is_han(c->cp[p - 1]) && zh_is_han(c->cp[p]);
}

/*
 * Is cp[s, e) shaped like a Chinese name: a surname and one or two given
 * characters that favour names, and no word of the dictionary other than
 * a person's (发展, 规划 are words; 李明 nr is a name)?  A name padded to
 * the width of the others (马  骏) needs no more than its surname.
 */
static bool
name_shaped_item(const Ctx *c, uint32_t s, uint32_t e)
{
	uint32_t	sl;

	if (e - s < 2 || e - s > ROW_ITEM_MAX || !all_han(c, s, e) || !surname_at_pos(c, s, &sl) ||
		e - s - sl < 1 || e - s - sl > 2 || zh_person_common_word(c, s, e) ||
		zh_lex_is(c->lex, ZH_LEX_NOT_NAME, c->cp, s, e) || zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, s, e))
		return false;
	if (sl == 2 || (e - s == 2 && gap_before(c, s + 1)))
		return true;
	return e - s == 3 ? zh_person_name_shaped(c, s) : zh_person_two_char_favoured(c, s);
}

/*
 * The end of the row item that starts at s (after a gap, a punctuation
 * mark or the text's start): the Han characters up to the next gap, or
 * up to punctuation when a gap stands before s; or a padded two-character
 * name (马  骏: a surname, a gap, one character, a gap).  An item has a gap
 * on one side at least.  Returns 0 when there is none.
 */
static uint32_t
item_end(const Ctx *c, uint32_t s)
{
	uint32_t	e = s + 1;

	while (e < c->n && e - s <= ROW_ITEM_MAX && zh_is_han(c->cp[e]) && !gap_before(c, e))
		e++;
	if (e - s > ROW_ITEM_MAX)
		return 0;
	if (e - s == 1 && gap_before(c, e) && (e + 1 == c->n || !zh_is_han(c->cp[e + 1]) || gap_before(c, e + 1)) &&
		zh_lex_is(c->lex, ZH_LEX_SURNAME, c->cp, s, s + 1))
		return e + 1;			/* 马  骏 */
	if (gap_before(c, e) || (gap_before(c, s) && (e == c->n || !zh_is_han(c->cp[e]))))
		return e;
	return 0;
}

/*
 * The last item of a row, closed by 等 with no gap (王少峰 初军威等同志):
 * a name of two or three characters right before it.  Returns its end, or 0.
 */
static uint32_t
item_before_deng(const Ctx *c, uint32_t s)
{
	for (uint32_t len = 3; len >= 2; len--)
		if (s + len < c->n && c->cp[s + len] == 0x7B49 && name_shaped_item(c, s, s + len))
			return s + len;		/* 等 */
	return 0;
}

/*
 * A name the segmenter glued across a gap to the word before it (新华社北京
 * 5月1日电 王毅表示 gave 电王毅): the part after the gap is the name when it
 * is shaped like one, ends the token and a cue or a title follows.
 */
static void
names_after_gap(Ctx *c, RowMarks *m)
{
	for (size_t k = 0; k < c->ntok && c->st == ZH_OK; k++)
	{
		uint32_t	s = tok_start(c, k),
					e = tok_end(c, k);

		zh_maybe_check(c->env, k);
		if (e - s < 3 || e - s > 8 || !all_han(c, s, e))
			continue;
		for (uint32_t p = s + 1; p + 2 <= e; p++)
		{
			if (!gap_before(c, p) || e - p > 3 || !name_shaped_item(c, p, e) || m->name_end[p] != 0)
				continue;
			if (zh_person_cue_after(c, e) || zh_person_title_after(c, e))
			{
				span_add(c, &c->names, p, e, (int) k, (int) k);
				note_name(m, p, e);
			}
			break;
		}
	}
}

void
zh_person_find_rows(Ctx *c)
{
	RowMarks	m;
	uint32_t	prev_s = 0,
				prev_e = UINT32_MAX;	/* the last item shaped like a name, if any */
	bool		rows = false;

	m.name_end = ctx_zalloc(c, c->n + 1, sizeof(uint32_t));
	m.item_end = ctx_zalloc(c, c->n + 1, sizeof(uint32_t));
	m.name_ends_at = ctx_zalloc(c, c->n + 1, 1);
	if (!m.name_end || !m.item_end || !m.name_ends_at)
		goto done;
	for (size_t k = 0; k < c->names.n; k++)
		note_name(&m, c->names.v[k].start, c->names.v[k].end);
	for (size_t k = 0; k < c->nmentions; k++)
		note_name(&m, c->mentions[k].start, c->mentions[k].end);
	names_after_gap(c, &m);
	for (uint32_t p = 0; p < c->n && c->st == ZH_OK; p++)
	{
		uint32_t	e;

		zh_maybe_check(c->env, p);
		if (!zh_is_han(c->cp[p]) || (p > 0 && zh_is_han(c->cp[p - 1]) && !gap_before(c, p)))
			continue;			/* items start after a gap or a non-Han character */
		e = item_end(c, p);
		/* the last item, closed by 等 (初军威等。, 初军威等同志) */
		if ((e == 0 || !name_shaped_item(c, p, e)) && gap_before(c, p))
			e = item_before_deng(c, p);
		if (e == 0 || !name_shaped_item(c, p, e))
		{
			prev_e = UINT32_MAX;
			continue;
		}
		/* beside a name found already, or beside another item of the row */
		if ((gap_before(c, p) && m.name_ends_at[p]) || (e < c->n && gap_before(c, e) && m.name_end[e] != 0) ||
			prev_e == p)
		{
			add_row_name(c, &m, p, e);
			if (prev_e == p && m.item_end[prev_s] != prev_e)
				add_row_name(c, &m, prev_s, prev_e);
			rows = true;
		}
		prev_s = p;
		prev_e = e;
		p = e - 1;
	}
	if (rows)
		drop_names_across_items(c, &m);
done:
	zh_free(c->env, m.name_end);
	zh_free(c->env, m.item_end);
	zh_free(c->env, m.name_ends_at);
}
