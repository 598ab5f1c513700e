/*
 * zhdoc.c — the module: its magic block, start-up and settings.
 */
#include "zhdoc_pg.h"
#include "dict_cache.h"
#include "derive_stash.h"
#include "heap_retention.h"

#include "utils/guc.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * zhdoc.on_derive_error: what the documents pipeline does with a document
 * whose derivation fails.  'warning' keeps it with derive_error set and lets
 * the rest of the statement's documents derive (an ETL batch loses nothing);
 * 'error' aborts the statement, for operators who want a failed load to
 * fail loudly.  Read by the pipeline's SQL through current_setting().
 */
static int	on_derive_error;

static const struct config_enum_entry on_derive_error_options[] = {
	{"warning", 0, false},
	{"error", 1, false},
	{NULL, 0, false}
};

/*
 * Nothing is loaded eagerly: the dictionary is mapped on first use, so that
 * sessions that never segment pay nothing.
 */
void
_PG_init(void)
{
	DefineCustomEnumVariable("zhdoc.on_derive_error",
							 "What the documents pipeline does when a document cannot be derived.",
							 "warning keeps the document with derive_error set and derives the rest of the statement; "
							 "error aborts the statement.",
							 &on_derive_error, 0, on_derive_error_options,
							 PGC_USERSET, 0, NULL, NULL, NULL);
	zhpg_heap_retention_init();
	zhpg_derive_stash_init();
	MarkGUCPrefixReserved("zhdoc");
	zhpg_dict_cache_init();
	zhpg_terms_cache_init();
}
