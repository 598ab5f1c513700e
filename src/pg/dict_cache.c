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
 * config_table.c holds the cache and the two rules that keep it from
 * staying stale for ever (valid before reading; the latest snapshot).
 *
 * zhdoc.user_terms, the users' additions to the word lists, is cached the
 * same way by terms_cache.c.
 */
#include "zhdoc_pg.h"

#include "access/htup_details.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/rel.h"

#include "config_table.h"
#include "zh_array.h"
#include "dict_cache.h"

static ZhDict *dict;

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

/* The rows read so far, copied into the loading context. */
typedef struct WordRows
{
	ZhEnv		env;			/* allocates in the loading context */
	ZhUserWord *words;
	size_t		n,
				cap;
	AttrNumber	a_word,
				a_freq,
				a_pos;
} WordRows;

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

static uint64
word_row(void *arg, HeapTuple tup, TupleDesc td)
{
	WordRows   *r = arg;
	ZhUserWord *w;
	bool		isnull;
	Datum		v;

	if (r->a_word == InvalidAttrNumber)
	{
		r->a_word = zhpg_config_attnum(td, "word");
		r->a_freq = zhpg_config_attnum(td, "freq");
		r->a_pos = zhpg_config_attnum(td, "pos");
	}
	v = heap_getattr(tup, r->a_word, td, &isnull);
	if (isnull)
		return 0;
	zhpg_check(zh_grow(&r->env, &r->words, &r->cap, r->n + 1, sizeof(ZhUserWord)),
			   "loading zhdoc.user_words");
	w = &r->words[r->n++];
	memset(w, 0, sizeof(ZhUserWord));
	w->word = TextDatumGetCString(v);
	w->word_len = strlen(w->word);
	v = heap_getattr(tup, r->a_freq, td, &isnull);
	w->freq = isnull ? 0 : (double) DatumGetInt32(v);
	v = heap_getattr(tup, r->a_pos, td, &isnull);
	w->pos = isnull ? NULL : TextDatumGetCString(v);
	return row_hash(w);
}

/* Read zhdoc.user_words and build the overlay in cxt; no rows, no overlay. */
static void *
userdict_build(Oid relid, MemoryContext cxt, uint64 *hash)
{
	WordRows	rows = {0};
	ZhUserDict *ud = NULL;

	zhpg_env_init_plain(&rows.env, cxt);
	zhpg_config_scan(relid, word_row, &rows, hash);
	if (rows.n > 0)
		zhpg_check(zh_userdict_build(&rows.env, zhpg_dict(), rows.words, rows.n, &ud),
				   "loading zhdoc.user_words");
	return ud;
}

static ZhpgConfigCache words_cache = {"user_words", userdict_build};

void
zhpg_dict_cache_init(void)
{
	zhpg_config_cache_register(&words_cache);
}

const ZhUserDict *
zhpg_userdict(void)
{
	return zhpg_config_cache_get(&words_cache);
}

PG_FUNCTION_INFO_V1(zhdoc_user_words_changed);

/*
 * Statement trigger on zhdoc.user_words and zhdoc.user_terms: tell every
 * backend to reload the table that fired it.  The invalidation is sent when
 * the transaction commits, and applied by this backend at its next command.
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

uint64
zhpg_analysis_state(void)
{
	(void) zhpg_userdict();
	return hash_combine64(hash_combine64(zh_dict_identity(zhpg_dict()), words_cache.hash),
						  zhpg_user_terms_hash());
}

PG_FUNCTION_INFO_V1(zhdoc_analysis_version);

/*
 * The state of everything an analysis depends on that can change after
 * installation: the compiled dictionary (words and word lists), the user
 * words and the user terms.  The documents pipeline stores it with each
 * document, so that documents analysed with another state can be found and
 * derived again.
 */
Datum
zhdoc_analysis_version(PG_FUNCTION_ARGS)
{
	char		buf[64];

	/* loads the words if need be; no table here leaves the hash 0 */
	(void) zhpg_userdict();
	snprintf(buf, sizeof(buf), "%016llx-%016llx-%016llx",
			 (unsigned long long) zh_dict_identity(zhpg_dict()),
			 (unsigned long long) words_cache.hash,
			 (unsigned long long) zhpg_user_terms_hash());
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}
