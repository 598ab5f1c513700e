#!/usr/bin/env python3
"""Score zh_meetings on real reports with gold (../shared/corpus/meetings).

    meetings_real_score.py SYSTEM_JSON GOLD_JSON... [--floor-recall R]
                           [--floor-precision P] [--floor-field F]

A system meeting matches a gold one of the same article when the date
(held_on) is equal and the organ or the name is equal.  Prints one line per
article (gold and system meetings, matches, what differs), then meeting
precision and recall over all articles (negatives: any system meeting there
is a false positive), and for matched meetings the accuracy of organ, name,
seq, held_on, part_of_day, chair, chair_titles (exact), attendees and agenda
(set F1, averaged).  Exits 1 when a floor is missed.
"""
import argparse
import json
import os
import sys

EXACT = ["organ", "name", "seq", "held_on", "part_of_day", "chair", "chair_titles"]
SETS = ["attendees", "agenda"]


def set_f1(a, b):
    a, b = set(a or []), set(b or [])
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    m = len(a & b)
    p, r = m / len(a), m / len(b)
    return 2 * p * r / (p + r) if m else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("system")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--floor-recall", type=float, default=0.0)
    ap.add_argument("--floor-precision", type=float, default=0.0)
    ap.add_argument("--floor-field", type=float, default=0.0)
    args = ap.parse_args()
    system = json.load(open(args.system, encoding="utf-8"))
    n_sys = n_gold = n_match = 0
    field_sum = {k: 0.0 for k in EXACT + SETS}
    for path in sorted(args.gold):
        gold = json.load(open(path, encoding="utf-8"))
        doc = gold["document"]
        sysm = system.get(doc) or []
        gm = gold["meetings"]
        used = set()
        notes = []
        matched = 0
        for g in gm:
            cand = [i for i, s in enumerate(sysm) if i not in used and s["held_on"] == g["held_on"]
                    and (s["organ"] == g["organ"] or s["name"] == g["name"])]
            if not cand:
                notes.append("missed %s %s %s" % (g["organ"], g["name"], g["held_on"]))
                continue
            used.add(cand[0])
            s = sysm[cand[0]]
            matched += 1
            for k in EXACT:
                if s[k] == g[k]:
                    field_sum[k] += 1
                else:
                    notes.append("%s=%s gold %s" % (k, s[k], g[k]))
            for k in SETS:
                f = set_f1(s[k], g[k])
                field_sum[k] += f
                if f < 1:
                    notes.append("%s=%s gold %s" % (k, s[k], g[k]))
        for i, s in enumerate(sysm):
            if i not in used:
                notes.append("extra %s %s %s" % (s["organ"], s["name"], s["held_on"]))
        n_sys += len(sysm)
        n_gold += len(gm)
        n_match += matched
        print("%-44s gold %d system %d matched %d" % (doc[:44], len(gm), len(sysm), matched))
        for n in notes:
            print("    " + n)
    p = n_match / n_sys if n_sys else 1.0
    r = n_match / n_gold if n_gold else 1.0
    print()
    print("meetings: gold %d, system %d, matched %d: precision %.3f recall %.3f" % (n_gold, n_sys, n_match, p, r))
    ok = p >= args.floor_precision and r >= args.floor_recall
    for k in EXACT + SETS:
        acc = field_sum[k] / n_match if n_match else 0.0
        miss = acc < args.floor_field
        ok = ok and not miss
        print("  %-13s %.3f%s" % (k, acc, "  (below floor)" if miss else ""))
    print("floors: recall %.2f, precision %.2f, fields %.2f: %s" % (
        args.floor_recall, args.floor_precision, args.floor_field, "met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
