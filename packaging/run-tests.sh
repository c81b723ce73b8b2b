#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (unit, integration
# over loopback HTTP, CLI, and the OpenAPI contract test behind Prism), the server's on
# both SQLite and PostgreSQL: ctest runs inside a throwaway PostgreSQL 15 cluster
# (tests/support/with-postgres.sh), which is stopped when the tests end, pass or fail.
# Then everything the run logged is scanned for tokens and passwords, and each libFuzzer
# target runs for 30 seconds (packaging/run-fuzzers.sh).
# Then the Debian package: lintian, and an install into a clean debootstrapped Debian 12
# root with the demo smoke test (packaging/check-package.sh, ~40 s here).
# Fails when a test fails or when no test ran.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${INVITEDESK_BUILD_DIR:-$root/build}

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja
cmake --build "$build"
# What the programs the tests start write goes here too, for the log scan below.
export INVITEDESK_TEST_LOG_DIR=$build/test-logs
rm -rf "$INVITEDESK_TEST_LOG_DIR" "$build"/contract-run-*
"$root/tests/support/with-postgres.sh" \
  ctest --test-dir "$build" --no-tests=error --output-on-failure -j "$(nproc)" \
  --test-output-size-passed 67108864 --test-output-size-failed 67108864
# After every test: no bearer token and no password in anything the run logged.
"$root/tests/support/scan-logs.sh" "$build/Testing/Temporary/LastTest.log" "$INVITEDESK_TEST_LOG_DIR" \
  "$build"/contract-run-*
# Every libFuzzer target for 30 seconds, in a clang build folder of its own.
"$root/packaging/run-fuzzers.sh" "$build-fuzz" 30
"$root/packaging/check-package.sh" "$build"
