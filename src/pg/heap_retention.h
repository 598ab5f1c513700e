/*
 * heap_retention.h — the zhdoc.heap_retain setting (see heap_retention.c).
 */
#ifndef ZHPG_HEAP_RETENTION_H
#define ZHPG_HEAP_RETENTION_H

void		zhpg_heap_retention_init(void);

#endif
