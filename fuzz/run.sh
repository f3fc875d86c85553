#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets (the `fuzz` preset, build/fuzz) if needed and runs each for a while.
#
#   fuzz/run.sh [SECONDS] [TARGET...]    default: 60 seconds, every target
#
# Targets: token jwk claims policy project keystore embed (fuzz/fuzz_TARGET.cpp). Each starts from
# its committed corpus (fuzz/corpus/TARGET, only read) and the inputs earlier runs found
# (build/fuzz/scratch/TARGET/corpus, where new ones go); a crash, leak, timeout or sanitizer
# report is saved as build/fuzz/scratch/TARGET/crash-… and makes the exit status 1. The table at
# the end gives each target's executions, executions per second, and the executions of every
# clean run so far on this machine (build/fuzz/scratch/TARGET/history).
#
# Environment: FUZZ_JOBS (targets run at once, default 2), FUZZ_SCRATCH (default
# build/fuzz/scratch), FUZZ_NICE (default 10).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ALL_TARGETS=(token jwk claims policy project keystore embed)
SECONDS_EACH=60
TARGETS=()
for arg in "$@"; do
    if [[ "$arg" =~ ^[0-9]+$ ]]; then
        SECONDS_EACH="$arg"
    elif [[ " ${ALL_TARGETS[*]} " == *" $arg "* ]]; then
        TARGETS+=("$arg")
    else
        echo "fuzz/run.sh: unknown target or duration: $arg (targets: ${ALL_TARGETS[*]})" >&2
        exit 1
    fi
done
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=("${ALL_TARGETS[@]}")
JOBS="${FUZZ_JOBS:-2}"
SCRATCH="${FUZZ_SCRATCH:-$ROOT/build/fuzz/scratch}"
NICE="${FUZZ_NICE:-10}"
BUILD="$ROOT/build/fuzz"

# Inputs longer than anything real are wasted time: a token is refused above 16 KiB, the demo
# project is 27 KiB, a request's headers are limited to 16 KiB.
max_len()
{
    case "$1" in
    token) echo 20000 ;;
    project) echo 65536 ;;
    keystore) echo 16384 ;;
    embed) echo 16384 ;;
    *) echo 8192 ;;
    esac
}
dictionary()
{
    case "$1" in
    token) echo "$ROOT/fuzz/dict/token.dict" ;;
    embed) echo "$ROOT/fuzz/dict/embed.dict" ;;
    *) echo "$ROOT/fuzz/dict/json.dict" ;;
    esac
}

cd "$ROOT"
if [[ ! -f "$BUILD/build.ninja" ]]; then
    cmake --preset fuzz >/dev/null
fi
build_targets=()
for t in "${TARGETS[@]}"; do build_targets+=(--target "fuzz_$t"); done
echo "== building ${TARGETS[*]} (build/fuzz)"
nice -n "$NICE" cmake --build --preset fuzz -j2 "${build_targets[@]}" >"$BUILD/fuzz-build.log" 2>&1 \
    || { tail -30 "$BUILD/fuzz-build.log" >&2; echo "fuzz/run.sh: build failed" >&2; exit 1; }

run_one()
{
    local t="$1" dir="$SCRATCH/$1" status=0
    mkdir -p "$dir/corpus" "$dir/tmp"
    # Temporary files (the demo each target makes) stay in the scratch folder, even after a crash.
    # A timeout is a finding too: 10 s for one input is far beyond any real one.
    TMPDIR="$dir/tmp" ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        nice -n "$NICE" "$BUILD/fuzz/fuzz_$t" \
        -max_total_time="$SECONDS_EACH" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2560 \
        -dict="$(dictionary "$t")" -print_final_stats=1 -artifact_prefix="$dir/" \
        "$dir/corpus" "$ROOT/fuzz/corpus/$t" >"$dir/log" 2>&1 || status=$?
    echo "$status" >"$dir/status"
}

echo "== running ${TARGETS[*]}: ${SECONDS_EACH} s each, $JOBS at a time (logs in $SCRATCH/TARGET/log)"
running=0
for t in "${TARGETS[@]}"; do
    rm -f "$SCRATCH/$t/status"
    run_one "$t" &
    running=$((running + 1))
    if [[ $running -ge $JOBS ]]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true

# Every clean run is added to SCRATCH/TARGET/history (date, commit, seconds, executions), so that
# the executions of runs on one machine add up: the figure docs/testing.md reports per target.
commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
failed=0
printf '%-10s %14s %10s %9s %14s  %s\n' target executions exec/s corpus 'all clean runs' result
for t in "${TARGETS[@]}"; do
    dir="$SCRATCH/$t"
    status="$(cat "$dir/status" 2>/dev/null || echo missing)"
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log" | tail -1)"
    units="$(find "$dir/corpus" -type f | wc -l)"
    result=clean
    if [[ "$status" != 0 ]] || grep -qE 'runtime error:|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|property violated' "$dir/log"; then
        result="FAILED (exit $status): $(grep -m1 -E 'ERROR:|runtime error:|property violated|fuzz harness' "$dir/log" || echo 'see log')"
        failed=1
    fi
    if [[ $result == clean && "$execs" =~ ^[0-9]+$ ]]; then
        echo "$(date -u +%FT%TZ) $commit $SECONDS_EACH $execs" >>"$dir/history"
    fi
    total="$(awk '{ sum += $4 } END { print sum + 0 }' "$dir/history" 2>/dev/null || echo 0)"
    printf '%-10s %14s %10s %9s %14s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "$units" "$total" "$result"
done
if [[ $failed != 0 ]]; then
    echo "fuzz/run.sh: a target failed; inputs that did are in $SCRATCH/TARGET/ (crash-*, leak-*, timeout-*, oom-*)" >&2
    exit 1
fi
