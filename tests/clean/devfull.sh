# A write error is reported and exits 1.
[ -w /dev/full ] || exit 0
"$RK_BIN/rk-clean" "$T/reporter.in" > /dev/full 2> "$TMPD/full.err"
[ $? -eq 1 ] && grep -q 'write error' "$TMPD/full.err"
