#!/usr/bin/env bash
# Every test, as CI runs it: core unit tests (no server), the pg_regress suite
# against a throwaway cluster, and the accuracy evaluations.  Prints a summary
# and exits non-zero on any failure.
source "$(dirname "$0")/lib.sh"
cd "$ZH_ROOT"

passed=0
failed=0
failures=()

# stage NAME COMMAND...: run a stage, count it, keep going on failure
stage() {
	local name="$1"
	shift
	zh_log "$name"
	if "$@"; then
		passed=$((passed + 1))
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

for eval_script in test/eval/*.sh; do
	[ -e "$eval_script" ] || continue
	[ "$(basename "$eval_script")" = lib.sh ] && continue
	stage "eval $(basename "$eval_script" .sh)" bash "$eval_script"
done

echo
if [ "$failed" -gt 0 ]; then
	printf 'failed: %s\n' "${failures[@]}"
fi
echo "all: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
