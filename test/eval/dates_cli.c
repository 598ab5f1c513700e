/*
 * dates_cli.c — accuracy of zh_dates on test/eval/dates_cases.tsv, and its
 * speed beside zh_normalize.
 *
 *   dates_cli [-v] CASES.tsv       per-case pass/fail, accuracy; exit 1 below 95%
 *   dates_cli --bench PAGE [MB]    MB/s of zh_normalize_utf8 and zh_dates over
 *                                  ~MB megabytes of PAGE repeated with variations
 *
 * A case passes when the text yields exactly one row with the expected
 * surface, every column of that row is as expected, and any other row lies
 * before it (context the expected expression resolves against, as 5月20日
 * before 24日).  A "no date" case (surface -) passes when there is no row.
 * The TSV format is described in the file's own header lines.
 *
 * Build (from the repository root):
 *   cc -std=gnu99 -O2 -Isrc/core $(pkg-config --cflags icu-uc) \
 *      -o build/dates_cli test/eval/dates_cli.c src/core/zh_*.c \
 *      $(pkg-config --libs icu-uc icu-i18n) -lm
 */
#include "zh_dates.h"
#include "zh_calendar.h"
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

/* WHY: spans are compared in the form the TSV writes them. */
static void
day_str(int32_t d, char *buf, size_t size)
{
	int64_t		y;
	int			m,
				dd;

	zh_ymd_from_days(d, &y, &m, &dd);
	snprintf(buf, size, "%04lld-%02d-%02d", (long long) y, m, dd);
}

/* WHY: one row in the TSV's column forms, for comparing and for reports. */
static void
row_fields(const ZhDate *r, char span[64], char clock[16], char end_clock[16])
{
	char		lo[24],
				hi[24];

	span[0] = clock[0] = end_clock[0] = 0;
	if (r->has_end_clock)
		snprintf(end_clock, 16, "%02d:%02d", r->end_clock_sec / 3600, (r->end_clock_sec / 60) % 60);
	if (r->has_span)
	{
		day_str(r->lo, lo, sizeof(lo));
		day_str(r->hi, hi, sizeof(hi));
		snprintf(span, 64, "[%s,%s)", lo, hi);
	}
	if (r->has_clock)
		snprintf(clock, 16, "%02d:%02d", r->clock_sec / 3600, (r->clock_sec / 60) % 60);
}

/* WHY: split a TSV line in place; returns the number of fields. */
static int
split_tabs(char *line, char **f, int max)
{
	int			n = 0;

	f[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t')
		{
			*p = 0;
			f[n++] = p + 1;
		}
	return n;
}

/* WHY: the TSV writes a line break inside a text as the two characters \n. */
static void
unescape_newlines(char *s)
{
	char	   *w = s;

	for (char *r = s; *r; r++)
	{
		if (r[0] == '\\' && r[1] == 'n')
		{
			*w++ = '\n';
			r++;
		}
		else
			*w++ = *r;
	}
	*w = 0;
}

static int
run_cases(const char *path, bool verbose)
{
	FILE	   *f = fopen(path, "r");
	char		line[8192];
	int			total = 0,
				passed = 0,
				lineno = 0;

	if (!f)
	{
		fprintf(stderr, "cannot open %s\n", path);
		return 2;
	}
	while (fgets(line, sizeof(line), f))
	{
		char	   *fld[9];
		int			nf;
		bool		has_anchor = false;
		int32_t		anchor = 0;
		ZhDate	   *rows = NULL;
		size_t		nrows = 0;
		bool		ok;
		char		why[512] = "";

		lineno++;
		line[strcspn(line, "\r\n")] = 0;
		if (line[0] == '#' || line[0] == 0)
			continue;
		nf = split_tabs(line, fld, 9);
		if (nf != 8 && nf != 9)
		{
			fprintf(stderr, "%s:%d: %d fields, want 8 or 9\n", path, lineno, nf);
			fclose(f);
			return 2;
		}
		if (nf == 8)
			fld[8] = "";		/* no end clock */
		unescape_newlines(fld[0]);
		if (fld[1][0])
		{
			int			y,
						m,
						d;

			if (sscanf(fld[1], "%d-%d-%d", &y, &m, &d) != 3)
			{
				fprintf(stderr, "%s:%d: bad anchor\n", path, lineno);
				fclose(f);
				return 2;
			}
			has_anchor = true;
			anchor = (int32_t) zh_days_from_ymd(y, m, d);
		}
		if (zh_dates(&env, fld[0], strlen(fld[0]), has_anchor, anchor, &rows, &nrows) != ZH_OK)
		{
			fprintf(stderr, "%s:%d: zh_dates failed\n", path, lineno);
			fclose(f);
			return 2;
		}
		total++;
		if (strcmp(fld[2], "-") == 0)
		{
			ok = nrows == 0;
			if (!ok)
				snprintf(why, sizeof(why), "found %s", rows[0].surface);
		}
		else
		{
			int			hits = 0;
			size_t		hit = 0;

			for (size_t i = 0; i < nrows; i++)
				if (strcmp(rows[i].surface, fld[2]) == 0)
				{
					hits++;
					hit = i;
				}
			ok = hits == 1 && hit == nrows - 1;
			if (hits != 1)
				snprintf(why, sizeof(why), "%d rows with the surface (%zu rows)", hits, nrows);
			else if (!ok)
				snprintf(why, sizeof(why), "extra row after it: %s", rows[hit + 1].surface);
			if (ok)
			{
				char		span[64],
							clock[16],
							end_clock[16];
				const ZhDate *r = &rows[hit];
				const char *pod = zh_pod_name(r->part_of_day);
				const char *approx = r->approximate ? "t" : "f";

				row_fields(r, span, clock, end_clock);
				if (strcmp(span, fld[3]) || strcmp(zh_grain_name(r->grain), fld[4]) ||
					strcmp(pod ? pod : "", fld[5]) || strcmp(clock, fld[6]) ||
					strcmp(approx, fld[7]) || strcmp(end_clock, fld[8]))
				{
					ok = false;
					snprintf(why, sizeof(why), "got %s %s %s %s %s %s", span[0] ? span : "(no span)",
							 zh_grain_name(r->grain), pod ? pod : "-", clock[0] ? clock : "-",
							 approx, end_clock[0] ? end_clock : "-");
				}
			}
		}
		if (ok)
			passed++;
		if (verbose || !ok)
			printf("%s line %d: %s%s%s\n", ok ? "pass" : "FAIL", lineno, fld[0],
				   ok ? "" : "\n      ", why);
		zh_dates_free(&env, rows, nrows);
	}
	fclose(f);
	printf("dates: %d/%d exact (%.1f%%)\n", passed, total, total ? 100.0 * passed / total : 0.0);
	return total && passed >= 0.95 * total ? 0 : 1;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* WHY: speed is measured on page-like text whose numbers vary per copy. */
static int
run_bench(const char *path, double mb)
{
	FILE	   *f = fopen(path, "rb");
	char	   *page,
			   *text;
	long		plen;
	size_t		cap = (size_t) (mb * 1048576.0),
				len = 0;
	unsigned	copy = 0;
	double		t0,
				t_norm,
				t_dates;
	char	   *norm;
	size_t		norm_len,
				nrows;
	ZhDate	   *rows;

	if (!f)
		return 2;
	fseek(f, 0, SEEK_END);
	plen = ftell(f);
	fseek(f, 0, SEEK_SET);
	page = malloc((size_t) plen + 1);
	text = malloc(cap + (size_t) plen + 64);
	if (!page || !text || fread(page, 1, (size_t) plen, f) != (size_t) plen)
		return 2;
	fclose(f);
	while (len < cap)
	{
		len += (size_t) sprintf(text + len, "%u年%u月%u日 ", 1990 + copy % 40, 1 + copy % 12,
								1 + copy % 28);
		memcpy(text + len, page, (size_t) plen);
		/* vary the digits of this copy */
		for (long i = 0; i < plen; i++)
			if (text[len + i] >= '0' && text[len + i] <= '9')
				text[len + i] = (char) ('0' + (text[len + i] - '0' + copy) % 10);
		len += (size_t) plen;
		copy++;
	}
	t0 = now();
	if (zh_normalize_utf8(&env, text, len, &norm, &norm_len) != ZH_OK)
		return 2;
	t_norm = now() - t0;
	free(norm);
	t0 = now();
	if (zh_dates(&env, text, len, true, 8544, &rows, &nrows) != ZH_OK)
		return 2;
	t_dates = now() - t0;
	printf("%.1f MB: zh_normalize_utf8 %.1f MB/s, zh_dates %.1f MB/s (%zu rows), ratio %.2f\n",
		   len / 1048576.0, len / 1048576.0 / t_norm, len / 1048576.0 / t_dates, nrows,
		   t_norm / t_dates);
	zh_dates_free(&env, rows, nrows);
	free(page);
	free(text);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc >= 3 && strcmp(argv[1], "--bench") == 0)
		return run_bench(argv[2], argc > 3 ? atof(argv[3]) : 10.0);
	if (argc >= 3 && strcmp(argv[1], "-v") == 0)
		return run_cases(argv[2], true);
	if (argc == 2)
		return run_cases(argv[1], false);
	fprintf(stderr, "usage: dates_cli [-v] CASES.tsv | dates_cli --bench PAGE [MB]\n");
	return 2;
}
