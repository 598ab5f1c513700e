/*
 * fuzz_anchor.h — anchor days for the targets that resolve relative dates.
 *
 * The anchor is a day number since 2000-01-01 (a DateADT): the glue passes
 * whatever date the user gave, including -infinity/infinity (INT32_MIN/MAX)
 * and dates far outside the years 1..9999 the core reports.  The last byte
 * of the input picks one of the extremes below, or the last four bytes as a
 * raw int32, so that the fuzzer can steer it without disturbing the text.
 */
#ifndef ZH_FUZZ_ANCHOR_H
#define ZH_FUZZ_ANCHOR_H

#include <stdint.h>
#include <string.h>

static const int32_t fuzz_anchors[] = {
	0,							/* 2000-01-01 */
	8910,						/* 2024-05-24 */
	-1,
	INT32_MIN,					/* -infinity */
	INT32_MIN + 1,
	INT32_MAX,					/* infinity */
	INT32_MAX - 1,
	-730119,					/* 0001-01-01 */
	-730120,					/* the day before */
	2921939,					/* 9999-12-31 */
	2921940,					/* 10000-01-01 */
	-2451545,					/* PostgreSQL's earliest date, 4714-11-24 BC */
	2145031948,					/* PostgreSQL's latest date, 5874897-12-31 */
};

#define FUZZ_N_ANCHORS ((int) (sizeof(fuzz_anchors) / sizeof(fuzz_anchors[0])))

static inline int32_t
fuzz_anchor(const uint8_t *data, size_t size)
{
	int			k;
	uint32_t	raw = 0;

	if (size == 0)
		return 0;
	k = data[size - 1] % 16;
	if (k < FUZZ_N_ANCHORS || size < 4)
		return fuzz_anchors[k % FUZZ_N_ANCHORS];
	memcpy(&raw, data + size - 4, 4);
	return (int32_t) raw;
}

#endif
