/*
 * fuzz_tsparse.c — the text search parser's token walk (zh_tsparse) over
 * the default-mode analysis of arbitrary bytes, with the shipped dictionary:
 * what PostgreSQL's to_tsvector, ts_parse and ts_headline see.
 *
 * Checks: no crash, leak or UB; the tokens tile the input in order — each
 * accounts for the input bytes [src_from, src_to) starting where the last
 * one stopped, at a character boundary, and together they reach the end, so
 * every byte is shown or is part of a word's source exactly once; "blank"
 * and "punct" tokens are those very input bytes; word tokens are valid
 * UTF-8 and, joined, are the normal forms of the analysis's words in order;
 * every length is 1..ZH_TS_TOKEN_MAX_BYTES; a refused allocation (in the
 * analysis or the walk's set-up) gives an error and frees everything.
 *
 * The dictionary is taken from $ZHDOC_DICT (default ./zhdoc.dict).
 */
#include "fuzz_common.h"
#include "zh_dict.h"
#include "zh_tsparse.h"

static ZhDict *dict;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	dict = fuzz_open_dict("fuzz_tsparse");
	return 0;
}

static bool
is_shown_as_written(int type)
{
	return type == ZH_CLASS_SPACE || type == ZH_CLASS_PUNCT;
}

/* The words' normal forms joined, as the walk should emit them. */
static char *
expected_words(const ZhAnalysis *an, size_t *len)
{
	FuzzHeap	h;
	ZhEnv		env_ = fuzz_env(&h, 0),
			   *env = &env_;
	char	   *norm,
			   *out;
	uint32_t   *at;
	size_t		n = 0;

	FUZZ_CHECK(zh_text_to_utf8_indexed(env, &an->norm.text, &norm, &at) == ZH_OK, "encode");
	out = malloc(at[an->norm.text.len] + 1);
	for (size_t i = 0; i < an->n; i++)
	{
		const ZhAnalyzedToken *t = &an->tok[i];
		size_t		b = at[t->norm_start],
					e = at[t->norm_start + t->norm_len];

		if (is_shown_as_written(t->cls))
			continue;
		memcpy(out + n, norm + b, e - b);
		n += e - b;
	}
	zh_free(env, norm);
	zh_free(env, at);
	FUZZ_CHECK_NO_LEAK(&h, "expected words");
	*len = n;
	return out;
}

static void
check_walk(const ZhAnalysis *an, ZhTsParser *p,
		   const uint8_t *data, size_t size)
{
	size_t		pos = 0,
				wlen = 0,
				want_len;
	char	   *want = expected_words(an, &want_len),
			   *words = malloc(want_len + 1);
	bool	   *boundary = calloc(size + 1, 1);
	ZhTsToken	tok;
	int			type;

	for (size_t i = 0; i < size; i += zh_utf8_char_len((const char *) data, size, i))
		boundary[i] = true;
	boundary[size] = true;
	while ((type = zh_tsparse_next(p, &tok)) != 0)
	{
		FUZZ_CHECK(type == tok.type && type >= 1 && type <= ZH_CLASS_COUNT, "type %d", type);
		FUZZ_CHECK(tok.len >= 1 && tok.len <= ZH_TS_TOKEN_MAX_BYTES, "length %d", tok.len);
		FUZZ_CHECK(tok.src_from == pos, "token accounts from byte %zu, expected %zu",
				   tok.src_from, pos);
		FUZZ_CHECK(tok.src_to >= tok.src_from && tok.src_to <= size,
				   "token accounts for [%zu, %zu) of %zu bytes", tok.src_from, tok.src_to, size);
		FUZZ_CHECK(boundary[tok.src_to], "token ends inside a character at byte %zu", tok.src_to);
		pos = tok.src_to;
		if (is_shown_as_written(type))
		{
			FUZZ_CHECK(tok.text == (const char *) data + tok.src_from &&
					   (size_t) tok.len == tok.src_to - tok.src_from,
					   "a %s token is not the input bytes it accounts for",
					   type == ZH_CLASS_SPACE ? "blank" : "punct");
			continue;
		}
		FUZZ_CHECK(fuzz_valid_utf8(tok.text, tok.len), "word token is not valid UTF-8");
		FUZZ_CHECK(wlen + tok.len <= want_len && memcmp(want + wlen, tok.text, tok.len) == 0,
				   "word token at byte %zu differs from the analysis's words", wlen);
		memcpy(words + wlen, tok.text, tok.len);
		wlen += tok.len;
	}
	FUZZ_CHECK(pos == size, "tokens account for %zu of %zu bytes", pos, size);
	FUZZ_CHECK(wlen == want_len, "words give %zu bytes of %zu", wlen, want_len);
	FUZZ_CHECK(zh_tsparse_next(p, &tok) == 0, "a token after the end");
	free(want);
	free(words);
	free(boundary);
}

static ZhStatus
run(const uint8_t *data, size_t size, size_t fail_at, FuzzHeap *h)
{
	ZhEnv		env = fuzz_env(h, fail_at);
	ZhAnalysis	an;
	ZhTsParser	p;
	ZhStatus	st;

	st = zh_analyze(&env, dict, NULL, (const char *) data, size, ZH_SEG_DEFAULT, &an);
	if (st != ZH_OK)
		return st;
	st = zh_tsparse_init(&env, &an, (const char *) data, size, &p);
	if (st == ZH_OK)
	{
		if (!fail_at)
			check_walk(&an, &p, data, size);
		zh_tsparse_free(&env, &p);
	}
	zh_analysis_free(&env, &an);
	return st;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzHeap	h;
	ZhStatus	st;

	st = run(data, size, 0, &h);
	FUZZ_CHECK(st == ZH_OK, "status %d", (int) st);
	FUZZ_CHECK_NO_LEAK(&h, "clean run");

	st = run(data, size, fuzz_fail_point(data, size, h.count), &h);
	FUZZ_CHECK_FAILED_RUN(&h, st);
	return 0;
}
