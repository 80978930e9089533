# A reader that closes early (| head -1) gets no error message: with SIGPIPE
# at its default the writer dies quietly; with SIGPIPE ignored, EPIPE is quiet.
set -u
i=0
while [ $i -lt 3000 ]; do cat stream.tsv; i=$((i + 1)); done | grep -v '^doc' > "$TMPD/rows"
{ head -1 stream.tsv; cat "$TMPD/rows"; cat "$TMPD/rows"; } > "$TMPD/big.tsv"
for f in tsv csv jsonl pretty; do
	rk-tsv -f $f "$TMPD/big.tsv" 2> "$TMPD/err" | head -1 > /dev/null
	[ -s "$TMPD/err" ] && { echo "$f:"; cat "$TMPD/err"; exit 1; }
	(trap '' PIPE; rk-tsv -f $f "$TMPD/big.tsv" 2> "$TMPD/err" | head -1 > /dev/null)
	[ -s "$TMPD/err" ] && { echo "$f, SIGPIPE ignored:"; cat "$TMPD/err"; exit 1; }
done
exit 0
