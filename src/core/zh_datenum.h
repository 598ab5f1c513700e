/*
 * zh_datenum.h — reading the numbers that dates are written with.
 *
 * Arabic digit runs (2023, 05) and Chinese numerals, both digit by digit
 * (二〇二三, 一九九八) and positional (二十四, 十二, 两千零二十三).  Readers look
 * at a bounded number of characters; a longer run is reported by its length
 * only, so that the scanner can step over it whole (a 10 MB run of digits
 * costs one pass, not one per digit).
 */
#ifndef ZH_DATENUM_H
#define ZH_DATENUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zh_numeral.h"

/* Longest numeral read for its value, in characters. */
#define ZH_DATENUM_MAX 8

typedef struct ZhDateNum
{
	int64_t		value;			/* -1 when the run is too long or malformed */
	size_t		len;			/* characters in the run (bounded, see above) */
	bool		chinese;		/* written with Chinese numerals */
	bool		positional;		/* Chinese with 十/百/千 (二十四), not digit by digit */
} ZhDateNum;

/*
 * Read the number at cp[i] (Arabic or Chinese), at most `limit` characters
 * past i being examined for the run length.  False if cp[i] starts none.
 */
bool		zh_datenum_read(const uint32_t *cp, size_t n, size_t i, size_t limit,
							ZhDateNum *out);

#endif
