/*
 * zhdoc.c — the module: its magic block and start-up.
 */
#include "zhdoc_pg.h"
#include "dict_cache.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * Nothing is loaded eagerly: the dictionary is mapped on first use, so that
 * sessions that never segment pay nothing.
 */
void
_PG_init(void)
{
	zhpg_dict_cache_init();
}
