# A 50 MB field on one line: no line-length limit, any format, --check.
set -eu
f=$TMPD/bigline.tsv
{ printf 'doc\ttext\n'; printf 'big\t'; head -c 50000000 /dev/zero | tr '\0' 'a'; printf '\\t\\\\x\n'; } > "$f"
rk-tsv --check "$f"
n=$(rk-tsv -N -c text "$f" | wc -c)
[ "$n" -eq 50000006 ] || { echo "tsv: $n bytes"; exit 1; }
n=$(rk-tsv -f csv -N -c text "$f" | wc -c)
[ "$n" -eq 50000004 ] || { echo "csv: $n bytes"; exit 1; }
n=$(rk-tsv -f jsonl -c text "$f" | wc -c)
[ "$n" -eq 50000017 ] || { echo "jsonl: $n bytes"; exit 1; }
rm -f "$f"
