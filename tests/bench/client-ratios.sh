#!/usr/bin/env bash
# The client's figures against their floors, each measured in the same run:
#   tests/bench/client-ratios.sh BUILD_DIR [ROWS]
# Builds nothing: runs the benchmarks of BUILD_DIR/bin and prints their BENCH lines.
#   BENCH client  the window over ROWS cached invitations (default 100000; also set
#                 CLIENT_RATIOS_ROWS="100000 1000000") next to the same window over an
#                 empty cache, 5 runs each, medians (tests/bench/clientscale.cpp).
#                 first_paint_ms: the newest rows with the true count; ready_ms: every
#                 row read, search, sort and selection enabled
#   BENCH bulk    1,000 stale invitations withdrawn from the window vs wrk sending the
#                 same POSTs (tests/bench/bulkwithdraw.cpp; needs wrk)
#   BENCH sync    the first full sync of ~10,000 changes vs curl fetching the same pages,
#                 and a no-change sync (tests/bench/syncbench.cpp; needs curl)
#   BENCH start   process start to first painted window, `invitedesk --offline` on an
#                 account with an empty cache vs a QMainWindow around an empty QTableView
#                 (tests/bench/startbench.cpp)
# Both sides of a ratio start the same way: a fresh process, a fresh temporary data
# folder, offscreen. Takes about 5 minutes at 100,000 rows.
set -euo pipefail
build=${1:?usage: client-ratios.sh BUILD_DIR [ROWS]}
bin=$build/bin
rows_list=${CLIENT_RATIOS_ROWS:-${2:-100000}}
runs=${CLIENT_RATIOS_RUNS:-5}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QT_LOGGING_RULES="invitedesk.*.info=false"

# field NAME LINE: the value of NAME=… in a BENCH line.
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

client_runs() { # rows -> one BENCH client-run line per run
    for _ in $(seq "$runs"); do
        "$bin/invitedesk_client_bench" "$1" 2>/dev/null | grep '^BENCH client-run'
    done
}

empty=$(client_runs 0)
empty_paint=$(field first_paint_ms "$empty" | median)
for rows in $rows_list; do
    lines=$(client_runs "$rows")
    paint=$(field first_paint_ms "$lines" | median)
    echo "BENCH client rows=$rows first_paint_ms=$paint empty_first_paint_ms=$empty_paint" \
        "ratio=$(awk -v a="$paint" -v b="$empty_paint" 'BEGIN { printf "%.2f", a / b }')" \
        "ready_ms=$(field ready_ms "$lines" | median)" \
        "keystroke_median_ms=$(field keystroke_median_ms "$lines" | median)" \
        "keystroke_worst_ms=$(field keystroke_worst_ms "$lines" | median)" \
        "sort_ms=$(field sort_ms "$lines" | median)" \
        "withdraw_ms=$(field withdraw_ms "$lines" | median)" \
        "undo_batch_ms=$(field undo_batch_ms "$lines" | median)" \
        "stats_ms=$(field stats_ms "$lines" | median)" \
        "rss_mib=$(field rss_mib "$lines" | sort -g | tail -1)"
done

"$bin/invitedesk_bulk_bench" 1000 2>/dev/null | grep '^BENCH bulk'
"$bin/invitedesk_sync_bench" 10000 "$runs" 2>/dev/null | grep '^BENCH sync'
"$bin/invitedesk_start_bench" "$runs" 2>/dev/null | grep '^BENCH start'
