/*
 * zh_dictc.h — what the dictionary compiler's parts share: failing with a
 * message, allocating, reading a file and decoding UTF-8 strictly (in
 * zh_dictc.c), and compiling the word lists of data/vocab (zh_vocabc.c).
 */
#ifndef ZH_DICTC_H
#define ZH_DICTC_H

#include "zh_dict_format.h"
#include "zh_lexicon.h"

void		die(const char *fmt,...) __attribute__((format(printf, 1, 2), noreturn));
void	   *xmalloc(size_t n);
char	   *read_file(const char *path, size_t *len);
int			utf8_decode(const unsigned char *s, size_t n, uint32_t *out);
extern const ZhEnv dictc_env;

/* The word lists, laid out as the LEX_* sections of zhdoc.dict. */
typedef struct VocabSections
{
	ZhDictLexList list[ZH_LEX_COUNT];
	ZhLexEntry *entry;
	uint32_t	n_entries;
	int32_t    *slot;
	uint32_t	n_slots;
	uint32_t   *cp;
	uint32_t	n_cp;
	char	   *text;
	uint32_t	text_size;
} VocabSections;

/* Compile data/vocab/KIND.txt files, one for every kind; dies on any error. */
void		vocab_compile(char *const *paths, int npaths, VocabSections *out);

#endif
