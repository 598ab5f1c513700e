#!/usr/bin/env python3
"""Score zh_officials on real reports against the gold's officials.

    officials_real_score.py SYSTEM_JSON GOLD_JSON [GOLD_JSON ...]
                            [--floor-name F] [--floor-precision F] [--floor-title F]

SYSTEM_JSON maps a txt file name to its zh_officials rows (name, titles,
role).  Gold persons are those with role official; system persons are the
rows with role official.  Names are matched exactly: precision, recall and
F1 over all articles.  For each matched name, titles are compared as sets
(F1 of the system's against the gold's; both empty counts 1); the title
score is the mean over matched names.  Misses, persons that are not in the
gold and title differences are printed per article.  Exit 1 when a floor
is missed.
"""
import argparse
import json
import os
import sys


def set_f1(got, want):
    got, want = set(got), set(want)
    if not got and not want:
        return 1.0
    tp = len(got & want)
    if tp == 0:
        return 0.0
    p, r = tp / len(got), tp / len(want)
    return 2 * p * r / (p + r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("system")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--floor-name", type=float, default=0.0, help="floor on name F1")
    ap.add_argument("--floor-precision", type=float, default=0.0)
    ap.add_argument("--floor-title", type=float, default=0.0)
    args = ap.parse_args()
    with open(args.system, encoding="utf-8") as f:
        system = json.load(f)
    tp = fp = fn = 0
    title_sum = 0.0
    for path in sorted(args.gold):
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        doc = gold.get("document") or os.path.basename(path)[:-5] + ".txt"
        want = {o["name"]: o.get("titles") or [] for o in gold.get("officials", [])
                if o.get("role") == "official"}
        got = {}
        for o in system.get(doc) or []:
            if o["role"] == "official":
                got[o["name"]] = o["titles"] or []
        lines = []
        for name in sorted(want):
            if name not in got:
                fn += 1
                lines.append("    missed %s %s" % (name, want[name]))
                continue
            tp += 1
            s = set_f1(got[name], want[name])
            title_sum += s
            if s < 1.0:
                lines.append("    titles of %s: %s, gold %s" % (name, got[name], want[name]))
        for name in sorted(got):
            if name not in want:
                fp += 1
                lines.append("    not in gold: %s %s" % (name, got[name]))
        if lines:
            print(doc)
            print("\n".join(lines))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    t = title_sum / tp if tp else 1.0
    print("officials: gold %d, system %d, matched %d: precision %.3f recall %.3f F1 %.3f; titles %.3f"
          % (tp + fn, tp + fp, tp, p, r, f1, t))
    good = f1 >= args.floor_name and p >= args.floor_precision and t >= args.floor_title
    print("floors: name F1 %.2f, precision %.2f, titles %.2f: %s"
          % (args.floor_name, args.floor_precision, args.floor_title, "met" if good else "MISSED"))
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
