# Property: every entity row's text is exactly its sentence's code points
# [start,end), over every golden input here and over random input.
set -u
command -v python3 > /dev/null || { echo "python3 missing: skipped"; exit 0; }
tmp=${TMPD:-/tmp}/ent-prop.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/random.tsv" <<'PY'
import random, sys
random.seed(5)
words = ("Camat Bupati Kapolres Wakil Wali Kota Kecamatan Kabupaten Desa Kab. "
         "Kec. se-Kabupaten Seranau Kutim Kotim Kalteng Banjarbaru Bangkal "
         "Yudi H. M. Agus S.Sos., M.Si. AKBP Jalan Jenderal Sudirman Aula "
         "Hotel Room Oasis, Aston Rakor rapat koordinasi daring zoom hybrid "
         "Forkopimda BPD Pemkab Dinas Kesehatan PT di ke dari dan yang "
         "Rabu (6/5) 12 Mei 2020 pukul 08.30 WITA Rp 2,5 miliar 15% "
         "Jum\u2019at caf\u00e9 \u201ckata\u201d \u2014 \U0001F642 \u00a0 \u0130 "
         "N\u00fa\u00f1ez Jos\u00e9 - . , ; : ( ) \" ' ").split(" ")
rows = ["doc\tpara\tsent\tkind\ttext\tvalue"]
for d in range(300):
    for s in range(1, random.randint(1, 6)):
        n = random.randint(0, 30)
        t = " ".join(random.choice(words) for _ in range(n))
        if random.random() < 0.3:
            t = t.replace(" ", "")
        t = t.replace("\\", "\\\\").replace("\t", "\\t")
        rows.append(f"r{d}\t1\t{s}\tsent\t{t}\t")
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(rows) + "\n")
PY
status=0
for f in "$T"/*.in "$tmp/random.tsv"; do
	head -1 "$f" | grep -q '^doc	para	sent	kind	text	value' || continue
	"$RK_BIN/rk-tag" "$f" > "$tmp/out" 2>/dev/null
	python3 - "$tmp/out" "$f" <<'PY' || status=1
import sys
def unesc(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"t": "\t", "n": "\n", "r": "\r"}.get(s[i + 1], s[i + 1])); i += 2
        else:
            out.append(s[i]); i += 1
    return "".join(out)
sent, bad, n = {}, 0, 0
for ln in open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read().split("\n")[1:]:
    if not ln:
        continue
    f = ln.split("\t")
    if len(f) != 8:
        print("bad row:", ln); bad += 1; continue
    key = (f[0], f[2])
    if f[3] == "sent":
        sent[key] = unesc(f[4]); continue
    if f[6] == "":
        continue
    n += 1
    s, e = int(f[6]), int(f[7])
    if key not in sent or sent[key][s:e] != unesc(f[4]) or not 0 <= s < e:
        print("mismatch:", ln); bad += 1
if bad:
    print(sys.argv[2], bad, "bad of", n); sys.exit(1)
PY
done
exit $status
