/*
 * citus_placement.h — the local copy of a Citus reference table.
 */
#ifndef ZHPG_CITUS_PLACEMENT_H
#define ZHPG_CITUS_PLACEMENT_H

#include "postgres.h"

/*
 * The relation that holds this node's rows of `relid`: its shard when
 * `relid` is a Citus reference table with a placement here, else `relid`.
 */
Oid			zhpg_local_placement(Oid relid);

#endif
