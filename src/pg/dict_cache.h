/*
 * dict_cache.h — per-backend access to the dictionary and user words.
 */
#ifndef ZHPG_DICT_CACHE_H
#define ZHPG_DICT_CACHE_H

#include "zh_userdict.h"

/* The mapped dictionary; ERROR naming the file if it cannot be used. */
const ZhDict *zhpg_dict(void);

/* The current user words (NULL when there are none to use). */
const ZhUserDict *zhpg_userdict(void);

/* Register the invalidation callback; from _PG_init. */
void		zhpg_dict_cache_init(void);

/*
 * The word lists in effect: the dictionary's with the user terms.  The
 * pointer stays the same for the life of the backend (what it points to is
 * replaced when zhdoc.user_terms changes), so a ZhEnv may keep it.
 */
const ZhLexicons *zhpg_lexicons(void);

/*
 * The dictionary's word lists alone, for the IMMUTABLE functions
 * (zh_articles, zh_dates), whose lists users may not extend anyway.
 */
const ZhLexicons *zhpg_shipped_lexicons(void);

/* A hash of the user terms read (0 for none), for analysis_version(). */
uint64		zhpg_user_terms_hash(void);

/*
 * The dictionary, user words and user terms in effect, as one number: two
 * analyses with the same state give the same result for the same text.
 */
uint64		zhpg_analysis_state(void);

/* Register the user terms' invalidation callback; from _PG_init. */
void		zhpg_terms_cache_init(void);

#endif
