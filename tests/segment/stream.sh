# Properties on random rk-clean streams: lossless title/body rows, sentence
# numbers contiguous within each document, every other row passed through
# byte for byte with sent 0.
command -v python3 >/dev/null || { echo "skip: no python3"; exit 0; }
set -e
for seed in 11 12 13 14 15; do
	python3 gen-text.py stream $seed 200 > "$TMPD/stream.in"
	rk-segment < "$TMPD/stream.in" > "$TMPD/stream.out"
	python3 gen-text.py check-stream "$TMPD/stream.in" "$TMPD/stream.out" >/dev/null
done
