# Every sample page comes out with a title, body rows and a dateline, and
# the JSONL version gives one document per page.
cd "$T/../../samples" || exit 1
n=$(ls *.txt | wc -l)
"$RK_BIN/rk-clean" *.txt > "$TMPD/s.out" || exit 1
[ "$(awk -F'\t' '$3 == "title"' "$TMPD/s.out" | wc -l)" -eq "$n" ] || exit 1
[ "$(awk -F'\t' '$3 == "dateline"' "$TMPD/s.out" | wc -l)" -eq "$n" ] || exit 1
"$RK_BIN/rk-clean" --jsonl pages.jsonl > "$TMPD/j.out" || exit 1
[ "$(cut -f1 "$TMPD/j.out" | tail -n +2 | sort -u | wc -l)" -eq "$n" ]
