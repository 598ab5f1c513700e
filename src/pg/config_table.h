/*
 * config_table.h — reading zhdoc's configuration tables (user_words,
 * user_terms) whole, as every backend's caches do.
 */
#ifndef ZHPG_CONFIG_TABLE_H
#define ZHPG_CONFIG_TABLE_H

#include "zhdoc_pg.h"

#include "access/htup.h"
#include "access/tupdesc.h"

/* The table zhdoc.`name`, or InvalidOid where the extension is not installed. */
Oid			zhpg_config_relid(const char *name);

/* Attribute number of column `name` of a configuration table the extension script made. */
AttrNumber	zhpg_config_attnum(TupleDesc td, const char *name);

/*
 * Call row(arg, tuple, desc) for every row of the table, with the caller's
 * SELECT right checked as a query would and the latest snapshot (see
 * dict_cache.c: a cache must not keep what an older snapshot saw).
 * `hash`, summed over the rows, gives the table's state independent of their
 * order.
 */
typedef uint64 (*ZhpgConfigRow) (void *arg, HeapTuple tup, TupleDesc td);
void		zhpg_config_scan(Oid relid, ZhpgConfigRow row, void *arg, uint64 *hash);

/*
 * A backend's cache of what is built from one configuration table: read
 * once, kept until the table changes (its statement trigger sends a relcache
 * invalidation, applied at this backend's next statement), built again in a
 * fresh memory context.  The cache is marked valid before the table is read,
 * so an invalidation that arrives while reading makes it stale again; an
 * error while building leaves the previous value in place.
 */
typedef void *(*ZhpgConfigBuild) (Oid relid, MemoryContext cxt, uint64 *hash);

typedef struct ZhpgConfigCache
{
	const char *table;			/* zhdoc.`table` */
	ZhpgConfigBuild build;		/* reads the table, builds in cxt (also current) */
	/* state */
	Oid			relid;			/* InvalidOid: the table is not installed */
	bool		valid;
	MemoryContext cxt;
	void	   *value;			/* what build returned, NULL for nothing */
	uint64		hash;			/* of the rows read, 0 for none */
} ZhpgConfigCache;

/* Register the cache's invalidation callback; from _PG_init. */
void		zhpg_config_cache_register(ZhpgConfigCache *cache);

/* The current value (NULL: nothing to use), loaded or reloaded if need be. */
void	   *zhpg_config_cache_get(ZhpgConfigCache *cache);

#endif
