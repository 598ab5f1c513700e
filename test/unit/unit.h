/*
 * unit.h — the smallest test harness that does the job for src/core.
 *
 * Each test file defines `void test_<topic>(void)` and uses CHECK/CHECK_STR;
 * main.c calls them all and prints "N passed, N failed" (the closing line CI
 * reads).  The core's allocator here is malloc, and the interrupt check is a
 * no-op, as outside PostgreSQL nothing cancels.
 */
#ifndef ZH_UNIT_H
#define ZH_UNIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zh_env.h"
#include "zh_dict.h"

extern int	unit_passed;
extern int	unit_failed;
extern ZhEnv unit_env;

/* Path of the compiled dictionary, from argv[1] or ZHDOC_DICT (may be NULL). */
extern const char *unit_dict_path;
extern const char *unit_data_dir;

#define CHECK(cond) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
		} \
	} while (0)

#define CHECK_STR(got, want) \
	do { \
		const char *g_ = (got), *w_ = (want); \
		if (g_ && w_ && strcmp(g_, w_) == 0) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "FAIL %s:%d: %s\n  got:  %s\n  want: %s\n", \
					__FILE__, __LINE__, #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
		} \
	} while (0)

/* Read a whole file into a malloc'd NUL-terminated buffer, or exit. */
char	   *unit_read_file(const char *path, size_t *len);

#endif
