/*
 * heap_retention.c — freed memory a backend keeps between analyses
 * (zhdoc.heap_retain).
 *
 * An analysis allocates in proportion to its document (normal form, tokens,
 * entities, growing arrays) and frees as it goes.  glibc gives the free top
 * of the heap back to the kernel as soon as it exceeds 128 kB, and serves
 * blocks over a (moving) threshold with mmap, so the same memory was given
 * back and faulted in again many times per document: measured on the
 * pipeline bench, brk and munmap with their TLB flushes and the page faults
 * after them took more than half of the backend's CPU time, and more the
 * larger the document (zh_articles on 5 MB: 0.85 s, of which 0.07 s work).
 *
 * So in a backend that loads zhdoc the heap is not trimmed while a
 * transaction runs, blocks up to 32 MB come from the heap, and at the end
 * of every transaction whose heap grew past zhdoc.heap_retain, free memory
 * beyond the setting is given back (malloc_trim) — whatever used it, an
 * analysis or a large sort, so a long-lived backend keeps no more than the
 * setting of freed memory.
 * 0 restores the C library's own behaviour.  Elsewhere than glibc the
 * setting does nothing.
 */
#include "zhdoc_pg.h"
#include "heap_retention.h"

#include <limits.h>

#include "access/xact.h"
#include "utils/guc.h"

/* mallopt and malloc_trim are glibc's; mallinfo2 came in glibc 2.33 */
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
#include <malloc.h>
#define HAVE_GLIBC_MALLOC 1
#endif

/* glibc's defaults, restored by zhdoc.heap_retain = 0 */
#define GLIBC_DEFAULT_THRESHOLD (128 * 1024)
/* the largest mmap threshold glibc accepts on 64-bit machines */
#define GLIBC_MAX_MMAP_THRESHOLD (32 * 1024 * 1024)

static int	heap_retain_kb;

#ifdef HAVE_GLIBC_MALLOC
#include <unistd.h>
/* the program break when zhdoc was loaded: the heap's size is measured from it */
static char *heap_base;
#endif

static void
heap_retain_assign(int newval, void *extra)
{
#ifdef HAVE_GLIBC_MALLOC
	/* both are hints: glibc keeps its previous value if it refuses one */
	if (newval == 0)
	{
		(void) mallopt(M_MMAP_THRESHOLD, GLIBC_DEFAULT_THRESHOLD);
		(void) mallopt(M_TRIM_THRESHOLD, GLIBC_DEFAULT_THRESHOLD);
	}
	else
	{
		(void) mallopt(M_MMAP_THRESHOLD, GLIBC_MAX_MMAP_THRESHOLD);
		(void) mallopt(M_TRIM_THRESHOLD, INT_MAX);
	}
#endif
}

/*
 * At the end of a transaction: keep at most the setting.  Reading the
 * program break is a load (glibc caches it), so a backend whose heap is
 * smaller than the setting pays nothing more; only a larger one asks glibc
 * how much of it is free.
 */
static void
heap_trim_at_xact_end(XactEvent event, void *arg)
{
#ifdef HAVE_GLIBC_MALLOC
	size_t		retain;
	char	   *brk_now;

	if (event != XACT_EVENT_COMMIT && event != XACT_EVENT_ABORT &&
		event != XACT_EVENT_PARALLEL_COMMIT && event != XACT_EVENT_PARALLEL_ABORT)
		return;
	if (heap_retain_kb == 0)
		return;
	retain = (size_t) heap_retain_kb * 1024;
	brk_now = (char *) sbrk(0);
	if (heap_base == NULL || brk_now == (char *) -1 || brk_now <= heap_base ||
		(size_t) (brk_now - heap_base) <= retain)
		return;
	if (mallinfo2().fordblks > retain)
		(void) malloc_trim(retain);
#endif
}

void
zhpg_heap_retention_init(void)
{
	DefineCustomIntVariable("zhdoc.heap_retain",
							"Freed memory a backend keeps between analyses instead of returning it to the kernel.",
							"Memory given back and faulted in again for every document costs more than the "
							"analysis on many machines; 0 restores the C library's defaults.",
							&heap_retain_kb,
							64 * 1024, 0, 1024 * 1024,
							PGC_SUSET, GUC_UNIT_KB,
							NULL, heap_retain_assign, NULL);
#ifdef HAVE_GLIBC_MALLOC
	heap_base = (char *) sbrk(0);
#endif
	RegisterXactCallback(heap_trim_at_xact_end, NULL);
}
