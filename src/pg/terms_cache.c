/*
 * terms_cache.c — the word lists as each backend sees them: the
 * dictionary's, with the terms of table zhdoc.user_terms.
 *
 * The same rules as the user words (dict_cache.c): the terms are read once
 * and kept until the table changes; the table's statement trigger sends a
 * relcache invalidation that every backend applies at its next statement;
 * the cache is marked valid before the table is read, and the table is read
 * with the latest snapshot (config_table.c).  The ZhLexicons handed out is
 * one static struct whose user tables are swapped on reload, so an
 * environment that keeps its address always reads the current terms.
 */
#include "zhdoc_pg.h"

#include "access/htup_details.h"
#include "common/hashfn.h"
#include "utils/builtins.h"
#include "utils/inval.h"

#include "config_table.h"
#include "dict_cache.h"
#include "zh_lexicon_user.h"

static ZhLexicons lexicons;
static MemoryContext terms_cxt;
static ZhUserLexicons *terms;
static uint64 terms_hash;
static bool terms_valid;
static Oid	terms_relid = InvalidOid;

/* Any change to user_terms (or a full reset) makes the cached terms stale. */
static void
terms_invalidate(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == terms_relid)
		terms_valid = false;
}

void
zhpg_terms_cache_init(void)
{
	CacheRegisterRelcacheCallback(terms_invalidate, (Datum) 0);
}

typedef struct TermRows
{
	ZhUserTerm *terms;
	uint64		n,
				cap;
	AttrNumber	a_kind,
				a_term;
} TermRows;

/* One row: its kind by name (the table's check keeps them valid), its term. */
static uint64
term_row(void *arg, HeapTuple tup, TupleDesc td)
{
	TermRows   *r = arg;
	ZhUserTerm *t;
	bool		kind_null,
				term_null;
	Datum		kind,
				term;
	char	   *name;

	if (r->a_kind == InvalidAttrNumber)
	{
		r->a_kind = zhpg_config_attnum(td, "kind");
		r->a_term = zhpg_config_attnum(td, "term");
	}
	kind = heap_getattr(tup, r->a_kind, td, &kind_null);
	term = heap_getattr(tup, r->a_term, td, &term_null);
	if (kind_null || term_null)
		return 0;
	if (r->n + 1 >= r->cap)
	{
		r->cap = r->cap ? r->cap * 2 : 64;
		r->terms = r->terms ? repalloc(r->terms, sizeof(ZhUserTerm) * r->cap) :
			palloc(sizeof(ZhUserTerm) * r->cap);
	}
	t = &r->terms[r->n++];
	name = TextDatumGetCString(kind);
	t->kind = zh_lex_kind_of(name, strlen(name));
	t->term = TextDatumGetCString(term);
	t->term_len = strlen(t->term);
	return hash_combine64(hash_bytes_extended((const unsigned char *) name, (int) strlen(name), 3),
						  hash_bytes_extended((const unsigned char *) t->term, (int) t->term_len, 4));
}

/*
 * Read zhdoc.user_terms and build the users' tables in a fresh context; the
 * old ones are dropped only once the new ones are complete, so an error
 * while loading leaves the previous state intact.
 */
static void
terms_load(Oid relid)
{
	MemoryContext cxt = AllocSetContextCreate(TopMemoryContext, "zhdoc user terms",
											  ALLOCSET_SMALL_SIZES);
	MemoryContext old = MemoryContextSwitchTo(cxt);
	ZhUserLexicons *ul = NULL;
	uint64		hash = 0;

	terms_relid = relid;
	terms_valid = true;
	PG_TRY();
	{
		TermRows	rows = {0};

		zhpg_config_scan(relid, term_row, &rows, &hash);
		if (rows.n > 0)
		{
			ZhEnv		env;

			zhpg_env_init_plain(&env, cxt);
			zhpg_check(zh_user_lexicons_build(&env, rows.terms, rows.n, &ul),
					   "loading zhdoc.user_terms");
		}
	}
	PG_CATCH();
	{
		terms_valid = false;
		MemoryContextSwitchTo(old);
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);

	if (terms_cxt)
		MemoryContextDelete(terms_cxt);
	terms_cxt = cxt;
	terms = ul;
	terms_hash = hash;
}

const ZhLexicons *
zhpg_lexicons(void)
{
	lexicons.shipped = zhpg_dict()->lex;
	if (!terms_valid)
	{
		Oid			relid = zhpg_config_relid("user_terms");

		if (OidIsValid(relid))
			terms_load(relid);
		else
		{
			/* not installed in this database (or an older version): the lists alone */
			terms_relid = InvalidOid;
			terms = NULL;
			terms_hash = 0;
		}
	}
	lexicons.user = terms ? terms->table : NULL;
	return &lexicons;
}

const ZhLexicons *
zhpg_shipped_lexicons(void)
{
	static ZhLexicons shipped;

	shipped.shipped = zhpg_dict()->lex;
	return &shipped;
}

uint64
zhpg_user_terms_hash(void)
{
	(void) zhpg_lexicons();
	return terms_hash;
}
