#!/bin/sh
# README recipe: load the meetings table into SQLite through rk-tsv -f csv
# and the real sqlite3 (.import --csv takes the header as column names).
. "$(dirname "$0")/common.inc"
need sqlite3 rk-clean rk-segment rk-tag rk-extract rk-tsv
cd "$root" || exit 1
rk-clean samples/*.txt | rk-segment | rk-tag | rk-extract | rk-tsv -f csv > "$W/meetings.csv" || exit 1
want=$(($(rk-clean samples/*.txt | rk-segment | rk-tag | rk-extract -N | wc -l)))
sqlite3 "$W/rk.db" '.import --csv '"$W/meetings.csv"' meetings' || exit 1
got=$(sqlite3 "$W/rk.db" 'SELECT count(*) FROM meetings;')
[ "$got" -eq "$want" ] || { echo "sqlite has $got rows, rk-extract wrote $want"; exit 1; }
virt=$(sqlite3 "$W/rk.db" "SELECT count(*) FROM meetings WHERE mode = 'virtual';")
[ "$virt" -ge 1 ] || { echo "no virtual meeting found in SQLite"; exit 1; }
sqlite3 -separator ' | ' "$W/rk.db" \
    "SELECT date, place, chair_role FROM meetings WHERE place LIKE 'Kecamatan %' ORDER BY date;" |
    grep -q 'Kecamatan' || { echo "SELECT by place found nothing"; exit 1; }
