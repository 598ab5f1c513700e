/*
 * fuzz_normalize.c — zh_normalize_utf8 on arbitrary bytes.
 *
 * Checks: no crash, leak or UB; the output is valid UTF-8 of the length
 * reported; normalisation is idempotent (normalize(normalize(x)) ==
 * normalize(x), which zh_normalize_text promises by iterating to a fixed
 * point); every refused allocation gives an error and frees everything.
 */
#include "fuzz_common.h"
#include "zh_normalize.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzHeap	h,
				h2;
	ZhEnv		env = fuzz_env(&h, 0),
				env2 = fuzz_env(&h2, 0);
	ZhStatus	st;
	char	   *out = NULL,
			   *out2 = NULL;
	size_t		len = 0,
				len2 = 0,
				count;

	st = zh_normalize_utf8(&env, (const char *) data, size, &out, &len);
	FUZZ_CHECK(st == ZH_OK, "status %d", (int) st);
	FUZZ_CHECK(out != NULL && out[len] == '\0', "output not NUL-terminated");
	FUZZ_CHECK(fuzz_valid_utf8(out, len), "output is not valid UTF-8");

	/* idempotency */
	st = zh_normalize_utf8(&env2, out, len, &out2, &len2);
	FUZZ_CHECK(st == ZH_OK, "status %d on the normal form", (int) st);
	if (len2 != len || memcmp(out, out2, len) != 0)
	{
		fprintf(stderr, "once:  [%s]\ntwice: [%s]\n", out, out2);
		FUZZ_CHECK(false, "normalisation is not idempotent");
	}
	zh_free(&env2, out2);
	FUZZ_CHECK_NO_LEAK(&h2, "clean run");
	count = h.count;
	zh_free(&env, out);
	FUZZ_CHECK_NO_LEAK(&h, "clean run");

	/* the same input with one allocation refused */
	env = fuzz_env(&h, fuzz_fail_point(data, size, count));
	out = NULL;
	st = zh_normalize_utf8(&env, (const char *) data, size, &out, &len);
	if (st == ZH_OK)
		zh_free(&env, out);
	FUZZ_CHECK_FAILED_RUN(&h, st);
	return 0;
}
