/*
 * zhdoc_pg.h — what the PostgreSQL glue files share.
 *
 * The glue knows nothing of linguistics: it turns SQL values into core calls,
 * core results into SQL values, and core status codes into ereport().
 */
#ifndef ZHDOC_PG_H
#define ZHDOC_PG_H

#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "zh_env.h"

/*
 * A core environment allocating in `cxt` and honouring query cancel and
 * statement_timeout through CHECK_FOR_INTERRUPTS(), with the word lists in
 * effect (the dictionary's and the user terms: loaded on first use).
 */
void		zhpg_env_init(ZhEnv *env, MemoryContext cxt);

/*
 * The same without the word lists, for work that reads none (normalising)
 * and for the caches that load the user words and terms themselves.
 */
void		zhpg_env_init_plain(ZhEnv *env, MemoryContext cxt);

/* A child of CurrentMemoryContext for one call's scratch work (a macro: the
 * name must be a constant string). */
#define zhpg_work_context(name) \
	AllocSetContextCreate(CurrentMemoryContext, (name), ALLOCSET_DEFAULT_SIZES)

/* The core reads UTF-8: refuse other database encodings clearly. */
void		zhpg_require_utf8(void);

/* ereport(ERROR) for a failed core call; `what` names the operation. */
void		zhpg_check(ZhStatus st, const char *what);

/*
 * Errors unless the result has ncols columns, or released_ncols: the
 * columns an older release of the SQL script declared (a prefix of ours),
 * which a database keeps until ALTER EXTENSION zhdoc UPDATE.
 */
void		zhpg_srf_columns(TupleDesc desc, const char *fn, int ncols, int released_ncols);

/*
 * The optional anchor date argument: false when NULL (no anchor), its day
 * number otherwise; an infinite date is refused with a clear error.
 */
bool		zhpg_anchor_arg(FunctionCallInfo fcinfo, int argno, int32 *day);

/* text[] from C strings (NULL entries become SQL NULLs). */
Datum		zhpg_text_array(char **items, int n);

/* text from a C string, or a NULL datum through *isnull. */
Datum		zhpg_text_or_null(const char *s, bool *isnull);

#endif
