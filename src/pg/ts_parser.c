/*
 * ts_parser.c — text search parser zhdoc.parser.
 *
 * PostgreSQL's text search asks a parser for tokens one at a time and builds
 * both the tsvector and, for ts_headline, the displayed document from them.
 * Two needs pull apart here: indexing wants the normal form of each word
 * (simplified characters, ASCII digits, no PDF damage), while a headline
 * must show the document with its spaces and nothing dropped or repeated.
 *
 * So the parser emits words in their normal form, and everything between
 * words — spaces, line breaks, punctuation, the second copy of a doubled
 * headline — as the original bytes of the input, typed "blank" or "punct"
 * (not indexed).  Every input character is covered exactly once, in order.
 * Positions in the tsvector count words only, so phrase search works on
 * words: '数字人民币应用' matches where 数字人民币 is followed by 应用.
 *
 * The whole document is analysed in prsstart; gettoken then walks the result.
 */
#include "zhdoc_pg.h"
#include "analysis.h"

#include "mb/pg_wchar.h"
#include "tsearch/ts_public.h"

/* PostgreSQL indexes words of up to 2047 bytes; longer runs are cut. */
#define TOKEN_MAX_BYTES 2000

typedef struct ParserState
{
	MemoryContext cxt;
	const char *doc;			/* the input, not copied */
	int			doclen;
	int		   *off;			/* byte offset of each input character */
	int			nchars;
	ZhAnalysis	an;
	char	   *norm;			/* the normal form, UTF-8 */
	uint32_t   *norm_at;		/* byte offset of each of its code points */
	size_t		next_tok;		/* next analysis token */
	int			cur;			/* next input character not yet emitted */
	/* a word token being emitted in pieces (only for absurdly long words) */
	char	   *word;
	int			word_len;
	int			word_done;
	int			word_type;
} ParserState;

PG_FUNCTION_INFO_V1(zhdoc_prs_start);
PG_FUNCTION_INFO_V1(zhdoc_prs_gettoken);
PG_FUNCTION_INFO_V1(zhdoc_prs_end);
PG_FUNCTION_INFO_V1(zhdoc_prs_lextype);

Datum
zhdoc_prs_start(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = zhpg_work_context("zhdoc parser");
	MemoryContext old = MemoryContextSwitchTo(cxt);
	ParserState *ps = palloc0(sizeof(ParserState));

	ps->cxt = cxt;
	ps->doc = (const char *) PG_GETARG_POINTER(0);
	ps->doclen = PG_GETARG_INT32(1);
	ps->off = zhpg_char_offsets(ps->doc, ps->doclen, &ps->nchars);
	zhpg_analyze(ps->doc, ps->doclen, ZH_SEG_DEFAULT, cxt, &ps->an);
	{
		ZhEnv		env;

		zhpg_env_init(&env, cxt);
		zhpg_check(zh_text_to_utf8_indexed(&env, &ps->an.norm.text, &ps->norm, &ps->norm_at),
				   "zhdoc.parser");
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(ps);
}

/* Length in bytes of the longest prefix of s[0, n) of whole characters ≤ max. */
static int
cut_at_char(const char *s, int n, int max)
{
	int			i = 0;

	while (i < n)
	{
		int			l = pg_utf_mblen((const unsigned char *) s + i);

		if (i + l > max)
			break;
		i += l;
	}
	return i > 0 ? i : (n < max ? n : max);
}

/* Emit input characters [cur, upto) as one token of `type`, in pieces. */
static int
emit_original(ParserState *ps, int upto, int type, char **t, int *tlen)
{
	int			from = ps->off[ps->cur];
	int			n = cut_at_char(ps->doc + from, ps->off[upto] - from, TOKEN_MAX_BYTES);

	*t = (char *) ps->doc + from;
	*tlen = n;
	/* advance cur to the character where the piece ended */
	while (ps->cur < upto && ps->off[ps->cur] < from + n)
		ps->cur++;
	return type;
}

static int
emit_word_piece(ParserState *ps, char **t, int *tlen)
{
	int			n = cut_at_char(ps->word + ps->word_done, ps->word_len - ps->word_done,
								TOKEN_MAX_BYTES);

	*t = ps->word + ps->word_done;
	*tlen = n;
	ps->word_done += n;
	if (ps->word_done >= ps->word_len)
		ps->word = NULL;
	return ps->word_type;
}

Datum
zhdoc_prs_gettoken(PG_FUNCTION_ARGS)
{
	ParserState *ps = (ParserState *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	int			type = 0;

	if (ps->word)
		PG_RETURN_INT32(emit_word_piece(ps, t, tlen));

	while (ps->next_tok < ps->an.n)
	{
		const ZhAnalyzedToken *tok = &ps->an.tok[ps->next_tok];
		int			start = (int) tok->src_start;
		int			end = (int) tok->src_end;

		/* input the normal form dropped before this token: layout residue */
		if (ps->cur < start)
			PG_RETURN_INT32(emit_original(ps, start, ZH_CLASS_SPACE, t, tlen));

		if (tok->cls == ZH_CLASS_SPACE || tok->cls == ZH_CLASS_PUNCT)
		{
			/* shown as written; already covered if normalisation merged it */
			if (ps->cur < end)
				PG_RETURN_INT32(emit_original(ps, end, tok->cls, t, tlen));
			ps->next_tok++;
			continue;
		}
		ps->next_tok++;
		if (ps->cur < end)
			ps->cur = end;
		ps->word = ps->norm + ps->norm_at[tok->norm_start];
		ps->word_len = (int) (ps->norm_at[tok->norm_start + tok->norm_len] - ps->norm_at[tok->norm_start]);
		ps->word_done = 0;
		ps->word_type = tok->cls;
		if (ps->word_len == 0)
		{
			ps->word = NULL;
			continue;
		}
		PG_RETURN_INT32(emit_word_piece(ps, t, tlen));
	}
	/* whatever the normal form left out at the end */
	if (ps->cur < ps->nchars)
		type = emit_original(ps, ps->nchars, ZH_CLASS_SPACE, t, tlen);
	PG_RETURN_INT32(type);
}

Datum
zhdoc_prs_end(PG_FUNCTION_ARGS)
{
	ParserState *ps = (ParserState *) PG_GETARG_POINTER(0);

	MemoryContextDelete(ps->cxt);
	PG_RETURN_VOID();
}

/* Token types: the core's classes, ids and aliases never change. */
Datum
zhdoc_prs_lextype(PG_FUNCTION_ARGS)
{
	LexDescr   *descr = palloc(sizeof(LexDescr) * (ZH_CLASS_COUNT + 1));

	for (int i = 1; i <= ZH_CLASS_COUNT; i++)
	{
		descr[i - 1].lexid = zh_token_classes[i].id;
		descr[i - 1].alias = pstrdup(zh_token_classes[i].alias);
		descr[i - 1].descr = pstrdup(zh_token_classes[i].description);
	}
	descr[ZH_CLASS_COUNT].lexid = 0;
	PG_RETURN_POINTER(descr);
}
