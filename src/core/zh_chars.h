/*
 * zh_chars.h — character classes the Chinese text stages agree on.
 *
 * Kept as inline range tests rather than ICU property look-ups: they run once
 * per character on every call, and the ranges that matter are few and stable.
 */
#ifndef ZH_CHARS_H
#define ZH_CHARS_H

#include <stdbool.h>
#include <stdint.h>

/* Han ideographs: URO, extension A, compatibility, extensions B and later. */
static inline bool
zh_is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) ||
		(c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0xF900 && c <= 0xFAFF) ||
		(c >= 0x20000 && c <= 0x3134F) ||
		c == 0x3007;			/* 〇, the ideographic zero */
}

static inline bool
zh_is_ascii_alnum(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
zh_is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

static inline bool
zh_is_latin_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

/* Round brackets, full-width or ASCII: （简称…）, (记者 …). */
static inline bool
zh_is_open_paren(uint32_t c)
{
	return c == 0xFF08 || c == '(';
}

static inline bool
zh_is_close_paren(uint32_t c)
{
	return c == 0xFF09 || c == ')';
}

/* Horizontal white space after folding (tabs and U+3000 are spaces by then). */
static inline bool
zh_is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 ||
		(c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
}

/*
 * Characters of Chinese running text between which a space carries no
 * meaning: ideographs, CJK and full-width punctuation, the curly quotes and
 * dashes Chinese typesetting uses, kana.  Hangul is left out on purpose:
 * Korean separates words with spaces.
 */
static inline bool
zh_is_cjk_context(uint32_t c)
{
	return zh_is_han(c) ||
		(c >= 0x3000 && c <= 0x303F) ||	/* CJK symbols and punctuation */
		(c >= 0x3040 && c <= 0x30FF) ||	/* kana */
		(c >= 0xFF00 && c <= 0xFF65) ||	/* full-width forms kept by folding */
		(c >= 0xFE30 && c <= 0xFE4F) ||	/* vertical and small forms */
		(c >= 0x2018 && c <= 0x201F) ||	/* curly quotes */
		c == 0x2014 || c == 0x2015 || c == 0x2026 || c == 0x00B7 ||
		c == 0x2027 || c == 0x30FB;
}

/* Punctuation that ends a sentence or a clause that a paragraph may end on. */
static inline bool
zh_is_sentence_final(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B ||
		c == 0xFF1A || c == 0x2026 || c == '!' || c == '?' || c == ';' ||
		c == 0xFF0E || c == 0xFF61;
}

/* Closing quotes and brackets that may follow sentence-final punctuation. */
static inline bool
zh_is_closer(uint32_t c)
{
	return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F ||
		c == 0xFF09 || c == ')' || c == 0x300B || c == 0x3011 || c == '"';
}

/* Display width in columns, as a PDF column lays the characters out. */
static inline int
zh_char_width(uint32_t c)
{
	if (c < 0x1100)
		return 1;
	if (zh_is_cjk_context(c) || (c >= 0xAC00 && c <= 0xD7A3) ||
		(c >= 0x1F300 && c <= 0x1FAFF))
		return 2;
	return 1;
}

static inline bool
zh_is_line_break(uint32_t c)
{
	return c == '\n';
}

#endif
