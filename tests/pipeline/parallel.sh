#!/bin/sh
# README recipe: GNU parallel over a JSONL corpus on all cores, whole
# documents per job (--pipe cuts at line ends, one document per line),
# and over many files; the result equals the single-process run after sorting.
. "$(dirname "$0")/common.inc"
need parallel rk-clean rk-segment rk-tag rk-extract
corpus > "$W/pages.jsonl"
n=$(wc -l < "$W/pages.jsonl")

rk-clean --jsonl "$W/pages.jsonl" | rk-segment | rk-tag | rk-extract -N --all |
    sort > "$W/one.tsv" || exit 1
parallel --pipe -N 25 'rk-clean --jsonl | rk-segment | rk-tag | rk-extract -N --all' \
    < "$W/pages.jsonl" | sort > "$W/many.tsv" || exit 1
cmp -s "$W/one.tsv" "$W/many.tsv" || { echo "parallel --pipe differs"; diff "$W/one.tsv" "$W/many.tsv" | head; exit 1; }
docs=$(cut -f1 "$W/many.tsv" | sort -u | wc -l)
[ "$docs" -eq "$n" ] || { echo "documents in $n, out $docs"; exit 1; }
# --block cuts at line ends too (GNU parallel's --recend is "\n"): a small
# block forces several jobs on this small corpus
parallel --pipe --block 20k 'rk-clean --jsonl | rk-segment | rk-tag | rk-extract -N --all' \
    < "$W/pages.jsonl" | sort > "$W/block.tsv" || exit 1
cmp -s "$W/one.tsv" "$W/block.tsv" || { echo "parallel --block differs"; diff "$W/one.tsv" "$W/block.tsv" | head; exit 1; }
parallel --pipepart -a "$W/pages.jsonl" --block -1 'rk-clean --jsonl | rk-segment | rk-tag | rk-extract -N --all' |
    sort > "$W/part.tsv" || exit 1
cmp -s "$W/one.tsv" "$W/part.tsv" || { echo "parallel --pipepart differs"; diff "$W/one.tsv" "$W/part.tsv" | head; exit 1; }
# each job's pipe on the core of its slot, where taskset can pin
if command -v taskset > /dev/null && taskset -c 0 true 2> /dev/null && [ "$(nproc)" -ge 2 ]; then
	parallel --pipepart -a "$W/pages.jsonl" --block -1 -j2 \
	    'taskset -c $(({%} - 1)) sh -c "rk-clean --jsonl | rk-segment | rk-tag | rk-extract -N --all"' |
	    sort > "$W/pin.tsv" || exit 1
	cmp -s "$W/one.tsv" "$W/pin.tsv" || { echo "pinned parallel differs"; diff "$W/one.tsv" "$W/pin.tsv" | head; exit 1; }
fi

# many files: -X hands each job several files
cd "$root" || exit 1
rk-clean samples/*.txt | rk-segment | rk-tag | rk-extract -N --all | sort > "$W/f1.tsv"
parallel -X -n 3 'rk-clean {} | rk-segment | rk-tag | rk-extract -N --all' ::: samples/*.txt |
    sort > "$W/f2.tsv"
cmp -s "$W/f1.tsv" "$W/f2.tsv" || { echo "parallel over files differs"; diff "$W/f1.tsv" "$W/f2.tsv" | head; exit 1; }
