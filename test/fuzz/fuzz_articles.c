/*
 * fuzz_articles.c — zh_articles on arbitrary bytes.
 *
 * Checks: no crash, leak or UB; every article's [src_start, src_end) lies
 * within the input's characters, articles come in page order and are
 * numbered 1, 2, …; every string is valid UTF-8; a refused allocation gives
 * an error and frees everything.
 */
#include "fuzz_common.h"
#include "zh_articles.h"

static void
check_list(const ZhStrList *l)
{
	FUZZ_CHECK(l->n >= 0, "negative list length");
	FUZZ_CHECK(l->n == 0 || l->items != NULL, "list without items");
	for (int i = 0; i < l->n; i++)
	{
		FUZZ_CHECK(l->items[i] != NULL, "NULL list item");
		FUZZ_CHECK_STR(l->items[i]);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzHeap	h;
	ZhEnv		env = fuzz_env(&h, 0);
	ZhStatus	st;
	ZhArticle  *arts = NULL;
	size_t		n = 0,
				count,
				nchars = fuzz_char_count(data, size);

	st = zh_articles(&env, (const char *) data, size, &arts, &n);
	FUZZ_CHECK(st == ZH_OK, "status %d", (int) st);
	for (size_t i = 0; i < n; i++)
	{
		const ZhArticle *a = &arts[i];

		FUZZ_CHECK(a->no == (int) i + 1, "article %zu numbered %d", i, a->no);
		FUZZ_CHECK(a->src_start <= a->src_end && a->src_end <= nchars,
				   "article %d: [%u, %u) outside %zu characters",
				   a->no, a->src_start, a->src_end, nchars);
		if (i > 0)
			FUZZ_CHECK(arts[i - 1].src_start <= a->src_start,
					   "article %d starts at %u before article %d at %u",
					   a->no, a->src_start, arts[i - 1].no, arts[i - 1].src_start);
		FUZZ_CHECK(a->body != NULL, "article %d has no body", a->no);
		FUZZ_CHECK_STR(a->headline);
		FUZZ_CHECK_STR(a->byline);
		FUZZ_CHECK_STR(a->body);
		FUZZ_CHECK_STR(a->section);
		FUZZ_CHECK_STR(a->caption);
		FUZZ_CHECK_STR(a->author_org);
		check_list(&a->reporters);
		check_list(&a->photographers);
	}
	zh_articles_free(&env, arts, n);
	FUZZ_CHECK_NO_LEAK(&h, "clean run");
	count = h.count;

	env = fuzz_env(&h, fuzz_fail_point(data, size, count));
	st = zh_articles(&env, (const char *) data, size, &arts, &n);
	if (st == ZH_OK)
		zh_articles_free(&env, arts, n);
	else
		FUZZ_CHECK(arts == NULL && n == 0, "output left set after an error");
	FUZZ_CHECK_FAILED_RUN(&h, st);
	return 0;
}
