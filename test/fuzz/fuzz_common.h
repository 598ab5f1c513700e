/*
 * fuzz_common.h — what every zhdoc libFuzzer target shares.
 *
 * The core takes its allocator from a ZhEnv; here that is malloc with two
 * additions:
 *
 *   - it counts live blocks, so that after a call that failed (or after the
 *     caller freed what a successful call returned) we can insist that
 *     nothing is left: a leak on an error path aborts at once, on the input
 *     that caused it, rather than at exit under LeakSanitizer;
 *   - it can be told to fail the k-th allocation and every one after it.
 *     Each target runs its entry point once normally, counting allocations,
 *     then once more with one of them failing (which one is derived from the
 *     input, so the fuzzer explores all of them over time).  That reaches
 *     every ZH_ERR_NOMEM path; the call must then report an error, and must
 *     free everything.
 *
 * FUZZ_CHECK aborts with a message: libFuzzer records the input as a crash.
 */
#ifndef ZH_FUZZ_COMMON_H
#define ZH_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sanitizer/lsan_interface.h>

#include "zh_dict.h"
#include "zh_env.h"
#include "zh_text.h"

typedef struct FuzzHeap
{
	size_t		live;			/* blocks allocated and not yet released */
	size_t		count;			/* allocations attempted */
	size_t		fail_at;		/* 0: never fail; k: fail the k-th and later */
	bool		failed;			/* an allocation was refused */
} FuzzHeap;

static void *
fuzz_alloc(void *opaque, size_t n)
{
	FuzzHeap   *h = opaque;
	void	   *p;

	h->count++;
	if (h->fail_at && h->count >= h->fail_at)
	{
		h->failed = true;
		return NULL;
	}
	p = malloc(n);
	if (p)
		h->live++;
	return p;
}

static void
fuzz_release(void *opaque, void *p)
{
	FuzzHeap   *h = opaque;

	if (h->live == 0)
	{
		fprintf(stderr, "fuzz: release of a block the env never gave out\n");
		abort();
	}
	h->live--;
	free(p);
}

static inline const ZhLexicons *fuzz_lexicons(void);

/* An env over a fresh heap, with the dictionary's word lists. */
static inline ZhEnv
fuzz_env(FuzzHeap *h, size_t fail_at)
{
	ZhEnv		env = {fuzz_alloc, fuzz_release, NULL, NULL, fuzz_lexicons()};

	memset(h, 0, sizeof(*h));
	h->fail_at = fail_at;
	env.opaque = h;
	return env;
}

#define FUZZ_CHECK(cond, ...) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "fuzz: %s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
			fprintf(stderr, __VA_ARGS__); \
			fputc('\n', stderr); \
			abort(); \
		} \
	} while (0)

/* FNV-1a over the input: picks the allocation to fail, the anchor, etc. */
static inline uint64_t
fuzz_hash(const uint8_t *data, size_t size)
{
	uint64_t	h = 0xcbf29ce484222325ull;

	for (size_t i = 0; i < size; i++)
		h = (h ^ data[i]) * 0x100000001b3ull;
	return h;
}

/* Which allocation to fail, 1..count, given the count of a clean run. */
static inline size_t
fuzz_fail_point(const uint8_t *data, size_t size, size_t count)
{
	if (count == 0)
		return 0;
	return 1 + (size_t) (fuzz_hash(data, size) % count);
}

/* Input characters as the core counts them (invalid bytes: one U+FFFD each). */
static inline size_t
fuzz_char_count(const uint8_t *data, size_t size)
{
	FuzzHeap	h;
	ZhEnv		env = fuzz_env(&h, 0);
	ZhText		t;
	size_t		n;

	if (zh_text_from_utf8(&env, (const char *) data, size, &t) != ZH_OK)
		abort();
	n = t.src_len;
	FUZZ_CHECK(t.len == n, "decoded %zu code points for %zu characters", t.len, n);
	zh_text_free(&env, &t);
	return n;
}

/* Strict UTF-8 check (no overlongs, surrogates or values past U+10FFFF). */
static inline bool
fuzz_valid_utf8(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;

	while (i < n)
	{
		unsigned char b = u[i];
		size_t		len;
		uint32_t	c;

		if (b < 0x80)
		{
			i++;
			continue;
		}
		if (b >= 0xC2 && b <= 0xDF)
			len = 2, c = b & 0x1F;
		else if (b >= 0xE0 && b <= 0xEF)
			len = 3, c = b & 0x0F;
		else if (b >= 0xF0 && b <= 0xF4)
			len = 4, c = b & 0x07;
		else
			return false;
		if (i + len > n)
			return false;
		for (size_t k = 1; k < len; k++)
		{
			if ((u[i + k] & 0xC0) != 0x80)
				return false;
			c = (c << 6) | (u[i + k] & 0x3F);
		}
		if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
			(c >= 0xD800 && c <= 0xDFFF))
			return false;
		i += len;
	}
	return true;
}

/* A NUL-terminated result string must be valid UTF-8 (PostgreSQL checks). */
#define FUZZ_CHECK_STR(s) \
	do { \
		const char *s_ = (s); \
		if (s_) \
			FUZZ_CHECK(fuzz_valid_utf8(s_, strlen(s_)), "%s is not valid UTF-8", #s); \
	} while (0)

/*
 * After a run with a refused allocation: the call must have said so, and
 * must have freed everything it had taken (on success the caller has freed
 * the output before this check).
 */
#define FUZZ_CHECK_FAILED_RUN(h, st) \
	do { \
		if ((h)->failed) \
			FUZZ_CHECK((st) != ZH_OK, "an allocation failed but the call returned ZH_OK"); \
		FUZZ_CHECK_NO_LEAK(h, "status %d, allocation %zu refused", (int) (st), (h)->fail_at); \
	} while (0)

/* Nothing the env gave out is still live; if something is, say where from. */
#define FUZZ_CHECK_NO_LEAK(h, ...) \
	do { \
		if ((h)->live != 0) \
		{ \
			fprintf(stderr, "fuzz: %zu blocks leaked: ", (h)->live); \
			fprintf(stderr, __VA_ARGS__); \
			fputc('\n', stderr); \
			__lsan_do_recoverable_leak_check(); \
			FUZZ_CHECK((h)->live == 0, "leak"); \
		} \
	} while (0)

/* A path beside the fuzz binary or from the environment: the dictionary. */
static inline const char *
fuzz_dict_path(void)
{
	const char *p = getenv("ZHDOC_DICT");

	return p && *p ? p : "zhdoc.dict";
}

/* The dictionary of fuzz_dict_path(), or exit 2 saying why (target: who asks). */
static inline ZhDict *
fuzz_open_dict(const char *target)
{
	char		err[512];
	ZhDict	   *d = NULL;

	if (zh_dict_open(fuzz_dict_path(), &d, err, sizeof(err)) != ZH_OK)
	{
		fprintf(stderr, "%s: %s\n", target, err);
		exit(2);
	}
	return d;
}

/* The word lists of fuzz_dict_path(), opened once for the process's life. */
static inline const ZhLexicons *
fuzz_lexicons(void)
{
	static ZhLexicons lx;

	if (!lx.shipped)
		lx.shipped = fuzz_open_dict("fuzz word lists")->lex;
	return &lx;
}

#endif
