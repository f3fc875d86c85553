#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The embed server's data route under load, in one run, beside what bounds it:
#   (a) POST /embed/v1/dashboards/{id}/data with the result cache on (the default, --cache-ttl 60),
#   (b) nginx serving the same answers as static files (the bytes (a) returned),
#   (c) the data route with --cache-ttl 0 (every request runs its statements),
#   (d) the same SQL statements in the sqlite3 shell (from `query --explain`, with the same bound
#       values as .parameter settings), their summed run time per request.
# wrk alternates two tenants (their dashboard and Bearer token) request by request, with a small Lua
# script. (a)-(c) run with THREADS threads and CONNECTIONS connections; (c) also runs with one
# connection, whose mean latency is the uncached per-request time compared with (d).
# Prints each round and the median of ROUNDS rounds, and the ratios the targets use:
#   cached requests/s >= 0.5x nginx's static file; uncached per-request time <= 1.3x the raw SQL.
#
# usage: bench/serve.sh [BUILD_DIR] [ROWS]      (defaults: build/release, 1000000)
# env:   ROUNDS (3), DURATION (wrk -d, 8s), CONNECTIONS (32), THREADS (2), SQL_REPEAT (20),
#        DASHWRIGHT_BENCH_DIR (a demo folder to reuse; default /tmp/dashwright-serve-bench-ROWS)
# needs: wrk, nginx, sqlite3, curl, python3
set -euo pipefail

build=${1:-build/release}
rows=${2:-1000000}
rounds=${ROUNDS:-3}
duration=${DURATION:-8s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
sql_repeat=${SQL_REPEAT:-20}
cli="$build/app/dashwright/dashwright"
dir=${DASHWRIGHT_BENCH_DIR:-/tmp/dashwright-serve-bench-$rows}
nginx=$(command -v nginx || echo /usr/sbin/nginx)
tenant_a="Farolito — parameter override"
tenant_b="Fiesty Fiesta — token filter"

[ -x "$cli" ] || { echo "serve.sh: $cli not built" >&2; exit 1; }
for tool in wrk sqlite3 curl python3; do
    command -v "$tool" >/dev/null || { echo "serve.sh: $tool is not installed" >&2; exit 1; }
done
[ -x "$nginx" ] || { echo "serve.sh: nginx is not installed" >&2; exit 1; }
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
if [ ! -f "$dir/burrito.dwproj" ]; then
    "$cli" demo create "$dir" --rows "$rows" >&2
fi
project="$dir/burrito.dwproj"
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Tokens and dashboards of the two tenants, from the project's tenant profiles.
tenant_field() { # NAME FIELD: claims (JSON) or dashboard (the first securable)
    python3 - "$project" "$1" "$2" <<'PY'
import json, sys
project, name, field = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
claims = next(t["claims"] for t in project["tenants"] if t["name"] == name)
print(json.dumps(claims) if field == "claims" else claims["securables"][0])
PY
}
for t in a b; do
    name=tenant_$t
    tenant_field "${!name}" claims > "$work/claims-$t.json"
    tenant_field "${!name}" dashboard > "$work/dashboard-$t"
    "$cli" token sign "$project" --claims "$work/claims-$t.json" --expires-in 3600 > "$work/token-$t"
done

# serve ARGS…: starts `dashwright serve` on a free port, sets $port.
serve() {
    local log="$work/serve-${#pids[@]}.err"
    "$cli" serve "$project" --port 0 --access-log off "$@" > /dev/null 2> "$log" &
    pids+=($!)
    for _ in $(seq 200); do
        port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log" | head -1)
        [ -n "$port" ] && return
        sleep 0.05
    done
    echo "serve.sh: dashwright serve did not start: $(cat "$log")" >&2
    exit 1
}
serve
cached_port=$port
serve --cache-ttl 0
uncached_port=$port

# The static copies: exactly what the data route answers.
mkdir -p "$work/static"
for t in a b; do
    curl -fsS -X POST -H "Authorization: Bearer $(cat "$work/token-$t")" -d '{}' \
        "http://127.0.0.1:$cached_port/embed/v1/dashboards/$(cat "$work/dashboard-$t")/data" \
        > "$work/static/$t.json"
done
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
nginx_port=$(free_port)
user=""
[ "$(id -u)" = 0 ] && user="user root;"
cat > "$work/nginx.conf" <<EOF
$user
worker_processes auto;
error_log $work/nginx.error.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path $work/client_body_temp;
    proxy_temp_path $work/proxy_temp;
    fastcgi_temp_path $work/fastcgi_temp;
    uwsgi_temp_path $work/uwsgi_temp;
    scgi_temp_path $work/scgi_temp;
    access_log off;
    server {
        listen 127.0.0.1:$nginx_port;
        location / { root $work/static; default_type application/json; }
    }
}
EOF
"$nginx" -p "$work" -e "$work/nginx.error.log" -c "$work/nginx.conf" \
    -g "daemon off; pid $work/nginx.pid;" > /dev/null 2>&1 &
pids+=($!)
for _ in $(seq 100); do curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port/a.json" && break; sleep 0.05; done

# wrk's script: alternates the two tenants; prints one result line when done.
lua() { # METHOD PATH_A PATH_B BODY
    cat <<EOF
local paths = {"$2", "$3"}
local tokens = {"$(cat "$work/token-a")", "$(cat "$work/token-b")"}
local n = 0
request = function()
    n = n + 1
    local i = n % 2 + 1
    return wrk.format("$1", paths[i], {["Authorization"] = "Bearer " .. tokens[i],
                                       ["Content-Type"] = "application/json"}, $4)
end
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT %.1f %.3f %.3f %.3f %d %d\n",
        summary.requests / summary.duration * 1e6, latency:percentile(50) / 1000,
        latency:percentile(99) / 1000, latency.mean / 1000, e.status,
        e.connect + e.read + e.write + e.timeout))
end
EOF
}
data_a="/embed/v1/dashboards/$(cat "$work/dashboard-a")/data"
data_b="/embed/v1/dashboards/$(cat "$work/dashboard-b")/data"
lua POST "$data_a" "$data_b" '"{}"' > "$work/data.lua"
lua GET /a.json /b.json nil > "$work/static.lua"

# URL SCRIPT CONNECTIONS THREADS: "rps p50_ms p99_ms mean_ms non2xx socket_errors". A timeout long
# enough that slow answers count in the latencies instead of as errors.
run_wrk() {
    wrk -t "$4" -c "$3" -d "$duration" --timeout 30s --latency -s "$2" "$1" | sed -n 's/^RESULT //p'
}

# (d) The statements of both dashboards, as the server runs them for these tokens, in one sqlite3
# shell: bound values become .parameter settings, never text spliced into the SQL.
for t in a b; do
    "$cli" query "$project" --dashboard "$(cat "$work/dashboard-$t")" \
        --token "$(cat "$work/token-$t")" --explain > "$work/explain-$t.json"
done
python3 - "$work/explain-a.json" "$work/explain-b.json" "$sql_repeat" > "$work/script.sql" <<'PY'
import json, sys
def literal(v):
    if v is None: return "NULL"
    if isinstance(v, bool): return "1" if v else "0"
    if isinstance(v, (int, float)): return repr(v)
    return "'" + str(v).replace("'", "''") + "'"
print(".timer on")
print(".output /dev/null")
for _ in range(int(sys.argv[3])):
    for path in sys.argv[1:3]:
        for w in json.load(open(path))["widgets"]:
            if "sql" not in w: continue
            print(".parameter clear")
            for i, v in enumerate(w["bindings"], start=1):
                print(".parameter set ?%d \"%s\"" % (i, literal(v).replace('"', '\\"')))
            print(w["sql"] + ";")
PY
statements=$(grep -c '^SELECT\|^WITH' "$work/script.sql" || true)
# ms per request: all statements' real time / (repeats * 2 dashboards).
sql_ms() {
    sqlite3 -batch "$dir/burrito.sqlite" < "$work/script.sql" 2>&1 \
        | awk -v n="$((sql_repeat * 2))" '/^Run Time: real/ { s += $4 } END { printf "%.3f\n", s * 1000 / n }'
}

# Waits until PORT's server has no query left: wrk closes its connections when its time is up, but
# the statements of the requests it abandoned still run, and would be counted in the next run.
wait_idle() {
    for _ in $(seq 600); do
        curl -fsS "http://127.0.0.1:$1/metrics" | grep -q '^dashwright_queries_in_flight 0$' && return
        sleep 0.1
    done
    echo "serve.sh: the server on port $1 is still busy after 60 s" >&2
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
field() { awk -v f="$1" '{print $f}'; }

echo "rows: $rows (demo in $dir); tenants: $tenant_a / $tenant_b, alternating"
echo "wrk: -t $threads -c $connections -d $duration; uncached per-request time: -t 1 -c 1"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores, shared machine)"
sql_ms > /dev/null # warm the page cache
: > "$work/results"
for round in $(seq "$rounds"); do
    a=$(run_wrk "http://127.0.0.1:$cached_port" "$work/data.lua" "$connections" "$threads")
    b=$(run_wrk "http://127.0.0.1:$nginx_port" "$work/static.lua" "$connections" "$threads")
    c=$(run_wrk "http://127.0.0.1:$uncached_port" "$work/data.lua" "$connections" "$threads")
    wait_idle "$uncached_port"
    c1=$(run_wrk "http://127.0.0.1:$uncached_port" "$work/data.lua" 1 1)
    wait_idle "$uncached_port"
    d=$(sql_ms)
    echo "$a | $b | $c | $c1 | $d" >> "$work/results"
    printf 'round %d: cached %s req/s; nginx %s req/s; uncached %s req/s, %s ms/request alone; sqlite3 %s ms/request\n' \
        "$round" "$(echo "$a" | field 1)" "$(echo "$b" | field 1)" "$(echo "$c" | field 1)" \
        "$(echo "$c1" | field 4)" "$d"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Column COL of part PART (1-5) of every round, medianed.
med() { awk -F' [|] ' -v p="$1" '{print $p}' "$work/results" | field "$2" | median; }
echo
echo "median of $rounds rounds                    | requests/s | p50 ms | p99 ms | errors (non-2xx, socket)"
printf '(a) data route, cache on                   | %10s | %6s | %6s | %s\n' "$(med 1 1)" "$(med 1 2)" "$(med 1 3)" "$(med 1 5), $(med 1 6)"
printf '(b) nginx, static file of the same bytes   | %10s | %6s | %6s | %s\n' "$(med 2 1)" "$(med 2 2)" "$(med 2 3)" "$(med 2 5), $(med 2 6)"
printf '(c) data route, --cache-ttl 0              | %10s | %6s | %6s | %s\n' "$(med 3 1)" "$(med 3 2)" "$(med 3 3)" "$(med 3 5), $(med 3 6)"
printf '(c) the same, one connection               | %10s | %6s | %6s | %s  (mean %s ms)\n' "$(med 4 1)" "$(med 4 2)" "$(med 4 3)" "$(med 4 5), $(med 4 6)" "$(med 4 4)"
printf '(d) sqlite3 shell, the same statements      | %s ms per request (%d statements per 2 requests, %d repeats)\n' "$(med 5 1)" "$((statements / sql_repeat))" "$sql_repeat"
echo "answer sizes: $(stat -c %s "$work/static/a.json") and $(stat -c %s "$work/static/b.json") bytes"
awk -v a="$(med 1 1)" -v b="$(med 2 1)" -v c="$(med 4 4)" -v d="$(med 5 1)" 'BEGIN {
    printf "cached / nginx:            %.2fx (target >= 0.5x)\n", (b > 0 ? a / b : 0)
    printf "uncached / sqlite3 shell:  %.2fx (target <= 1.3x; mean latency on one connection against the summed statements)\n", (d > 0 ? c / d : 0) }'
