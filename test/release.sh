#!/usr/bin/env bash
# The release's files agree on the version: zhdoc.control's default_version
# is META.json's (the distribution's and the extension's), CHANGES.md has an
# entry for it and for every version sql-versions/ holds a script of, and
# every released version has an update script to the next (the path to the
# current version is checked by the api test, the update by upgrade.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
current="$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" "$ROOT/zhdoc.control")"
bad=0
complain() {
	echo "release: $*" >&2
	bad=1
}

python3 - "$ROOT/META.json" "$current" <<'PY' || bad=1
import json, sys
meta = json.load(open(sys.argv[1]))
want = sys.argv[2]
for what, got in (("version", meta.get("version")),
                  ("provides.zhdoc.version", meta.get("provides", {}).get("zhdoc", {}).get("version"))):
    if got != want:
        print(f"release: META.json {what} is {got!r}, zhdoc.control says {want!r}", file=sys.stderr)
        sys.exit(1)
PY

versions="$current"
for script in "$ROOT"/sql-versions/zhdoc--*.sql; do
	v="$(basename "$script" .sql)"
	v="${v#zhdoc--}"
	versions="$versions ${v//--/ }"
done
for v in $(echo "$versions" | tr ' ' '\n' | sort -u); do
	grep -qx "## $v" "$ROOT/CHANGES.md" || complain "CHANGES.md has no entry '## $v'"
done
for script in "$ROOT"/sql-versions/zhdoc--*.sql; do
	v="$(basename "$script" .sql)"
	v="${v#zhdoc--}"
	case "$v" in *--*) continue ;; esac
	ls "$ROOT"/sql-versions/zhdoc--"$v"--*.sql >/dev/null 2>&1 ||
		complain "released version $v has no update script (sql-versions/zhdoc--$v--*.sql)"
done
[ "$bad" -eq 0 ] && echo "release: $current: control, META.json, CHANGES.md and update scripts agree"
[ "$bad" -eq 0 ]
