#!/usr/bin/env bash
# Benchmark: derivation throughput on one node against a Citus coordinator
# and two workers on this machine (not part of the test command).  The same
# DOCS generated documents (test/bench/documents.sql, default 4,000) are
# loaded in batch mode and derived by CALL zhdoc.rederive(1000):
#   - one node: zhdoc.set_derivation_mode('batch'), load, rederive;
#   - Citus: zhdoc.distribute(SHARDS, default 8), load, rederive;
# and, for reference, one node in trigger mode (derived by the INSERT).
# Prints documents/s and MB/s of each derivation.  Needs the vendored Citus
# source (test/citus/cluster.sh builds it once).
# Usage: bash test/bench/citus.sh [DOCS] [SHARDS]
source "$(dirname "$0")/../lib.sh"
source "$ZH_ROOT/test/citus/cluster.sh"
source "$ZH_ROOT/test/citus/load.sh"
export ZH_CITUS_DOCS="${1:-4000}"
SHARDS="${2:-8}"
zh_bench_start
zh_citus_available
zh_citus_start

# rate LABEL PSQL...: time CALL zhdoc.rederive(1000) and print the rate
rate() {
	local label="$1" t0 t1
	shift
	t0=$(date +%s.%N)
	"$@" -c "CALL zhdoc.rederive(1000)" >/dev/null 2>&1
	t1=$(date +%s.%N)
	"$@" -At -v label="$label" -v secs="$(echo "$t1 - $t0" | bc)" <<'SQL'
SELECT format('%-38s %6s documents %6s MB %7s s %7s docs/s %6s MB/s', :'label', count(*),
              round(sum(octet_length(body)) / 1048576.0, 1), round(:secs, 1),
              round(count(*) / :secs, 1), round(sum(octet_length(body)) / 1048576.0 / :secs, 2))
FROM zhdoc.documents WHERE derived_with IS NOT NULL;
SQL
}

zh_psql -c "CREATE EXTENSION zhdoc" -c "SELECT zhdoc.set_derivation_mode('batch')" >/dev/null
zh_citus_load zh_psql
rate "one node, batch (rederive)" zh_psql

zh_citus_psql 0 -c "CREATE EXTENSION zhdoc" -c "SELECT zhdoc.distribute($SHARDS)" >/dev/null
zh_citus_load zh_citus_psql 0
rate "Citus coordinator + 2 workers ($SHARDS shards)" zh_citus_psql 0

zh_psql -c "DROP EXTENSION zhdoc" -c "CREATE EXTENSION zhdoc" >/dev/null
t0=$(date +%s.%N)
zh_citus_load zh_psql
t1=$(date +%s.%N)
echo "one node, trigger mode (load and derive): $(echo "$t1 - $t0" | bc) s"
