#!/usr/bin/env python3
"""Score zh_officials and zh_entities against gold files.

    entities_score.py SYSTEM_JSON GOLD_JSON [GOLD_JSON ...] [--dev-floor] [--floor F]

SYSTEM_JSON maps each gold file's "document" name to {"officials": [{name,
titles, role}], "entities": [{kind, surface}]} as the extension returned
them.  Per document and in total (micro-averaged) it prints precision,
recall and F1 of:

  persons    the set of names zh_officials returns, against gold "persons"
             (names in "officials_optional" count neither way);
  officials  a person counts as correct only with the gold role and exactly
             the gold titles, in order;
  places, orgs   recall of "places_core" and "orgs_core" among the place and
             org surfaces zh_entities returns (gold lists only the core, so
             precision is not defined and not printed).

Exit status 1 when a floor is missed: with --floor F, the total persons and
officials F1 and the places/orgs recall must reach F; the dev page is held to
its own acceptance (--dev-floor): every official exact, no extra person,
places and orgs recall >= 0.9.
"""
import argparse
import json
import sys


def prf(correct, system, gold):
    p = correct / system if system else 1.0
    r = correct / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold, sysdoc):
    optional = {o["name"] for o in gold.get("officials_optional", [])}
    sys_off = [o for o in sysdoc["officials"] if o["name"] not in optional]
    gold_off = {o["name"]: o for o in gold["officials"]}
    gold_persons = set(gold["persons"]) - optional
    sys_persons = {o["name"] for o in sys_off}
    exact = 0
    problems = []
    for o in sys_off:
        g = gold_off.get(o["name"])
        if g is None:
            problems.append("extra person %s %s %s" % (o["name"], o["role"], o["titles"]))
        elif g["role"] == o["role"] and g["titles"] == o["titles"]:
            exact += 1
        else:
            problems.append("%s: got %s %s, gold %s %s" % (o["name"], o["role"], o["titles"],
                                                          g["role"], g["titles"]))
    for name in gold_off:
        if name not in sys_persons:
            problems.append("missed person %s" % name)
    places = {e["surface"] for e in sysdoc["entities"] if e["kind"] == "place"}
    orgs = {e["surface"] for e in sysdoc["entities"] if e["kind"] == "org"}
    miss_places = [p for p in gold["places_core"] if p not in places]
    miss_orgs = [o for o in gold["orgs_core"] if o not in orgs]
    return {
        "persons": (len(sys_persons & gold_persons), len(sys_persons), len(gold_persons)),
        "officials": (exact, len(sys_off), len(gold_off)),
        "places": (len(gold["places_core"]) - len(miss_places), len(gold["places_core"])),
        "orgs": (len(gold["orgs_core"]) - len(miss_orgs), len(gold["orgs_core"])),
        "problems": problems + ["missed place " + p for p in miss_places]
                    + ["missed org " + o for o in miss_orgs],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("system")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--floor", type=float, default=0.0)
    ap.add_argument("--dev-floor", action="store_true")
    args = ap.parse_args()
    with open(args.system, encoding="utf-8") as f:
        system = json.load(f)
    ok = True
    tot = {"persons": [0, 0, 0], "officials": [0, 0, 0], "places": [0, 0], "orgs": [0, 0]}
    for path in args.gold:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        s = score(gold, system[gold["document"]])
        pp = prf(*s["persons"])
        po = prf(*s["officials"])
        rp = s["places"][0] / s["places"][1] if s["places"][1] else 1.0
        ro = s["orgs"][0] / s["orgs"][1] if s["orgs"][1] else 1.0
        print("%-28s persons P=%.3f R=%.3f F1=%.3f  officials P=%.3f R=%.3f F1=%.3f  "
              "places R=%.3f  orgs R=%.3f" % (gold["document"], *pp, *po, rp, ro))
        for p in s["problems"]:
            print("    " + p)
        for k in ("persons", "officials"):
            for i in range(3):
                tot[k][i] += s[k][i]
        for k in ("places", "orgs"):
            for i in range(2):
                tot[k][i] += s[k][i]
        if args.dev_floor and (po[2] < 1.0 or pp[0] < 1.0 or rp < 0.9 or ro < 0.9):
            ok = False
    pp = prf(*tot["persons"])
    po = prf(*tot["officials"])
    rp = tot["places"][0] / tot["places"][1] if tot["places"][1] else 1.0
    ro = tot["orgs"][0] / tot["orgs"][1] if tot["orgs"][1] else 1.0
    if len(args.gold) > 1:
        print("%-28s persons P=%.3f R=%.3f F1=%.3f  officials P=%.3f R=%.3f F1=%.3f  "
              "places R=%.3f  orgs R=%.3f" % ("total", *pp, *po, rp, ro))
    if args.floor and (pp[2] < args.floor or po[2] < args.floor or rp < args.floor or ro < args.floor):
        ok = False
    print("floor %s: %s" % ("dev acceptance" if args.dev_floor else args.floor, "met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
