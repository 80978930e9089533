# A missing file: a message, exit 1, an `empty` row for it, the others done.
out=$TMPD/missing.out err=$TMPD/missing.err
"$RK_BIN/rk-clean" "$T/reporter.in" /nonexistent/page.txt "$T/dup.in" > "$out" 2> "$err"
rc=$?
[ "$rc" -eq 1 ] || { echo "exit $rc"; exit 1; }
grep -q '^rk-clean: /nonexistent/page.txt: No such file or directory$' "$err" || { cat "$err"; exit 1; }
grep -q '^/nonexistent/page.txt	0	empty		$' "$out" || exit 1
[ "$(cut -f1 "$out" | sort -u | wc -l)" -eq 4 ] || { cut -f1 "$out" | sort -u; exit 1; }
