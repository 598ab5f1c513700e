# test/lib.sh — shared by the demo, the test command and the benchmarks.
#
# Sourced, not run.  Provides:
#   zh_deps           install what the build needs (apt-get), if missing
#   zh_build_install  build (warnings as errors) and install into PostgreSQL
#   zh_cluster_start  a throwaway cluster of our own (socket only, no TCP),
#                     stopped and removed when the calling script exits
#   zh_psql           psql connected to that cluster
#
# PostgreSQL refuses to run as root, so as root the cluster runs as the
# `postgres` user; as anyone else, as that user.  The cluster listens on a
# Unix socket in its own directory, so it never collides with a server
# already running on this machine.

set -euo pipefail

ZH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ZH_PG_MAJOR="${ZH_PG_MAJOR:-15}"
# The PostgreSQL to build against and run; point it at a private copy of the
# installation (see test/private_pg.sh) to test without touching the system's.
ZH_PG_BINDIR="${ZH_PG_BINDIR:-/usr/lib/postgresql/$ZH_PG_MAJOR/bin}"
ZH_PORT="${ZH_PORT:-54329}"

zh_log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

zh_as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# What the build and tests need from Debian, by the file that proves it is there.
zh_deps() {
	local missing=()
	[ -x "/usr/lib/postgresql/$ZH_PG_MAJOR/bin/postgres" ] || missing+=("postgresql-$ZH_PG_MAJOR")
	[ -f "/usr/include/postgresql/$ZH_PG_MAJOR/server/postgres.h" ] || missing+=("postgresql-server-dev-$ZH_PG_MAJOR")
	pkg-config --exists icu-uc icu-i18n 2>/dev/null || missing+=(libicu-dev pkg-config)
	[ -f /usr/lib/python3/dist-packages/jieba/dict.txt ] || missing+=(python3-jieba)
	command -v opencc_dict >/dev/null || missing+=(opencc)
	[ -f /usr/share/opencc/TSPhrases.ocd2 ] || missing+=(libopencc-data)
	command -v python3 >/dev/null || missing+=(python3)
	command -v make >/dev/null || missing+=(make)
	command -v gcc >/dev/null || missing+=(gcc)
	if [ ${#missing[@]} -gt 0 ]; then
		zh_log "installing ${missing[*]}"
		zh_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
		zh_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	fi
	export PG_CONFIG="$ZH_PG_BINDIR/pg_config"
	export PATH="$ZH_PG_BINDIR:$PATH"
}

zh_build_install() {
	zh_log "building and installing zhdoc"
	make -C "$ZH_ROOT" -s -j2 ZHDOC_WERROR=1 PG_CONFIG="$PG_CONFIG"
	zh_as_root make -C "$ZH_ROOT" -s install PG_CONFIG="$PG_CONFIG"
}

# Run a command as the cluster's owner.
zh_as_owner() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

zh_cluster_stop() {
	if [ -n "${ZH_CLUSTER:-}" ] && [ -d "$ZH_CLUSTER" ]; then
		zh_as_owner pg_ctl -D "$ZH_CLUSTER/data" -m immediate stop >/dev/null 2>&1 || true
		rm -rf "$ZH_CLUSTER"
	fi
}

zh_cluster_start() {
	ZH_CLUSTER="$(mktemp -d /tmp/zhdoc-cluster.XXXXXX)"
	trap zh_cluster_stop EXIT
	chmod 755 "$ZH_CLUSTER"
	if [ "$(id -u)" = 0 ]; then
		id postgres >/dev/null 2>&1 || useradd --system --create-home postgres
		chown postgres "$ZH_CLUSTER"
	fi
	zh_log "starting a throwaway cluster in $ZH_CLUSTER"
	zh_as_owner initdb -D "$ZH_CLUSTER/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$ZH_CLUSTER/initdb.log" 2>&1 ||
		{ cat "$ZH_CLUSTER/initdb.log" >&2; return 1; }
	zh_as_owner pg_ctl -D "$ZH_CLUSTER/data" -l "$ZH_CLUSTER/server.log" -w \
		-o "-c listen_addresses='' -k $ZH_CLUSTER -p $ZH_PORT -c fsync=off -c shared_buffers=256MB -c max_wal_size=4GB" \
		start >/dev/null || { cat "$ZH_CLUSTER/server.log" >&2; return 1; }
	export PGHOST="$ZH_CLUSTER" PGPORT="$ZH_PORT" PGUSER=postgres PGDATABASE=postgres
}

# What every benchmark does first: dependencies, build, a cluster of its own.
zh_bench_start() {
	zh_deps
	zh_build_install
	zh_cluster_start
}

zh_psql() {
	psql -X -v ON_ERROR_STOP=1 -q "$@"
}
