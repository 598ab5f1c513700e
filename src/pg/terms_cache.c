/*
 * terms_cache.c — the word lists as each backend sees them: the
 * dictionary's, with the terms of table zhdoc.user_terms.
 *
 * The same cache as the user words' (config_table.c): the terms are read
 * once and kept until the table changes; the table's statement trigger
 * sends a relcache invalidation that every backend applies at its next
 * statement.  The ZhLexicons handed out is
 * one static struct whose user tables are swapped on reload, so an
 * environment that keeps its address always reads the current terms.
 */
#include "zhdoc_pg.h"

#include "access/htup_details.h"
#include "common/hashfn.h"
#include "utils/builtins.h"

#include "config_table.h"
#include "zh_array.h"
#include "dict_cache.h"
#include "zh_lexicon_user.h"

static ZhLexicons lexicons;

typedef struct TermRows
{
	ZhEnv		env;			/* allocates in the loading context */
	ZhUserTerm *terms;
	size_t		n,
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
	zhpg_check(zh_grow(&r->env, &r->terms, &r->cap, r->n + 1, sizeof(ZhUserTerm)),
			   "loading zhdoc.user_terms");
	t = &r->terms[r->n++];
	name = TextDatumGetCString(kind);
	t->kind = zh_lex_kind_of(name, strlen(name));
	t->term = TextDatumGetCString(term);
	t->term_len = strlen(t->term);
	return hash_combine64(hash_bytes_extended((const unsigned char *) name, (int) strlen(name), 3),
						  hash_bytes_extended((const unsigned char *) t->term, (int) t->term_len, 4));
}

/* Read zhdoc.user_terms and build the users' tables in cxt; no rows, none. */
static void *
terms_build(Oid relid, MemoryContext cxt, uint64 *hash)
{
	TermRows	rows = {0};
	ZhUserLexicons *ul = NULL;

	zhpg_env_init_plain(&rows.env, cxt);
	zhpg_config_scan(relid, term_row, &rows, hash);
	if (rows.n > 0)
		zhpg_check(zh_user_lexicons_build(&rows.env, rows.terms, rows.n, &ul),
				   "loading zhdoc.user_terms");
	return ul;
}

static ZhpgConfigCache terms_cache = {"user_terms", terms_build};

void
zhpg_terms_cache_init(void)
{
	zhpg_config_cache_register(&terms_cache);
}

const ZhLexicons *
zhpg_lexicons(void)
{
	ZhUserLexicons *ul = zhpg_config_cache_get(&terms_cache);

	lexicons.shipped = zhpg_dict()->lex;
	lexicons.user = ul ? ul->table : NULL;
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
	return terms_cache.hash;
}
