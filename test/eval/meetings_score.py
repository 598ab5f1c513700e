#!/usr/bin/env python3
"""Score zh_meetings against gold files.

    meetings_score.py SYSTEM_JSON GOLD_JSON [GOLD_JSON ...] [--exact] [--floor F]

A system meeting matches a gold meeting with the same organ and date
(held_on).  Prints, per document and in total, meeting precision, recall and
F1, and for matched meetings how many of the fields name, seq, part_of_day,
chair, chair_titles, attendees and agenda equal gold.  --exact: every gold
meeting must be found with every field equal (the dev page's acceptance);
--floor F: total meeting F1 and field accuracy must reach F.
"""
import argparse
import json
import sys

FIELDS = ["name", "seq", "part_of_day", "chair", "chair_titles", "attendees", "agenda"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("system")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--exact", action="store_true")
    ap.add_argument("--floor", type=float, default=0.0)
    args = ap.parse_args()
    with open(args.system, encoding="utf-8") as f:
        system = json.load(f)
    tot_sys = tot_gold = tot_match = tot_fields = tot_fields_ok = 0
    ok = True
    for path in args.gold:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        sysm = system[gold["document"]]
        gm = gold["meetings"]
        matched = 0
        fields = fields_ok = 0
        used = set()
        for g in gm:
            cand = [i for i, s in enumerate(sysm) if i not in used
                    and s["organ"] == g["organ"] and s["held_on"] == g["held_on"]]
            if not cand:
                print("    missed meeting %s %s" % (g["organ"], g["held_on"]))
                ok = ok and not args.exact
                continue
            used.add(cand[0])
            s = sysm[cand[0]]
            matched += 1
            for k in FIELDS:
                fields += 1
                if s[k] == g[k]:
                    fields_ok += 1
                else:
                    print("    %s %s: %s = %s, gold %s" % (g["organ"], g["held_on"], k, s[k], g[k]))
                    ok = ok and not args.exact
        for i, s in enumerate(sysm):
            if i not in used:
                print("    extra meeting %s %s %s" % (s["organ"], s["name"], s["held_on"]))
                ok = ok and not args.exact
        p = matched / len(sysm) if sysm else 1.0
        r = matched / len(gm) if gm else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print("%-28s meetings P=%.3f R=%.3f F1=%.3f  fields %d/%d" % (gold["document"], p, r, f1, fields_ok, fields))
        tot_sys += len(sysm)
        tot_gold += len(gm)
        tot_match += matched
        tot_fields += fields
        tot_fields_ok += fields_ok
    p = tot_match / tot_sys if tot_sys else 1.0
    r = tot_match / tot_gold if tot_gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = tot_fields_ok / tot_fields if tot_fields else 1.0
    if len(args.gold) > 1:
        print("%-28s meetings P=%.3f R=%.3f F1=%.3f  fields %.3f" % ("total", p, r, f1, acc))
    if args.floor and (f1 < args.floor or acc < args.floor):
        ok = False
    print("floor %s: %s" % ("exact" if args.exact else args.floor, "met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
