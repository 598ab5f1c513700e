#!/bin/sh
# run.sh — build zhdoc's libFuzzer targets and run each in turn.
#
#   test/fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS per target (default 60; 0 builds without running); targets default to all of them:
# normalize articles analyze tsparse headline dates meetings dict.  Run from
# anywhere; works in the repository root.  Needs clang-14 (or $CC with
# libFuzzer: on Debian/Ubuntu `apt-get install -y clang-14`, which brings
# libFuzzer and the sanitizer runtimes), ICU, and what `make zhdoc.dict` needs.  Everything goes under build/fuzz/:
#   bin/fuzz_*         the targets (ASan + UBSan + libFuzzer)
#   corpus/<target>/   the growing corpus, kept between runs
#   seeds/<target>/    seeds: test/data/*.txt, test/data/gold/*.txt, short
#                      generated texts (dict: the small dictionary's head)
#   artifacts/<target>/ crash-*, leak-*, timeout-*, oom-* inputs
#   logs/<target>.log  libFuzzer's output
# Exits 1 if any target left an artifact.  Reproduce one with
#   build/fuzz/bin/fuzz_<target> build/fuzz/artifacts/<target>/crash-...
# (analyze, tsparse, headline, meetings: ZHDOC_DICT=zhdoc.dict; dict: ZHDOC_FUZZ_DICT=build/fuzz/small.dict).
set -eu

cd "$(dirname "$0")/../.."
SECS=${1:-60}
[ $# -gt 0 ] && shift
TARGETS=${*:-normalize articles analyze tsparse headline dates meetings dict}
CC=${CC:-clang-14}
OUT=build/fuzz
# CORE: where the core's sources are (another checkout's src/core, say)
CORE=${CORE:-src/core}
if ! command -v "$CC" >/dev/null 2>&1; then
	echo "run.sh: $CC not found; install it with: apt-get install -y clang-14 (or set CC)" >&2
	exit 2
fi
ICU_CFLAGS=$(pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS=$(pkg-config --libs icu-uc icu-i18n)
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CFLAGS="-std=gnu99 -g -O1 $SAN -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers -I$CORE -Itest/fuzz $ICU_CFLAGS"

mkdir -p "$OUT/obj" "$OUT/bin" "$OUT/logs"

# generated and built inputs, through the Makefile
for gen in zh_t2s_table.c zh_nfkc_inert.c; do
	[ -f "src/core/$gen" ] || make -s "src/core/$gen"
	[ -f "$CORE/$gen" ] || cp "src/core/$gen" "$CORE/"
done
[ -f zhdoc.dict ] || make -s zhdoc.dict
[ -x build/zh_dictc ] || make -s build/zh_dictc
[ -f build/world_place.txt ] || make -s build/world_place.txt
JIEBA_DIR=${JIEBA_DIR:-/usr/lib/python3/dist-packages/jieba}
if [ ! -f "$OUT/small.dict" ] || [ test/fuzz/small_words.txt -nt "$OUT/small.dict" ] ||
	[ build/zh_dictc -nt "$OUT/small.dict" ]; then
	build/zh_dictc $(for v in data/vocab/*.txt build/world_place.txt; do printf -- '-v %s ' "$v"; done) \
		test/fuzz/small_words.txt "$JIEBA_DIR/finalseg/prob_start.py" \
		"$JIEBA_DIR/finalseg/prob_trans.py" "$JIEBA_DIR/finalseg/prob_emit.py" \
		"$OUT/small.dict" >/dev/null
fi

# the core, instrumented once for every target (all again if CORE changed)
[ "$(cat "$OUT/obj/CORE" 2>/dev/null)" = "$CORE" ] || rm -f "$OUT"/obj/*.o
echo "$CORE" > "$OUT/obj/CORE"
OBJS=
for src in "$CORE"/*.c; do
	obj=$OUT/obj/$(basename "$src" .c).o
	if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find "$CORE" -name '*.h' -newer "$obj")" ]; then
		$CC $CFLAGS -fsanitize=fuzzer-no-link -c -o "$obj" "$src"
	fi
	OBJS="$OBJS $obj"
done
for t in $TARGETS; do
	$CC $CFLAGS -fsanitize=fuzzer -o "$OUT/bin/fuzz_$t" "test/fuzz/fuzz_$t.c" $OBJS $ICU_LIBS -lm
done

# seeds
mkdir -p "$OUT/seeds/text" "$OUT/seeds/dict"
cp test/data/*.txt test/data/gold/*.txt "$OUT/seeds/text/" 2>/dev/null || true
i=0
while IFS= read -r line; do
	i=$((i + 1))
	printf '%s' "$line" > "$OUT/seeds/text/short-$i.txt"
done <<'SEEDS'
2024年5月24日上午9时30分
5月24日到26日
7月5日至7日，5月18日—6月初
8月底前 年底前 近日 上周四 今天 次日 同年
二〇二三年十二月二十八日下午3点半
前三季度 上半年 春季 冬季 2022-2023年
本报讯（记者 王蕾蕾）
丰台区委常委会召开第68次会议，区委书记王少峰主持会议。会议审议通过《关于加强基层治理的意见》。
区 委 书 记 马 骏
丰台区
委常委会召开
张三 摄
（致公党丰台区工委）
體育會議 ﬁ Ａｂｃ １２３ ㈠
SEEDS
# headline: option lines, NUL, a mode byte (bit 0: text, else entry bytes), the document
mkdir -p "$OUT/seeds/headline"
cp "$OUT"/seeds/text/* "$OUT/seeds/headline/"
printf 'MaxWords=12\nMinWords=5\nMaxFragments=2\nStartSel=[\nStopSel=]\000\001%s' \
	'区委书记王少峰主持会议。会议审议通过《关于加强基层治理的意见》。区委书记王少峰讲话。' \
	> "$OUT/seeds/headline/opts-text"
printf 'maxwords=3\nminwords=1\nmaxfragments=1000\000\000\003\003\001\000\003\001\001\003\002\003' \
	> "$OUT/seeds/headline/opts-entries"
printf 'HighlightAll=yes\nShortWord= -7 \nFragmentDelimiter=|\000\001PostgreSQL 全文 检索  很 好用' \
	> "$OUT/seeds/headline/opts-all"
printf 'MaxWords=2147483648\000\000\003' > "$OUT/seeds/headline/opts-range"
printf '\000' > "$OUT/seeds/dict/keep0"
head -c 65536 "$OUT/small.dict" >> "$OUT/seeds/dict/keep0"
printf '\001' > "$OUT/seeds/dict/raw0"
head -c 65536 "$OUT/small.dict" >> "$OUT/seeds/dict/raw0"

export ZHDOC_DICT=${ZHDOC_DICT:-zhdoc.dict}
export ZHDOC_FUZZ_DICT=${ZHDOC_FUZZ_DICT:-$OUT/small.dict}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

[ "$SECS" -gt 0 ] || exit 0	# libFuzzer takes 0 as "no limit"
status=0
for t in $TARGETS; do
	seeds=$OUT/seeds/text
	[ "$t" = dict ] && seeds=$OUT/seeds/dict
	[ "$t" = headline ] && seeds=$OUT/seeds/headline
	mkdir -p "$OUT/corpus/$t" "$OUT/artifacts/$t"
	echo "== fuzz_$t: ${SECS}s"
	# -fork keeps going after a finding; one job, as the machine is shared
	"$OUT/bin/fuzz_$t" -max_len=65536 -rss_limit_mb=4096 -timeout=10 \
		-max_total_time="$SECS" -print_final_stats=1 \
		-dict=test/fuzz/zh.dict -artifact_prefix="$OUT/artifacts/$t/" \
		"$OUT/corpus/$t" "$seeds" > "$OUT/logs/$t.log" 2>&1 || true
	grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE' "$OUT/logs/$t.log" | sed 's/^/   /' || true
	found=$(find "$OUT/artifacts/$t" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' \) | sort)
	if [ -n "$found" ]; then
		status=1
		echo "   FINDINGS:"
		echo "$found" | sed 's/^/     /'
		grep -E 'ERROR: |runtime error|fuzz: .*check failed|SUMMARY' "$OUT/logs/$t.log" | head -5 | sed 's/^/     /'
	fi
done
exit $status
