/*
 * cws_segment.c — segment sentences from stdin, one per line, for scoring.
 *
 *   cws_segment [--search] [--normalize] [--bench] [--tags] DICT < in > out
 *
 * Each input line (raw: not normalised unless --normalize, so offsets match
 * the gold file) becomes its tokens separated by single spaces; white space
 * tokens are dropped.  --bench segments all of stdin as one text and
 * reports the throughput on stderr instead.
 */
#include "zh_segment.h"
#include "zh_normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


static void *
m_alloc(void *o, size_t n)
{
	(void) o;
	return malloc(n);
}

static void
m_release(void *o, void *p)
{
	(void) o;
	free(p);
}

static const ZhEnv env = {m_alloc, m_release, NULL, NULL, NULL};

static char *
slurp(FILE *f, size_t *len)
{
	size_t		cap = 1 << 20,
				n = 0,
				r;
	char	   *buf = malloc(cap);

	while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0)
	{
		n += r;
		if (n == cap)
			buf = realloc(buf, cap *= 2);
	}
	*len = n;
	return buf;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Segment one line and print it. */
static int
do_line(const ZhDict *d, const char *s, size_t n, int mode, int normalize,
		int tags, FILE *out)
{
	ZhText		t;
	ZhTokenList l;
	char	   *norm = NULL;
	size_t		i;

	if (normalize)
	{
		size_t		nl;

		if (zh_normalize_utf8(&env, s, n, &norm, &nl) != ZH_OK)
			return 1;
		s = norm;
		n = nl;
	}
	if (zh_text_from_utf8(&env, s, n, &t) != ZH_OK)
		return 1;
	zh_tokens_init(&l);
	if (zh_segment(&env, d, NULL, &t, 0, t.len, mode, &l) != ZH_OK)
		return 1;
	for (i = 0; i < l.n; i++)
	{
		char	   *w;
		size_t		wl;

		if (l.tok[i].flags & ZH_TOK_SPACE)
			continue;
		if (zh_text_to_utf8(&env, &t, l.tok[i].start, l.tok[i].start + l.tok[i].len,
							&w, &wl) != ZH_OK)
			return 1;
		fputs(w, out);
		if (tags)
			fprintf(out, "/%s", zh_token_pos_name(d, &l.tok[i]));
		fputc(i + 1 < l.n ? ' ' : '\n', out);
		free(w);
	}
	if (l.n == 0 || (l.tok[l.n - 1].flags & ZH_TOK_SPACE))
		fputc('\n', out);
	zh_tokens_free(&env, &l);
	zh_text_free(&env, &t);
	free(norm);
	return 0;
}

int
main(int argc, char **argv)
{
	int			mode = ZH_SEG_DEFAULT,
				normalize = 0,
				bench = 0,
				tags = 0,
				a;
	const char *path = getenv("ZHDOC_DICT");
	char		err[512];
	ZhDict	   *d;
	char	   *buf;
	size_t		len,
				p;
	double		t0;

	for (a = 1; a < argc; a++)
	{
		if (strcmp(argv[a], "--search") == 0)
			mode = ZH_SEG_SEARCH;
		else if (strcmp(argv[a], "--normalize") == 0)
			normalize = 1;
		else if (strcmp(argv[a], "--bench") == 0)
			bench = 1;
		else if (strcmp(argv[a], "--tags") == 0)
			tags = 1;
		else
			path = argv[a];
	}
	if (!path)
	{
		fprintf(stderr, "usage: cws_segment [--search] [--normalize] [--bench] [--tags] DICT\n");
		return 2;
	}
	t0 = now();
	if (zh_dict_open(path, &d, err, sizeof(err)) != ZH_OK)
	{
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	if (bench)
		fprintf(stderr, "open: %.3f ms\n", (now() - t0) * 1e3);
	buf = slurp(stdin, &len);
	if (!buf)
		return 1;

	if (bench)
	{
		ZhText		t;
		ZhTokenList l;
		double		t1;

		if (zh_text_from_utf8(&env, buf, len, &t) != ZH_OK)
			return 1;
		zh_tokens_init(&l);
		t1 = now();
		if (zh_segment(&env, d, NULL, &t, 0, t.len, mode, &l) != ZH_OK)
			return 1;
		t1 = now() - t1;
		fprintf(stderr, "%zu bytes, %zu chars, %zu tokens in %.3f s: %.1f MB/s\n",
				len, t.len, l.n, t1, len / t1 / 1e6);
		zh_tokens_free(&env, &l);
		zh_text_free(&env, &t);
		zh_dict_close(d);
		free(buf);
		return 0;
	}

	for (p = 0; p < len;)
	{
		char	   *eol = memchr(buf + p, '\n', len - p);
		size_t		n = eol ? (size_t) (eol - (buf + p)) : len - p;

		if (n && buf[p + n - 1] == '\r')
			n--;
		if (do_line(d, buf + p, n, mode, normalize, tags, stdout) != 0)
		{
			fprintf(stderr, "cws_segment: failed on a line\n");
			return 1;
		}
		p += n + 1;
		if (eol && buf[p - 1] == '\r')
			p++;
	}
	zh_dict_close(d);
	free(buf);
	return 0;
}
