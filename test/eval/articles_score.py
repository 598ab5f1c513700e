#!/usr/bin/env python3
"""Score zh_articles against gold files.

    articles_score.py SYSTEM_JSON GOLD_JSON [GOLD_JSON ...] [--floor F]

For each gold article, the system article with the same body start (gold
"starts_with") is its match.  Counts articles found, and among them
headlines (spaces ignored), bylines, reporters and photographers equal to
gold.  Prints per document and in total; exit 1 when the share of articles
found, or of fields right, is below the floor.
"""
import argparse
import json
import sys


def nospace(s):
    return None if s is None else s.replace(" ", "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("system")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--floor", type=float, default=0.0)
    args = ap.parse_args()
    with open(args.system, encoding="utf-8") as f:
        system = json.load(f)
    tot_gold = tot_found = tot_fields = tot_ok = 0
    for path in args.gold:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        sysa = system[gold["document"]]
        found = fields = ok = 0
        for g in gold["articles"]:
            m = [s for s in sysa if (s["body"] or "").startswith(g["starts_with"])]
            if not m:
                print("    missed article %s (%s…)" % (g.get("headline"), g["starts_with"]))
                continue
            s = m[0]
            found += 1
            checks = [("headline", nospace(s["headline"]), nospace(g.get("headline"))),
                      ("byline", nospace(s["byline"]), nospace(g.get("byline"))),
                      ("reporters", s["reporters"], [r["name"] for r in g.get("reporters", [])]),
                      ("photographers", s["photographers"], g.get("photographers", []))]
            for name, got, want in checks:
                fields += 1
                if got == want:
                    ok += 1
                else:
                    print("    %s…: %s = %s, gold %s" % (g["starts_with"][:10], name, got, want))
        print("%-28s articles %d/%d  fields %d/%d" % (gold["document"], found, len(gold["articles"]), ok, fields))
        tot_gold += len(gold["articles"])
        tot_found += found
        tot_fields += fields
        tot_ok += ok
    rf = tot_found / tot_gold if tot_gold else 1.0
    rk = tot_ok / tot_fields if tot_fields else 1.0
    if len(args.gold) > 1:
        print("%-28s articles %.3f  fields %.3f" % ("total", rf, rk))
    good = rf >= args.floor and rk >= args.floor
    print("floor %s: %s" % (args.floor, "met" if good else "MISSED"))
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
