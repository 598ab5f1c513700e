/*
 * derive_stash.h — derived rows computed before they are written (see
 * derive_stash.c).
 */
#ifndef ZHPG_DERIVE_STASH_H
#define ZHPG_DERIVE_STASH_H

#include "postgres.h"
#include "nodes/pg_list.h"

/* What the rows were derived from: a document's id, body, anchor and analysis state. */
typedef struct ZhpgStashKey
{
	int64		id;
	const char *body;
	int			len;
	bool		has_anchor;
	int32		anchor;
	uint64		state;
} ZhpgStashKey;

/*
 * The context stashed rows must be allocated in, or NULL when `expected`
 * more bytes would not fit in zhdoc.derive_stash: the caller then stashes
 * nothing.
 */
MemoryContext zhpg_stash_context(Size expected);

/* Keep `rows` (MinimalTuples allocated in zhpg_stash_context()) for key. */
void		zhpg_stash_put(const ZhpgStashKey *key, List *rows);

/*
 * The rows kept for exactly this key, removed from the stash, or NIL with
 * *found false.  Valid until the end of the transaction.
 */
List	   *zhpg_stash_take(const ZhpgStashKey *key, bool *found);

/* Define zhdoc.derive_stash; from _PG_init. */
void		zhpg_derive_stash_init(void);

#endif
