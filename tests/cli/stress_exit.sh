#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The hang at exit (issue 9, part 8): runs `dashwright query PROJECT --dashboard … --claims -`
# RUNS times on a small demo, each run under a timeout. Fails on the first run that does not end
# in time (a hang) or does not exit 0. About one run in 5,000 hung before QtSql was first used on
# the main thread (see models/data/sqlruntime.h), so the short run in ctest rarely catches a
# regression; run it long by hand (docs/testing.md):
#
#   tests/cli/stress_exit.sh build/release/app/dashwright/dashwright 20000
#
# usage: stress_exit.sh DASHWRIGHT [RUNS]
#   RUNS defaults to $DASHWRIGHT_STRESS_RUNS, else 200; $DASHWRIGHT_STRESS_TIMEOUT is the time one
#   run may take, in seconds (default 10: a run takes well under a second).
set -u

cli=${1:?usage: stress_exit.sh DASHWRIGHT [RUNS]}
runs=${2:-${DASHWRIGHT_STRESS_RUNS:-200}}
limit=${DASHWRIGHT_STRESS_TIMEOUT:-10}

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if ! "$cli" demo create "$dir/demo" --rows 500 >/dev/null; then
    echo "stress_exit: could not create the demo project" >&2
    exit 1
fi
project=$dir/demo/burrito.dwproj
# Claims granting the chain overview, whose widgets the workers run side by side.
dashboard=$("$cli" query "$project" --dashboard chain-overview \
    | sed -n 's/^ *"dashboard": "\([^"]*\)".*/\1/p')
if [ -z "$dashboard" ]; then
    echo "stress_exit: could not read the dashboard's id" >&2
    exit 1
fi
claims="{\"securables\": [\"$dashboard\"]}"

start=$SECONDS
for ((i = 1; i <= runs; i++)); do
    timeout --kill-after=5 "$limit" "$cli" query "$project" --dashboard chain-overview \
        --claims - <<<"$claims" >/dev/null 2>"$dir/err"
    code=$?
    if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then
        echo "stress_exit: run $i of $runs did not exit within ${limit} s (a hang)" >&2
        exit 1
    fi
    if [ "$code" -ne 0 ]; then
        echo "stress_exit: run $i of $runs exited $code: $(head -c 500 "$dir/err")" >&2
        exit 1
    fi
    if ((i % 1000 == 0)); then
        echo "stress_exit: $i runs, no hang ($((SECONDS - start)) s)"
    fi
done
echo "stress_exit: $runs runs of query, none hung (each within ${limit} s; $((SECONDS - start)) s)"
