/*
 * fuzz_analyze.c — zh_analyze (both segmentation modes) and zh_entities on
 * arbitrary bytes, with the shipped dictionary.
 *
 * Checks: no crash, leak or UB; every token and entity lies within the
 * normal form, and maps to [src_start, src_end) within the input's
 * characters; default-mode tokens tile the normal form in order; entities
 * come sorted by start; strings are valid UTF-8; a refused allocation gives
 * an error and frees everything.
 *
 * The dictionary is taken from $ZHDOC_DICT (default ./zhdoc.dict).
 */
#include "fuzz_common.h"
#include "zh_dict.h"
#include "zh_entities.h"

static ZhDict *dict;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	dict = fuzz_open_dict("fuzz_analyze");
	return 0;
}

static void
check_list(const ZhStrList *l)
{
	FUZZ_CHECK(l->n >= 0 && (l->n == 0 || l->items != NULL), "bad list");
	for (int i = 0; i < l->n; i++)
	{
		FUZZ_CHECK(l->items[i] != NULL, "NULL list item");
		FUZZ_CHECK_STR(l->items[i]);
	}
}

static void
check_analysis(const ZhAnalysis *an, ZhSegMode mode, size_t nchars)
{
	size_t		len = an->norm.text.len;
	uint32_t	next = 0;

	for (size_t i = 0; i < len; i++)
		FUZZ_CHECK(an->norm.text.src[i] < nchars || (nchars == 0 && an->norm.text.src[i] == 0),
				   "normal form character %zu from input character %u of %zu",
				   i, an->norm.text.src[i], nchars);
	for (size_t i = 0; i < an->n; i++)
	{
		const ZhAnalyzedToken *t = &an->tok[i];

		FUZZ_CHECK(t->norm_len > 0, "token %zu is empty", i);
		FUZZ_CHECK((size_t) t->norm_start + t->norm_len <= len,
				   "token %zu [%u, +%u) beyond the normal form (%zu)",
				   i, t->norm_start, t->norm_len, len);
		FUZZ_CHECK(t->src_start <= t->src_end && t->src_end <= nchars,
				   "token %zu: source [%u, %u) outside %zu characters",
				   i, t->src_start, t->src_end, nchars);
		FUZZ_CHECK(t->cls >= 1 && t->cls <= ZH_CLASS_COUNT, "token %zu class %u", i, t->cls);
		if (mode == ZH_SEG_DEFAULT)
		{
			FUZZ_CHECK(t->norm_start == next, "token %zu starts at %u, expected %u",
					   i, t->norm_start, next);
			next = t->norm_start + t->norm_len;
		}
		else if (i > 0)
			FUZZ_CHECK(an->tok[i - 1].norm_start <= t->norm_start,
					   "token %zu out of order", i);
	}
	if (mode == ZH_SEG_DEFAULT)
		FUZZ_CHECK(next == len, "tokens cover %u of %zu characters", next, len);
}

static void
check_entities(const ZhEntities *e, const ZhAnalysis *an, size_t nchars)
{
	size_t		len = an->norm.text.len;

	for (size_t i = 0; i < e->n; i++)
	{
		const ZhEntity *x = &e->ents[i];

		FUZZ_CHECK(x->kind >= ZH_ENT_PERSON && x->kind <= ZH_ENT_ORG, "kind %d", (int) x->kind);
		FUZZ_CHECK(x->start < x->end && x->end <= len,
				   "entity %zu [%u, %u) outside the normal form (%zu)", i, x->start, x->end, len);
		FUZZ_CHECK(x->src_start <= x->src_end && x->src_end <= nchars,
				   "entity %zu: source [%u, %u) outside %zu characters",
				   i, x->src_start, x->src_end, nchars);
		if (i > 0)
			FUZZ_CHECK(e->ents[i - 1].start < x->start ||
					   (e->ents[i - 1].start == x->start && e->ents[i - 1].kind <= x->kind),
					   "entity %zu out of order", i);
	}
	for (size_t i = 0; i < e->nmentions; i++)
	{
		const ZhPersonMention *m = &e->mentions[i];

		FUZZ_CHECK(m->start < m->end && m->end <= len,
				   "mention %zu [%u, %u) outside the normal form (%zu)", i, m->start, m->end, len);
		if (i > 0)
			FUZZ_CHECK(e->mentions[i - 1].start <= m->start, "mention %zu out of order", i);
		check_list(&m->titles);
	}
	for (size_t i = 0; i < e->nofficials; i++)
	{
		const ZhOfficial *o = &e->officials[i];

		FUZZ_CHECK(o->name != NULL, "official %zu without a name", i);
		FUZZ_CHECK_STR(o->name);
		check_list(&o->titles);
		FUZZ_CHECK(o->first_src <= nchars, "official %zu first at %u of %zu",
				   i, o->first_src, nchars);
		FUZZ_CHECK(zh_role_name(o->role) != NULL, "official %zu role %d", i, (int) o->role);
	}
}

/* One full run; returns the status, and counts allocations in *h. */
static ZhStatus
run(const uint8_t *data, size_t size, size_t nchars, size_t fail_at, FuzzHeap *h)
{
	ZhEnv		env = fuzz_env(h, fail_at);
	ZhAnalysis	an,
				an2;
	ZhEntities	ents;
	ZhStatus	st;

	st = zh_analyze(&env, dict, NULL, (const char *) data, size, ZH_SEG_SEARCH, &an2);
	if (st != ZH_OK)
		return st;
	if (!fail_at)
		check_analysis(&an2, ZH_SEG_SEARCH, nchars);
	zh_analysis_free(&env, &an2);

	st = zh_analyze(&env, dict, NULL, (const char *) data, size, ZH_SEG_DEFAULT, &an);
	if (st != ZH_OK)
		return st;
	if (!fail_at)
		check_analysis(&an, ZH_SEG_DEFAULT, nchars);
	memset(&ents, 0, sizeof(ents));
	st = zh_entities(&env, dict, &an, &ents);
	if (st == ZH_OK)
	{
		if (!fail_at)
			check_entities(&ents, &an, nchars);
		zh_entities_free(&env, &ents);
	}
	zh_analysis_free(&env, &an);
	return st;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzHeap	h;
	ZhStatus	st;
	size_t		nchars = fuzz_char_count(data, size);

	st = run(data, size, nchars, 0, &h);
	FUZZ_CHECK(st == ZH_OK, "status %d", (int) st);
	FUZZ_CHECK_NO_LEAK(&h, "clean run");

	st = run(data, size, nchars, fuzz_fail_point(data, size, h.count), &h);
	FUZZ_CHECK_FAILED_RUN(&h, st);
	return 0;
}
