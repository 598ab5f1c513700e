#!/usr/bin/env python3
"""Score zh_dates output against the case table and the dev page's gold.

    dates_score.py CASES_TSV SYSTEM_JSON GOLD_JSON --floor F

SYSTEM_JSON: {"cases": {line_no: [rows]}, "dev": [rows]}, rows as zh_dates
returned them (surface, span, grain, part_of_day, clock HH:MM, approximate),
in text order.  A case passes when exactly one row has the expected surface,
all its columns match, and every other row comes before it (context such as
5月20日 before 24日); a case whose surface is "-" passes when there is no row.
The dev page passes when every gold date is found with its span, grain, part
of day and clock, as often as gold counts it, and no row's surface is a gold
non-date.  Exit 1 when accuracy is below the floor or the dev page fails.
"""
import argparse
import json
import sys


def cases(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            cols += [""] * (9 - len(cols))
            out.append((no, cols))
    return out


def row_matches(row, cols):
    _, _, surface, span, grain, pod, clock, approx, end_clock = cols
    return (row["surface"] == surface and (row["span"] or "") == span
            and (row["grain"] or "") == grain and (row["part_of_day"] or "") == pod
            and (row["clock"] or "") == clock and row["approximate"] == (approx == "t")
            and (row.get("end_clock") or "") == end_clock)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cases")
    ap.add_argument("system")
    ap.add_argument("gold")
    ap.add_argument("--floor", type=float, default=0.95)
    args = ap.parse_args()
    with open(args.system, encoding="utf-8") as f:
        system = json.load(f)
    table = cases(args.cases)
    passed = 0
    nodate = 0
    for no, cols in table:
        rows = system["cases"].get(str(no)) or []
        if cols[2] == "-":
            nodate += 1
            ok = not rows
        else:
            idx = [i for i, r in enumerate(rows) if r["surface"] == cols[2]]
            ok = len(idx) == 1 and idx[0] == len(rows) - 1 and row_matches(rows[idx[0]], cols)
        if ok:
            passed += 1
        else:
            print("  line %d: %s  expected %s  got %s" % (no, cols[0], cols[2:],
                  [(r["surface"], r["span"], r["grain"], r["part_of_day"], r["clock"], r["approximate"],
                    r.get("end_clock")) for r in rows]))
    acc = passed / len(table) if table else 1.0
    print("date cases: %d/%d exact (%.3f), %d of them without a date; floor %.2f"
          % (passed, len(table), acc, nodate, args.floor))

    with open(args.gold, encoding="utf-8") as f:
        gold = json.load(f)
    dev = system["dev"]
    dev_ok = True
    for g in gold["dates"]:
        found = [r for r in dev if r["surface"] == g["surface"]
                 and (r["span"] or None) == g.get("span")
                 and r["grain"] == g["grain"]
                 and r["part_of_day"] == g.get("part_of_day")
                 and (r["clock"] or None) == g.get("clock")]
        if len(found) < g.get("count", 1):
            dev_ok = False
            print("  dev page: %s found %d times, gold %d" % (g["surface"], len(found), g.get("count", 1)))
    bad = [r["surface"] for r in dev if any(r["surface"] == n.split(" ")[0] for n in gold["not_dates"])]
    if bad:
        dev_ok = False
        print("  dev page: non-dates reported: %s" % bad)
    print("dev page dates: %s" % ("all gold dates found, no non-date" if dev_ok else "FAILED"))
    return 0 if acc >= args.floor and dev_ok else 1


if __name__ == "__main__":
    sys.exit(main())
