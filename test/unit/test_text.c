/* UTF-8 decoding and encoding: every byte string has a defined decoding. */
#include "unit.h"
#include "zh_text.h"
#include "zh_utf8.h"
#include "zh_array.h"

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
	check_roundtrip("\xF4\x90\x80\x80", 4, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

/* zh_utf8.h: the verdicts the text decoder and the dictionary compiler share. */
void
test_utf8(void)
{
	uint32_t	c = 0;
	unsigned char buf[ZH_UTF8_MAX];
	const uint32_t samples[] = {'a', 0x7FF, 0x4E2D, 0xFFFD, 0x1F600, 0x10FFFF};

	CHECK(zh_utf8_decode((const unsigned char *) "\xE4\xB8\xAD", 3, &c) == 3 && c == 0x4E2D);
	/* cut short by n, or by the NUL of a literal decoded with n = ZH_UTF8_MAX */
	CHECK(zh_utf8_decode((const unsigned char *) "\xE4\xB8\xAD", 2, &c) == 0);
	CHECK(zh_utf8_decode((const unsigned char *) "\xE4\xB8", ZH_UTF8_MAX, &c) == 0);
	CHECK(zh_utf8_decode((const unsigned char *) "\xC1\xBF", 2, &c) == 0);	/* overlong */
	CHECK(zh_utf8_decode((const unsigned char *) "\xF5\x80\x80\x80", 4, &c) == 0);
	for (size_t k = 0; k < sizeof(samples) / sizeof(samples[0]); k++)
	{
		size_t		len = zh_utf8_encode(samples[k], buf);

		CHECK(len == zh_utf8_len(samples[k]));
		CHECK(zh_utf8_decode(buf, len, &c) == len && c == samples[k]);
	}
}

/* zh_array.h: growing keeps every element, from nothing and past each doubling. */
void
test_grow(void)
{
	uint32_t   *v = NULL;
	size_t		cap = 0;
	bool		kept = true;

	for (uint32_t i = 0; i < 1000 && kept; i++)
	{
		kept = zh_grow(&unit_env, &v, &cap, i + 1, sizeof(uint32_t)) == ZH_OK;
		if (kept)
			v[i] = i * 7;
	}
	CHECK(kept && cap >= 1000 && cap < 2000);
	for (uint32_t i = 0; i < 1000 && kept; i++)
		kept &= v[i] == i * 7;
	CHECK(kept);
	/* room enough: nothing moves */
	{
		uint32_t   *before = v;

		CHECK(zh_grow(&unit_env, &v, &cap, 10, sizeof(uint32_t)) == ZH_OK && v == before);
	}
	zh_free(&unit_env, v);
}
