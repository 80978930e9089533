# Random bytes: always a document out, a repair message, exit 0; the
# stream stays valid UTF-8 TSV with five columns.
f=$TMPD/garbage.bin
head -c 200000 /dev/urandom > "$f"
"$RK_BIN/rk-clean" "$f" - < "$f" > "$TMPD/g.out" 2> "$TMPD/g.err" || exit 1
grep -q 'repaired' "$TMPD/g.err" || exit 1
awk -F'\t' 'NF != 5 { exit 1 }' "$TMPD/g.out" || exit 1
iconv -f UTF-8 -t UTF-8 "$TMPD/g.out" > /dev/null || exit 1
[ "$(cut -f1 "$TMPD/g.out" | tail -n +2 | sort -u | wc -l)" -eq 2 ]
