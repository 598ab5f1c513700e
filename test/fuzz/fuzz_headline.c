/*
 * fuzz_headline.c — ts_headline's option parsing and fragment choice
 * (zh_headline.h), as the glue drives them.
 *
 * Input: options, one "Name=value" a line, then a NUL byte, a mode byte and
 * a document.  Mode bit 0 set: the document is text, analysed and walked as
 * the parser does (zh_tsparse), blanks and punctuation not words, a word
 * matching when a hash of it is 0 modulo 1..8 (bits 1-3); clear: each byte
 * is an entry (bit 0: a word, bit 1: a match), to reach long documents and
 * any pattern of matches cheaply.  Without a NUL the whole input is text
 * with the default options, so the text seeds are useful as they are.
 *
 * Checks: a refused option gives ZH_ERR_INVALID and a reason that fits it
 * (integers are compared with strtoll, lengths with the 32767 limit,
 * unknown names with the list); an accepted one has the value it was given;
 * the cross-option rules hold exactly when zh_hl_options_check says so.
 * The choice: in and selected are 0/1, selected exactly the matches shown;
 * with HighlightAll everything is shown; the entries shown form at most
 * max(1, MaxFragments) runs; with no fragment, a prefix is shown; and for
 * documents of up to 2000 entries the choice is identical to the literal
 * rule (a window scan per fragment), kept here as the reference.  A refused
 * allocation gives an error and frees everything.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>

#include "fuzz_common.h"
#include "zh_dict.h"
#include "zh_headline.h"
#include "zh_tsparse.h"

#define REFERENCE_MAX_ENTRIES 2000

static ZhDict *dict;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char		err[512];

	if (zh_dict_open(fuzz_dict_path(), &dict, err, sizeof(err)) != ZH_OK)
	{
		fprintf(stderr, "fuzz_headline: %s\n", err);
		exit(2);
	}
	return 0;
}

/* ---- options ---------------------------------------------------------- */

static const char *const int_names[] = {"maxwords", "minwords", "shortword", "maxfragments"};
static const char *const str_names[] = {"startsel", "stopsel", "fragmentdelimiter"};

static bool
name_in(const char *name, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(name, list[i]) == 0)
			return true;
	return false;
}

/* 0 an int32, 1 not an integer, 2 out of range: by strtoll, as PostgreSQL reads */
static int
ref_int(const char *v, long long *out)
{
	char	   *end;
	long long	x;

	errno = 0;
	x = strtoll(v, &end, 10);
	if (end == v)
		return 1;
	while (isspace((unsigned char) *end))
		end++;
	if (*end != '\0')
		return 1;
	if (errno == ERANGE || x < INT_MIN || x > INT_MAX)
		return 2;
	*out = x;
	return 0;
}

/* One option: the core's verdict against the reference's. */
static bool
set_checked(ZhHlOptions *o, const char *name, const char *value)
{
	ZhHlProblem why;
	ZhStatus	st;
	ZhHlOptions before = *o;

	memset(&why, 0, sizeof(why));
	st = zh_hl_option_set(o, name, value, &why);
	if (name_in(name, int_names, 4))
	{
		long long	x = 0;
		int			r = ref_int(value, &x);

		FUZZ_CHECK((st == ZH_OK) == (r == 0), "integer \"%s\": status %d, strtoll says %d",
				   value, (int) st, r);
		if (r == 1)
			FUZZ_CHECK(why.error == ZH_HL_NOT_INTEGER, "\"%s\": reason %d", value, why.error);
		if (r == 2)
			FUZZ_CHECK(why.error == ZH_HL_OUT_OF_RANGE, "\"%s\": reason %d", value, why.error);
		if (r == 0)
		{
			int			got = strcasecmp(name, "maxwords") == 0 ? o->max_words :
				strcasecmp(name, "minwords") == 0 ? o->min_words :
				strcasecmp(name, "shortword") == 0 ? o->short_word : o->max_fragments;

			FUZZ_CHECK(got == x, "\"%s\" read as %d", value, got);
		}
	}
	else if (name_in(name, str_names, 3))
	{
		size_t		n = strlen(value);

		FUZZ_CHECK((st == ZH_OK) == (n <= ZH_HL_MAX_SEL_BYTES), "%zu-byte %s: status %d",
				   n, name, (int) st);
		if (st != ZH_OK)
			FUZZ_CHECK(why.error == ZH_HL_TOO_LONG && why.length == n,
					   "reason %d, length %zu of %zu", why.error, why.length, n);
		else
		{
			const char *got = strcasecmp(name, "startsel") == 0 ? o->start_sel :
				strcasecmp(name, "stopsel") == 0 ? o->stop_sel : o->frag_delim;
			size_t		got_len = strcasecmp(name, "startsel") == 0 ? o->start_sel_len :
				strcasecmp(name, "stopsel") == 0 ? o->stop_sel_len : o->frag_delim_len;

			FUZZ_CHECK(got == value && got_len == n, "%s not set", name);
		}
	}
	else if (strcasecmp(name, "highlightall") == 0)
	{
		static const char *const yes[] = {"1", "on", "true", "t", "y", "yes"};

		FUZZ_CHECK(st == ZH_OK, "HighlightAll refused");
		FUZZ_CHECK(o->highlight_all == name_in(value, yes, 6), "HighlightAll=\"%s\"", value);
	}
	else
		FUZZ_CHECK(st != ZH_OK && why.error == ZH_HL_UNKNOWN_OPTION && why.option == name,
				   "unknown option \"%s\": status %d, reason %d", name, (int) st, why.error);
	if (st != ZH_OK)
	{
		FUZZ_CHECK(st == ZH_ERR_INVALID, "refusal status %d", (int) st);
		FUZZ_CHECK(why.option != NULL, "refusal names no option");
		FUZZ_CHECK(memcmp(&before, o, sizeof(*o)) == 0, "a refused option changed the others");
	}
	return st == ZH_OK;
}

/* Options from "Name=value" lines (in place); the defaults if one is refused. */
static void
read_options(char *s, ZhHlOptions *o)
{
	ZhHlProblem why;
	bool		expect_ok;
	ZhStatus	st;

	zh_hl_options_init(o);
	while (s)
	{
		char	   *nl = strchr(s, '\n'),
				   *eq;

		if (nl)
			*nl++ = '\0';
		eq = strchr(s, '=');
		if (eq)
			*eq++ = '\0';
		if (!set_checked(o, s, eq ? eq : ""))
		{
			zh_hl_options_init(o);
			return;
		}
		s = nl;
	}
	expect_ok = o->highlight_all ||
		(o->min_words < o->max_words && o->min_words > 0 && o->max_fragments >= 0);
	st = zh_hl_options_check(o, &why);
	FUZZ_CHECK((st == ZH_OK) == expect_ok, "options check %d, expected %s",
			   (int) st, expect_ok ? "ok" : "refusal");
	if (st != ZH_OK)
	{
		FUZZ_CHECK(why.error >= ZH_HL_MIN_NOT_LESS && why.error <= ZH_HL_FRAGMENTS_NEGATIVE,
				   "reason %d", why.error);
		zh_hl_options_init(o);
	}
}

/* ---- the reference choice: the literal rule, a scan per fragment ------- */

static int
ref_best_window(const ZhHlEntry *e, int n, int max_words, int *from, int *to)
{
	int			best = 0,
				lo = 0,
				words = 0,
				hits = 0;

	*from = *to = -1;
	for (int hi = 0; hi < n; hi++)
	{
		if (e[hi].in)
		{
			lo = hi + 1;
			words = hits = 0;
			continue;
		}
		if (!e[hi].is_word)
			continue;
		words++;
		hits += e[hi].is_match;
		while (words > max_words)
		{
			const ZhHlEntry *l = &e[lo++];

			if (l->is_word)
			{
				words--;
				hits -= l->is_match;
			}
		}
		if (hits > best)
		{
			best = hits;
			*from = lo;
			*to = hi;
		}
	}
	return best;
}

static void
ref_mark(ZhHlEntry *e, int from, int to)
{
	for (int i = from; i <= to; i++)
	{
		e[i].in = 1;
		if (e[i].is_match)
			e[i].selected = 1;
	}
}

static void
ref_select(const ZhHlOptions *o, ZhHlEntry *e, int n)
{
	int			fragments = 0;

	if (n == 0)
		return;
	if (o->highlight_all)
	{
		ref_mark(e, 0, n - 1);
		return;
	}
	for (;;)
	{
		int			from,
					to,
					words = 0;

		if (ref_best_window(e, n, o->max_words, &from, &to) == 0)
			break;
		for (int i = from; i <= to; i++)
			words += e[i].is_word;
		while (words < o->min_words)
		{
			if (to < n - 1 && !e[to + 1].in)
				words += e[++to].is_word;
			else if (from > 0 && !e[from - 1].in)
				words += e[--from].is_word;
			else
				break;
		}
		ref_mark(e, from, to);
		fragments++;
		if (o->max_fragments <= 1 || fragments >= o->max_fragments)
			break;
	}
	if (fragments == 0)
	{
		int			to = 0,
					words = 0;

		while (to < n && words < o->min_words)
			words += e[to++].is_word;
		ref_mark(e, 0, to - 1);
	}
}

/* ---- the document as entries ------------------------------------------ */

typedef struct Input
{
	char	   *options;		/* NUL-terminated copy, or NULL */
	const uint8_t *doc;
	size_t		doclen;
	uint8_t		mode;
} Input;

/* Entries of the text as the parser would give them to ts_headline. */
static ZhStatus
text_entries(const ZhEnv *env, const Input *in, ZhHlEntry **out, size_t *n)
{
	ZhAnalysis	an;
	ZhTsParser	p;
	ZhTsToken	tok;
	ZhStatus	st;
	size_t		cap = 16;
	unsigned	modulus = 1 + ((in->mode >> 1) & 7);

	*n = 0;
	*out = NULL;
	st = zh_analyze(env, dict, NULL, (const char *) in->doc, in->doclen, ZH_SEG_DEFAULT, &an);
	if (st != ZH_OK)
		return st;
	if ((st = zh_tsparse_init(env, &an, (const char *) in->doc, in->doclen, &p)) != ZH_OK)
	{
		zh_analysis_free(env, &an);
		return st;
	}
	*out = malloc(cap * sizeof(ZhHlEntry));
	while (zh_tsparse_next(&p, &tok) != 0)
	{
		ZhHlEntry  *e;

		if (*n == cap)
			*out = realloc(*out, (cap *= 2) * sizeof(ZhHlEntry));
		e = &(*out)[(*n)++];
		memset(e, 0, sizeof(*e));
		e->is_word = tok.type != ZH_CLASS_SPACE && tok.type != ZH_CLASS_PUNCT;
		e->is_match = e->is_word &&
			fuzz_hash((const uint8_t *) tok.text, tok.len) % modulus == 0;
	}
	zh_tsparse_free(env, &p);
	zh_analysis_free(env, &an);
	return ZH_OK;
}

static void
check_choice(const ZhHlOptions *o, const ZhHlEntry *e, size_t n, int fragments)
{
	size_t		runs = 0,
				limit = o->max_fragments > 1 ? (size_t) o->max_fragments : 1;

	FUZZ_CHECK(fragments >= 0 && (size_t) fragments <= limit && (size_t) fragments <= n,
			   "%d fragments, at most %zu", fragments, limit);
	for (size_t i = 0; i < n; i++)
	{
		FUZZ_CHECK(e[i].in <= 1 && e[i].selected <= 1, "entry %zu flags %u %u",
				   i, e[i].in, e[i].selected);
		FUZZ_CHECK(e[i].selected == (e[i].in && e[i].is_match),
				   "entry %zu: selected %u, in %u, match %u", i, e[i].selected, e[i].in,
				   e[i].is_match);
		if (o->highlight_all)
			FUZZ_CHECK(e[i].in, "HighlightAll left entry %zu out", i);
		runs += e[i].in && (i == 0 || !e[i - 1].in);
		if (fragments == 0 && i > 0)
			FUZZ_CHECK(e[i - 1].in || !e[i].in, "no fragment, yet entry %zu shown after a gap", i);
	}
	FUZZ_CHECK(runs <= limit, "%zu runs shown, at most %zu fragments", runs, limit);
	if (n <= REFERENCE_MAX_ENTRIES)
	{
		ZhHlEntry  *ref = malloc((n ? n : 1) * sizeof(ZhHlEntry));

		for (size_t i = 0; i < n; i++)
		{
			ref[i] = e[i];
			ref[i].in = ref[i].selected = 0;
		}
		ref_select(o, ref, (int) n);
		for (size_t i = 0; i < n; i++)
			FUZZ_CHECK(ref[i].in == e[i].in && ref[i].selected == e[i].selected,
					   "entry %zu: in %u selected %u, the literal rule gives %u %u "
					   "(MaxWords %d MinWords %d MaxFragments %d)",
					   i, e[i].in, e[i].selected, ref[i].in, ref[i].selected,
					   o->max_words, o->min_words, o->max_fragments);
		free(ref);
	}
}

static ZhStatus
run(const Input *in, const ZhHlOptions *o, size_t fail_at, FuzzHeap *h)
{
	ZhEnv		env = fuzz_env(h, fail_at);
	ZhHlEntry  *e = NULL;
	size_t		n = 0;
	int			fragments = -1;
	ZhStatus	st = ZH_OK;

	if (in->mode & 1)
		st = text_entries(&env, in, &e, &n);
	else
	{
		n = in->doclen;
		e = malloc((n ? n : 1) * sizeof(ZhHlEntry));
		for (size_t i = 0; i < n; i++)
		{
			memset(&e[i], 0, sizeof(e[i]));
			e[i].is_word = in->doc[i] & 1;
			e[i].is_match = (in->doc[i] >> 1) & 1;
		}
	}
	if (st == ZH_OK)
		st = zh_hl_select(&env, o, e, n, &fragments);
	if (st == ZH_OK && !fail_at)
		check_choice(o, e, n, fragments);
	free(e);
	return st;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	Input		in;
	ZhHlOptions o;
	FuzzHeap	h;
	ZhStatus	st;

	memset(&in, 0, sizeof(in));
	if (nul)
	{
		size_t		optlen = nul - data;

		in.options = malloc(optlen + 1);
		memcpy(in.options, data, optlen);
		in.options[optlen] = '\0';
		in.mode = nul + 1 < data + size ? nul[1] : 0;
		in.doc = nul + 1 < data + size ? nul + 2 : nul + 1;
		in.doclen = data + size - in.doc;
	}
	else
	{
		in.mode = 1 | (uint8_t) (fuzz_hash(data, size) << 1);
		in.doc = data;
		in.doclen = size;
	}
	if (in.options && in.options[0])
		read_options(in.options, &o);
	else
		zh_hl_options_init(&o);

	st = run(&in, &o, 0, &h);
	FUZZ_CHECK(st == ZH_OK, "status %d", (int) st);
	FUZZ_CHECK_NO_LEAK(&h, "clean run");

	st = run(&in, &o, fuzz_fail_point(data, size, h.count), &h);
	FUZZ_CHECK_FAILED_RUN(&h, st);
	free(in.options);
	return 0;
}
