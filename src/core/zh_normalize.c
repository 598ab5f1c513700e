/*
 * zh_normalize.c — the normalisation pipeline and its space rules.
 *
 * Spaces are decided last, after lines are joined, because a PDF puts stray
 * spaces both inside lines (金融产业 发展) and at their ends, and because the
 * padding space of a two-character name (马 骏) is only visible as a space
 * between two ideographs.  In the normal form such spaces go, and so do
 * spaces between Chinese and digits (2024 年); a space with a Latin letter or
 * any other script on either side stays, collapsed to one, since there it
 * separates words.
 */
#include "zh_normalize.h"
#include "zh_fold.h"
#include "zh_chars.h"

#include <string.h>

ZhStatus
zh_normalize_layout(const ZhEnv *env, const char *s, size_t n, ZhLayout *out)
{
	ZhText		raw,
				folded;
	ZhStatus	st;

	memset(out, 0, sizeof(*out));
	if ((st = zh_text_from_utf8(env, s, n, &raw)) != ZH_OK)
		return st;
	st = zh_fold(env, &raw, &folded);
	zh_text_free(env, &raw);
	if (st != ZH_OK)
		return st;
	st = zh_layout(env, &folded, out);
	zh_text_free(env, &folded);
	return st;
}

/*
 * Chinese is written without spaces, also next to digits (2024 年, 共有 86
 * 家): such spaces are PDF damage or typesetting, and would split numbers
 * from their units.  Next to Latin letters a space may separate words, and
 * stays.
 */
static bool
joins_without_space(uint32_t prev, uint32_t next)
{
	return (zh_is_cjk_context(prev) && zh_is_cjk_context(next)) ||
		(zh_is_cjk_context(prev) && zh_is_digit(next)) ||
		(zh_is_digit(prev) && zh_is_cjk_context(next));
}

ZhStatus
zh_normalize_spaces(const ZhEnv *env, const ZhLayout *layout, ZhSpaceMode mode,
					ZhNormalized *out)
{
	const ZhText *in = &layout->text;
	uint32_t   *map;			/* output index of each input character; the
								 * core's texts stay under ZH_MAX_INPUT_BYTES */
	ZhStatus	st;
	size_t		i = 0;

	memset(out, 0, sizeof(*out));
	/* the map narrows positions to 32 bits: check before narrowing */
	if (in->len >= UINT32_MAX)
		return ZH_ERR_TOO_LARGE;
	if ((st = zh_text_init(env, &out->text, in->len + 1)) != ZH_OK)
		return st;
	out->text.src_len = in->src_len;
	map = zh_alloc(env, (in->len + 1) * sizeof(uint32_t));
	out->lines = zh_alloc(env, (layout->nlines + 1) * sizeof(ZhLine));
	if (!map || !out->lines)
	{
		zh_free(env, map);
		zh_normalized_free(env, out);
		return ZH_ERR_NOMEM;
	}

	while (i < in->len)
	{
		uint32_t	c = in->cp[i];
		size_t		j;
		uint32_t	prev,
					next;

		zh_maybe_check(env, i);
		if (!zh_is_space(c))
		{
			map[i] = (uint32_t) out->text.len;
			zh_text_put(&out->text, c, in->src[i]);
			i++;
			continue;
		}
		for (j = i; j < in->len && zh_is_space(in->cp[j]); j++)
			map[j] = (uint32_t) out->text.len;
		prev = out->text.len ? out->text.cp[out->text.len - 1] : '\n';
		next = j < in->len ? in->cp[j] : '\n';
		if (prev != '\n' && next != '\n' &&
			!(mode == ZH_SPACES_REMOVE_CJK && joins_without_space(prev, next)))
			zh_text_put(&out->text, ' ', in->src[i]);
		i = j;
	}
	map[in->len] = (uint32_t) out->text.len;

	for (size_t k = 0; k < layout->nlines; k++)
	{
		ZhLine		ln = layout->lines[k];

		ln.start = map[ln.start];
		ln.end = map[ln.end];
		/* a line that ended in a space the rules dropped */
		while (ln.end > ln.start && out->text.cp[ln.end - 1] == ' ')
			ln.end--;
		out->lines[k] = ln;
	}
	out->nlines = layout->nlines;
	zh_free(env, map);
	return ZH_OK;
}

void
zh_normalized_free(const ZhEnv *env, ZhNormalized *n)
{
	zh_text_free(env, &n->text);
	zh_free(env, n->lines);
	n->lines = NULL;
	n->nlines = 0;
}

static bool
same_text(const ZhText *a, const ZhText *b)
{
	return a->len == b->len && memcmp(a->cp, b->cp, a->len * sizeof(uint32_t)) == 0;
}

/*
 * Layout decisions depend on the widths of neighbouring lines, and those
 * change once lines are joined; on unusual input (fragments of pages glued
 * together) a second look can find one more break to join.  Normal form must
 * be a fixed point, so the layout and space stages are repeated until they
 * change nothing.  On real pages the first repetition already changes
 * nothing, so this costs one extra pass of the cheap stages (no ICU).
 */
#define FIXPOINT_MAX_ROUNDS 8

ZhStatus
zh_normalize_text(const ZhEnv *env, const char *s, size_t n, ZhNormalized *out)
{
	ZhLayout	layout;
	ZhStatus	st;

	memset(out, 0, sizeof(*out));
	if ((st = zh_normalize_layout(env, s, n, &layout)) != ZH_OK)
		return st;
	st = zh_normalize_spaces(env, &layout, ZH_SPACES_REMOVE_CJK, out);
	zh_layout_free(env, &layout);
	for (int round = 0; st == ZH_OK && round < FIXPOINT_MAX_ROUNDS; round++)
	{
		ZhNormalized again;
		bool		changed;

		if ((st = zh_layout(env, &out->text, &layout)) != ZH_OK)
			break;
		st = zh_normalize_spaces(env, &layout, ZH_SPACES_REMOVE_CJK, &again);
		zh_layout_free(env, &layout);
		if (st != ZH_OK)
			break;
		changed = !same_text(&again.text, &out->text);
		zh_normalized_free(env, out);
		*out = again;
		if (!changed)
			break;
	}
	if (st != ZH_OK)
		zh_normalized_free(env, out);
	return st;
}

ZhStatus
zh_normalize_utf8(const ZhEnv *env, const char *s, size_t n, char **out, size_t *out_len)
{
	ZhNormalized norm;
	ZhStatus	st;

	if ((st = zh_normalize_text(env, s, n, &norm)) != ZH_OK)
		return st;
	st = zh_text_to_utf8(env, &norm.text, 0, norm.text.len, out, out_len);
	zh_normalized_free(env, &norm);
	return st;
}
