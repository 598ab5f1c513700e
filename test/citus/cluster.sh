# test/citus/cluster.sh — a throwaway Citus cluster: a coordinator and two
# workers on local TCP ports, each its own PostgreSQL cluster.  Sourced after
# test/lib.sh, by the Citus test and the Citus benchmark.  Provides:
#   zh_citus_available  exits 77 (skipped) when the vendored Citus source is
#                       absent; builds and installs Citus once otherwise
#   zh_citus_start      initdb and start the three nodes (as postgres when
#                       root), stopped and removed when the script exits
#   zh_citus_psql N     psql on node N (0 coordinator, 1 and 2 workers)
#   zh_citus_crash N    stop node N at once, connections cut (a worker's crash)
#   zh_citus_restart N  start node N again
# Ports: ZH_CITUS_PORT (default ZH_PORT + 1) and the two after it.

ZH_CITUS_VENDOR="${ZH_CITUS_VENDOR:-$ZH_ROOT/../shared/vendor}"
ZH_CITUS_PORT="${ZH_CITUS_PORT:-$((ZH_PORT + 1))}"

zh_citus_available() {
	if [ ! -f "$ZH_CITUS_VENDOR/citus-13.2.2.tar.gz" ] || [ ! -f "$ZH_CITUS_VENDOR/build-citus.sh" ]; then
		echo "skipped: no vendored Citus source in $ZH_CITUS_VENDOR (citus-13.2.2.tar.gz, build-citus.sh)" >&2
		exit 77
	fi
	if [ ! -f "$("$PG_CONFIG" --pkglibdir)/citus.so" ]; then
		zh_log "building Citus 13.2.2 into $("$PG_CONFIG" --pkglibdir) (once per machine)"
		zh_as_root bash "$ZH_CITUS_VENDOR/build-citus.sh" "$PG_CONFIG"
	fi
}

zh_citus_port() { echo $((ZH_CITUS_PORT + $1)); }

zh_citus_stop() {
	if [ -n "${ZH_CITUS_DIR:-}" ] && [ -d "$ZH_CITUS_DIR" ]; then
		for n in 0 1 2; do
			[ -d "$ZH_CITUS_DIR/node$n" ] &&
				zh_as_owner pg_ctl -D "$ZH_CITUS_DIR/node$n" -m immediate stop >/dev/null 2>&1 || true
		done
		rm -rf "$ZH_CITUS_DIR"
	fi
}

zh_citus_start() {
	ZH_CITUS_DIR="$(mktemp -d /tmp/zhdoc-citus.XXXXXX)"
	trap 'zh_citus_stop; zh_cluster_stop' EXIT
	chmod 755 "$ZH_CITUS_DIR"
	if [ "$(id -u)" = 0 ]; then
		id postgres >/dev/null 2>&1 || useradd --system --create-home postgres
		chown postgres "$ZH_CITUS_DIR"
	fi
	zh_log "starting a Citus coordinator and two workers on ports $(zh_citus_port 0)-$(zh_citus_port 2)"
	for n in 0 1 2; do
		zh_as_owner initdb -D "$ZH_CITUS_DIR/node$n" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
			>"$ZH_CITUS_DIR/initdb$n.log" 2>&1 || { cat "$ZH_CITUS_DIR/initdb$n.log" >&2; return 1; }
		# in the configuration file, so that a restart (zh_citus_restart) keeps it
		zh_as_owner tee -a "$ZH_CITUS_DIR/node$n/postgresql.conf" >/dev/null <<CONF
listen_addresses = 'localhost'
unix_socket_directories = '$ZH_CITUS_DIR'
port = $(zh_citus_port $n)
shared_preload_libraries = 'citus'
fsync = off
shared_buffers = 128MB
max_wal_size = 4GB
CONF
		zh_citus_restart "$n" || { cat "$ZH_CITUS_DIR/server$n.log" >&2; return 1; }
		zh_citus_psql "$n" -c "CREATE EXTENSION citus"
	done
	zh_citus_psql 0 <<SQL
SELECT citus_set_coordinator_host('localhost', $(zh_citus_port 0));
SELECT citus_add_node('localhost', $(zh_citus_port 1));
SELECT citus_add_node('localhost', $(zh_citus_port 2));
SQL
}

zh_citus_psql() {
	local n="$1"
	shift
	psql -X -v ON_ERROR_STOP=1 -q -h "$ZH_CITUS_DIR" -p "$(zh_citus_port "$n")" -U postgres -d postgres "$@"
}

zh_citus_crash() {
	zh_as_owner pg_ctl -D "$ZH_CITUS_DIR/node$1" -m immediate stop >/dev/null
}

zh_citus_restart() {
	zh_as_owner pg_ctl -D "$ZH_CITUS_DIR/node$1" -l "$ZH_CITUS_DIR/server$1.log" -w start >/dev/null
}
