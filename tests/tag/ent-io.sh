# I/O edges: a full disk, a missing file next to a good one.
set -u
out=$("$RK_BIN/rk-tag" "$T/ent-basic.in" 2>&1 > /dev/full)
rc=$?
[ "$rc" -eq 1 ] || { echo "/dev/full: exit $rc"; exit 1; }
case $out in *"write error"*) ;; *) echo "/dev/full: $out"; exit 1 ;; esac
n=$("$RK_BIN/rk-tag" /nonexistent "$T/ent-pass.in" 2>/dev/null | wc -l)
rc=$?
"$RK_BIN/rk-tag" /nonexistent "$T/ent-pass.in" > /dev/null 2>&1
[ $? -eq 1 ] || { echo "missing file: want exit 1"; exit 1; }
[ "$n" -eq "$(wc -l < "$T/ent-pass.out")" ] || { echo "missing file: the good one was not tagged"; exit 1; }
