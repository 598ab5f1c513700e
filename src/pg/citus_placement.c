/*
 * citus_placement.c — where this node keeps the rows of a Citus reference
 * table.
 *
 * zhdoc reads its configuration tables (zhdoc.user_words) with a heap scan,
 * not a query (see dict_cache.c).  Once zhdoc.distribute() has made such a
 * table a Citus reference table, the table itself is an empty shell on every
 * node and its rows live in one shard, zhdoc.user_words_<shardid>, of which
 * every node holds a copy (a placement).  A scan of the shell would see no
 * words, so the scan goes to the local placement instead; the statement
 * trigger that Citus copies onto the shard invalidates the shard's relcache
 * entry, which is the relation the cache then watches.
 *
 * Citus is optional: without its catalog (pg_dist_shard) or without a shard
 * for the table, the table is its own placement.  The catalog is read by
 * name and column name, with no Citus header, so zhdoc builds and loads
 * without Citus.
 */
#include "zhdoc_pg.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/relscan.h"
#include "access/table.h"
#include "access/tableam.h"
#include "catalog/namespace.h"
#include "catalog/pg_namespace.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"

#include "citus_placement.h"

static AttrNumber
column_attnum(TupleDesc td, const char *name)
{
	for (int i = 0; i < td->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(td, i);

		if (!att->attisdropped && strcmp(NameStr(att->attname), name) == 0)
			return att->attnum;
	}
	return InvalidAttrNumber;
}

/* The shard id of reference table `relid` in pg_dist_shard, or 0 if none. */
static int64
reference_shard_id(Oid relid)
{
	Oid			catalog = get_relname_relid("pg_dist_shard", PG_CATALOG_NAMESPACE);
	Relation	rel;
	TupleDesc	td;
	AttrNumber	a_rel,
				a_shard;
	TableScanDesc scan;
	HeapTuple	tup;
	int64		shard = 0;
	int			found = 0;

	if (!OidIsValid(catalog))
		return 0;				/* no Citus in this database */
	rel = table_open(catalog, AccessShareLock);
	td = RelationGetDescr(rel);
	a_rel = column_attnum(td, "logicalrelid");
	a_shard = column_attnum(td, "shardid");
	if (a_rel == InvalidAttrNumber || a_shard == InvalidAttrNumber)
	{
		table_close(rel, AccessShareLock);
		return 0;				/* a Citus we do not know */
	}
	/* the catalog is small (a row per shard): a sequential scan will do */
	scan = table_beginscan(rel, GetLatestSnapshot(), 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		bool		isnull;
		Datum		v = heap_getattr(tup, a_rel, td, &isnull);

		if (isnull || DatumGetObjectId(v) != relid)
			continue;
		v = heap_getattr(tup, a_shard, td, &isnull);
		if (!isnull)
		{
			shard = DatumGetInt64(v);
			found++;
		}
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);
	/* a reference table has one shard; a distributed one has no single copy */
	return found == 1 ? shard : 0;
}

Oid
zhpg_local_placement(Oid relid)
{
	int64		shard = reference_shard_id(relid);
	char	   *relname;
	Oid			placement;

	if (shard == 0)
		return relid;
	relname = get_rel_name(relid);
	if (relname == NULL)
		return relid;
	/* Citus names a shard <table>_<shardid> in the table's schema */
	placement = get_relname_relid(psprintf("%s_" INT64_FORMAT, relname, shard),
								  get_rel_namespace(relid));
	return OidIsValid(placement) ? placement : relid;
}
