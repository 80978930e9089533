#!/bin/sh
# rk-extract I/O edges: a full disk, several operands with "-", a closed pipe.
set -u
bin=${RK_BIN:-$(cd "$(dirname "$0")/../.." && pwd)/bin}
T=${T:-$(cd "$(dirname "$0")" && pwd)}
err=$("$bin/rk-extract" "$T/t05-hybrid.in" 2>&1 > /dev/full); rc=$?
[ "$rc" -eq 1 ] || { echo "/dev/full: exit $rc, want 1"; exit 1; }
echo "$err" | grep -q 'write error' || { echo "/dev/full: no write error message: $err"; exit 1; }
n=$("$bin/rk-extract" - "$T/t02-role-only-chair.in" < "$T/t05-hybrid.in" | grep -c '^doc	')
[ "$n" -eq 1 ] || { echo "header written $n times for two operands"; exit 1; }
n=$("$bin/rk-extract" -N - "$T/t02-role-only-chair.in" < "$T/t05-hybrid.in" | cut -f1 | sort -u | wc -l)
[ "$n" -eq 2 ] || { echo "two operands gave $n documents"; exit 1; }
"$bin/rk-extract" "$T/t05-hybrid.in" | head -c 10 > /dev/null || { echo "closed pipe"; exit 1; }
exit 0
