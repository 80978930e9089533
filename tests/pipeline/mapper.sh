#!/bin/sh
# README recipe: the pipeline as a Hadoop Streaming or Spark pipe() mapper.
# A mapper gets a chunk of JSONL lines on stdin and writes rows without a
# header; with --all every document in comes out, so counts reconcile
# chunk by chunk.
. "$(dirname "$0")/common.inc"
need rk-clean rk-segment rk-tag rk-extract
corpus > "$W/pages.jsonl"
split -l 37 "$W/pages.jsonl" "$W/chunk."
total=0
for c in "$W"/chunk.*; do
	in=$(wc -l < "$c")
	rk-clean --jsonl < "$c" | rk-segment | rk-tag | rk-extract -N --all > "$c.out" || exit 1
	out=$(cut -f1 "$c.out" | sort -u | wc -l)
	[ "$in" -eq "$out" ] || { echo "$(basename "$c"): documents in $in, out $out"; exit 1; }
	head -n 1 "$c.out" | grep -q '^doc	' && { echo "mapper output has a header"; exit 1; }
	total=$((total + out))
done
[ "$total" -eq "$(wc -l < "$W/pages.jsonl")" ] || { echo "total $total"; exit 1; }
