#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `dashwright serve` killed with SIGKILL while it answers a stream of requests loses nothing and
# starts again clean (issue 15): the project, keystore and revocation list are byte for byte as
# they were, nothing is left beside them, and a server started again on the same port at once
# answers the same layout and data as before.
#
#   serve-kill.sh CLI
#
# Loopback only; every loop and wait is bounded.
set -euo pipefail

cli="$1"
command -v curl >/dev/null || {
    if [[ "${CI:-}" == true ]]; then
        echo "serve-kill: curl is not installed; CI is set: this test must run" >&2
        exit 1
    fi
    echo "serve-kill: SKIPPED: curl is not installed"
    exit 0
}

work="$(mktemp -d /tmp/dashwright-serve-kill.XXXXXX)"
server=""
load=()
cleanup()
{
    local status=$?
    set +e
    [[ -n "$server" ]] && kill -KILL "$server" 2>/dev/null
    for pid in "${load[@]}"; do kill -KILL "$pid" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$work"
    exit $status
}
trap cleanup EXIT

"$cli" demo create "$work/demo" --rows 2000 >/dev/null
project="$work/demo/burrito.dwproj"
claims="$work/demo/farolito.claims.json"
token="$("$cli" token sign "$project" --claims "$claims" --expires-in 600)"
# What must not change, and what is beside it before the server starts.
snapshot() { (cd "$work/demo" && find . -type f ! -name '*.log' -print0 | sort -z | xargs -0 sha256sum); }
before="$(snapshot)"

# Starts the server on port $1 (0: any free one); `listening` is then the port it listens on.
# Not in a subshell: the server must be this shell's child, its output in files.
start()
{
    listening=""
    "$cli" serve "$project" --port "$1" --access-log off >/dev/null 2>"$work/serve.log" &
    server=$!
    for _ in $(seq 1 100); do
        listening="$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$work/serve.log" | head -n 1)"
        [[ -n "$listening" ]] && break
        kill -0 "$server" 2>/dev/null || break
        sleep 0.1
    done
    [[ -n "$listening" ]] || { cat "$work/serve.log" >&2; echo "serve-kill: serve did not start" >&2; return 1; }
}
# The dashboard the claims grant (the first of their securables).
dashboard="$(tr -d ' \n' <"$claims" | sed -n 's/.*"securables":\["\([^"]*\)".*/\1/p')"
[[ -n "$dashboard" ]] || { echo "serve-kill: no securable in $claims" >&2; exit 1; }
request()
{
    curl -sS --max-time 10 -H "Authorization: Bearer $token" "$@"
}
layout() { request "http://127.0.0.1:$1/embed/v1/dashboards/$dashboard"; }
data() { request -X POST -H 'Content-Type: application/json' --data '{}' \
    "http://127.0.0.1:$1/embed/v1/dashboards/$dashboard/data"; }

start 0
port="$listening"
firstLayout="$(layout "$port")"
firstData="$(data "$port")"
grep -q '"widgets"' <<<"$firstData" || { echo "serve-kill: no data: $firstData" >&2; exit 1; }

echo "==> two clients, 150 requests each; kill -9 in the middle"
for client in 1 2; do
    (
        for _ in $(seq 1 150); do
            data "$port" >/dev/null 2>&1 || true
        done
    ) &
    load+=($!)
done
sleep 1.5
kill -KILL "$server"
wait "$server" 2>/dev/null || true
server=""
for pid in "${load[@]}"; do wait "$pid" 2>/dev/null || true; done
load=()

after="$(snapshot)"
if [[ "$after" != "$before" ]]; then
    diff <(echo "$before") <(echo "$after") >&2 || true
    echo "serve-kill: the project's folder changed" >&2
    exit 1
fi

echo "==> started again on the same port"
start "$port"
[[ "$listening" == "$port" ]] || { echo "serve-kill: listening on $listening, not $port" >&2; exit 1; }
[[ "$(layout "$port")" == "$firstLayout" ]] || { echo "serve-kill: another layout after the restart" >&2; exit 1; }
[[ "$(data "$port")" == "$firstData" ]] || { echo "serve-kill: other data after the restart" >&2; exit 1; }
kill -TERM "$server"
wait "$server" || { echo "serve-kill: serve did not stop cleanly on SIGTERM" >&2; exit 1; }
server=""
echo "serve-kill: nothing lost, clean restart on port $port"
