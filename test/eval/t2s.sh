#!/usr/bin/env bash
# Traditional-to-simplified folding through PostgreSQL (zh_normalize), against
# OpenCC's own t2s conversion (`opencc -c t2s.json`, the reference users trust):
#
#   1. every word of jieba's dictionary: zh_normalize(word) must fold as
#      OpenCC folds NFKC(word), except the listed cases of t2s_exceptions.tsv;
#      floor 0 other differences;
#   2. the SIGHAN sentences (Mainland text, ../shared, skipped where absent):
#      no Chinese character may change; OpenCC's own count is printed beside.
#
# zh_normalize also does NFKC, layout and space repair, which t2s has nothing
# to do with; so OpenCC is given the NFKC form PostgreSQL computes, and only
# the Han characters of both results are compared (t2s changes nothing else).
source "$(dirname "$0")/lib.sh"
JIEBA_DIR="${JIEBA_DIR:-/usr/lib/python3/dist-packages/jieba}"
eval_db
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
chmod 755 "$out"
status=0

# normalise a file of lines through PostgreSQL: line, NFKC(line), zh_normalize(line)
through_pg() {
	local in="$1" res="$2"
	psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS t2s_lines;
CREATE TABLE t2s_lines(n serial, line text);
\\copy t2s_lines(line) FROM '$in' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')
\\copy (SELECT line, normalize(line, NFKC), zhdoc.zh_normalize(line) FROM t2s_lines ORDER BY n) TO '$res' WITH (FORMAT csv)
DROP TABLE t2s_lines;
SQL
}

# OpenCC over the NFKC column, one line each
opencc_column() {
	python3 -c 'import csv,sys; [print(r[1]) for r in csv.reader(open(sys.argv[1], newline=""))]' "$1" >"$1.nfkc"
	opencc -c t2s.json -i "$1.nfkc" -o "$2"
}

cut -d' ' -f1 "$JIEBA_DIR/dict.txt" >"$out/words.txt"
through_pg "$out/words.txt" "$out/words.csv"
opencc_column "$out/words.csv" "$out/words.opencc"
echo "jieba's dictionary ($(wc -l <"$out/words.txt") words), floor 0 unlisted differences:"
python3 "$EVAL_DIR/t2s_score.py" words "$out/words.csv" "$out/words.opencc" "$EVAL_DIR/t2s_exceptions.tsv" || status=1

if [ ! -d "$SHARED/corpus/cws" ]; then
	echo "SIGHAN part skipped: $SHARED/corpus/cws is absent (the SIGHAN sets are not shipped with zhdoc)"
	exit $status
fi
sed 's/[[:space:]]//g' "$SHARED/corpus/cws/pku_dev.utf8" "$SHARED/corpus/cws/msr_dev.utf8" >"$out/sighan.txt"
through_pg "$out/sighan.txt" "$out/sighan.csv"
opencc_column "$out/sighan.csv" "$out/sighan.opencc"
echo
echo "SIGHAN PKU + MSR ($(wc -l <"$out/sighan.txt") sentences, Mainland text), floor 0 changed characters:"
python3 "$EVAL_DIR/t2s_score.py" sentences "$out/sighan.csv" "$out/sighan.opencc" || status=1
exit $status
