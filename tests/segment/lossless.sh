# Property: on random and adversarial plain text, the sentences of each
# paragraph joined with spaces give back the paragraph (modulo white space),
# none is empty or untrimmed, and numbering runs 1..n.
command -v python3 >/dev/null || { echo "skip: no python3"; exit 0; }
set -e
for seed in 1 2 3 4 5; do
	python3 gen-text.py plain $seed 400 > "$TMPD/lossless.in"
	rk-segment < "$TMPD/lossless.in" > "$TMPD/lossless.out"
	python3 gen-text.py check-plain "$TMPD/lossless.in" "$TMPD/lossless.out" >/dev/null
done
