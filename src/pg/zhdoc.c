/*
 * zhdoc.c — the module: its magic block and start-up.
 */
#include "zhdoc_pg.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* Settings arrive with later features; nothing is loaded eagerly. */
void
_PG_init(void)
{
}
