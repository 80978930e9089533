# I/O edges: write errors, a missing file among good ones, help and version.
set -u
out=$(rk-segment angka.in < /dev/null 2>&1 > /dev/full); rc=$?
[ "$rc" -eq 1 ] || { echo "/dev/full: exit $rc"; exit 1; }
case $out in *"write error"*) ;; *) echo "/dev/full: $out"; exit 1 ;; esac
rk-segment -N nonexistent.in angka.in > "$TMPD/io.out" 2> "$TMPD/io.err"; rc=$?
[ "$rc" -eq 1 ] || { echo "missing file: exit $rc"; exit 1; }
grep -q '^rk-segment: nonexistent.in: No such file' "$TMPD/io.err" || { cat "$TMPD/io.err"; exit 1; }
[ "$(cut -f1 "$TMPD/io.out" | sort -u)" = angka.in ] || { echo "missing file: other output lost"; exit 1; }
rk-segment --help | grep -q '^usage: rk-segment' || exit 1
rk-segment -h | grep -q '^usage: rk-segment' || exit 1
rk-segment --version | grep -q . || exit 1
# a stream cut in the middle of a pipe must not hang or crash
python3 gen-text.py plain 7 3000 2>/dev/null | rk-segment | head -1 > /dev/null
exit 0
