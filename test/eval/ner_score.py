#!/usr/bin/env python3
"""Score zh_entities against a BIO-derived NER set (People's Daily 1998).

    ner_score.py SYSTEM_TSV GOLD_JSONL [--errors N]

SYSTEM_TSV: one entity a line, "id<TAB>kind<TAB>start<TAB>len", start
1-based in characters as zh_entities returns it.  GOLD_JSONL: one sentence
a line, {"id", "text", "entities": [{"type", "start", "end"}]}, 0-based,
end exclusive.

An entity is right when its type (person→PER, place→LOC, org→ORG) and both
offsets match.  The gold annotation is flat (one layer of BIO tags), while
zh_entities also reports the parts of a name (北京 inside 北京市委): only
the outermost person, place or organisation spans are scored, so a part is
neither credited nor charged.  A place nested by administrative level
(北京市丰台区) is reported beside its parts (北京市, 丰台区), which is what
the flat gold marks: a place made exactly of other places reported is
scored by those parts.  Titles are not scored.

Prints precision, recall and F1 per type and micro-averaged; --errors N also
prints N examples of each kind of error.  Exit status 1 when a floor below
is missed.
"""
import argparse
import collections
import json
import sys

KINDS = {"person": "PER", "place": "LOC", "org": "ORG"}

# The targets are PER 0.85, LOC 0.80, ORG 0.65.  The recogniser
# reaches PER 0.856, LOC 0.813, ORG 0.698: the floors are the targets,
# ORG's raised to just below what it reaches, as a guard against regressions.
FLOORS = {"PER": 0.85, "LOC": 0.80, "ORG": 0.69}


def tiled(o, spans):
    """Is span o exactly covered, end to end, by shorter spans of its type?"""
    ends = collections.defaultdict(set)
    for s in spans:
        if s[2] == o[2] and o[0] <= s[0] and s[1] <= o[1] and (s[1] - s[0]) < (o[1] - o[0]):
            ends[s[0]].add(s[1])
    reach, frontier = {o[0]}, [o[0]]
    while frontier:
        for b in ends.get(frontier.pop(), ()):
            if b not in reach:
                reach.add(b)
                frontier.append(b)
    return o[1] in reach


def outermost(spans):
    """Drop nested places made of reported places, then spans inside a longer span."""
    spans = [s for s in spans if not (s[2] == "LOC" and tiled(s, spans))]
    keep = []
    for s in spans:
        if not any(o is not s and o[0] <= s[0] and s[1] <= o[1] and (o[1] - o[0]) > (s[1] - s[0])
                   for o in spans):
            keep.append(s)
    return keep


def prf(c, s, g):
    p = c / s if s else 1.0
    r = c / g if g else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("system")
    ap.add_argument("gold")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--dump", help="write every system entity, right or wrong, to this file")
    args = ap.parse_args()

    texts, gold = {}, collections.defaultdict(set)
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            texts[d["id"]] = d["text"]
            for e in d["entities"]:
                gold[d["id"]].add((e["start"], e["end"], e["type"]))
    raw = collections.defaultdict(list)
    with open(args.system, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            sid, kind, start, length = line.split("\t")
            if kind not in KINDS:
                continue
            s = int(start) - 1
            raw[int(sid)].append((s, s + int(length), KINDS[kind]))
    system = {sid: set(outermost(list(set(v)))) for sid, v in raw.items()}

    counts = {t: [0, 0, 0] for t in ("PER", "LOC", "ORG")}
    errors = collections.defaultdict(list)
    for sid, text in texts.items():
        g = gold.get(sid, set())
        s = system.get(sid, set())
        for e in s:
            counts[e[2]][1] += 1
            if e in g:
                counts[e[2]][0] += 1
        for e in g:
            counts[e[2]][2] += 1
        if args.dump:
            with open(args.dump, "a", encoding="utf-8") as f:
                for e in sorted(s):
                    f.write("%s\t%s\t%s\t%s\n" % ("right" if e in g else "wrong", e[2],
                                                    text[e[0]:e[1]], text))
        if args.errors:
            for e in s - g:
                errors["false " + e[2]].append("%s  (in: %s)" % (text[e[0]:e[1]], text[max(0, e[0] - 6):e[1] + 6]))
            for e in g - s:
                errors["missed " + e[2]].append("%s  (in: %s)" % (text[e[0]:e[1]], text[max(0, e[0] - 6):e[1] + 6]))

    ok = True
    tot = [0, 0, 0]
    for t in ("PER", "LOC", "ORG"):
        p, r, f1 = prf(*counts[t])
        print("%-5s P=%.3f R=%.3f F1=%.3f  (%d right of %d found, %d gold)  floor %.3f"
              % (t, p, r, f1, *counts[t], FLOORS[t]))
        ok &= f1 >= FLOORS[t]
        for i in range(3):
            tot[i] += counts[t][i]
    print("micro P=%.3f R=%.3f F1=%.3f" % prf(*tot))
    for k in sorted(errors):
        print("\n%s (%d):" % (k, len(errors[k])))
        for x in errors[k][:args.errors]:
            print("    " + x)
    print("floors: %s" % ("met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
