/*
 * zh_utf8.h — the one UTF-8 decoder and encoder of the core (and of the
 * dictionary compiler, which shares this header).
 *
 * Inline because callers decode character by character in their hottest
 * loops (zh_text_from_utf8 over every input byte, the date grammar over its
 * word lists).  Callers that must give any byte string a defined result
 * (zh_text_from_utf8) map an invalid sequence to U+FFFD over one byte;
 * callers that compile data reject it.
 */
#ifndef ZH_UTF8_H
#define ZH_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decode the character at s[0] (n bytes available, n ≥ 1): its length, 1
 * to 4, with the code point in *out; 0 when the bytes are not well-formed
 * UTF-8 (overlong forms, surrogates, beyond U+10FFFF, a stray continuation
 * byte, a sequence cut short by n or by a NUL).  Never reads past the first
 * byte that is not a continuation byte, so a NUL-terminated string may be
 * decoded with n = ZH_UTF8_MAX.
 */
#define ZH_UTF8_MAX 4

static inline size_t
zh_utf8_decode(const unsigned char *s, size_t n, uint32_t *out)
{
	unsigned char b = s[0];
	uint32_t	c;
	size_t		len;

	if (b < 0x80)
	{
		*out = b;
		return 1;
	}
	if (b >= 0xC2 && b <= 0xDF)
	{
		len = 2;
		c = b & 0x1F;
	}
	else if (b >= 0xE0 && b <= 0xEF)
	{
		len = 3;
		c = b & 0x0F;
	}
	else if (b >= 0xF0 && b <= 0xF4)
	{
		len = 4;
		c = b & 0x07;
	}
	else
		return 0;
	if (len > n)
		return 0;
	for (size_t k = 1; k < len; k++)
	{
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[k] & 0x3F);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
		(c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*out = c;
	return len;
}

/* Bytes that encode code point c. */
static inline size_t
zh_utf8_len(uint32_t c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/* Encode code point c into out (room for ZH_UTF8_MAX bytes); its length. */
static inline size_t
zh_utf8_encode(uint32_t c, unsigned char *out)
{
	if (c < 0x80)
	{
		out[0] = (unsigned char) c;
		return 1;
	}
	if (c < 0x800)
	{
		out[0] = (unsigned char) (0xC0 | (c >> 6));
		out[1] = (unsigned char) (0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000)
	{
		out[0] = (unsigned char) (0xE0 | (c >> 12));
		out[1] = (unsigned char) (0x80 | ((c >> 6) & 0x3F));
		out[2] = (unsigned char) (0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (unsigned char) (0xF0 | (c >> 18));
	out[1] = (unsigned char) (0x80 | ((c >> 12) & 0x3F));
	out[2] = (unsigned char) (0x80 | ((c >> 6) & 0x3F));
	out[3] = (unsigned char) (0x80 | (c & 0x3F));
	return 4;
}

#endif
