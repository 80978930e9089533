#!/usr/bin/env python3
"""Build an invented dev set: src/NNN.src -> pages/NNN.txt, gold.tsv, lines.tsv.

usage: tests/dev/mk.py [SETDIR]   (default: tests/dev; e.g. tests/dev2)

A .src file holds `key: value` gold lines, a `---` line, then the page, one
line per line, each prefixed with its clean label: T| title, B| body,
C| caption, Y| byline, D| date, U| dup, X| boiler.  An empty or
whitespace-only line without a prefix is labelled `empty`.
`check: YYYY-MM-DD Weekday` lines are verified with datetime, and every
`Weekday (d/m[/y])` or `Weekday, d Month yyyy` in the page is checked
against the calendar (year from the gold date when absent) unless listed
in a `contradiction:` line.
"""
import datetime
import os
import re
import sys

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else \
    os.path.dirname(os.path.abspath(__file__))
COLS = ["id", "is_meeting", "date", "date_text", "place", "venue", "mode",
        "chair_name", "chair_role", "region", "topics"]
LABELS = {"T": "title", "B": "body", "C": "caption", "Y": "byline",
          "D": "date", "U": "dup", "X": "boiler"}
DAYS = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]
MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli",
          "agustus", "september", "oktober", "november", "desember"]
WD = r"(Senin|Selasa|Rabu|Kamis|Jum.?at|Sabtu|Minggu)"


def day_of(s):
    return DAYS[datetime.date.fromisoformat(s).weekday()]


def fold(w):
    return re.sub(r"[^a-z]", "", w.lower())


def check_text(gid, text, year, skip):
    bad = 0
    pats = [
        WD + r"\w*,? \(?(\d{1,2}) ?/ ?(\d{1,2})(?: ?/ ?(\d{2,4}))?\)",
        WD + r",?(?: tanggal)? (\d{1,2}) (\w+) (\d{4})",
    ]
    for i, p in enumerate(pats):
        for m in re.finditer(p, text):
            if any(m.group(0).startswith(s) or s in m.group(0) for s in skip):
                continue
            d = int(m.group(2))
            if i == 0:
                mo = int(m.group(3))
                y = m.group(4)
                y = int(y) if y else year
                y = y + 2000 if y < 100 else y
            else:
                if fold(m.group(3)) not in MONTHS:
                    continue
                mo = MONTHS.index(fold(m.group(3))) + 1
                y = int(m.group(4))
            got = DAYS[datetime.date(y, mo, d).weekday()]
            if fold(m.group(1)) != got:
                print(f"{gid}: weekday mismatch: {m.group(0)!r} is a {got}")
                bad += 1
    return bad


def main():
    srcdir = os.path.join(HERE, "src")
    pagedir = os.path.join(HERE, "pages")
    os.makedirs(pagedir, exist_ok=True)
    gold, lines, bad = [], [], 0
    for fn in sorted(os.listdir(srcdir)):
        if not fn.endswith(".src"):
            continue
        gid = fn[:-4]
        meta, body = open(os.path.join(srcdir, fn), encoding="utf-8").read().split("\n---\n", 1)
        g = {c: "" for c in COLS}
        g["id"] = gid
        skip = []
        for ln in meta.split("\n"):
            if not ln.strip():
                continue
            k, _, v = ln.partition(":")
            v = v.strip()
            if k == "check":
                iso, wd = v.split()
                if day_of(iso) != fold(wd):
                    print(f"{gid}: check {iso} is a {day_of(iso)}, not {wd}")
                    bad += 1
            elif k == "contradiction":
                skip.append(v)
            else:
                g[k] = v
        out = []
        for n, ln in enumerate(body.rstrip("\n").split("\n"), 1):
            if len(ln) > 1 and ln[1] == "|" and ln[0] in LABELS:
                lab, text = LABELS[ln[0]], ln[2:]
            elif not ln.strip():
                lab, text = "empty", ln
            else:
                print(f"{gid}:{n}: no label: {ln[:40]!r}")
                bad += 1
                lab, text = "body", ln
            out.append(text)
            lines.append((gid, n, lab))
        text = "\n".join(out) + "\n"
        year = int(g["date"][:4]) if g["date"] else 2000
        bad += check_text(gid, text, year, skip)
        with open(os.path.join(pagedir, gid + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        gold.append(g)
    with open(os.path.join(HERE, "gold.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for g in gold:
            f.write("\t".join(g[c] for c in COLS) + "\n")
    with open(os.path.join(HERE, "lines.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tline\tlabel\n")
        for gid, n, lab in lines:
            f.write(f"{gid}\t{n}\t{lab}\n")
    print(f"{len(gold)} pages, {len(lines)} labelled lines, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
