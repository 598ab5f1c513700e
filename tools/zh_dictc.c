/*
 * zh_dictc.c — compile jieba's word list and HMM model into zhdoc.dict.
 *
 *   zh_dictc [-x extra.txt]... [-v data/vocab/KIND.txt]... dict.txt
 *            prob_start.py prob_trans.py prob_emit.py out.dict
 *
 * Runs at build time, so it may be slow and allocate freely; what matters is
 * that the file it writes can be mapped and used without any parsing (see
 * src/core/zh_dict_format.h) and that bad input stops the build with the
 * path and line of the problem instead of producing a half-right file.
 *
 * The word list is "word freq [pos]" per line.  The HMM files are Python
 * source holding one dict literal each (P = {...}); rather than depend on a
 * Python interpreter at build time, a small reader below understands the
 * subset they use: nested dicts, quoted keys with \u escapes or raw UTF-8,
 * and float values.
 *
 * Extra word lists (-x, same format as dict.txt, later entries win) are the
 * one way to add or reweight words; nothing is special-cased in code.  The
 * word lists of the analysis (-v, one per kind of zh_lexicon_kinds.h) are
 * compiled by zh_vocabc.c.
 */
#include "zh_dict.h"
#include "zh_dict_format.h"
#include "zh_dictc.h"
#include "zh_trie.h"
#include "zh_utf8.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_POS 255
#define MAX_WORD_CHARS 64

typedef struct Word
{
	uint32_t   *cp;
	uint32_t	len;
	uint32_t	seq;			/* input order, so that a later entry wins */
	double		freq;
	uint8_t		pos;
} Word;

static char pos_names[MAX_POS][ZH_DICT_POS_WIDTH];
static int	n_pos;

void
die(const char *fmt,...)
{
	va_list		ap;

	fprintf(stderr, "zh_dictc: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void *
xmalloc(size_t n)
{
	void	   *p = malloc(n ? n : 1);

	if (!p)
		die("out of memory");
	return p;
}

static void *
env_alloc(void *opaque, size_t n)
{
	(void) opaque;
	return malloc(n);
}

static void
env_release(void *opaque, void *p)
{
	(void) opaque;
	free(p);
}

const ZhEnv dictc_env = {env_alloc, env_release, NULL, NULL, NULL};

/* Whole file into memory, NUL-terminated: inputs are a few megabytes. */
char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	size_t		cap = 1 << 20,
				n = 0,
				r;

	if (!f)
		die("cannot open \"%s\": %s", path, strerror(errno));
	buf = xmalloc(cap + 1);
	while ((r = fread(buf + n, 1, cap - n, f)) > 0)
	{
		n += r;
		if (n == cap)
		{
			cap *= 2;
			buf = realloc(buf, cap + 1);
			if (!buf)
				die("out of memory reading \"%s\"", path);
		}
	}
	if (ferror(f))
		die("cannot read \"%s\": %s", path, strerror(errno));
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/*
 * Strict UTF-8 decoding of one character: the dictionary must not silently
 * contain replacement characters, so malformed input is an error.
 * Returns the byte length, 0 when malformed.
 */
int
utf8_decode(const unsigned char *s, size_t n, uint32_t *out)
{
	return n == 0 ? 0 : (int) zh_utf8_decode(s, n, out);
}

static int
pos_id(const char *name, const char *path, int line)
{
	int			i;

	if (strlen(name) >= ZH_DICT_POS_WIDTH)
		die("%s:%d: part of speech \"%s\" is longer than %d bytes",
			path, line, name, ZH_DICT_POS_WIDTH - 1);
	for (i = 0; i < n_pos; i++)
	{
		if (strcmp(pos_names[i], name) == 0)
			return i;
	}
	if (n_pos == MAX_POS)
		die("%s:%d: more than %d distinct parts of speech", path, line, MAX_POS);
	strcpy(pos_names[n_pos], name);
	return n_pos++;
}

/*
 * Append the words of one "word freq [pos]" file.  Blank lines and lines
 * starting with '#' are skipped (extra lists benefit from comments).
 */
static void
read_words(const char *path, Word **words, size_t *nwords, size_t *cap,
		   uint32_t *seq)
{
	size_t		len;
	char	   *buf = read_file(path, &len);
	char	   *p = buf;
	int			line = 0;

	while (*p)
	{
		char	   *eol = strchr(p, '\n');
		char	   *fields[3];
		int			nf = 0;
		char	   *q,
				   *end;
		Word		w;
		uint32_t	cps[MAX_WORD_CHARS];
		size_t		i;

		line++;
		if (!eol)
			eol = p + strlen(p);
		else
			*eol++ = '\0';
		q = p;
		p = eol;
		/* split on blanks */
		while (*q && nf < 3)
		{
			while (*q == ' ' || *q == '\t' || *q == '\r')
				q++;
			if (!*q)
				break;
			fields[nf++] = q;
			while (*q && *q != ' ' && *q != '\t' && *q != '\r')
				q++;
			if (*q)
				*q++ = '\0';
		}
		while (*q == ' ' || *q == '\t' || *q == '\r')
			q++;
		if (nf == 0 || fields[0][0] == '#')
			continue;
		if (nf < 2 || *q)
			die("%s:%d: expected \"word frequency [part-of-speech]\"", path, line);

		memset(&w, 0, sizeof(w));
		w.freq = strtod(fields[1], &end);
		if (*end || w.freq < 0 || !isfinite(w.freq))
			die("%s:%d: frequency \"%s\" is not a non-negative number",
				path, line, fields[1]);
		w.pos = (uint8_t) pos_id(nf == 3 ? fields[2] : "x", path, line);
		for (i = 0; fields[0][i];)
		{
			uint32_t	c;
			int			n = utf8_decode((const unsigned char *) fields[0] + i,
										strlen(fields[0] + i), &c);

			if (n == 0)
				die("%s:%d: invalid UTF-8 in word", path, line);
			if (w.len == MAX_WORD_CHARS)
				die("%s:%d: word longer than %d characters", path, line,
					MAX_WORD_CHARS);
			cps[w.len++] = c;
			i += n;
		}
		w.cp = xmalloc(w.len * sizeof(uint32_t));
		memcpy(w.cp, cps, w.len * sizeof(uint32_t));
		w.seq = (*seq)++;
		if (*nwords == *cap)
		{
			*cap = *cap ? *cap * 2 : 1024;
			*words = realloc(*words, *cap * sizeof(Word));
			if (!*words)
				die("out of memory");
		}
		(*words)[(*nwords)++] = w;
	}
	free(buf);
}

static int
word_cmp(const void *a, const void *b)
{
	const Word *x = a,
			   *y = b;
	ZhTrieKey	kx = {x->cp, x->len},
				ky = {y->cp, y->len};
	int			c = zh_trie_key_cmp(&kx, &ky);

	if (c)
		return c;
	return x->seq < y->seq ? -1 : (x->seq > y->seq);
}

/* ---- the Python dict literal reader ---------------------------------- */

typedef struct PyReader
{
	const char *path;
	const char *s;
	size_t		pos;
	size_t		len;
	int			line;
} PyReader;

/* Called for each number found at key path keys[0..depth). */
typedef void (*PyLeaf) (PyReader *r, uint32_t *keys[], uint32_t keylen[],
						int depth, double value, void *arg);

static void
py_fail(PyReader *r, const char *what)
{
	die("%s:%d: %s", r->path, r->line, what);
}

static void
py_skip(PyReader *r)
{
	while (r->pos < r->len)
	{
		char		c = r->s[r->pos];

		if (c == '\n')
			r->line++;
		if (c == '#')
		{
			while (r->pos < r->len && r->s[r->pos] != '\n')
				r->pos++;
			continue;
		}
		if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\\')
			break;
		r->pos++;
	}
}

static uint32_t
py_hex(PyReader *r, int digits)
{
	uint32_t	v = 0;
	int			i;

	for (i = 0; i < digits; i++)
	{
		char		c = r->pos < r->len ? r->s[r->pos++] : '\0';

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			py_fail(r, "bad hexadecimal escape in string");
	}
	return v;
}

/* A quoted string (optional u prefix) into code points; returns the count. */
static uint32_t
py_string(PyReader *r, uint32_t *out, uint32_t cap)
{
	char		q;
	uint32_t	n = 0;

	if (r->pos < r->len && (r->s[r->pos] == 'u' || r->s[r->pos] == 'U'))
		r->pos++;
	if (r->pos >= r->len || (r->s[r->pos] != '\'' && r->s[r->pos] != '"'))
		py_fail(r, "expected a quoted key");
	q = r->s[r->pos++];
	for (;;)
	{
		uint32_t	c;

		if (r->pos >= r->len || r->s[r->pos] == '\n')
			py_fail(r, "unterminated string");
		if (r->s[r->pos] == q)
		{
			r->pos++;
			break;
		}
		if (r->s[r->pos] == '\\')
		{
			char		e;

			r->pos++;
			e = r->pos < r->len ? r->s[r->pos++] : '\0';
			switch (e)
			{
				case 'u':
					c = py_hex(r, 4);
					break;
				case 'U':
					c = py_hex(r, 8);
					break;
				case 'x':
					c = py_hex(r, 2);
					break;
				case 'n':
					c = '\n';
					break;
				case 't':
					c = '\t';
					break;
				case '\\':
				case '\'':
				case '"':
					c = (unsigned char) e;
					break;
				default:
					py_fail(r, "unsupported escape in string");
					c = 0;
			}
		}
		else
		{
			int			k = utf8_decode((const unsigned char *) r->s + r->pos,
										r->len - r->pos, &c);

			if (k == 0)
				py_fail(r, "invalid UTF-8 in string");
			r->pos += k;
		}
		if (n == cap)
			py_fail(r, "key too long");
		out[n++] = c;
	}
	return n;
}

static void
py_value(PyReader *r, uint32_t *keys[], uint32_t keylen[], int depth,
		 PyLeaf leaf, void *arg)
{
	py_skip(r);
	if (r->pos >= r->len)
		py_fail(r, "unexpected end of file");
	if (r->s[r->pos] == '{')
	{
		uint32_t	kbuf[16];

		if (depth >= 4)
			py_fail(r, "dicts nested too deeply");
		r->pos++;
		for (;;)
		{
			py_skip(r);
			if (r->pos < r->len && r->s[r->pos] == '}')
			{
				r->pos++;
				return;
			}
			keylen[depth] = py_string(r, kbuf, 16);
			keys[depth] = kbuf;
			py_skip(r);
			if (r->pos >= r->len || r->s[r->pos] != ':')
				py_fail(r, "expected ':' after key");
			r->pos++;
			py_value(r, keys, keylen, depth + 1, leaf, arg);
			py_skip(r);
			if (r->pos < r->len && r->s[r->pos] == ',')
				r->pos++;
			else if (r->pos >= r->len || r->s[r->pos] != '}')
				py_fail(r, "expected ',' or '}'");
		}
	}
	else
	{
		char	   *end;
		double		v;

		errno = 0;
		v = strtod(r->s + r->pos, &end);
		if (end == r->s + r->pos)
			py_fail(r, "expected a number or a dict");
		r->pos = end - r->s;
		leaf(r, keys, keylen, depth, v, arg);
	}
}

/* Parse the first "NAME = {...}" assignment of a Python file. */
static void
py_read_dict(const char *path, PyLeaf leaf, void *arg)
{
	PyReader	r;
	uint32_t   *keys[4];
	uint32_t	keylen[4];
	const char *brace;

	r.path = path;
	r.s = read_file(path, &r.len);
	r.line = 1;
	brace = strchr(r.s, '{');
	if (!brace)
		die("%s: no dict literal found (expected P = {...})", path);
	for (r.pos = 0; r.s + r.pos < brace; r.pos++)
	{
		if (r.s[r.pos] == '\n')
			r.line++;
	}
	py_value(&r, keys, keylen, 0, leaf, arg);
	free((void *) r.s);
}

static int
state_of(PyReader *r, const uint32_t *k, uint32_t n)
{
	if (n == 1)
	{
		switch (k[0])
		{
			case 'B':
				return ZH_HMM_B;
			case 'M':
				return ZH_HMM_M;
			case 'E':
				return ZH_HMM_E;
			case 'S':
				return ZH_HMM_S;
		}
	}
	py_fail(r, "HMM state must be one of 'B', 'M', 'E', 'S'");
	return -1;
}

/*
 * The background the name model's shape is weighed against: how often each
 * character is the first, second or third character of the dictionary's
 * three-character words that are not persons' (every tag but nr*), each
 * word counted once, add-half smoothed.  车 and 证 end many such words
 * (吉普车, 许可证), 民 and 华 few: a three-character nr word whose
 * characters stand where common words put them is a word, not a name.
 */
static float *
other_word3_model(const Word *words, size_t nwords)
{
	uint32_t   *count = xmalloc(65536 * 3 * sizeof(uint32_t));
	float	   *prob = xmalloc(65536 * 3 * sizeof(float));
	double		n = 0;

	memset(count, 0, 65536 * 3 * sizeof(uint32_t));
	for (size_t i = 0; i < nwords; i++)
	{
		if (words[i].len != 3 || strncmp(pos_names[words[i].pos], "nr", 2) == 0 ||
			words[i].cp[0] >= 0x10000 || words[i].cp[1] >= 0x10000 || words[i].cp[2] >= 0x10000)
			continue;
		for (int k = 0; k < 3; k++)
			count[words[i].cp[k] * 3 + k]++;
		n++;
	}
	for (size_t i = 0; i < 65536 * 3; i++)
		prob[i] = (float) log((count[i] + 0.5) / (n + 1));
	free(count);
	return prob;
}

typedef struct HmmModel
{
	double		start[4];
	double		trans[4][4];
	int			seen_start[4];
	float	   *emit;			/* [65536][4] */
	uint8_t    *emit_seen;		/* [65536] */
	int			n_start,
				n_trans,
				n_emit;
} HmmModel;

static void
leaf_start(PyReader *r, uint32_t *keys[], uint32_t keylen[], int depth,
		   double v, void *arg)
{
	HmmModel   *m = arg;

	if (depth != 1)
		py_fail(r, "expected {state: logprob}");
	m->start[state_of(r, keys[0], keylen[0])] = v;
	m->n_start++;
}

static void
leaf_trans(PyReader *r, uint32_t *keys[], uint32_t keylen[], int depth,
		   double v, void *arg)
{
	HmmModel   *m = arg;

	if (depth != 2)
		py_fail(r, "expected {state: {state: logprob}}");
	m->trans[state_of(r, keys[0], keylen[0])][state_of(r, keys[1], keylen[1])] = v;
	m->n_trans++;
}

static void
leaf_emit(PyReader *r, uint32_t *keys[], uint32_t keylen[], int depth,
		  double v, void *arg)
{
	HmmModel   *m = arg;
	int			s;

	if (depth != 2)
		py_fail(r, "expected {state: {character: logprob}}");
	s = state_of(r, keys[0], keylen[0]);
	if (keylen[1] != 1)
		py_fail(r, "emission key must be a single character");
	if (keys[1][0] >= 0x10000)
		return;					/* only the BMP is modelled */
	m->emit[keys[1][0] * 4 + s] = (float) v;
	m->emit_seen[keys[1][0]] = 1;
	m->n_emit++;
}

/* ---- assembling the file --------------------------------------------- */

static size_t
align8(size_t n)
{
	return (n + 7) & ~(size_t) 7;
}

int
main(int argc, char **argv)
{
	const char *extra[16];
	int			n_extra = 0;
	char	   *vocab[ZH_LEX_COUNT * 2];
	int			n_vocab = 0;
	VocabSections lex;
	int			a = 1;
	Word	   *words = NULL;
	size_t		nwords = 0,
				wcap = 0,
				i,
				nu;
	uint32_t	seq = 0;
	ZhTrieKey  *keys;
	ZhTrie		trie;
	ZhEnv		env = dictc_env;
	HmmModel	hmm;
	double		total = 0;
	uint32_t	max_len = 0;
	uint32_t	n_rows;
	uint16_t   *emit_index;
	float	   *emit_rows;
	uint8_t    *char_flags;
	uint32_t   *nr3;
	uint32_t   *pos_count;
	float	   *name_prob;
	double		n_names = 0;
	double	   *char_mass;
	double		all_mass = 0;
	float	   *char_prob;
	float	   *other3_prob;
	ZhDictHeader h;
	size_t		off;
	unsigned char *file;
	FILE	   *out;
	float	   *word_logp;
	uint8_t    *word_pos;
	ZhDictNode *nodes;
	ZhDictPair *pairs;
	uint32_t	pair_bits,
				n_pairs = 0;
	double		hmm_prob[20];
	const void *sec_data[ZH_SEC_COUNT];

	while (a + 1 < argc && (strcmp(argv[a], "-x") == 0 || strcmp(argv[a], "-v") == 0))
	{
		if (argv[a][1] == 'x')
		{
			if (n_extra == 16)
				die("too many -x files");
			extra[n_extra++] = argv[a + 1];
		}
		else
		{
			if (n_vocab == ZH_LEX_COUNT * 2)
				die("too many -v files");
			vocab[n_vocab++] = argv[a + 1];
		}
		a += 2;
	}
	if (argc - a != 5)
	{
		fprintf(stderr, "usage: zh_dictc [-x extra.txt]... [-v data/vocab/KIND.txt]... dict.txt "
				"prob_start.py prob_trans.py prob_emit.py out.dict\n");
		return 2;
	}
	vocab_compile(vocab, n_vocab, &lex);

	/* reserved part-of-speech ids the segmenter relies on: see zh_dict.h */
	pos_id("x", "", 0);
	pos_id("m", "", 0);
	pos_id("eng", "", 0);
	pos_id("nr", "", 0);
	pos_id("user", "", 0);
	pos_id("t", "", 0);
	pos_id("w", "", 0);

	read_words(argv[a], &words, &nwords, &wcap, &seq);
	for (i = 0; i < (size_t) n_extra; i++)
		read_words(extra[i], &words, &nwords, &wcap, &seq);
	if (nwords == 0)
		die("%s: no words", argv[a]);

	/* sort, keep the last entry of each word */
	qsort(words, nwords, sizeof(Word), word_cmp);
	nu = 0;
	for (i = 0; i < nwords; i++)
	{
		if (i + 1 < nwords && words[i].len == words[i + 1].len &&
			memcmp(words[i].cp, words[i + 1].cp, words[i].len * 4) == 0)
		{
			free(words[i].cp);
			continue;
		}
		words[nu++] = words[i];
	}
	nwords = nu;
	keys = xmalloc(nwords * sizeof(ZhTrieKey));
	for (i = 0; i < nwords; i++)
	{
		keys[i].cp = words[i].cp;
		keys[i].len = words[i].len;
		total += words[i].freq;
		if (words[i].len > max_len)
			max_len = words[i].len;
	}
	if (total <= 0)
		die("%s: all frequencies are zero", argv[a]);
	if (zh_trie_build(&env, keys, (uint32_t) nwords, 1, &trie) != ZH_OK)
		die("cannot build the word index (out of memory?)");

	word_logp = xmalloc(nwords * sizeof(float));
	word_pos = xmalloc(nwords);
	for (i = 0; i < nwords; i++)
	{
		/* as jieba: a zero frequency counts as one */
		word_logp[i] = (float) (log(words[i].freq > 1 ? words[i].freq : 1) - log(total));
		word_pos[i] = words[i].pos;
	}

	/*
	 * The mapped node array: the builder's label, first and value arrays
	 * interleaved with each word's log-probability (see zh_dict_format.h).
	 * Node n_nodes only holds the end of the last node's child range.
	 */
	nodes = xmalloc(((size_t) trie.n_nodes + 1) * sizeof(ZhDictNode));
	for (i = 0; i <= trie.n_nodes; i++)
	{
		nodes[i].label = i < trie.n_nodes ? trie.label[i] : 0;
		nodes[i].first = trie.first[i];
		nodes[i].value = i < trie.n_nodes ? trie.value[i] : 0;
		nodes[i].logp = nodes[i].value ? word_logp[nodes[i].value - 1] : 0.0f;
	}

	/*
	 * Every two-character prefix of BMP characters, hashed to its node.  At
	 * most 70% full: linear probing then still ends within a cache line or
	 * two (slots are 8 bytes), the table stays small enough to sit mostly in
	 * the second-level cache, and there is always an empty slot to stop at.
	 */
	for (i = trie.first[0]; i < trie.first[1]; i++)
	{
		if (trie.label[i] < 0x10000)
		{
			uint32_t	k;

			for (k = trie.first[i]; k < trie.first[i + 1]; k++)
				n_pairs += trie.label[k] < 0x10000;
		}
	}
	pair_bits = 4;
	while ((uint64_t) 7 << pair_bits < (uint64_t) 10 * n_pairs)
		pair_bits++;
	pairs = xmalloc(((size_t) 1 << pair_bits) * sizeof(ZhDictPair));
	memset(pairs, 0, ((size_t) 1 << pair_bits) * sizeof(ZhDictPair));
	for (i = trie.first[0]; i < trie.first[1]; i++)
	{
		uint32_t	k;

		if (trie.label[i] >= 0x10000)
			continue;
		for (k = trie.first[i]; k < trie.first[i + 1]; k++)
		{
			uint32_t	key,
						slot;

			if (trie.label[k] >= 0x10000)
				continue;
			key = zh_dict_pair_key(trie.label[i], trie.label[k]);
			slot = zh_dict_pair_slot(key, pair_bits);
			while (pairs[slot].node != 0)
				slot = (slot + 1) & ((1u << pair_bits) - 1);
			pairs[slot].key = key;
			pairs[slot].node = k;
		}
	}

	/*
	 * Surname characters, learnt from the word list rather than typed in:
	 * a character that begins many three-character person names.
	 */
	char_flags = xmalloc(65536);
	memset(char_flags, 0, 65536);
	nr3 = xmalloc(65536 * sizeof(uint32_t));
	memset(nr3, 0, 65536 * sizeof(uint32_t));
	for (i = 0; i < nwords; i++)
	{
		if (words[i].len == 3 && words[i].cp[0] < 0x10000 &&
			strcmp(pos_names[words[i].pos], "nr") == 0)
			nr3[words[i].cp[0]]++;
	}
	for (i = 0; i < 65536; i++)
	{
		if (nr3[i] >= 40)
			char_flags[i] |= ZH_CF_SURNAME;
	}
	free(nr3);

	/*
	 * The name model: how often each character is the surname, the middle
	 * or the last character of the dictionary's three-character names
	 * (add-half smoothing, so an unseen given-name character is unlikely
	 * but possible; an unseen surname is impossible).
	 */
	pos_count = xmalloc(65536 * 3 * sizeof(uint32_t));
	memset(pos_count, 0, 65536 * 3 * sizeof(uint32_t));
	for (i = 0; i < nwords; i++)
	{
		if (words[i].len == 3 && strcmp(pos_names[words[i].pos], "nr") == 0 &&
			words[i].cp[0] < 0x10000 && words[i].cp[1] < 0x10000 &&
			words[i].cp[2] < 0x10000)
		{
			pos_count[words[i].cp[0] * 3]++;
			pos_count[words[i].cp[1] * 3 + 1]++;
			pos_count[words[i].cp[2] * 3 + 2]++;
			n_names++;
		}
	}
	name_prob = xmalloc(65536 * 3 * sizeof(float));
	for (i = 0; i < 65536 * 3; i++)
	{
		if (i % 3 == 0)
			name_prob[i] = pos_count[i] ? (float) log(pos_count[i] / (n_names + 1)) : -100.0f;
		else
			name_prob[i] = (float) log((pos_count[i] + 0.5) / (n_names + 1));
	}
	free(pos_count);

	/*
	 * The background the name model is weighed against: each character's
	 * share of the characters of all words, a word counting as often as its
	 * frequency (as jieba's, a zero frequency counts as one), add-half
	 * smoothed like the given-name characters.  A character names favour
	 * is likelier in the name model than here; one of common words (证 in
	 * 许可证, 车 in 吉普车) the other way round.
	 */
	char_mass = xmalloc(65536 * sizeof(double));
	memset(char_mass, 0, 65536 * sizeof(double));
	for (i = 0; i < nwords; i++)
	{
		double		f = words[i].freq > 1 ? words[i].freq : 1;

		for (uint32_t k = 0; k < words[i].len; k++)
		{
			if (words[i].cp[k] < 0x10000)
				char_mass[words[i].cp[k]] += f;
			all_mass += f;
		}
	}
	char_prob = xmalloc(65536 * sizeof(float));
	for (i = 0; i < 65536; i++)
		char_prob[i] = (float) log((char_mass[i] + 0.5) / (all_mass + 1));
	free(char_mass);
	other3_prob = other_word3_model(words, nwords);

	/* HMM */
	memset(&hmm, 0, sizeof(hmm));
	hmm.emit = xmalloc(65536 * 4 * sizeof(float));
	hmm.emit_seen = xmalloc(65536);
	memset(hmm.emit_seen, 0, 65536);
	for (i = 0; i < 65536 * 4; i++)
		hmm.emit[i] = -3.14e30f;
	for (i = 0; i < 4; i++)
	{
		int			j;

		hmm.start[i] = -3.14e100;
		for (j = 0; j < 4; j++)
			hmm.trans[i][j] = -3.14e100;
	}
	py_read_dict(argv[a + 1], leaf_start, &hmm);
	py_read_dict(argv[a + 2], leaf_trans, &hmm);
	py_read_dict(argv[a + 3], leaf_emit, &hmm);
	if (hmm.n_start == 0)
		die("%s: no start probabilities", argv[a + 1]);
	if (hmm.n_trans == 0)
		die("%s: no transition probabilities", argv[a + 2]);
	if (hmm.n_emit == 0)
		die("%s: no emission probabilities", argv[a + 3]);
	memcpy(hmm_prob, hmm.start, sizeof(hmm.start));
	memcpy(hmm_prob + 4, hmm.trans, sizeof(hmm.trans));

	emit_index = xmalloc(65536 * sizeof(uint16_t));
	n_rows = 1;
	for (i = 0; i < 65536; i++)
		n_rows += hmm.emit_seen[i];
	if (n_rows > 65535)
		die("too many emission rows");
	emit_rows = xmalloc(n_rows * 4 * sizeof(float));
	for (i = 0; i < 4; i++)
		emit_rows[i] = -3.14e30f;
	n_rows = 1;
	for (i = 0; i < 65536; i++)
	{
		if (hmm.emit_seen[i])
		{
			memcpy(emit_rows + n_rows * 4, hmm.emit + i * 4, 4 * sizeof(float));
			emit_index[i] = (uint16_t) n_rows++;
		}
		else
			emit_index[i] = 0;
	}

	/* lay out */
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, ZH_DICT_MAGIC, 8);
	h.version = ZH_DICT_VERSION;
	h.endian = ZH_DICT_ENDIAN_MARK;
	h.header_size = (uint32_t) align8(sizeof(ZhDictHeader));
	h.n_nodes = trie.n_nodes;
	h.n_words = (uint32_t) nwords;
	h.n_pos = (uint32_t) n_pos;
	h.n_emit_rows = n_rows;
	h.max_word_len = max_len;
	h.pair_bits = pair_bits;
	h.log_total = log(total);
	h.min_logp = -log(total);
	h.sec[ZH_SEC_TRIE_NODE].size = ((uint64_t) trie.n_nodes + 1) * sizeof(ZhDictNode);
	h.sec[ZH_SEC_ROOT_BMP].size = 65536 * 4;
	h.sec[ZH_SEC_PAIR_HASH].size = ((uint64_t) 1 << pair_bits) * sizeof(ZhDictPair);
	h.sec[ZH_SEC_WORD_POS].size = nwords;
	h.sec[ZH_SEC_POS_NAMES].size = (uint64_t) n_pos * ZH_DICT_POS_WIDTH;
	h.sec[ZH_SEC_HMM_PROB].size = sizeof(hmm_prob);
	h.sec[ZH_SEC_EMIT_INDEX].size = 65536 * 2;
	h.sec[ZH_SEC_EMIT_ROWS].size = (uint64_t) n_rows * 16;
	h.sec[ZH_SEC_CHAR_FLAGS].size = 65536;
	h.sec[ZH_SEC_NAME_PROB].size = 65536 * 3 * sizeof(float);
	h.sec[ZH_SEC_CHAR_PROB].size = 65536 * sizeof(float);
	h.sec[ZH_SEC_OTHER3_PROB].size = 65536 * 3 * sizeof(float);
	h.n_lex_lists = ZH_LEX_COUNT;
	h.n_lex_entries = lex.n_entries;
	h.n_lex_slots = lex.n_slots;
	h.n_lex_cp = lex.n_cp;
	h.lex_text_size = lex.text_size;
	h.sec[ZH_SEC_LEX_LIST].size = sizeof(lex.list);
	h.sec[ZH_SEC_LEX_ENTRY].size = (uint64_t) lex.n_entries * sizeof(ZhLexEntry);
	h.sec[ZH_SEC_LEX_SLOT].size = (uint64_t) lex.n_slots * sizeof(int32_t);
	h.sec[ZH_SEC_LEX_CP].size = (uint64_t) lex.n_cp * sizeof(uint32_t);
	h.sec[ZH_SEC_LEX_TEXT].size = lex.text_size;
	sec_data[ZH_SEC_TRIE_NODE] = nodes;
	sec_data[ZH_SEC_ROOT_BMP] = trie.root_bmp;
	sec_data[ZH_SEC_PAIR_HASH] = pairs;
	sec_data[ZH_SEC_WORD_POS] = word_pos;
	sec_data[ZH_SEC_POS_NAMES] = pos_names;
	sec_data[ZH_SEC_HMM_PROB] = hmm_prob;
	sec_data[ZH_SEC_EMIT_INDEX] = emit_index;
	sec_data[ZH_SEC_EMIT_ROWS] = emit_rows;
	sec_data[ZH_SEC_CHAR_FLAGS] = char_flags;
	sec_data[ZH_SEC_NAME_PROB] = name_prob;
	sec_data[ZH_SEC_CHAR_PROB] = char_prob;
	sec_data[ZH_SEC_OTHER3_PROB] = other3_prob;
	sec_data[ZH_SEC_LEX_LIST] = lex.list;
	sec_data[ZH_SEC_LEX_ENTRY] = lex.entry;
	sec_data[ZH_SEC_LEX_SLOT] = lex.slot;
	sec_data[ZH_SEC_LEX_CP] = lex.cp;
	sec_data[ZH_SEC_LEX_TEXT] = lex.text;
	off = h.header_size;
	for (i = 0; i < ZH_SEC_COUNT; i++)
	{
		h.sec[i].offset = off;
		off = align8(off + h.sec[i].size);
	}
	h.file_size = off;

	file = xmalloc(off);
	memset(file, 0, off);
	for (i = 0; i < ZH_SEC_COUNT; i++)
		memcpy(file + h.sec[i].offset, sec_data[i], h.sec[i].size);
	h.body_checksum = zh_checksum64(file + h.header_size, off - h.header_size);
	h.header_checksum = 0;
	h.header_checksum = zh_checksum64(&h, sizeof(h));
	memcpy(file, &h, sizeof(h));

	out = fopen(argv[a + 4], "wb");
	if (!out)
		die("cannot create \"%s\": %s", argv[a + 4], strerror(errno));
	if (fwrite(file, 1, off, out) != off || fclose(out) != 0)
		die("cannot write \"%s\": %s", argv[a + 4], strerror(errno));
	/* the whole-file checks a backend's open leaves out, once, here */
	{
		ZhDict	   *d;
		char		err[512];

		if (zh_dict_open(argv[a + 4], &d, err, sizeof(err)) != ZH_OK ||
			zh_dict_verify(d, argv[a + 4], err, sizeof(err)) != ZH_OK)
			die("the file written does not verify: %s", err);
		zh_dict_close(d);
	}
	printf("%s: %zu words, %u trie nodes, %u character pairs, %d parts of speech, "
		   "%u HMM characters, max word length %u, %d word lists of %u entries, %zu bytes\n",
		   argv[a + 4], nwords, trie.n_nodes, n_pairs, n_pos, n_rows - 1,
		   max_len, ZH_LEX_COUNT, lex.n_entries, off);
	return 0;
}
