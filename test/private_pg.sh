#!/usr/bin/env bash
# test/private_pg.sh DIR — a private copy of the system's PostgreSQL 15 in DIR,
# so that several work trees can build, install and test at once without
# installing into the system's PostgreSQL.  PostgreSQL finds its share and
# library directories relative to its binaries, so the copy is complete.
# Prints the line to use it:  export ZH_PG_BINDIR=DIR/usr/lib/postgresql/15/bin
set -euo pipefail
dir="${1:?usage: test/private_pg.sh DIR}"
major="${ZH_PG_MAJOR:-15}"
mkdir -p "$dir/usr/lib/postgresql" "$dir/usr/share/postgresql" "$dir/usr/include"
cp -a "/usr/lib/postgresql/$major" "$dir/usr/lib/postgresql/"
cp -a "/usr/share/postgresql/$major" "$dir/usr/share/postgresql/"
[ -e "$dir/usr/include/postgresql" ] || ln -s /usr/include/postgresql "$dir/usr/include/postgresql"
chmod -R a+rX "$dir"
echo "export ZH_PG_BINDIR=$dir/usr/lib/postgresql/$major/bin"
