#!/usr/bin/env bash
# Word segmentation accuracy through PostgreSQL (zh_tokenize), SIGHAN style,
# on the PKU and MSR development sets.  Floors: F1 >= 0.86 (PKU), >= 0.845 (MSR).
source "$(dirname "$0")/lib.sh"

eval_need_shared corpus/cws cws
eval_db
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
status=0

score() {
	local name="$1" floor="$2" gold="$SHARED/corpus/cws/$1_dev.utf8"
	# input is the gold line without its spaces; output the surfaces of the
	# tokens (and of anything between them) separated by spaces
	psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS cws_lines;
CREATE TABLE cws_lines(n serial, line text);
\\copy cws_lines(line) FROM PROGRAM 'sed "s/[[:space:]]//g" $gold'
\\o $out/$name.sys
\\pset format unaligned
\\pset tuples_only on
WITH t AS (
    SELECT l.n, l.line, z.start, z.len,
           lag(z.start + z.len, 1, 1) OVER (PARTITION BY l.n ORDER BY z.start, z.len) AS prev_end
    FROM cws_lines l, zhdoc.zh_tokenize(l.line) z
), pieces AS (
    SELECT n, start,
           CASE WHEN start > prev_end THEN substr(line, prev_end, start - prev_end) || ' ' ELSE '' END
           || substr(line, greatest(start, prev_end), start + len - greatest(start, prev_end)) AS piece,
           row_number() OVER (PARTITION BY n ORDER BY start DESC, len DESC) AS from_end,
           substr(line, start + len) AS tail
    FROM t WHERE start + len > prev_end
)
SELECT coalesce(string_agg(piece || CASE WHEN from_end = 1 AND tail <> '' THEN ' ' || tail ELSE '' END,
                           ' ' ORDER BY start), l.line)
FROM cws_lines l LEFT JOIN pieces p USING (n)
GROUP BY l.n, l.line ORDER BY l.n;
\\o
SQL
	echo "$name ($(wc -l <"$gold") sentences), floor F1 $floor:"
	python3 "$EVAL_DIR/cws_score.py" "$gold" "$out/$name.sys" --floor "$floor" || status=1
}

score pku 0.86
score msr 0.845
exit $status
