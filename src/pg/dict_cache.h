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

#endif
