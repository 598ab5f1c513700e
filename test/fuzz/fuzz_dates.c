/*
 * fuzz_dates.c — zh_dates on arbitrary bytes, without an anchor and with one
 * (extremes included, see fuzz_anchor.h).
 *
 * Checks: no crash, leak or UB; each row's [src_start, src_end) lies within
 * the input's characters, rows come in text order; spans are non-empty and
 * within the reportable years 1..9999; grain, part of day and clock are in
 * range; surfaces are valid UTF-8; a refused allocation gives an error and
 * frees everything.
 */
#include "fuzz_common.h"
#include "fuzz_anchor.h"
#include "zh_calendar.h"
#include "zh_dates.h"

static void
check_rows(const ZhDate *d, size_t n, size_t nchars)
{
	const int64_t day_min = zh_days_from_ymd(ZH_YEAR_MIN, 1, 1);
	const int64_t day_end = zh_days_from_ymd(ZH_YEAR_MAX + 1, 1, 1);

	for (size_t i = 0; i < n; i++)
	{
		const ZhDate *r = &d[i];

		FUZZ_CHECK(r->src_start < r->src_end && r->src_end <= nchars,
				   "row %zu: [%u, %u) outside %zu characters",
				   i, r->src_start, r->src_end, nchars);
		if (i > 0)
			FUZZ_CHECK(d[i - 1].src_start <= r->src_start, "row %zu out of text order", i);
		FUZZ_CHECK(r->surface != NULL, "row %zu has no surface", i);
		FUZZ_CHECK_STR(r->surface);
		if (r->has_span)
			FUZZ_CHECK(r->lo < r->hi && r->lo >= day_min && r->hi <= day_end,
					   "row %zu: span [%d, %d) empty or outside years 1..9999", i, r->lo, r->hi);
		FUZZ_CHECK(zh_grain_name(r->grain) != NULL, "row %zu: grain %d", i, r->grain);
		FUZZ_CHECK(r->part_of_day == 0 || zh_pod_name(r->part_of_day) != NULL,
				   "row %zu: part of day %d", i, r->part_of_day);
		if (r->has_clock)
			FUZZ_CHECK(r->clock_sec >= 0 && r->clock_sec <= 86400,
					   "row %zu: clock %d", i, r->clock_sec);
	}
}

static ZhStatus
run(const uint8_t *data, size_t size, bool has_anchor, int32_t anchor,
	size_t nchars, size_t fail_at, FuzzHeap *h)
{
	ZhEnv		env = fuzz_env(h, fail_at);
	ZhDate	   *d = NULL;
	size_t		n = 0;
	ZhStatus	st;

	st = zh_dates(&env, (const char *) data, size, has_anchor, anchor, &d, &n);
	if (st != ZH_OK)
	{
		FUZZ_CHECK(d == NULL && n == 0, "output left set after an error");
		return st;
	}
	if (!fail_at)
		check_rows(d, n, nchars);
	zh_dates_free(&env, d, n);
	return st;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzHeap	h;
	ZhStatus	st;
	size_t		nchars = fuzz_char_count(data, size);
	int32_t		anchor = fuzz_anchor(data, size);
	size_t		count;

	st = run(data, size, false, 0, nchars, 0, &h);
	FUZZ_CHECK(st == ZH_OK, "status %d", (int) st);
	FUZZ_CHECK_NO_LEAK(&h, "clean run");

	st = run(data, size, true, anchor, nchars, 0, &h);
	FUZZ_CHECK(st == ZH_OK, "status %d (anchor %d)", (int) st, anchor);
	FUZZ_CHECK_NO_LEAK(&h, "anchor %d", anchor);
	count = h.count;

	st = run(data, size, true, anchor, nchars, fuzz_fail_point(data, size, count), &h);
	FUZZ_CHECK_FAILED_RUN(&h, st);
	return 0;
}
