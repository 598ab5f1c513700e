/*
 * main.c — runs every core unit test without PostgreSQL.
 *
 * Usage: run_unit [DATA_DIR [DICT_PATH]]
 * DATA_DIR holds the fixtures (test/data); DICT_PATH the compiled dictionary
 * (also taken from ZHDOC_DICT).  Tests needing the dictionary are skipped,
 * and say so, when neither is given.
 */
#include "unit.h"

int			unit_passed;
int			unit_failed;
const char *unit_dict_path;
const char *unit_data_dir = "test/data";

static void *
unit_alloc(void *opaque, size_t n)
{
	(void) opaque;
	return malloc(n);
}

static void
unit_release(void *opaque, void *p)
{
	(void) opaque;
	free(p);
}

/* lex: the dictionary's word lists, set by main when a dictionary is given */
ZhEnv		unit_env = {unit_alloc, unit_release, NULL, NULL, NULL};
static ZhLexicons unit_lexicons;

char *
unit_read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (!f)
	{
		fprintf(stderr, "cannot open %s\n", path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (!buf || fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		fprintf(stderr, "cannot read %s\n", path);
		exit(2);
	}
	buf[n] = 0;
	fclose(f);
	if (len)
		*len = (size_t) n;
	return buf;
}

/* one line per test file; keep in step with the Makefile's UNIT_SRCS */
#define UNIT_TEST(name) void name(void);
#include "tests.list"
#undef UNIT_TEST

int
main(int argc, char **argv)
{
	if (argc > 1)
		unit_data_dir = argv[1];
	unit_dict_path = argc > 2 ? argv[2] : getenv("ZHDOC_DICT");
	if (unit_dict_path)
	{
		ZhDict	   *d;
		char		err[512];

		/* kept open for the whole run: the word lists point into it */
		if (zh_dict_open(unit_dict_path, &d, err, sizeof(err)) == ZH_OK)
		{
			unit_lexicons.shipped = d->lex;
			unit_env.lex = &unit_lexicons;
		}
	}

#define UNIT_TEST(name) \
	do { \
		int f0 = unit_failed; \
		name(); \
		fprintf(stderr, "%-24s %s\n", #name, unit_failed == f0 ? "ok" : "FAILED"); \
	} while (0);
#include "tests.list"
#undef UNIT_TEST

	printf("unit: %d passed, %d failed\n", unit_passed, unit_failed);
	return unit_failed ? 1 : 0;
}
