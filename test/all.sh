#!/usr/bin/env bash
# Every test, as CI runs it: core unit tests (no server), the pg_regress suite
# against a throwaway cluster, and the accuracy evaluations.  Prints a summary
# and exits non-zero on any failure.
source "$(dirname "$0")/lib.sh"
cd "$ZH_ROOT"

passed=0
failed=0
skipped=0
failures=()
skips=()

# stage NAME COMMAND...: run a stage, count it, keep going on failure.  A
# stage that cannot run here (its corpus is absent) exits 77, as automake's
# tests do, and is counted as skipped, not passed.
stage() {
	local name="$1" rc=0
	shift
	zh_log "$name"
	"$@" || rc=$?
	if [ "$rc" -eq 0 ]; then
		passed=$((passed + 1))
	elif [ "$rc" -eq 77 ]; then
		skipped=$((skipped + 1))
		skips+=("$name")
	else
		failed=$((failed + 1))
		failures+=("$name")
	fi
}

zh_deps
stage "core unit tests" make -s unit
stage "build and install" zh_build_install
zh_cluster_start

regress() {
	rm -f regression.diffs
	if make -s installcheck PG_CONFIG="$PG_CONFIG"; then
		return 0
	fi
	[ -f regression.diffs ] && cat regression.diffs
	return 1
}
stage "pg_regress suite" regress
stage "pg_dump and pg_restore" bash test/dump_restore.sh
stage "release files" bash test/release.sh
stage "ALTER EXTENSION UPDATE from released versions" bash test/upgrade.sh

# Citus: skipped (77) when the vendored source is absent; builds it once.
stage "citus" bash test/citus/run.sh

for eval_script in test/eval/*.sh; do
	[ -e "$eval_script" ] || continue
	[ "$(basename "$eval_script")" = lib.sh ] && continue
	stage "eval $(basename "$eval_script" .sh)" bash "$eval_script"
done

echo
if [ "$skipped" -gt 0 ]; then
	printf 'skipped: %s\n' "${skips[@]}"
fi
if [ "$failed" -gt 0 ]; then
	printf 'failed: %s\n' "${failures[@]}"
fi
echo "all: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
