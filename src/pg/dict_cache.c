/*
 * dict_cache.c — the dictionary and the user words, as each backend sees them.
 *
 * The compiled dictionary is mapped read-only once per backend: the kernel
 * shares its pages among all backends, and opening costs a few system calls.
 *
 * User words come from table zhdoc.user_words.  They are read once and kept
 * until the table changes; a statement trigger on the table sends a relcache
 * invalidation for it, which PostgreSQL delivers to every backend at its next
 * transaction start or lock acquisition, so a committed change takes effect
 * everywhere without reconnecting, and no backend reads the table per call.
 *
 * Two rules keep a cache from staying stale for ever:
 *  - the cache is marked valid before the table is read, so an invalidation
 *    that arrives while reading (the read itself takes a lock, which accepts
 *    pending invalidations) marks it stale again and the next use reloads;
 *  - the table is read with the latest snapshot, not the statement's or the
 *    transaction's: an invalidation can be consumed by a statement whose
 *    snapshot is older than the commit that sent it, and a read under that
 *    snapshot would cache the old words as if they were current.  The words
 *    are configuration, like the catalogs, which are read the same way.
 */
#include "zhdoc_pg.h"

#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "access/heapam.h"
#include "access/xact.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "common/hashfn.h"
#include "utils/acl.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"

#include "citus_placement.h"
#include "dict_cache.h"

static ZhDict *dict;

static MemoryContext userdict_cxt;
static ZhUserDict *userdict;
static uint64 userdict_hash;	/* of the rows read, independent of their order */
static bool userdict_valid;
static Oid	userdict_relid = InvalidOid;

const ZhDict *
zhpg_dict(void)
{
	if (dict == NULL)
	{
		char	   *path = get_tsearch_config_filename("zhdoc", "dict");
		char		err[512];
		ZhDict	   *d = NULL;

		err[0] = '\0';
		if (zh_dict_open(path, &d, err, sizeof(err)) != ZH_OK || d == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_CONFIG_FILE_ERROR),
					 errmsg("could not load zhdoc dictionary \"%s\"", path),
					 errdetail("%s", err[0] ? err : "The file is missing or unreadable."),
					 errhint("Rebuild and reinstall it: run \"make install\" in the zhdoc source tree.")));
		dict = d;
	}
	return dict;
}

/* Any change to user_words (or a full reset) makes the cached words stale. */
static void
userdict_invalidate(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == userdict_relid)
		userdict_valid = false;
}

void
zhpg_dict_cache_init(void)
{
	CacheRegisterRelcacheCallback(userdict_invalidate, (Datum) 0);
}

/* zhdoc.user_words, or on Citus this node's copy of it (citus_placement.c) */
static Oid
user_words_relid(void)
{
	Oid			nsp = get_namespace_oid("zhdoc", true);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid("user_words", nsp) : InvalidOid;

	return OidIsValid(relid) ? zhpg_local_placement(relid) : InvalidOid;
}

/* Attribute number of column `name` of user_words; the extension script made them. */
static AttrNumber
user_words_attnum(TupleDesc td, const char *name)
{
	for (int i = 0; i < td->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(td, i);

		if (!att->attisdropped && strcmp(NameStr(att->attname), name) == 0)
			return att->attnum;
	}
	elog(ERROR, "zhdoc.user_words has no column \"%s\"", name);
	return InvalidAttrNumber;	/* keep the compiler quiet */
}

/*
 * The rows of zhdoc.user_words, copied into the current memory context.
 * A plain heap scan, not SPI: parsing and planning a query cost a fresh
 * backend's first call milliseconds, for a table that is read whole.  It
 * reads with the latest snapshot (see the header) and checks the caller's
 * SELECT right as a query would.
 */
/* A row's hash; summed over the rows, the table's hash does not depend on their order. */
static uint64
row_hash(const ZhUserWord *w)
{
	uint64		h = hash_bytes_extended((const unsigned char *) w->word, (int) w->word_len, 1);

	h = hash_combine64(h, (uint64) (int64) w->freq);
	if (w->pos)
		h = hash_combine64(h, hash_bytes_extended((const unsigned char *) w->pos, (int) strlen(w->pos), 2));
	return h;
}

static ZhUserWord *
user_words_read(Oid relid, uint64 *nrows, uint64 *hash)
{
	Relation	rel = table_open(relid, AccessShareLock);
	TupleDesc	td = RelationGetDescr(rel);
	AttrNumber	a_word = user_words_attnum(td, "word"),
				a_freq = user_words_attnum(td, "freq"),
				a_pos = user_words_attnum(td, "pos");
	Snapshot	snap;
	TableScanDesc scan;
	uint64		n = 0,
				cap = 64;
	ZhUserWord *words;
	HeapTuple	tup;

	if (pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK)
		aclcheck_error(ACLCHECK_NO_PRIV, OBJECT_TABLE, RelationGetRelationName(rel));
	/*
	 * A parallel worker may take no snapshot of its own: it reads with the
	 * leader's, as SPI would (a worker lives for one query, so it cannot keep
	 * stale words for long).
	 */
	if (IsInParallelMode())
		snap = RegisterSnapshot(ActiveSnapshotSet() ? GetActiveSnapshot() : GetTransactionSnapshot());
	else
		snap = RegisterSnapshot(GetLatestSnapshot());
	scan = table_beginscan(rel, snap, 0, NULL);
	words = palloc0(sizeof(ZhUserWord) * cap);

	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		bool		isnull;
		Datum		v;

		CHECK_FOR_INTERRUPTS();
		v = heap_getattr(tup, a_word, td, &isnull);
		if (isnull)
			continue;
		if (n + 1 >= cap)
		{
			cap *= 2;
			words = repalloc(words, sizeof(ZhUserWord) * cap);
		}
		memset(&words[n], 0, sizeof(ZhUserWord));
		words[n].word = TextDatumGetCString(v);
		words[n].word_len = strlen(words[n].word);
		v = heap_getattr(tup, a_freq, td, &isnull);
		words[n].freq = isnull ? 0 : (double) DatumGetInt32(v);
		v = heap_getattr(tup, a_pos, td, &isnull);
		words[n].pos = isnull ? NULL : TextDatumGetCString(v);
		*hash += row_hash(&words[n]);
		n++;
	}
	table_endscan(scan);
	UnregisterSnapshot(snap);
	table_close(rel, AccessShareLock);
	*nrows = n;
	return words;
}

/*
 * Read zhdoc.user_words and build the overlay in a fresh context; the old
 * overlay is dropped only once the new one is complete, so an error while
 * loading leaves the previous state intact.  No rows, no overlay.
 */
static void
userdict_load(Oid relid)
{
	MemoryContext cxt = AllocSetContextCreate(TopMemoryContext, "zhdoc user words",
											  ALLOCSET_SMALL_SIZES);
	MemoryContext old = MemoryContextSwitchTo(cxt);
	ZhUserDict *ud = NULL;

	/* see the header: an invalidation from here on makes the result stale */
	userdict_relid = relid;
	userdict_valid = true;
	PG_TRY();
	{
		ZhUserWord *words;
		uint64		n;

		userdict_hash = 0;
		words = user_words_read(relid, &n, &userdict_hash);
		if (n > 0)
		{
			ZhEnv		env;

			zhpg_env_init(&env, cxt);
			zhpg_check(zh_userdict_build(&env, zhpg_dict(), words, n, &ud),
					   "loading zhdoc.user_words");
		}
	}
	PG_CATCH();
	{
		userdict_valid = false;
		MemoryContextSwitchTo(old);
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);

	if (userdict_cxt)
		MemoryContextDelete(userdict_cxt);
	userdict_cxt = cxt;
	userdict = ud;
}

const ZhUserDict *
zhpg_userdict(void)
{
	Oid			relid;

	if (userdict_valid)
		return userdict;
	relid = user_words_relid();
	if (!OidIsValid(relid))
		return NULL;			/* not installed in this database */
	userdict_load(relid);
	return userdict;
}

PG_FUNCTION_INFO_V1(zhdoc_user_words_changed);

/*
 * Statement trigger on zhdoc.user_words: tell every backend to reload.
 * The invalidation is sent when the transaction commits, and applied by
 * this backend at its next command.
 */
Datum
zhdoc_user_words_changed(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("zhdoc_user_words_changed must be called as a trigger")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(td->tg_relation));
	return PointerGetDatum(NULL);
}

PG_FUNCTION_INFO_V1(zhdoc_analysis_version);

/*
 * The state of everything an analysis depends on that can change after
 * installation: the compiled dictionary and the user words.  The documents
 * pipeline stores it with each document, so that documents analysed with
 * another state can be found and derived again.
 */
Datum
zhdoc_analysis_version(PG_FUNCTION_ARGS)
{
	char		buf[64];

	/* loads the words if need be; no table here leaves userdict_relid unset */
	(void) zhpg_userdict();
	snprintf(buf, sizeof(buf), "%016llx-%016llx",
			 (unsigned long long) zh_dict_identity(zhpg_dict()),
			 (unsigned long long) (OidIsValid(userdict_relid) ? userdict_hash : 0));
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}
