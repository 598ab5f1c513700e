/*
 * zh_strlist.c — owned string lists.  Linear search for duplicates: the
 * lists are short (a person's titles, a meeting's attendees), and callers
 * bound them where input could make them long.
 */
#include "zh_strlist.h"

#include <string.h>

ZhStatus
zh_strlist_add_unique(const ZhEnv *env, ZhStrList *l, char *s)
{
	char	  **items;

	for (int i = 0; i < l->n; i++)
		if (strcmp(l->items[i], s) == 0)
		{
			zh_free(env, s);
			return ZH_OK;
		}
	items = zh_alloc(env, (size_t) (l->n + 1) * sizeof(char *));
	if (!items)
	{
		zh_free(env, s);
		return ZH_ERR_NOMEM;
	}
	if (l->n)
		memcpy(items, l->items, (size_t) l->n * sizeof(char *));
	zh_free(env, l->items);
	l->items = items;
	l->items[l->n++] = s;
	return ZH_OK;
}

void
zh_strlist_free(const ZhEnv *env, ZhStrList *l)
{
	for (int i = 0; i < l->n; i++)
		zh_free(env, l->items[i]);
	zh_free(env, l->items);
	l->items = NULL;
	l->n = 0;
}
