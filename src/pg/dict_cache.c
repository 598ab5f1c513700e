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
#include "executor/spi.h"
#include "utils/snapmgr.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"

#include "dict_cache.h"

static ZhDict *dict;

static MemoryContext userdict_cxt;
static ZhUserDict *userdict;
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

static Oid
user_words_relid(void)
{
	Oid			nsp = get_namespace_oid("zhdoc", true);

	return OidIsValid(nsp) ? get_relname_relid("user_words", nsp) : InvalidOid;
}

/*
 * Read zhdoc.user_words and build the overlay in a fresh context; the old
 * overlay is dropped only once the new one is complete, so an error while
 * loading leaves the previous state intact.
 */
static void
userdict_load(Oid relid)
{
	MemoryContext cxt = AllocSetContextCreate(TopMemoryContext, "zhdoc user words",
											  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old;
	ZhUserWord *words;
	ZhUserDict *ud = NULL;
	ZhEnv		env;
	uint64		n;
	ZhStatus	st;

	/* see the header: an invalidation from here on makes the result stale */
	userdict_relid = relid;
	userdict_valid = true;
	PG_TRY();
	{
		SPIPlanPtr	plan;

		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		plan = SPI_prepare("SELECT word, freq::pg_catalog.float8, pos FROM zhdoc.user_words", 0, NULL);
		if (plan == NULL ||
			SPI_execute_snapshot(plan, NULL, NULL, GetLatestSnapshot(), InvalidSnapshot,
								 true, false, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not read zhdoc.user_words");
		n = SPI_processed;
		old = MemoryContextSwitchTo(cxt);
		words = palloc0(sizeof(ZhUserWord) * (n + 1));
		for (uint64 i = 0; i < n; i++)
		{
			HeapTuple	tup = SPI_tuptable->vals[i];
			TupleDesc	td = SPI_tuptable->tupdesc;
			bool		isnull;
			Datum		v;

			v = SPI_getbinval(tup, td, 1, &isnull);
			if (isnull)
				continue;
			words[i].word = TextDatumGetCString(v);
			words[i].word_len = strlen(words[i].word);
			v = SPI_getbinval(tup, td, 2, &isnull);
			words[i].freq = isnull ? 0 : DatumGetFloat8(v);
			v = SPI_getbinval(tup, td, 3, &isnull);
			words[i].pos = isnull ? NULL : TextDatumGetCString(v);
		}
		zhpg_env_init(&env, cxt);
		st = zh_userdict_build(&env, zhpg_dict(), words, n, &ud);
		MemoryContextSwitchTo(old);
		SPI_finish();
		zhpg_check(st, "loading zhdoc.user_words");
	}
	PG_CATCH();
	{
		userdict_valid = false;
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();

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
