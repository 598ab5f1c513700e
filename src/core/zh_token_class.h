/*
 * zh_token_class.h — the coarse token classes that search indexes by.
 *
 * A text search configuration maps token types to dictionaries, so the types
 * must be few, stable (Citus and dumps recreate configurations by alias) and
 * meaningful to a user choosing what to index.  Parts of speech from the
 * dictionary are folded into these classes here, in the core, because which
 * tag is a noun is linguistics; the glue only numbers them.
 *
 * Never renumber or rename: ids and aliases are a public interface.
 */
#ifndef ZH_TOKEN_CLASS_H
#define ZH_TOKEN_CLASS_H

#include <stdint.h>

typedef enum ZhTokenClass
{
	ZH_CLASS_NOUN = 1,
	ZH_CLASS_VERB,
	ZH_CLASS_ADJ,
	ZH_CLASS_ADV,
	ZH_CLASS_PERSON,
	ZH_CLASS_PLACE,
	ZH_CLASS_ORG,
	ZH_CLASS_PROPER,
	ZH_CLASS_IDIOM,
	ZH_CLASS_NUMBER,
	ZH_CLASS_TIME,
	ZH_CLASS_LATIN,
	ZH_CLASS_USER,
	ZH_CLASS_FUNCTION,
	ZH_CLASS_OTHER,
	ZH_CLASS_PUNCT,
	ZH_CLASS_SPACE,
	ZH_CLASS_COUNT = ZH_CLASS_SPACE
} ZhTokenClass;

typedef struct ZhTokenClassInfo
{
	int			id;
	const char *alias;
	const char *description;
	int			indexed;		/* mapped by the shipped configuration */
} ZhTokenClassInfo;

/* Entries 1..ZH_CLASS_COUNT, in id order; entry 0 is unused. */
extern const ZhTokenClassInfo zh_token_classes[ZH_CLASS_COUNT + 1];

/* Class of a token from its part-of-speech tag and segmenter flags. */
ZhTokenClass zh_token_class(const char *pos, uint16_t flags);

#endif
