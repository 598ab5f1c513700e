#!/usr/bin/env python3
"""Score a word segmentation against gold, SIGHAN style.

    cws_score.py GOLD SYSTEM [--floor F1]

Both files hold one sentence per line, words separated by white space, the
same sentences in the same order.  A system word is correct when a gold word
has the same start and end offsets (in characters of the unspaced sentence).
Prints precision, recall and F1; exits 1 when F1 is below --floor, 2 when the
files do not line up (a different number of lines, or a line whose
characters differ: the comparison would be meaningless).
"""
import argparse
import sys


def spans(words):
    out = set()
    pos = 0
    for w in words:
        out.add((pos, pos + len(w)))
        pos += len(w)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--floor", type=float, default=0.0,
                    help="exit 1 when F1 is below this")
    args = ap.parse_args()

    with open(args.gold, encoding="utf-8") as f:
        gold = f.read().splitlines()
    with open(args.system, encoding="utf-8") as f:
        system = f.read().splitlines()
    if len(gold) != len(system):
        print("line counts differ: gold %d, system %d" % (len(gold), len(system)),
              file=sys.stderr)
        sys.exit(2)

    n_gold = n_sys = n_ok = 0
    for no, (g, s) in enumerate(zip(gold, system), 1):
        gw, sw = g.split(), s.split()
        if "".join(gw) != "".join(sw):
            print("line %d: system text differs from gold text" % no, file=sys.stderr)
            sys.exit(2)
        gs, ss = spans(gw), spans(sw)
        n_gold += len(gs)
        n_sys += len(ss)
        n_ok += len(gs & ss)

    p = n_ok / n_sys if n_sys else 0.0
    r = n_ok / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print("P=%.4f R=%.4f F1=%.4f (gold %d, system %d, correct %d)"
          % (p, r, f1, n_gold, n_sys, n_ok))
    if f1 < args.floor:
        print("F1 %.4f is below the floor %.4f" % (f1, args.floor), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
