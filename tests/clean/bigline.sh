# A 50 MB single line (generated here): one document, no crash, one body row.
f=$TMPD/bigline.txt
awk 'BEGIN { s = "rapat koordinasi camat dan lurah di aula kecamatan, "; while (length(b) < 1048576) b = b s; for (i = 0; i < 50; i++) printf "%s", b; print "" }' > "$f"
out=$TMPD/bigline.out
"$RK_BIN/rk-clean" "$f" > "$out" || exit 1
[ "$(wc -l < "$out")" -eq 2 ] || exit 1
[ "$(cut -f3 "$out" | tail -1)" = body ] || exit 1
printf '{"id":"big","text":"' > "$f.jsonl"; head -c 52428800 "$f" | tr -d '\n' >> "$f.jsonl"; printf '"}\n' >> "$f.jsonl"
"$RK_BIN/rk-clean" --jsonl "$f.jsonl" | cut -f1-3 | tail -1 | grep -q '^big	1	body$'
