# test/eval/lib.sh — shared by the evaluations: a database with zhdoc in the
# cluster the test command started (PGHOST/PGPORT/PGUSER come from it).
set -euo pipefail
EVAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ZH_ROOT="$(cd "$EVAL_DIR/../.." && pwd)"
SHARED="${ZH_SHARED:-$ZH_ROOT/../shared}"
export PGDATABASE=zhdoc_eval

eval_db() {
	if ! psql -X -q -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'zhdoc_eval'" | grep -q 1; then
		psql -X -q -d postgres -c "CREATE DATABASE zhdoc_eval ENCODING 'UTF8' TEMPLATE template0"
		psql -X -q -c "CREATE EXTENSION zhdoc"
	fi
}
