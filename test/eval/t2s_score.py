#!/usr/bin/env python3
"""Score traditional-to-simplified folding (see t2s.sh).

words MODE: zh_normalize(word) against OpenCC's t2s of NFKC(word), Han
characters only; a difference is allowed only for a word listed in the
exceptions file (word TAB reason).  sentences MODE: Mainland sentences whose
Han characters zh_normalize changes; OpenCC's changes are printed as the
anchor to beat.
"""
import csv
import sys


def is_han(c):
    o = ord(c)
    # as zh_is_han in src/core/zh_chars.h
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3134F or o == 0x3007)


def han(s):
    return ''.join(c for c in s if is_han(c))


def read(csv_path, opencc_path):
    rows = list(csv.reader(open(csv_path, newline='', encoding='utf-8')))
    ref = open(opencc_path, encoding='utf-8').read().split('\n')
    if len(ref) < len(rows):
        sys.exit('t2s_score: OpenCC gave %d lines for %d' % (len(ref), len(rows)))
    return rows, ref


def changed_chars(a, b):
    """Characters of a that b changes (a length difference counts whole)."""
    if len(a) != len(b):
        return [(a, b)]
    return [(x, y) for x, y in zip(a, b) if x != y]


def words(csv_path, opencc_path, exceptions_path):
    rows, ref = read(csv_path, opencc_path)
    listed = {}
    for line in open(exceptions_path, encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            word, reason = line.rstrip('\n').split('\t', 1)
            listed[word] = reason
    differ, excepted, ours_changed, opencc_changed = [], [], 0, 0
    for (word, nfkc, ours), theirs in zip(rows, ref):
        ours_changed += han(ours) != han(nfkc)
        opencc_changed += han(theirs) != han(nfkc)
        if han(ours) != han(theirs):
            (excepted if word in listed else differ).append((word, ours, theirs))
    stale = sorted(set(listed) - {w for w, _, _ in excepted})
    print('  words changed by zh_normalize: %d, by OpenCC t2s: %d' % (ours_changed, opencc_changed))
    print('  listed exceptions that differ: %d of %d listed' % (len(excepted), len(listed)))
    for word, ours, theirs in excepted[:5]:
        print('    %s -> %s (OpenCC %s): %s' % (word, ours, theirs, listed[word]))
    if stale:
        print('  listed but no longer different (remove from the list): %s' % ' '.join(stale[:20]))
    print('  unlisted differences: %d (floor 0)' % len(differ))
    for word, ours, theirs in differ[:20]:
        print('    %s -> zh_normalize %s, OpenCC %s' % (word, ours, theirs))
    return 0 if not differ and not stale else 1


def sentences(csv_path, opencc_path):
    rows, ref = read(csv_path, opencc_path)
    ours_n, theirs_n, examples, anchor = 0, 0, [], []
    for (line, nfkc, ours), theirs in zip(rows, ref):
        mine = changed_chars(han(line), han(ours))
        other = changed_chars(han(line), han(theirs))
        ours_n += len(mine)
        theirs_n += len(other)
        if mine:
            examples.append((line, ours))
        if other:
            anchor.extend(other)
    print('  characters changed by OpenCC t2s (the anchor): %d %s' %
          (theirs_n, ' '.join(sorted({'%s->%s' % p for p in anchor}))[:200]))
    print('  characters changed by zh_normalize: %d (floor 0)' % ours_n)
    for line, ours in examples[:10]:
        print('    %s\n    -> %s' % (line[:80], ours[:80]))
    return 0 if ours_n == 0 else 1


if __name__ == '__main__':
    mode = sys.argv[1]
    if mode == 'words':
        sys.exit(words(*sys.argv[2:5]))
    sys.exit(sentences(*sys.argv[2:4]))
