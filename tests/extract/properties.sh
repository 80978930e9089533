#!/bin/sh
# Properties of rk-extract on every test stream here (and on samples/ when
# the upstream tools are built): every document in comes out (a meeting row
# or, with --all, a `none` row), and every evidence id (para.sent) names a
# sentence of that document in the input.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${RK_BIN:-$root/bin}
tmp=${TMPD:-/tmp}/extract-props.$$
mkdir -p "$tmp"; trap 'rm -rf "$tmp"' EXIT
fail=0

check() {	# check NAME STREAM
	"$bin/rk-extract" --all "$2" > "$tmp/out" 2> "$tmp/err" ||
		{ echo "$1: rk-extract failed"; cat "$tmp/err"; fail=1; return; }
	awk -F'\t' -v name="$1" '
	FNR == 1 { next }
	FILENAME == ARGV[1] {
		docs[$1] = 1
		if ($4 == "sent") sent[$1 "\t" $2 "." $3] = 1
		next
	}
	{
		seen[$1] = 1
		n = split($18, ev, ";")
		for (i = 1; i <= n; i++)
			if (!(($1 "\t" ev[i]) in sent)) {
				printf "%s: %s: evidence %s is not a sentence of the input\n", name, $1, ev[i]
				bad = 1
			}
		if ($3 == "none" && n > 0) { printf "%s: %s: none row with evidence\n", name, $1; bad = 1 }
	}
	END {
		for (d in docs) if (!(d in seen)) { printf "%s: document %s lost\n", name, d; bad = 1 }
		for (d in seen) if (!(d in docs)) { printf "%s: document %s invented\n", name, d; bad = 1 }
		exit bad
	}' "$2" "$tmp/out" || fail=1
}

for f in "$root"/tests/extract/*.in; do
	case $(basename "$f") in wrong-stream.in|help.in|version.in|missing-file.in|bad-option.in) continue ;; esac
	check "$(basename "$f")" "$f"
done
if [ -x "$bin/rk-clean" ] && [ -x "$bin/rk-segment" ] && [ -x "$bin/rk-tag" ]; then
	(cd "$root" && "$bin/rk-clean" samples/*.txt | "$bin/rk-segment" | "$bin/rk-tag") > "$tmp/samples.tag" &&
		check samples "$tmp/samples.tag"
else
	echo "note: upstream tools not built; samples/ not checked"
fi
exit $fail
