/*
 * fuzz_meetings.c — zh_meetings on arbitrary bytes, without an anchor and
 * with one (see fuzz_anchor.h), with the shipped dictionary
 * ($ZHDOC_DICT, default ./zhdoc.dict).
 *
 * Checks: no crash, leak or UB; article numbers are positive; strings are
 * valid UTF-8; a refused allocation gives an error and frees everything.
 */
#include "fuzz_common.h"
#include "fuzz_anchor.h"
#include "zh_dates.h"
#include "zh_dict.h"
#include "zh_meetings.h"

static ZhDict *dict;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	dict = fuzz_open_dict("fuzz_meetings");
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

static ZhStatus
run(const uint8_t *data, size_t size, bool has_anchor, int32_t anchor,
	size_t fail_at, FuzzHeap *h)
{
	ZhEnv		env = fuzz_env(h, fail_at);
	ZhMeeting  *m = NULL;
	size_t		n = 0;
	ZhStatus	st;

	st = zh_meetings(&env, dict, NULL, (const char *) data, size, has_anchor, anchor, &m, &n);
	if (st != ZH_OK)
	{
		FUZZ_CHECK(m == NULL && n == 0, "output left set after an error");
		return st;
	}
	for (size_t i = 0; i < n && !fail_at; i++)
	{
		FUZZ_CHECK(m[i].article_no >= 1, "meeting %zu in article %d", i, m[i].article_no);
		FUZZ_CHECK(m[i].seq >= 0, "meeting %zu number %d", i, m[i].seq);
		FUZZ_CHECK_STR(m[i].organ);
		FUZZ_CHECK_STR(m[i].name);
		FUZZ_CHECK_STR(m[i].chair);
		FUZZ_CHECK(m[i].part_of_day == 0 || zh_pod_name(m[i].part_of_day) != NULL,
				   "meeting %zu part of day %d", i, m[i].part_of_day);
		check_list(&m[i].chair_titles);
		check_list(&m[i].attendees);
		check_list(&m[i].agenda);
	}
	zh_meetings_free(&env, m, n);
	return st;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzHeap	h;
	ZhStatus	st;
	int32_t		anchor = fuzz_anchor(data, size);

	st = run(data, size, false, 0, 0, &h);
	FUZZ_CHECK(st == ZH_OK, "status %d", (int) st);
	FUZZ_CHECK_NO_LEAK(&h, "clean run");

	st = run(data, size, true, anchor, 0, &h);
	FUZZ_CHECK(st == ZH_OK, "status %d (anchor %d)", (int) st, anchor);
	FUZZ_CHECK_NO_LEAK(&h, "anchor %d", anchor);

	st = run(data, size, true, anchor, fuzz_fail_point(data, size, h.count), &h);
	FUZZ_CHECK_FAILED_RUN(&h, st);
	return 0;
}
