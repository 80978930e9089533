#!/usr/bin/env python3
"""Random and adversarial text for rk-segment's property tests.

usage: gen-text.py plain SEED N     N paragraphs, one a line
       gen-text.py stream SEED N    an rk-clean stream of N documents
       gen-text.py check-plain IN OUT      lossless + numbering
       gen-text.py check-stream IN OUT     lossless + numbering + pass-through

Every check prints what failed and exits 1; prints "ok" otherwise.
"""
import random
import re
import sys

WORDS = """rapat koordinasi digelar di aula kantor camat bupati wakil
sekda kepala dinas warga desa kecamatan kabupaten bantuan banjir jalan
pemerintah daerah dipimpin dihadiri membahas anggaran program data
Sampit Kotim Kalteng Seranau Halikinnor Bupati Camat Rakor Ia Mereka
Namun Sementara Dalam Selain Pengasapan Dalam Hingga Kami Warga""".split()
TOKENS = """H. Hj. Hi. Drs. Dr. dr. Ir. Prof. K.H. S.Sos. S.H. M.Hum. M.Si.
M.A. Ph.D. S.i.p.MM Yudi H. Sulardi M.Azis AP. Irjen Pol. Letkol Inf.
Kab. Kec. Kel. Jl. No. Pj. Plt. PT. dll. dsb. dkk. s.d. a.n. 1.500
1.790,51 Rp 2.500.000 08.30 WITA (6/5). (15/02/2022) beritasampit.co.id
www.kotimkab.go.id. ... … ?! ?. ! ? . .. .... "" " “ ” „ « » ' ‘ ’ `` ''
( ) [ ] (SOC/DIN) (ant) - – — • * 1. 2. a. b. : ; , \\ \\n
🙂 e\u0301 Ö. ½ \ufffd Tbk. Ltd. Pte. A.S. v9. XI. RT. No.""".split()
SPACES = [" ", " ", " ", "  ", "\t", "\u00a0", "\u2003", "\u2009", "\u202f",
          "\u3000", " \u00a0 "]
WS = "[ \t\n\v\f\r\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"


def paragraph(rng, newline_ok):
    out = []
    for _ in range(rng.randint(1, 40)):
        r = rng.random()
        if r < 0.45:
            t = rng.choice(WORDS)
        elif r < 0.9:
            t = rng.choice(TOKENS)
        else:
            t = "".join(rng.choice(TOKENS + WORDS) for _ in range(rng.randint(2, 3)))
        out.append(t)
        sp = rng.choice(SPACES)
        if newline_ok and rng.random() < 0.03:
            sp = "\n"
        if rng.random() < 0.15:
            sp = ""
        out.append(sp)
    if rng.random() < 0.2:
        out.insert(0, rng.choice(SPACES))
    return "".join(out)


def escape(s):
    return (s.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}
                  .get(m.group(1), m.group(1)), s)


def norm(s):
    return re.sub(WS, " ", s).strip(" ")


def gen_plain(seed, n):
    rng = random.Random(seed)
    for _ in range(n):
        p = paragraph(rng, False)
        if rng.random() < 0.05:
            p = rng.choice(["", "   ", "\t"])
        sys.stdout.write(p + "\n")


def gen_stream(seed, n):
    rng = random.Random(seed)
    sys.stdout.write("doc\tpara\tkind\ttext\tvalue\n")
    for d in range(n):
        doc = "berita-%d.txt" % d
        para = 0
        for _ in range(rng.randint(1, 8)):
            kind = rng.choice(["title", "body", "body", "body", "pubdate",
                               "dateline", "caption", "author", "drop"])
            if kind in ("title", "body"):
                para += 1
                p, text, value = str(para), paragraph(rng, True), ""
                if rng.random() < 0.05:
                    text = rng.choice(["", "  ", "\n"])
            else:
                p, text = "0", paragraph(rng, True)
                value = rng.choice(["", "2024-05-06", "SAMPIT", "a\\b\tc"])
            sys.stdout.write("\t".join([doc, p, kind, escape(text),
                                        escape(value)]) + "\n")


def read_rows(path):
    with open(path, encoding="utf-8", newline="\n") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def check_sents(out, fail):
    """Numbering: 1..n per document, in order; other rows sent 0."""
    paras, last, doc = {}, 0, None
    for ln in out[1:]:
        f = ln.split("\t")
        if len(f) != 6:
            fail("bad field count: %r" % ln)
            continue
        if f[0] != doc:
            doc, last = f[0], 0
        if f[3] != "sent":
            if f[2] != "0":
                fail("non-sentence row with sent %s: %r" % (f[2], ln))
            continue
        last += 1
        if f[2] != str(last):
            fail("sentence %s, want %d: %r" % (f[2], last, ln))
        t = unescape(f[4])
        if t == "" or re.match(WS, t) or re.search(WS + "$", t):
            fail("empty or untrimmed sentence: %r" % ln)
        paras.setdefault((f[0], f[1], f[5]), []).append(t)
    return paras


def check(inp, outp, stream):
    bad = []

    def fail(msg):
        bad.append(msg)

    out = read_rows(outp)
    paras = check_sents(out, fail)
    want = {}
    rest = [ln for ln in out[1:] if ln.split("\t")[3:4] != ["sent"]]
    if stream:
        passed = []
        for ln in read_rows(inp)[1:]:
            f = ln.split("\t")
            text = unescape(f[3])
            if f[2] in ("title", "body") and norm(text) != "":
                want[(f[0], f[1], f[2])] = norm(text)
            else:
                passed.append("\t".join(f[:2] + ["0"] + f[2:]))
        if passed != rest:
            fail("pass-through rows differ: %d in, %d out" % (len(passed), len(rest)))
            for a, b in zip(passed, rest):
                if a != b:
                    fail("  in  %r\n  out %r" % (a, b))
                    break
    else:
        n = 0
        for ln in read_rows(inp):
            if norm(ln) != "":
                n += 1
                want[("-", str(n), "body")] = norm(ln)
    got = {k: norm(" ".join(v)) for k, v in paras.items()}
    for k in want:
        if got.get(k) != want[k]:
            fail("not lossless %r:\n  in  %r\n  out %r" % (k, want[k], got.get(k)))
    for k in got:
        if k not in want:
            fail("sentences for an unknown paragraph %r" % (k,))
    for m in bad[:10]:
        print(m)
    if bad:
        sys.exit(1)
    print("ok")


def main():
    a = sys.argv[1:]
    if len(a) == 3 and a[0] == "plain":
        gen_plain(int(a[1]), int(a[2]))
    elif len(a) == 3 and a[0] == "stream":
        gen_stream(int(a[1]), int(a[2]))
    elif len(a) == 3 and a[0] in ("check-plain", "check-stream"):
        check(a[1], a[2], a[0] == "check-stream")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
