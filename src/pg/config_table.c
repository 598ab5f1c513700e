/*
 * config_table.c — a configuration table read whole: a plain heap scan,
 * not SPI, because parsing and planning a query would cost a fresh
 * backend's first call milliseconds for a table that is read whole.
 *
 * It reads with the latest snapshot, not the statement's or the
 * transaction's: an invalidation can be consumed by a statement whose
 * snapshot is older than the commit that sent it, and a read under that
 * snapshot would cache the old rows as if they were current.  The rows are
 * configuration, like the catalogs, which are read the same way.
 */
#include "config_table.h"
#include "citus_placement.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "utils/acl.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

Oid
zhpg_config_relid(const char *name)
{
	Oid			nsp = get_namespace_oid("zhdoc", true);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid(name, nsp) : InvalidOid;

	/* on a Citus node, the local copy of the reference table (citus_placement.c) */
	return OidIsValid(relid) ? zhpg_local_placement(relid) : InvalidOid;
}

AttrNumber
zhpg_config_attnum(TupleDesc td, const char *name)
{
	for (int i = 0; i < td->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(td, i);

		if (!att->attisdropped && strcmp(NameStr(att->attname), name) == 0)
			return att->attnum;
	}
	elog(ERROR, "zhdoc configuration table has no column \"%s\"", name);
	return InvalidAttrNumber;	/* keep the compiler quiet */
}

void
zhpg_config_scan(Oid relid, ZhpgConfigRow row, void *arg, uint64 *hash)
{
	Relation	rel = table_open(relid, AccessShareLock);
	Snapshot	snap;
	TableScanDesc scan;
	HeapTuple	tup;

	if (pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK)
		aclcheck_error(ACLCHECK_NO_PRIV, OBJECT_TABLE, RelationGetRelationName(rel));
	/*
	 * A parallel worker may take no snapshot of its own: it reads with the
	 * leader's, as SPI would (a worker lives for one query, so it cannot keep
	 * stale rows for long).
	 */
	if (IsInParallelMode())
		snap = RegisterSnapshot(ActiveSnapshotSet() ? GetActiveSnapshot() : GetTransactionSnapshot());
	else
		snap = RegisterSnapshot(GetLatestSnapshot());
	scan = table_beginscan(rel, snap, 0, NULL);
	*hash = 0;
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		CHECK_FOR_INTERRUPTS();
		*hash += row(arg, tup, RelationGetDescr(rel));
	}
	table_endscan(scan);
	UnregisterSnapshot(snap);
	table_close(rel, AccessShareLock);
}

/* Any change to the cache's table (or a full reset) makes it stale. */
static void
config_cache_invalidate(Datum arg, Oid relid)
{
	ZhpgConfigCache *cache = (ZhpgConfigCache *) DatumGetPointer(arg);

	if (relid == InvalidOid || relid == cache->relid)
		cache->valid = false;
}

void
zhpg_config_cache_register(ZhpgConfigCache *cache)
{
	CacheRegisterRelcacheCallback(config_cache_invalidate, PointerGetDatum(cache));
}

void *
zhpg_config_cache_get(ZhpgConfigCache *cache)
{
	MemoryContext cxt,
				old;
	void	   *value = NULL;
	uint64		hash = 0;
	Oid			relid;

	if (cache->valid)
		return cache->value;
	relid = zhpg_config_relid(cache->table);
	if (!OidIsValid(relid))
	{
		/* not installed in this database: nothing, until it is */
		cache->relid = InvalidOid;
		cache->hash = 0;
		return NULL;
	}
	cxt = AllocSetContextCreate(TopMemoryContext, "zhdoc configuration cache",
								ALLOCSET_SMALL_SIZES);
	old = MemoryContextSwitchTo(cxt);
	/* from here on, an invalidation makes the result stale (see the header) */
	cache->relid = relid;
	cache->valid = true;
	PG_TRY();
	{
		value = cache->build(relid, cxt, &hash);
	}
	PG_CATCH();
	{
		cache->valid = false;
		MemoryContextSwitchTo(old);
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);
	if (cache->cxt)
		MemoryContextDelete(cache->cxt);
	cache->cxt = cxt;
	cache->value = value;
	cache->hash = hash;
	return value;
}
