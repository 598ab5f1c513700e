/*
 * zh_token_class.c — folding jieba's part-of-speech tags into token classes.
 *
 * jieba uses the ICTCLAS tag set: n noun, nr person, ns place, nt
 * organisation, nz other proper noun, v verb, a adjective, d adverb, m
 * numeral, t time, i/l idiom and set phrase, j abbreviation, r pronoun,
 * p preposition, c conjunction, u auxiliary, e/y/o interjections and
 * onomatopoeia, q measure word, f direction, s place word, b/z/k/h/g others.
 * Tags are matched by their first letters, the way the tag set is designed.
 */
#include "zh_token_class.h"
#include "zh_segment.h"

#include <string.h>

const ZhTokenClassInfo zh_token_classes[ZH_CLASS_COUNT + 1] = {
	{0, NULL, NULL, 0},
	{ZH_CLASS_NOUN, "noun", "Chinese noun", 1},
	{ZH_CLASS_VERB, "verb", "Chinese verb", 1},
	{ZH_CLASS_ADJ, "adjective", "Chinese adjective", 1},
	{ZH_CLASS_ADV, "adverb", "Chinese adverb", 1},
	{ZH_CLASS_PERSON, "person", "Person name", 1},
	{ZH_CLASS_PLACE, "place", "Place name", 1},
	{ZH_CLASS_ORG, "organization", "Organisation name", 1},
	{ZH_CLASS_PROPER, "proper", "Other proper noun or abbreviation", 1},
	{ZH_CLASS_IDIOM, "idiom", "Idiom or set phrase", 1},
	{ZH_CLASS_NUMBER, "number", "Number, with its unit if any", 1},
	{ZH_CLASS_TIME, "time", "Date or time word", 1},
	{ZH_CLASS_LATIN, "latin", "Latin word, code or mixed Latin and digits", 1},
	{ZH_CLASS_USER, "userword", "Word from zhdoc.user_words", 1},
	{ZH_CLASS_FUNCTION, "function", "Function word: pronoun, preposition, conjunction, particle", 1},
	{ZH_CLASS_OTHER, "other", "Other Chinese word", 1},
	{ZH_CLASS_PUNCT, "punct", "Punctuation or symbol", 0},
	{ZH_CLASS_SPACE, "blank", "Space, line break or layout residue", 0},
};

static int
tag_is(const char *pos, const char *tag)
{
	return strcmp(pos, tag) == 0;
}

ZhTokenClass
zh_token_class(const char *pos, uint16_t flags)
{
	if (flags & ZH_TOK_SPACE)
		return ZH_CLASS_SPACE;
	if (flags & ZH_TOK_PUNCT)
		return ZH_CLASS_PUNCT;
	if ((flags & ZH_TOK_USER) && (!pos || tag_is(pos, "user")))
		return ZH_CLASS_USER;
	if (flags & ZH_TOK_NUMBER)
		return ZH_CLASS_NUMBER;
	if (flags & ZH_TOK_LATIN)
		return ZH_CLASS_LATIN;
	if (!pos || !*pos)
		return ZH_CLASS_OTHER;
	if (tag_is(pos, "user"))
		return ZH_CLASS_USER;
	if (tag_is(pos, "eng"))
		return ZH_CLASS_LATIN;
	switch (pos[0])
	{
		case 'n':
			if (pos[1] == 'r')
				return ZH_CLASS_PERSON;
			if (pos[1] == 's')
				return ZH_CLASS_PLACE;
			if (pos[1] == 't')
				return ZH_CLASS_ORG;
			if (pos[1] == 'z')
				return ZH_CLASS_PROPER;
			return ZH_CLASS_NOUN;
		case 'v':
			return ZH_CLASS_VERB;
		case 'a':
			return ZH_CLASS_ADJ;
		case 'd':
			return ZH_CLASS_ADV;
		case 'm':
			return ZH_CLASS_NUMBER;
		case 't':
			return ZH_CLASS_TIME;
		case 'i':
		case 'l':
			return ZH_CLASS_IDIOM;
		case 'j':
			return ZH_CLASS_PROPER;
		case 'r':
		case 'p':
		case 'c':
		case 'u':
		case 'e':
		case 'y':
		case 'o':
			return ZH_CLASS_FUNCTION;
		case 'x':
			return ZH_CLASS_PUNCT;
		case 'w':
			return ZH_CLASS_SPACE;
		default:
			return ZH_CLASS_OTHER;
	}
}
