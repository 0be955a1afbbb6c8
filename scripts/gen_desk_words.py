#!/usr/bin/env python3
"""Builds src/dlp/desk_words.txt: ordinary English words, no names.

A mailbox whose local part is a plain word of the language (`escrow@`,
`outages@`, `underwriting@`) or two or three of them run together
(`meterdata@`) names a desk; people's mailboxes are names, initials and
digits. The list is what tells a word from a name.

Source: SCOWL via Debian's `wamerican` package (2020.12.07-2),
/usr/share/dict/american-english (`apt-get install wamerican`). SCOWL
copyright notice (it must travel with the list, so it heads the file):
see NOTICE below.

Names also out: every given name and the 10,000 commonest surnames of
the US Census 1990 name files (public domain; read from the copies in
the PyPI package `names` 0.3.0, `dist.*.first`, `dist.all.last`), so
that `prior@`, `lien@` or `salvage`-like surnames stay people's.

Kept: lower-case ASCII words of 4 to 16 letters whose capitalised form is
not also in the list (a word that is also a name, `Grace`, `Baker`,
`Mark`, stays out), and whose `-s`/`-es` form is not a name either
(`brook` stays out for `Brooks`): the lookup folds those endings. Left
out to save space: `-ly` adverbs and `-ed` forms of listed words
(nobody names a desk that way) and plurals of listed words (folded).

Format: one block of 16 words per line, sorted; the first word of a line
in full, each next word as one character `0`..`?` (how many leading
letters it shares with the word before, 0 to 15) and its remaining
letters. Lines starting with `#` are the notice.
"""
import re
import sys

NOTICE = """# Word list derived from SCOWL (Spell Checker Oriented Word Lists),
# Debian package wamerican 2020.12.07-2, by scripts/gen_desk_words.py.
# Names removed with the US Census 1990 name files (public domain).
# Copyright 2000-2011 by Kevin Atkinson
# Permission to use, copy, modify, distribute and sell these word
# lists, the associated scripts, the output created from the scripts,
# and its documentation for any purpose is hereby granted without fee,
# provided that the above copyright notice appears in all copies and
# that both that copyright notice and this permission notice appear in
# supporting documentation. Kevin Atkinson makes no representations
# about the suitability of this array for any purpose. It is provided
# "as is" without express or implied warranty.
"""


def census(names_dir):
    out = set()
    for f in ("dist.male.first", "dist.female.first"):
        out |= {l.split()[0].lower() for l in open(f"{names_dir}/{f}") if l.strip()}
    for l in open(f"{names_dir}/dist.all.last"):
        parts = l.split()
        if parts and int(parts[3]) <= 10000:
            out.add(parts[0].lower())
    return out


def main(names_dir, src="/usr/share/dict/american-english", dst="src/dlp/desk_words.txt"):
    ws = [w.strip() for w in open(src, encoding="utf-8", errors="ignore")]
    caps = {w.lower() for w in ws if w[:1].isupper()} | census(names_dir)
    words = {
        w for w in ws if re.fullmatch(r"[a-z]+", w) and w not in caps and 4 <= len(w) <= 16
    }
    words = {w for w in words if w + "s" not in caps and w + "es" not in caps}
    keep = set()
    for w in words:
        if w.endswith("ly") and len(w) > 5:
            continue
        if w.endswith("ed") and (w[:-1] in words or w[:-2] in words or w[:-3] in words):
            continue
        if w.endswith("s") and (w[:-1] in words or (w.endswith("es") and w[:-2] in words)):
            continue
        keep.add(w)
    ws = sorted(keep)
    lines = []
    for i in range(0, len(ws), 16):
        block = ws[i : i + 16]
        line, prev = block[0], block[0]
        for w in block[1:]:
            p = 0
            while p < min(len(w), len(prev), 15) and w[p] == prev[p]:
                p += 1
            line += chr(ord("0") + p) + w[p:]
            prev = w
        lines.append(line)
    with open(dst, "w") as f:
        f.write(NOTICE)
        f.write("\n".join(lines) + "\n")
    print(len(ws), "words,", sum(len(l) + 1 for l in lines), "bytes")


if __name__ == "__main__":
    main(*sys.argv[1:])
