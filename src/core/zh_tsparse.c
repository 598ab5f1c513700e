/*
 * zh_tsparse.c — walking an analysis as text search parser tokens.
 *
 * Analysis tokens carry the range of input characters they came from.  The
 * walk keeps `cur`, the first input character not yet accounted for: input
 * before the next token's source that the normal form dropped (layout
 * residue) comes out as "blank" with its original bytes; spaces and
 * punctuation come out as written; a word comes out in its normal form and
 * accounts for its source.  A token whose source was already accounted for
 * (normalisation can merge characters across tokens) adds no input again.
 */
#include "zh_tsparse.h"
#include "zh_text.h"

#include <string.h>

ZhStatus
zh_tsparse_init(const ZhEnv *env, const ZhAnalysis *an, const char *doc, size_t len,
				ZhTsParser *p)
{
	size_t		i = 0,
				n = 0;
	ZhStatus	st;

	memset(p, 0, sizeof(*p));
	if (len > ZH_MAX_INPUT_BYTES)
		return ZH_ERR_TOO_LARGE;
	if (an->norm.text.src_len > len)
		return ZH_ERR_INVALID;
	p->an = an;
	p->doc = doc;
	p->off = zh_alloc(env, sizeof(uint32_t) * (an->norm.text.src_len + 1));
	if (p->off == NULL)
		return ZH_ERR_NOMEM;
	/* characters as the analysis counted them, so that its offsets apply */
	while (i < len && n < an->norm.text.src_len)
	{
		zh_maybe_check(env, n);
		p->off[n++] = (uint32_t) i;
		i += zh_utf8_char_len(doc, len, i);
	}
	if (i != len || n != an->norm.text.src_len)
	{
		zh_tsparse_free(env, p);
		return ZH_ERR_INVALID;
	}
	p->off[n] = (uint32_t) len;
	p->nchars = n;
	if ((st = zh_text_to_utf8_indexed(env, &an->norm.text, &p->norm, &p->norm_at)) != ZH_OK)
	{
		zh_tsparse_free(env, p);
		return st;
	}
	return ZH_OK;
}

void
zh_tsparse_free(const ZhEnv *env, ZhTsParser *p)
{
	zh_free(env, p->off);
	zh_free(env, p->norm);
	zh_free(env, p->norm_at);
	p->off = NULL;
	p->norm = NULL;
	p->norm_at = NULL;
}

/* Bytes in the longest prefix of s[0, n) of whole characters, at most max. */
static size_t
cut_at_char(const char *s, size_t n, size_t max)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		l = zh_utf8_char_len(s, n, i);

		if (i + l > max)
			break;
		i += l;
	}
	return i > 0 ? i : (n < max ? n : max);
}

/* Input characters [cur, upto) as written, as one token (in pieces if long). */
static int
emit_original(ZhTsParser *p, size_t upto, int type, ZhTsToken *tok)
{
	size_t		from = p->off[p->cur];
	size_t		n = cut_at_char(p->doc + from, p->off[upto] - from, ZH_TS_TOKEN_MAX_BYTES);

	tok->type = type;
	tok->text = p->doc + from;
	tok->len = (int) n;
	tok->src_from = from;
	tok->src_to = from + n;
	/* cur to the character where the piece ended */
	while (p->cur < upto && p->off[p->cur] < from + n)
		p->cur++;
	return type;
}

/* The next piece of the word being emitted. */
static int
emit_word_piece(ZhTsParser *p, ZhTsToken *tok)
{
	size_t		n = cut_at_char(p->word + p->word_done, p->word_len - p->word_done,
								ZH_TS_TOKEN_MAX_BYTES);

	tok->type = p->word_type;
	tok->text = p->word + p->word_done;
	tok->len = (int) n;
	tok->src_from = tok->src_to = p->off[p->cur];
	p->word_done += n;
	if (p->word_done >= p->word_len)
		p->word = NULL;
	return p->word_type;
}

int
zh_tsparse_next(ZhTsParser *p, ZhTsToken *tok)
{
	const ZhAnalysis *an = p->an;

	memset(tok, 0, sizeof(*tok));
	if (p->word)
		return emit_word_piece(p, tok);

	while (p->next_tok < an->n)
	{
		const ZhAnalyzedToken *t = &an->tok[p->next_tok];
		size_t		start = t->src_start < p->nchars ? t->src_start : p->nchars;
		size_t		end = t->src_end < p->nchars ? t->src_end : p->nchars;
		size_t		from;

		/* input the normal form dropped before this token: layout residue */
		if (p->cur < start)
			return emit_original(p, start, ZH_CLASS_SPACE, tok);

		if (t->cls == ZH_CLASS_SPACE || t->cls == ZH_CLASS_PUNCT)
		{
			/* shown as written; already covered if normalisation merged it */
			if (p->cur < end)
				return emit_original(p, end, t->cls, tok);
			p->next_tok++;
			continue;
		}
		p->next_tok++;
		from = p->off[p->cur];
		if (p->cur < end)
			p->cur = end;
		p->word = p->norm + p->norm_at[t->norm_start];
		p->word_len = p->norm_at[t->norm_start + t->norm_len] - p->norm_at[t->norm_start];
		p->word_done = 0;
		p->word_type = t->cls;
		if (p->word_len == 0)
		{
			p->word = NULL;
			continue;
		}
		emit_word_piece(p, tok);
		tok->src_from = from;	/* the first piece accounts for the source */
		return tok->type;
	}
	/* whatever the normal form left out at the end */
	if (p->cur < p->nchars)
		return emit_original(p, p->nchars, ZH_CLASS_SPACE, tok);
	return 0;
}
