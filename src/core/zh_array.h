/*
 * zh_array.h — growable arrays over the ZhEnv allocator.
 *
 * The core appends to arrays whose final length it cannot know in advance
 * (tokens, lines, dates, subwords, code points).  The allocator has no
 * realloc (palloc's repalloc is not part of ZhEnv), so growing is allocate,
 * copy, free; this is the one place that does it.
 */
#ifndef ZH_ARRAY_H
#define ZH_ARRAY_H

#include <stdint.h>
#include <string.h>

#include "zh_env.h"

/* Capacity of an array's first block. */
#define ZH_GROW_FIRST 16

/*
 * Make room for `need` elements of `elem` bytes.  `arrp` is the address of
 * the caller's array pointer (a T ** for an array of T), which has room for
 * *cap elements.  The capacity doubles, so that appending stays linear
 * overall; the elements are kept and the old block freed.  On failure the
 * array and *cap are left as they were.
 */
static inline ZhStatus
zh_grow(const ZhEnv *env, void *arrp, size_t *cap, size_t need, size_t elem)
{
	void	   *old;
	void	   *grown;
	size_t		ncap;

	if (need <= *cap)
		return ZH_OK;
	ncap = *cap ? *cap : ZH_GROW_FIRST;
	while (ncap < need)
		ncap *= 2;
	if (ncap > SIZE_MAX / elem)
		return ZH_ERR_TOO_LARGE;
	grown = zh_alloc(env, ncap * elem);
	if (!grown)
		return ZH_ERR_NOMEM;
	/* through memcpy: the caller's pointer is a T *, not a void * */
	memcpy(&old, arrp, sizeof(old));
	if (*cap)
		memcpy(grown, old, *cap * elem);
	zh_free(env, old);
	memcpy(arrp, &grown, sizeof(grown));
	*cap = ncap;
	return ZH_OK;
}

#endif
