# Round trip: random fields with TABs, newlines, CR, backslashes, quotes,
# commas, control characters and non-ASCII, escaped into an rk stream; the
# jsonl output parsed by Python's json and the csv output by its csv module
# must give back every field byte for byte.
set -eu
command -v python3 > /dev/null || { echo "python3 missing"; exit 1; }
python3 - "$TMPD" <<'PY'
import csv, io, json, random, subprocess, sys
tmp = sys.argv[1]
random.seed(7)
alpha = ['a', 'Z', ' ', '\t', '\n', '\r', '\\', '"', ',', ';', '|', '\x01', '\x1b',
         '\x7f', 'é', 'ü', '–', '“', '中', '🙂', 'e\u0301', '\\t', '\\n', "'", '{']
cols = ['doc', 'para', 'kind', 'text', 'value', 'kolom aneh "x"']
rows = []
for i in range(400):
    rows.append([''.join(random.choice(alpha) for _ in range(random.randint(0, 12)))
                 for _ in cols])
def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')
data = '\t'.join(cols) + '\n' + ''.join('\t'.join(esc(f) for f in r) + '\n' for r in rows)
path = tmp + '/rt.tsv'
open(path, 'w', encoding='utf-8', newline='').write(data)
def run(*args):
    p = subprocess.run(['rk-tsv'] + list(args) + [path], capture_output=True)
    if p.returncode != 0 or p.stderr:
        sys.exit('rk-tsv %s: exit %d %s' % (args, p.returncode, p.stderr))
    return p.stdout.decode('utf-8')
got = [json.loads(l) for l in run('-f', 'jsonl').split('\n') if l]
want = [dict(zip(cols, r)) for r in rows]
if got != want:
    sys.exit('jsonl round trip differs')
got = list(csv.reader(io.StringIO(run('-f', 'csv'), newline='')))
if got != [cols] + rows:
    for a, b in zip(got, [cols] + rows):
        if a != b:
            print(repr(a), repr(b))
            break
    sys.exit('csv round trip differs')
if run() != data:
    sys.exit('tsv is not the identity')
if run('--check') != '':
    sys.exit('--check printed something')
PY
