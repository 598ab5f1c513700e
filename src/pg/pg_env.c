/*
 * pg_env.c — the core's environment inside a PostgreSQL backend.
 */
#include "zhdoc_pg.h"
#include "dict_cache.h"

#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "utils/date.h"

static void *
pg_alloc(void *opaque, size_t size)
{
	/* HUGE: a 20 MB document's work arrays are legitimate, not a runaway */
	return MemoryContextAllocExtended((MemoryContext) opaque, size, MCXT_ALLOC_HUGE);
}

static void
pg_release(void *opaque, void *ptr)
{
	pfree(ptr);
}

static void
pg_check(void *opaque)
{
	CHECK_FOR_INTERRUPTS();
}

void
zhpg_env_init_plain(ZhEnv *env, MemoryContext cxt)
{
	env->alloc = pg_alloc;
	env->release = pg_release;
	env->check = pg_check;
	env->opaque = cxt;
	env->lex = NULL;
}

void
zhpg_env_init(ZhEnv *env, MemoryContext cxt)
{
	zhpg_env_init_plain(env, cxt);
	env->lex = zhpg_lexicons();
}

void
zhpg_require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("zhdoc requires a UTF8 database"),
				 errdetail("The database encoding is %s.", GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

void
zhpg_check(ZhStatus st, const char *what)
{
	switch (st)
	{
		case ZH_OK:
			return;
		case ZH_ERR_NOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory in %s", what)));
			break;
		case ZH_ERR_TOO_LARGE:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("input too large for %s", what)));
			break;
		case ZH_ERR_ICU:
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("ICU failed in %s", what),
					 errhint("Check that the ICU data package (libicu) is installed and complete.")));
			break;
		case ZH_ERR_INVALID:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid argument to %s", what)));
			break;
	}
	elog(ERROR, "unexpected status %d from %s", (int) st, what);
}

/*
 * The library is replaced when a new release is installed, but the SQL
 * declarations stay those of the old release until ALTER EXTENSION zhdoc
 * UPDATE runs: meanwhile its functions return the columns that release
 * declared.  Columns are only ever added at the end, so the old ones are
 * a prefix of ours and tuplestore_putvalues() takes the first natts values.
 */
void
zhpg_srf_columns(TupleDesc desc, const char *fn, int ncols, int released_ncols)
{
	if (desc->natts != ncols && desc->natts != released_ncols)
		elog(ERROR, "%s: expected %d result columns, got %d", fn, ncols, desc->natts);
}

Datum
zhpg_text_array(char **items, int n)
{
	Datum	   *elems = palloc(sizeof(Datum) * (n > 0 ? n : 1));
	bool	   *nulls = palloc(sizeof(bool) * (n > 0 ? n : 1));
	int			dims[1] = {n};
	int			lbs[1] = {1};

	for (int i = 0; i < n; i++)
	{
		nulls[i] = items[i] == NULL;
		elems[i] = nulls[i] ? (Datum) 0 : CStringGetTextDatum(items[i]);
	}
	if (n == 0)
		return PointerGetDatum(construct_empty_array(TEXTOID));
	return PointerGetDatum(construct_md_array(elems, nulls, 1, dims, lbs, TEXTOID, -1, false, TYPALIGN_INT));
}

Datum
zhpg_text_or_null(const char *s, bool *isnull)
{
	*isnull = (s == NULL);
	return s ? CStringGetTextDatum(s) : (Datum) 0;
}

bool
zhpg_anchor_arg(FunctionCallInfo fcinfo, int argno, int32 *day)
{
	DateADT		d;

	if (PG_ARGISNULL(argno))
		return false;
	d = PG_GETARG_DATEADT(argno);
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("anchor date must be finite"),
				 errhint("Pass NULL for no anchor.")));
	*day = (int32) d;
	return true;
}
