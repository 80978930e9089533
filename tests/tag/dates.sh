# The hand-made date set (dates.tsv) through rk-tag itself: every case's
# sentence, in a document with its pubdate, copyright and other sentences,
# must yield an entity row with the case's kind, text and value; a case
# with value "-" must yield no DATE TIME NUM PERCENT MONEY row overlapping
# its text.  (tests/lib/test_date.c runs the same set on tag_date.c alone.)
set -u
tmp=${TMPD:-/tmp}/dates.$$
awk -F'\t' -v OFS='\t' '
NR == 1 { print "doc", "para", "sent", "kind", "text", "value"; next }
/^#/ || NF < 6 { next }
{
	d = "c" NR
	if ($4 != "") print d, 0, 0, "pubdate", $4, $4
	if ($5 != "") print d, 0, 0, "copyright", "(c) " $5, $5
	n = split($7, o, / \| /)
	for (i = 1; i <= n; i++) print d, 1, i, "sent", o[i], ""
	print d, 2, 99, "sent", $6, ""
}' "$T/dates.tsv" > "$tmp.in"
rk-tag < "$tmp.in" > "$tmp.out" || { echo "rk-tag failed"; rm -f "$tmp".*; exit 1; }
awk -F'\t' '
FNR == NR {
	if (FNR > 1 && $3 == 99 && $7 != "" && $4 ~ /^(DATE|TIME|NUM|PERCENT|MONEY)$/)
		got[$1] = got[$1] "\n" $4 "\t" $5 "\t" $6
	next
}
FNR == 1 || /^#/ || NF < 6 { next }
{
	d = "c" FNR; n = split(got[d], g, "\n"); ok = ($3 == "-")
	for (i = 2; i <= n; i++) {
		split(g[i], e, "\t")
		if ($3 == "-") {
			if (($1 == "*" || $1 == e[1]) &&
			    (index($2, e[2]) || index(e[2], $2)))
				ok = 0
		} else if (e[1] == $1 && e[2] == $2 && e[3] == $3)
			ok = 1
	}
	if (!ok) {
		bad++
		printf "FAIL line %d: %s %s = %s in: %s\n", FNR, $1, $2, $3, $6
		for (i = 2; i <= n; i++) printf "    got %s\n", g[i]
	}
	cases++
}
END { printf "%d cases, %d failed\n", cases, bad; exit bad > 0 }' "$tmp.out" "$T/dates.tsv"
rc=$?
rm -f "$tmp".*
exit $rc
