/* UTF-8 decoding and encoding: every byte string has a defined decoding. */
#include "unit.h"
#include "zh_text.h"

static char *
roundtrip(const char *s, size_t n)
{
	ZhText		t;
	char	   *out;
	size_t		len;

	if (zh_text_from_utf8(&unit_env, s, n, &t) != ZH_OK)
		return NULL;
	if (zh_text_to_utf8(&unit_env, &t, 0, t.len, &out, &len) != ZH_OK)
		out = NULL;
	zh_text_free(&unit_env, &t);
	return out;
}

static void
check_roundtrip(const char *in, size_t n, const char *want)
{
	char	   *got = roundtrip(in, n);

	CHECK_STR(got, want);
	free(got);
}

void
test_text(void)
{
	ZhText		t;

	CHECK(zh_text_from_utf8(&unit_env, "a中😀", 8, &t) == ZH_OK);
	CHECK(t.len == 3 && t.cp[0] == 'a' && t.cp[1] == 0x4E2D && t.cp[2] == 0x1F600);
	CHECK(t.src[2] == 2 && t.src_len == 3);
	zh_text_free(&unit_env, &t);

	/* truncated, overlong, surrogate and stray continuation bytes: U+FFFD each */
	check_roundtrip("\xE4\xB8", 2, "\xEF\xBF\xBD\xEF\xBF\xBD");
	check_roundtrip("\xC0\xAF", 2, "\xEF\xBF\xBD\xEF\xBF\xBD");
	check_roundtrip("\xED\xA0\x80", 3, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	check_roundtrip("\x80x", 2, "\xEF\xBF\xBDx");
	check_roundtrip("", 0, "");
}
