/*
 * zh_strlist.h — small lists of owned UTF-8 strings (reporters, titles,
 * attendees), kept in order of first appearance without duplicates.
 */
#ifndef ZH_STRLIST_H
#define ZH_STRLIST_H

#include "zh_env.h"

typedef struct ZhStrList
{
	char	  **items;
	int			n;
} ZhStrList;

/* Append s (taking ownership) unless an equal string is there already. */
ZhStatus	zh_strlist_add_unique(const ZhEnv *env, ZhStrList *l, char *s);

void		zh_strlist_free(const ZhEnv *env, ZhStrList *l);

#endif
