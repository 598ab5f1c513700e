/*
 * derive_stash.c — the derived rows of a document, computed where its row
 * is written and kept until the derivation at the end of the statement.
 *
 * The documents pipeline analyses a document where the BEFORE trigger
 * computes body_tsv, and derives its articles, mentions, meetings and
 * officials set-based after the statement.  Done separately, each step
 * normalised and segmented the body: a third of the derivation's time.  So
 * the BEFORE trigger's one analysis gives both the words and the derived
 * rows, and the rows wait here, keyed by the document's id, until the
 * derivation asks for them.
 *
 * A kept entry is used only for exactly what it was computed from: the
 * same id, the same body (compared byte for byte), the same anchor date
 * and the same analysis state (dictionary, user words, user terms); the
 * derivation analyses anything else afresh, so what the stash holds can
 * make the pipeline faster, never different.  Entries live in a context
 * under the transaction's, so an aborted transaction leaves nothing
 * behind; an entry of an aborted subtransaction is never asked for, or if
 * its id comes again with the same body it is still right.  The stash
 * holds at most zhdoc.derive_stash of memory (a superuser's setting, as
 * zhdoc.heap_retain: a role could otherwise make its backend hold a
 * gigabyte); past it, documents are analysed again at derivation.  The
 * default, 32 MB, holds the rows of about 3,000 newspaper articles of 3 kB
 * (11 kB each with the body kept for the comparison): a day's batch, not a whole
 * archive in one statement, whose later documents are analysed twice as
 * before rather than the backend growing with the archive.
 */
#include "derive_stash.h"

#include "access/xact.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"

typedef struct StashEntry
{
	int64		id;				/* hash key */
	char	   *body;
	int			len;
	bool		has_anchor;
	int32		anchor;
	uint64		state;
	List	   *rows;
} StashEntry;

static int	stash_limit_kb;
static MemoryContext stash_cxt;
static HTAB *stash;

/* The transaction's context going away takes the stash with it. */
static void
stash_forget(void *arg)
{
	stash_cxt = NULL;
	stash = NULL;
}

static bool
stash_open(void)
{
	HASHCTL		ctl;
	MemoryContextCallback *cb;

	if (stash)
		return true;
	if (stash_limit_kb == 0 || !IsTransactionState())
		return false;
	/*
	 * Rows are kept in the order documents are written and taken in about
	 * that order: a generation context packs them without rounding each up
	 * to a power of two, and gives a block back once all of it is taken.
	 */
	stash_cxt = GenerationContextCreate(TopTransactionContext, "zhdoc derive stash",
										ALLOCSET_DEFAULT_SIZES);
	cb = MemoryContextAlloc(stash_cxt, sizeof(MemoryContextCallback));
	cb->func = stash_forget;
	cb->arg = NULL;
	MemoryContextRegisterResetCallback(stash_cxt, cb);
	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(int64);
	ctl.entrysize = sizeof(StashEntry);
	ctl.hcxt = stash_cxt;
	stash = hash_create("zhdoc derive stash", 256, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	return true;
}

MemoryContext
zhpg_stash_context(Size expected)
{
	if (!stash_open())
		return NULL;
	if (MemoryContextMemAllocated(stash_cxt, true) + expected > (Size) stash_limit_kb * 1024)
		return NULL;
	return stash_cxt;
}

void
zhpg_stash_put(const ZhpgStashKey *key, List *rows)
{
	StashEntry *e;
	bool		found;

	if (!stash_open())
		return;
	e = hash_search(stash, &key->id, HASH_ENTER, &found);
	if (found)
	{
		/* the document written again in this transaction: the older rows go */
		list_free_deep(e->rows);
		pfree(e->body);
	}
	e->body = MemoryContextAlloc(stash_cxt, key->len > 0 ? key->len : 1);
	memcpy(e->body, key->body, key->len);
	e->len = key->len;
	e->has_anchor = key->has_anchor;
	e->anchor = key->anchor;
	e->state = key->state;
	e->rows = rows;
}

List *
zhpg_stash_take(const ZhpgStashKey *key, bool *found)
{
	StashEntry *e;
	List	   *rows;
	bool		same;

	*found = false;
	if (!stash)
		return NIL;
	e = hash_search(stash, &key->id, HASH_FIND, NULL);
	if (!e)
		return NIL;
	same = e->len == key->len && e->has_anchor == key->has_anchor &&
		(!key->has_anchor || e->anchor == key->anchor) && e->state == key->state &&
		memcmp(e->body, key->body, key->len) == 0;
	rows = e->rows;
	pfree(e->body);
	(void) hash_search(stash, &key->id, HASH_REMOVE, NULL);
	if (!same)
	{
		list_free_deep(rows);
		return NIL;
	}
	*found = true;
	return rows;
}

void
zhpg_derive_stash_init(void)
{
	DefineCustomIntVariable("zhdoc.derive_stash",
							"Memory for the derived rows of documents written but not yet derived.",
							"The documents pipeline analyses each document once, where its row is written, "
							"and keeps the derived rows until the end of the statement; past this much, "
							"documents are analysed again at derivation. 0 analyses every document twice.",
							&stash_limit_kb,
							32 * 1024, 0, 1024 * 1024,
							PGC_SUSET, GUC_UNIT_KB,
							NULL, NULL, NULL);
}
