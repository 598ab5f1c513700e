/*
 * zh_bsearch.h — lower bound over sorted arrays.
 *
 * Articles, dates, entities and spans are kept sorted by an offset, and the
 * analyses look them up by position many times per document; a linear scan
 * would make those look-ups quadratic.
 */
#ifndef ZH_BSEARCH_H
#define ZH_BSEARCH_H

#include <stddef.h>

/*
 * Set `result` to the first index i in [0, n) whose key `key_of_i` (an
 * expression of i) is not less than `key`, or n.  A macro, so that one
 * definition serves arrays of every element type without a callback.
 */
#define ZH_LOWER_BOUND(n, key_of_i, key, result) \
	do { \
		size_t		lo_ = 0, \
					hi_ = (n); \
		while (lo_ < hi_) \
		{ \
			size_t		i = lo_ + (hi_ - lo_) / 2; \
			if ((key_of_i) < (key)) \
				lo_ = i + 1; \
			else \
				hi_ = i; \
		} \
		(result) = lo_; \
	} while (0)

#endif
