# Output to a full disk: exit 1 and "write error", for small and large output.
set -u
for args in "" "-f csv" "-f pretty"; do
	rk-tsv $args stream.tsv > /dev/full 2> "$TMPD/err"; rc=$?
	[ "$rc" -eq 1 ] || { echo "$args: exit $rc"; exit 1; }
	grep -q "^rk-tsv: write error" "$TMPD/err" || { cat "$TMPD/err"; exit 1; }
done
i=0; : > "$TMPD/big.tsv"
while [ $i -lt 2000 ]; do cat stream.tsv; i=$((i + 1)); done | grep -v '^doc' > "$TMPD/rows"
{ head -1 stream.tsv; cat "$TMPD/rows"; } > "$TMPD/big.tsv"
rk-tsv -f jsonl "$TMPD/big.tsv" > /dev/full 2> "$TMPD/err"; rc=$?
[ "$rc" -eq 1 ] || { echo "big: exit $rc"; exit 1; }
[ "$(wc -l < "$TMPD/err")" -eq 1 ] || { echo "big: more than one message"; cat "$TMPD/err"; exit 1; }
grep -q "^rk-tsv: write error: No space left on device" "$TMPD/err" || { cat "$TMPD/err"; exit 1; }
