#!/usr/bin/env python3
"""Score zh_dates on Duckling's Chinese time corpus, by family.

    duckling_score.py CORPUS_TSV SYSTEM_JSON --floor F [-v]

CORPUS_TSV is ../shared/corpus/time/duckling_zh.tsv; SYSTEM_JSON maps each
data line number to the rows zh_dates returned for the phrase with the
corpus's reference day as anchor (surface, span, grain, clock HH:MM).

Scope and conventions are those of the corpus README:
  - locale zh; grain day/week/month/year (instant or interval), and
    minute/hour instants (a date and a clock);
  - out of scope: Cantonese words, US numeric dates (3/3/2015, 2/15),
    3pm-style clocks and time zones, and holidays that are not Chinese or
    common in China;
  - a phrase is right when the row with the longest surface has the expected
    range (and clock);
  - both readings of a bare weekday or 这周X (Duckling's next occurrence, or
    that day of the anchor's Monday-first week) and of 下周X (Duckling's, or
    that day of next calendar week) are accepted; N天后 / N个月前 may be the
    one unit that far off instead of the whole stretch; a clock without a
    date word may come without a span when its clock is right.
Exit 1 when the share of in-scope rows right is below the floor.
"""
import argparse
import datetime as dt
import json
import re
import sys

# Holidays the corpus README puts in scope (Chinese public holidays and
# days in common use in China), by the corpus's holiday column.
CHINESE_HOLIDAYS = {
    "元旦", "春节", "妇女节", "劳动节", "儿童节", "建军节", "国庆节", "情人节",
    "圣诞节", "愚人节", "万圣节", "国际消费者权益日", "澳门回归纪念日",
}
CANTONESE = ("尋日", "聽日", "今個", "晏晝", "踏", "搭", "宜家", "而家", "依家")
US_NUMERIC = re.compile(r"^\d{1,2}/\d{1,2}(/\d{2,4})?$")
LATIN_CLOCK = re.compile(r"\d\s*(am|pm|a|p)\b|\b[A-Z]{3}\b", re.I)
WEEK_WORD = re.compile(r"(周|週|星期|礼拜|禮拜)")
# a bare weekday, 这周X or 下周X: the phrases with two accepted readings
WEEKDAY = re.compile(r"^(这|這|今|下)?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])$")
OFFSET = re.compile(r"(前|后|後|上|下|[0-9两兩二三四五六七八九十]+个?個?"
                    r"(天|日|周|週|星期|禮拜|礼拜|月|年)(之)?(前|后|後))")
COUNTED = re.compile(r"^(两|兩|二|三|[0-9]+)")


def parse_ts(s):
    return dt.datetime.fromisoformat(s) if s else None


def in_scope(r):
    if r["locale"] != "zh":
        return False
    grain, kind = r["expected_grain"], r["kind"]
    if grain in ("hour", "minute"):
        if kind != "instant":
            return False
    elif grain not in ("day", "week", "month", "year"):
        return False
    p = r["phrase"]
    if any(w in p for w in CANTONESE):
        return False
    if US_NUMERIC.match(p) or LATIN_CLOCK.search(p):
        return False
    if r["holiday"] and r["holiday"] not in CHINESE_HOLIDAYS:
        return False
    return True


def family(r):
    p = r["phrase"]
    if r["holiday"]:
        return "holidays"
    if r["expected_grain"] in ("hour", "minute"):
        return "clocks"
    if r["kind"] == "interval" or re.search(r"(前|后|後)$", p) or \
            re.match(r"^(前|后|後|上|下)(两|兩|二|三)", p):
        return "offsets"
    if WEEK_WORD.search(p):
        return "weeks"
    if re.search(r"[0-9一二三四五六七八九十廿]", p) and not re.match(r"^(上|下|今個|这|這)", p):
        return "absolute"
    return "relative"


def add_grain(t, grain, n=1):
    if grain == "day":
        return t + dt.timedelta(days=n)
    if grain == "week":
        return t + dt.timedelta(days=7 * n)
    if grain == "month":
        m = t.month - 1 + n
        return t.replace(year=t.year + m // 12, month=m % 12 + 1, day=1)
    if grain == "year":
        return t.replace(year=t.year + n, month=1, day=1)
    raise ValueError(grain)


def accepted_spans(r):
    """Day ranges [lo, hi) (ISO text) a right answer may have."""
    start = parse_ts(r["expected_start"]).date()
    grain = r["expected_grain"]
    if r["kind"] == "interval":
        end = parse_ts(r["expected_end"]).date()
    else:
        end = add_grain(start, grain)
    spans = {(start, end)}
    p = r["phrase"]
    ref = parse_ts(r["reference_time"]).date()
    m = WEEKDAY.search(p)
    if m and grain == "day":
        wd = "一二三四五六日天".index(m.group(2)) + 1
        wd = min(wd, 7)
        monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
        if m.group(1) == "下":
            monday += dt.timedelta(days=7)
        day = monday + dt.timedelta(days=wd - 1)
        spans.add((day, day + dt.timedelta(days=1)))
    if r["kind"] == "interval" and COUNTED.match(p) and re.search(r"(前|后|後)$", p):
        if re.search(r"前$", p):
            spans.add((start, add_grain(start, grain)))
        else:
            last = add_grain(end, grain, -1) if grain in ("day", "week") else None
            if grain == "month":
                m0 = end.month - 2
                last = end.replace(year=end.year + m0 // 12, month=m0 % 12 + 1)
            if grain == "year":
                last = end.replace(year=end.year - 1)
            spans.add((last, end))
    return {"[%s,%s)" % (a.isoformat(), b.isoformat()) for a, b in spans}


def judge(r, rows):
    if not rows:
        return False, None
    best = max(rows, key=lambda x: len(x["surface"] or ""))
    ts = parse_ts(r["expected_start"])
    if r["expected_grain"] in ("hour", "minute"):
        clock = ts.strftime("%H:%M")
        if best["clock"] != clock:
            return False, best
        day = ts.date()
        span = "[%s,%s)" % (day.isoformat(), (day + dt.timedelta(days=1)).isoformat())
        if best["span"] == span:
            return True, best
        ref = parse_ts(r["reference_time"]).date()
        return best["span"] is None and best["grain"] == "time" and day == ref, best
    return best["span"] in accepted_spans(r), best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("system")
    ap.add_argument("--floor", type=float, default=0.0)
    ap.add_argument("-v", action="store_true", help="print every wrong row")
    args = ap.parse_args()
    with open(args.system, encoding="utf-8") as f:
        system = json.load(f)
    by_family = {}
    wrong = []
    with open(args.corpus, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for no, line in enumerate(f, 2):
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            if not in_scope(r):
                continue
            ok, best = judge(r, system.get(str(no)) or [])
            fam = family(r)
            t = by_family.setdefault(fam, [0, 0])
            t[1] += 1
            if ok:
                t[0] += 1
            else:
                wrong.append((no, fam, r, best))
    total = sum(t[1] for t in by_family.values())
    right = sum(t[0] for t in by_family.values())
    if args.v:
        for no, fam, r, best in wrong:
            print("  line %d [%s] %s  expected %s %s %s  got %s" % (
                no, fam, r["phrase"], r["expected_start"][:16], r["expected_grain"],
                r["expected_end"][:10], best and (best["surface"], best["span"], best["clock"])))
    for fam in sorted(by_family):
        a, b = by_family[fam]
        print("  %-9s %3d/%3d  %.3f" % (fam, a, b, a / b))
    acc = right / total if total else 1.0
    print("duckling_zh: %d/%d in-scope rows right (%.3f); floor %.2f" % (right, total, acc, args.floor))
    return 0 if acc >= args.floor else 1


if __name__ == "__main__":
    sys.exit(main())
