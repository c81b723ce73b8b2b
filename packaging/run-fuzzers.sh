#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang++-14 in a build folder of their
# own and runs each for SECONDS (default 30) from its seed corpus in the repository
# (tests/fuzz/corpus/NAME; new inputs go to a copy in the build folder). Fails on a
# crash, a leak or a sanitizer report; prints each target's executions, exec/s and
# coverage. Leaks inside Qt, which is not instrumented, are suppressed.
#   packaging/run-fuzzers.sh BUILD_DIR [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(realpath -m -- "${1:?usage: $0 BUILD_DIR [SECONDS]}")
seconds=${2:-30}
command -v clang++-14 >/dev/null || { echo "run-fuzzers: clang++-14 is missing (packaging/install-deps.sh)" >&2; exit 2; }

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DINVITEDESK_FUZZ=ON -DINVITEDESK_WERROR=OFF >/dev/null
cmake --build "$build" --target fuzzers

suppressions=$build/lsan-qt.supp
printf 'leak:libQt6Core\nleak:libQt6Gui\n' >"$suppressions"
export LSAN_OPTIONS="suppressions=$suppressions:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
status=0
for name in wire_replies sync_cursor csv_round_trip server_requests; do
  corpus=$build/fuzz-corpus/$name
  mkdir -p "$corpus"
  cp -n "$root/tests/fuzz/corpus/$name/"* "$corpus/" 2>/dev/null || true
  log=$build/fuzz-$name.log
  if "$build/bin/fuzz_$name" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix="$build/fuzz-$name-" \
       -print_final_stats=1 "$corpus" >"$log" 2>&1; then
    runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
    speed=$(grep -oE '^stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
    coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo '?')
    echo "FUZZ $name seconds=$seconds runs=$runs exec_per_s=$speed cov=$coverage crashes=0"
  else
    echo "FUZZ $name FAILED (log: $log):" >&2
    grep -E 'ERROR|SUMMARY|runtime error|deadly|Test unit written' "$log" | head -20 >&2
    status=1
  fi
done
exit $status
