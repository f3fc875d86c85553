#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The whole test suite under AddressSanitizer, UBSan and LeakSanitizer, and the core's line
# coverage from the same run (the `debug` preset, build/debug).
#
#   scripts/check-debug.sh [--no-build] [--min-coverage PERCENT] [ctest arguments...]
#
# Builds the debug preset (unless --no-build), clears the coverage counters, runs ctest with the
# sanitizers' reports written to build/debug/sanitizers/ (every process the tests start reports
# there too, whatever it does with its stderr), then prints:
#   - the tests that failed, and every sanitizer report (there must be none);
#   - gcovr's line coverage of models/ (build/debug/coverage/: summary.txt, per-file table and an
#     HTML report), which must reach --min-coverage (default 85).
# Exit status 0 only when every test passed, no report was written and the coverage is reached.
#
# The package tests (package_*) are left out: they test the .deb's contents and installation,
# which a debug build does not make, and every program they start is tested here directly.
# Takes about an hour on two cores from nothing (the build ~25 min, the suite ~30 min); the last
# result is written in docs/testing.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD_FIRST=1
MIN_COVERAGE=85
CTEST_ARGS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
    --no-build) BUILD_FIRST=0 ;;
    --min-coverage) MIN_COVERAGE="$2"; shift ;;
    -h | --help) sed -n '4,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) CTEST_ARGS+=("$1") ;;
    esac
    shift
done
BUILD="$ROOT/build/debug"
if [[ $BUILD_FIRST -eq 1 ]]; then
    # The packages (gcovr among them), the web runtime the browser tests load, and the build.
    bash "$ROOT/scripts/setup.sh" build --preset debug
fi
[[ -f "$BUILD/CTestTestfile.cmake" ]] || { echo "check-debug: $BUILD is not built (run without --no-build)" >&2; exit 1; }
command -v gcovr > /dev/null || { echo "check-debug: gcovr is not installed (scripts/setup.sh deps)" >&2; exit 1; }

REPORTS="$BUILD/sanitizers"
COVERAGE="$BUILD/coverage"
rm -rf "$REPORTS" "$COVERAGE"
mkdir -p "$REPORTS" "$COVERAGE"
find "$BUILD" -name '*.gcda' -delete

# log_path: each process writes its reports to REPORTS/asan.PID (ASan and LeakSanitizer) or
# REPORTS/ubsan.PID instead of stderr, so a report from a program whose output a test swallows is
# still seen. The build stops UBSan at its first report (-fno-sanitize-recover=all).
export ASAN_OPTIONS="abort_on_error=1:detect_stack_use_after_return=1:detect_leaks=1:check_initialization_order=1:log_path=$REPORTS/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$REPORTS/ubsan"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
status=0
started=$(date +%s)
ctest --test-dir "$BUILD" --output-on-failure -j "$(nproc)" -E '^package_' \
    --output-junit "$BUILD/sanitizers-junit.xml" "${CTEST_ARGS[@]}" || status=1
echo "check-debug: the suite took $(($(date +%s) - started)) s"

shopt -s nullglob
reports=("$REPORTS"/*)
if [[ ${#reports[@]} -gt 0 ]]; then
    for report in "${reports[@]}"; do
        echo "---- ${report#"$ROOT/"}"
        cat "$report"
    done
    echo "check-debug: ${#reports[@]} sanitizer report(s) (above)" >&2
    status=1
else
    echo "check-debug: no sanitizer report"
fi

# Coverage of the core: every line of models/ that the build compiled, the generated moc files
# excluded. --exclude-unreachable-branches is not used: the figure is lines.
gcovr --root "$ROOT" --object-directory "$BUILD" --filter "$ROOT/models/" \
    --gcov-executable gcov-12 -j "$(nproc)" \
    --txt "$COVERAGE/files.txt" --html-details "$COVERAGE/index.html" \
    --print-summary > "$COVERAGE/summary.txt"
cat "$COVERAGE/files.txt"
cat "$COVERAGE/summary.txt"
line_rate=$(awk '/^lines:/ { sub("%", "", $2); print $2 }' "$COVERAGE/summary.txt")
if awk -v rate="$line_rate" -v min="$MIN_COVERAGE" 'BEGIN { exit !(rate + 0 >= min + 0) }'; then
    echo "check-debug: models/ line coverage $line_rate % (at least $MIN_COVERAGE %)"
else
    echo "check-debug: models/ line coverage $line_rate % is under $MIN_COVERAGE %" >&2
    status=1
fi
exit $status
