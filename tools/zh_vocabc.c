/*
 * zh_vocabc.c — the word lists of data/vocab, compiled for zhdoc.dict.
 *
 * Each file is one list; its name (data/vocab/KIND.txt) is its kind, which
 * must be one zh_lexicon_kinds.h names, and every kind must have its file,
 * so a list cannot be silently missing or misspelt.  Format: UTF-8, one
 * entry a line; lines starting with '#' are comments, the first of them
 * (without "# ") is the list's description, which zhdoc.term_kinds shows;
 * blank lines are skipped; an entry has no white space inside.  A repeated
 * entry stops the build with both line numbers: the lists are small enough
 * to keep free of them, and a repeat is usually a merge gone wrong.
 */
#include "zh_dictc.h"

#include <stdlib.h>
#include <string.h>

typedef struct VocabFile
{
	uint32_t   *cp;				/* the entries' code points, one after another */
	uint32_t   *start;
	uint16_t   *len;
	int		   *line;
	uint32_t	n;
	char	   *about;
} VocabFile;

/* WHY: the kind is the file's base name without ".txt". */
static int
kind_of_path(const char *path)
{
	const char *base = strrchr(path, '/');
	size_t		n;
	int			k;

	base = base ? base + 1 : path;
	n = strlen(base);
	if (n < 5 || strcmp(base + n - 4, ".txt") != 0)
		die("%s: a word list's file name is KIND.txt", path);
	k = zh_lex_kind_of(base, n - 4);
	if (k < 0)
		die("%s: no word list of kind \"%.*s\" (src/core/zh_lexicon_kinds.h names them)",
			path, (int) (n - 4), base);
	return k;
}

/* WHY: one line's entry, decoded strictly, into f; the caller skipped comments. */
static void
add_entry(VocabFile *f, const char *path, int line, const char *s, size_t n, size_t *cap)
{
	uint32_t	len = 0;

	if (f->n == *cap)
	{
		*cap = *cap ? *cap * 2 : 256;
		f->start = realloc(f->start, *cap * sizeof(uint32_t));
		f->len = realloc(f->len, *cap * sizeof(uint16_t));
		f->line = realloc(f->line, *cap * sizeof(int));
		f->cp = realloc(f->cp, *cap * ZH_LEX_MAX_LEN * sizeof(uint32_t));
		if (!f->start || !f->len || !f->line || !f->cp)
			die("out of memory");
	}
	f->start[f->n] = f->n ? f->start[f->n - 1] + f->len[f->n - 1] : 0;
	for (size_t i = 0; i < n;)
	{
		uint32_t	c;
		int			b = utf8_decode((const unsigned char *) s + i, n - i, &c);

		if (b == 0)
			die("%s:%d: invalid UTF-8", path, line);
		if (c == ' ' || c == '\t' || c == 0x3000)
			die("%s:%d: an entry has no white space inside", path, line);
		if (len == ZH_LEX_MAX_LEN)
			die("%s:%d: entry longer than %d characters", path, line, ZH_LEX_MAX_LEN);
		f->cp[f->start[f->n] + len++] = c;
		i += (size_t) b;
	}
	f->len[f->n] = (uint16_t) len;
	f->line[f->n] = line;
	f->n++;
}

static void
read_vocab(const char *path, VocabFile *f)
{
	size_t		size,
				cap = 0;
	char	   *buf = read_file(path, &size);
	char	   *p = buf;
	int			line = 0;

	memset(f, 0, sizeof(*f));
	while (*p)
	{
		char	   *eol = strchr(p, '\n'),
				   *s = p,
				   *e;

		line++;
		eol = eol ? eol : p + strlen(p);
		p = *eol ? eol + 1 : eol;
		e = eol;
		while (s < e && (*s == ' ' || *s == '\t'))
			s++;
		while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		if (s == e)
			continue;
		if (*s == '#')
		{
			if (!f->about && f->n == 0)
			{
				s++;
				while (s < e && *s == ' ')
					s++;
				f->about = xmalloc((size_t) (e - s) + 1);
				memcpy(f->about, s, (size_t) (e - s));
				f->about[e - s] = '\0';
			}
			continue;
		}
		add_entry(f, path, line, s, (size_t) (e - s), &cap);
	}
	free(buf);
	if (!f->about || !f->about[0])
		die("%s: the file starts with a comment saying what the list is for", path);
}

/* WHY: a repeat is an error the builder would hide; name both lines. */
static void
refuse_repeats(const char *path, const VocabFile *f)
{
	for (uint32_t i = 0; i < f->n; i++)
		for (uint32_t j = i + 1; j < f->n; j++)
			if (f->len[i] == f->len[j] &&
				memcmp(f->cp + f->start[i], f->cp + f->start[j], f->len[i] * sizeof(uint32_t)) == 0)
				die("%s:%d: entry repeats line %d", path, f->line[j], f->line[i]);
}

void
vocab_compile(char *const *paths, int npaths, VocabSections *out)
{
	VocabFile	files[ZH_LEX_COUNT];
	const char *seen[ZH_LEX_COUNT] = {0};
	ZhLexTable	t[ZH_LEX_COUNT];
	uint32_t	e = 0,
				s = 0,
				c = 0,
				x = 0;

	for (int i = 0; i < npaths; i++)
	{
		int			k = kind_of_path(paths[i]);

		if (seen[k])
			die("%s: kind \"%s\" also comes from %s", paths[i], zh_lex_kind_name(k), seen[k]);
		seen[k] = paths[i];
		read_vocab(paths[i], &files[k]);
		refuse_repeats(paths[i], &files[k]);
	}
	memset(out, 0, sizeof(*out));
	for (int k = 0; k < ZH_LEX_COUNT; k++)
	{
		void	   *block;

		if (!seen[k])
			die("no data/vocab/%s.txt: every kind of zh_lexicon_kinds.h needs its list",
				zh_lex_kind_name(k));
		if (zh_lextable_build(&dictc_env, files[k].cp, files[k].start, files[k].len,
							  files[k].n, &t[k], &block, NULL) != ZH_OK)
			die("out of memory");
		out->n_entries += t[k].n;
		out->n_slots += (uint32_t) 1 << t[k].slot_bits;
		out->n_cp += t[k].n_cp;
		out->text_size += (uint32_t) strlen(files[k].about);
	}
	out->entry = xmalloc(out->n_entries * sizeof(ZhLexEntry));
	out->slot = xmalloc(out->n_slots * sizeof(int32_t));
	out->cp = xmalloc(out->n_cp * sizeof(uint32_t));
	out->text = xmalloc(out->text_size);
	/* list after list; offsets inside a list stay relative to it */
	for (int k = 0; k < ZH_LEX_COUNT; k++)
	{
		ZhDictLexList *l = &out->list[k];
		uint32_t	slots = (uint32_t) 1 << t[k].slot_bits;
		size_t		about = strlen(files[k].about);

		strncpy(l->kind, zh_lex_kind_name(k), sizeof(l->kind) - 1);
		l->entry_first = e;
		l->n = t[k].n;
		l->slot_first = s;
		l->slot_bits = t[k].slot_bits;
		l->cp_first = c;
		l->n_cp = t[k].n_cp;
		l->max_len = t[k].max_len;
		l->about_first = x;
		l->about_len = (uint32_t) about;
		memcpy(out->entry + e, t[k].entry, t[k].n * sizeof(ZhLexEntry));
		memcpy(out->slot + s, t[k].slot, slots * sizeof(int32_t));
		memcpy(out->cp + c, t[k].cp, t[k].n_cp * sizeof(uint32_t));
		memcpy(out->text + x, files[k].about, about);
		e += t[k].n;
		s += slots;
		c += t[k].n_cp;
		x += (uint32_t) about;
	}
}
