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

#endif
