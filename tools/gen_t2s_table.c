/*
 * gen_t2s_table.c — build-time compiler of the traditional-to-simplified table.
 *
 * The authority is OpenCC's t2s conversion (Apache 2.0): its phrase table
 * TSPhrases decides in context (乾隆 stays, 乾燥 becomes 干燥), its character
 * table TSCharacters does the rest.  OpenCC ships them as .ocd2 files; the
 * Makefile turns those into text with `opencc_dict -t text`, and this program
 * compiles the text into C arrays, so no backend opens or parses anything at
 * run time.
 *
 * One addition to OpenCC: person names.  Some characters are correct
 * simplified Chinese in some words and a traditional spelling in others (乾,
 * 徵, 於: TSCharacters lists the character itself among its candidates).
 * OpenCC folds them by default, which rewrites names (王丙乾 becomes 王丙干).
 * A three-character person name of jieba's dictionary (tag nr) that begins
 * with a surname and whose only changes are such ambiguous characters is
 * added as a phrase that stays as it is.  Surnames are learnt from the word
 * list as zh_dictc learns them (a character that begins many three-character
 * names), since jieba also tags many ordinary words nr (乾燥 is one); and a
 * "name" whose first or last two characters are an ordinary word of the
 * dictionary (有利於, 牛肉乾), or whose first character is on its own a
 * function word or verb (上焙乾, 应徵者, 张贴於), is not taken for one.
 *
 * Every key and value has the same length in code points (checked here), so
 * the run-time folding keeps one input offset per character.
 *
 * Usage: gen_t2s_table TSPhrases.txt TSCharacters.txt jieba/dict.txt > zh_t2s_table.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_KEY 32				/* longest phrase kept, in code points */
#define LIMIT 0x32000			/* beyond the last assigned ideograph */
#define SURNAME_MIN_NAMES 40	/* as zh_dictc: a surname begins this many names */

typedef struct Entry
{
	uint32_t	key[MAX_KEY];
	uint32_t	val[MAX_KEY];
	int			len;
	int			ambiguous;		/* character entry whose candidates include itself */
} Entry;

typedef struct Table
{
	Entry	   *e;
	size_t		n;
	size_t		cap;
} Table;

static void *
xrealloc(void *p, size_t n)
{
	void	   *q = realloc(p, n);

	if (!q)
	{
		fprintf(stderr, "gen_t2s_table: out of memory\n");
		exit(1);
	}
	return q;
}

/* Decode UTF-8 s into cp (at most max), returning the count or -1. */
static int
decode(const char *s, size_t n, uint32_t *cp, int max)
{
	int			k = 0;
	size_t		i = 0;

	while (i < n)
	{
		unsigned char b = (unsigned char) s[i];
		uint32_t	c;
		int			more;

		if (b < 0x80)
			c = b, more = 0;
		else if ((b & 0xE0) == 0xC0)
			c = b & 0x1F, more = 1;
		else if ((b & 0xF0) == 0xE0)
			c = b & 0x0F, more = 2;
		else if ((b & 0xF8) == 0xF0)
			c = b & 0x07, more = 3;
		else
			return -1;
		if (i + more >= n || k == max)
			return -1;
		for (int j = 1; j <= more; j++)
			c = (c << 6) | ((unsigned char) s[i + j] & 0x3F);
		cp[k++] = c;
		i += more + 1;
	}
	return k;
}

static int
cmp_key(const uint32_t *a, int alen, const uint32_t *b, int blen)
{
	for (int i = 0; i < alen && i < blen; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return alen - blen;
}

static int
cmp_entry(const void *x, const void *y)
{
	const Entry *a = x,
			   *b = y;

	return cmp_key(a->key, a->len, b->key, b->len);
}

static const Entry *
find(const Table *t, const uint32_t *key, int len)
{
	size_t		lo = 0,
				hi = t->n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		int			c = cmp_key(t->e[mid].key, t->e[mid].len, key, len);

		if (c == 0)
			return &t->e[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static void
add(Table *t, const Entry *e)
{
	if (t->n == t->cap)
	{
		t->cap = t->cap ? t->cap * 2 : 1024;
		t->e = xrealloc(t->e, t->cap * sizeof(Entry));
	}
	t->e[t->n++] = *e;
}

/*
 * Read an opencc_dict text file: key TAB candidates separated by spaces; the
 * first candidate is the one OpenCC's t2s chooses.
 */
static void
read_opencc(const char *path, Table *t, int chars)
{
	FILE	   *f = fopen(path, "r");
	char		line[4096];
	int			lineno = 0;

	if (!f)
	{
		perror(path);
		exit(1);
	}
	while (fgets(line, sizeof(line), f))
	{
		char	   *tab = strchr(line, '\t'),
				   *val,
				   *sp;
		Entry		e;
		int			vlen;

		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '\0')
			continue;
		if (!tab)
			goto bad;
		*tab = '\0';
		val = tab + 1;
		memset(&e, 0, sizeof(e));
		e.len = decode(line, strlen(line), e.key, MAX_KEY);
		sp = strchr(val, ' ');
		vlen = decode(val, sp ? (size_t) (sp - val) : strlen(val), e.val, MAX_KEY);
		if (e.len <= 0 || vlen != e.len || (chars && e.len != 1))
		{
			/* a different length would lose the offsets: such an entry is not used */
			fprintf(stderr, "gen_t2s_table: %s:%d: skipped (lengths differ)\n", path, lineno);
			continue;
		}
		/* the character itself among the candidates: correct as it is in some words */
		for (char *c = sp; chars && c; c = strchr(c + 1, ' '))
		{
			uint32_t	alt[2];

			if (decode(c + 1, strcspn(c + 1, " "), alt, 2) == 1 && alt[0] == e.key[0])
				e.ambiguous = 1;
		}
		add(t, &e);
		continue;
bad:
		fprintf(stderr, "gen_t2s_table: %s:%d: malformed line\n", path, lineno);
		exit(1);
	}
	fclose(f);
}

/* OpenCC's t2s over cp[0, n) into out: longest phrase first, then characters. */
static void
convert(const Table *phrases, const Table *chars, int max_phrase,
		const uint32_t *cp, int n, uint32_t *out, int *changed_ambiguous_only)
{
	int			i = 0;

	*changed_ambiguous_only = 1;
	while (i < n)
	{
		int			L;
		const Entry *e = NULL;

		for (L = (n - i < max_phrase ? n - i : max_phrase); L >= 2; L--)
			if ((e = find(phrases, cp + i, L)) != NULL)
				break;
		if (e)
		{
			memcpy(out + i, e->val, L * sizeof(uint32_t));
			if (memcmp(e->val, cp + i, L * sizeof(uint32_t)) != 0)
				*changed_ambiguous_only = 0;
			i += L;
			continue;
		}
		e = find(chars, cp + i, 1);
		out[i] = e ? e->val[0] : cp[i];
		if (e && e->val[0] != cp[i] && !e->ambiguous)
			*changed_ambiguous_only = 0;
		i++;
	}
}

static int
cmp_u64(const void *x, const void *y)
{
	uint64_t	a = *(const uint64_t *) x,
				b = *(const uint64_t *) y;

	return a < b ? -1 : a > b;
}

/* Is a, b a two-character word of the dictionary, not tagged as a name? */
static int
is_word2(const uint64_t *words, size_t n, uint32_t a, uint32_t b)
{
	uint64_t	key = ((uint64_t) a << 32) | b;

	return bsearch(&key, words, n, sizeof(uint64_t), cmp_u64) != NULL;
}

/* Three-character names of the dictionary that OpenCC would rewrite. */
static void
add_names(const char *path, Table *phrases, const Table *chars, int max_phrase)
{
	FILE	   *f = fopen(path, "r");
	char		line[1024];
	uint32_t   *starts = calloc(LIMIT, sizeof(uint32_t));
	unsigned char *not_surname = calloc(LIMIT, 1);
	Table		names = {0},
				sorted;
	size_t		added = 0;
	uint64_t   *words2 = NULL;
	size_t		nwords2 = 0,
				cap2 = 0;
	int			pass;

	if (!f || !starts || !not_surname)
	{
		perror(path);
		exit(1);
	}
	/* pass 0 counts names per first character, pass 1 picks the names */
	for (pass = 0; pass < 2; pass++)
	{
		rewind(f);
		while (fgets(line, sizeof(line), f))
		{
			char		word[256],
						freq[64],
						pos[64];
			Entry		e;
			int			only_ambiguous;

			if (sscanf(line, "%255s %63s %63s", word, freq, pos) != 3)
				continue;
			memset(&e, 0, sizeof(e));
			e.len = decode(word, strlen(word), e.key, MAX_KEY);
			/* prepositions, localisers, verbs, particles, measure words, adverbs, conjunctions */
			if (pass == 0 && e.len == 1 && e.key[0] < LIMIT && strchr("pfvuqdc", pos[0]))
				not_surname[e.key[0]] = 1;
			if (pass == 0 && e.len == 2 && strncmp(pos, "nr", 2) != 0)
			{
				if (nwords2 == cap2)
				{
					cap2 = cap2 ? cap2 * 2 : 65536;
					words2 = xrealloc(words2, cap2 * sizeof(uint64_t));
				}
				words2[nwords2++] = ((uint64_t) e.key[0] << 32) | e.key[1];
			}
			if (strcmp(pos, "nr") != 0 || e.len != 3 || e.key[0] >= LIMIT)
				continue;
			if (pass == 0)
			{
				starts[e.key[0]]++;
				continue;
			}
			if (starts[e.key[0]] < SURNAME_MIN_NAMES || not_surname[e.key[0]] ||
				is_word2(words2, nwords2, e.key[0], e.key[1]) ||
				is_word2(words2, nwords2, e.key[1], e.key[2]))
				continue;
			convert(phrases, chars, max_phrase, e.key, e.len, e.val, &only_ambiguous);
			if (memcmp(e.key, e.val, sizeof(e.key)) == 0 || !only_ambiguous)
				continue;
			/* the surname itself is never the ambiguous one kept */
			if (e.val[0] != e.key[0])
				continue;
			memcpy(e.val, e.key, sizeof(e.key));
			add(&names, &e);
		}
		if (pass == 0)
			qsort(words2, nwords2, sizeof(uint64_t), cmp_u64);
	}
	free(words2);
	fclose(f);
	free(starts);
	free(not_surname);
	/* OpenCC's own phrase wins over a name (searched in the sorted part only) */
	sorted = *phrases;
	for (size_t i = 0; i < names.n; i++)
		if (!find(&sorted, names.e[i].key, names.e[i].len))
		{
			add(phrases, &names.e[i]);
			added++;
		}
	fprintf(stderr, "gen_t2s_table: %zu dictionary names kept as they are\n", added);
	free(names.e);
}

int
main(int argc, char **argv)
{
	Table		phrases = {0},
				chars = {0};
	static unsigned char first[LIMIT / 8],
				phrase_first[LIMIT / 8];
	int			max_phrase = 0;
	size_t		pool = 0;

	if (argc != 4)
	{
		fprintf(stderr, "usage: gen_t2s_table TSPhrases.txt TSCharacters.txt dict.txt\n");
		return 1;
	}
	read_opencc(argv[1], &phrases, 0);
	read_opencc(argv[2], &chars, 1);
	qsort(chars.e, chars.n, sizeof(Entry), cmp_entry);
	qsort(phrases.e, phrases.n, sizeof(Entry), cmp_entry);
	for (size_t i = 0; i < phrases.n; i++)
		if (phrases.e[i].len > max_phrase)
			max_phrase = phrases.e[i].len;
	add_names(argv[3], &phrases, &chars, max_phrase);
	qsort(phrases.e, phrases.n, sizeof(Entry), cmp_entry);

	/* characters that begin a phrase or have a simplified form: the only ones looked up */
	for (size_t i = 0; i < chars.n; i++)
		if (chars.e[i].key[0] < LIMIT && chars.e[i].val[0] != chars.e[i].key[0])
			first[chars.e[i].key[0] >> 3] |= (unsigned char) (1u << (chars.e[i].key[0] & 7));
	for (size_t i = 0; i < phrases.n; i++)
		if (phrases.e[i].key[0] < LIMIT)
		{
			first[phrases.e[i].key[0] >> 3] |= (unsigned char) (1u << (phrases.e[i].key[0] & 7));
			phrase_first[phrases.e[i].key[0] >> 3] |= (unsigned char) (1u << (phrases.e[i].key[0] & 7));
		}

	printf("/* Generated by tools/gen_t2s_table from OpenCC's TSPhrases and TSCharacters\n"
		   " * (Apache 2.0) and jieba's names: %zu phrases, %zu characters.  Do not edit. */\n",
		   phrases.n, chars.n);
	printf("#include \"zh_t2s.h\"\n\n");
	printf("const uint32_t zh_t2s_limit = 0x%X;\n", LIMIT);
	printf("const uint8_t zh_t2s_first[%d] = {\n", LIMIT / 8);
	for (int i = 0; i < LIMIT / 8; i++)
		printf("%d,%s", first[i], (i % 32 == 31) ? "\n" : "");
	printf("};\n\n");
	printf("const uint8_t zh_t2s_phrase_first[%d] = {\n", LIMIT / 8);
	for (int i = 0; i < LIMIT / 8; i++)
		printf("%d,%s", phrase_first[i], (i % 32 == 31) ? "\n" : "");
	printf("};\n\n");

	printf("const uint32_t zh_t2s_nchars = %zu;\n", chars.n);
	printf("const ZhT2sChar zh_t2s_chars[] = {\n");
	for (size_t i = 0; i < chars.n; i++)
		printf("{0x%X,0x%X},%s", chars.e[i].key[0], chars.e[i].val[0], (i % 8 == 7) ? "\n" : "");
	printf("};\n\n");

	printf("const uint32_t zh_t2s_nphrases = %zu;\n", phrases.n);
	printf("const uint32_t zh_t2s_max_phrase = %d;\n", max_phrase);
	printf("const ZhT2sPhrase zh_t2s_phrases[] = {\n");
	for (size_t i = 0; i < phrases.n; i++)
	{
		printf("{%zu,%d},%s", pool, phrases.e[i].len, (i % 8 == 7) ? "\n" : "");
		pool += 2 * phrases.e[i].len;
	}
	printf("};\n\n");
	/* key then value of each phrase, in phrase order */
	printf("const uint32_t zh_t2s_pool[] = {\n");
	for (size_t i = 0; i < phrases.n; i++)
	{
		for (int k = 0; k < phrases.e[i].len; k++)
			printf("0x%X,", phrases.e[i].key[k]);
		for (int k = 0; k < phrases.e[i].len; k++)
			printf("0x%X,", phrases.e[i].val[k]);
		printf("\n");
	}
	printf("};\n");
	free(phrases.e);
	free(chars.e);
	return 0;
}
