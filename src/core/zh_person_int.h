/*
 * zh_person_int.h — what the files of person recognition share:
 * zh_person_names.c (Chinese names, and the pass over the tokens),
 * zh_person_known.c (name shape, person words tagged otherwise),
 * zh_person_foreign.c (undotted transliterations), zh_person_dotted.c
 * (names with middle dots), zh_person_japanese.c and zh_person_rows.c
 * (rows of names printed with spaces).  The evidence for a name — cues,
 * titles, a clause's subject, what the dictionary derives from a word — is
 * one set of tests for all of them.
 */
#ifndef ZH_PERSON_INT_H
#define ZH_PERSON_INT_H

#include "zh_entities_int.h"

#define MIDDLE_DOT(ch) ((ch) == 0x00B7 || (ch) == 0x30FB || (ch) == 0x2022 || (ch) == 0x2027)

/* evidence (zh_person_names.c) */
bool		zh_person_is_person_tag(const Ctx *c, size_t i);
bool		zh_person_is_translit_tag(const Ctx *c, size_t i);
bool		zh_person_cue_after(const Ctx *c, uint32_t p);
bool		zh_person_cue_before(const Ctx *c, uint32_t s);
bool		zh_person_title_after(const Ctx *c, uint32_t e);
bool		zh_person_title_before(const Ctx *c, uint32_t s);
bool		zh_person_foreign_cue(const Ctx *c, uint32_t s, uint32_t e);
bool		zh_person_clause_subject(const Ctx *c, uint32_t s, uint32_t e);
bool		zh_person_derived_place(const Ctx *c, uint32_t s, uint32_t e);
bool		zh_person_frequent_word(const Ctx *c, uint32_t s, uint32_t e);
bool		zh_person_dict_person_word(const Ctx *c, uint32_t s, uint32_t e);
bool		zh_person_stranded(const Ctx *c, size_t t);
bool		zh_person_common_word(const Ctx *c, uint32_t s, uint32_t e);
bool		zh_person_two_char_favoured(const Ctx *c, uint32_t s);

/* name shape and known person words (zh_person_known.c) */
double		zh_person_name_shape(const Ctx *c, uint32_t s);
bool		zh_person_name_shaped(const Ctx *c, uint32_t s);
uint32_t	zh_person_known_word(const Ctx *c, size_t t);

/* foreign names (zh_person_foreign.c, Japanese: zh_person_japanese.c): each returns an end, 0 for none */
int			zh_person_translit_name(const Ctx *c, size_t t);	/* last token, or -1 */
uint32_t	zh_person_translit_extend(const Ctx *c, uint32_t from, uint32_t p);
uint32_t	zh_person_split_translit(const Ctx *c, size_t t, uint32_t *start);
uint32_t	zh_person_translit_before_address(const Ctx *c, size_t t, uint32_t *start);
uint32_t	zh_person_foreign_name(const Ctx *c, size_t t);
uint32_t	zh_person_foreign_after_cue(const Ctx *c, size_t t);
uint32_t	zh_person_japanese_name(const Ctx *c, size_t t);
bool		zh_person_japanese_start(const Ctx *c, uint32_t s);
uint32_t	zh_person_trophy_name(const Ctx *c, size_t t);

/* rows of names printed with spaces (zh_person_rows.c) */
void		zh_person_find_rows(Ctx *c);

/* dotted foreign names (zh_person_dotted.c); a dot is looked for this far */
#define DOTTED_REACH 24
uint32_t	zh_person_dotted_name(const Ctx *c, size_t t, uint32_t *start, bool *thing);

#endif
