#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times, in one run, the whole demo dashboard through `dashwright query` on PostgreSQL against the
# same statements (taken from `--explain`, with the same bound values, as prepared statements) run
# by `psql`, and prints the ratio. Both are whole processes started from scratch over the same
# loopback TCP connection to a throw-away PostgreSQL 15 cluster this script starts and removes.
#
# usage: bench/compare_pg.sh [BUILD_DIR] [ROWS]      (defaults: build/release, 1000000)
# env:   RUNS (default 10), AS (a tenant profile; default: the design view)
# needs: PostgreSQL 15 (initdb, pg_ctl, psql) and python3
set -euo pipefail

build=${1:-build/release}
rows=${2:-1000000}
runs=${RUNS:-10}
cli="$(realpath "$build/app/dashwright/dashwright")"
dashboard=distributor-performance
as_args=()
[ -n "${AS:-}" ] && as_args=(--as "$AS")
pgbin=/usr/lib/postgresql/15/bin
[ -x "$pgbin/initdb" ] || pgbin=$(dirname "$(command -v initdb)")

[ -x "$cli" ] || { echo "compare_pg.sh: $cli not built" >&2; exit 1; }
command -v psql >/dev/null || { echo "compare_pg.sh: psql is not installed" >&2; exit 1; }

work=$(mktemp -d)
as_owner=()
if [ "$(id -u)" = 0 ]; then # PostgreSQL refuses to run as root: Debian's postgres user runs it
    chown postgres "$work"
    as_owner=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() {
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
"${as_owner[@]}" "$pgbin/initdb" -D "$work/data" -A trust -U dashwright -E UTF8 \
    --locale=C.UTF-8 --no-sync >/dev/null
"${as_owner[@]}" "$pgbin/pg_ctl" -D "$work/data" -l "$work/data/log" -w -t 30 \
    -o "-k $work -p $port -c listen_addresses=127.0.0.1" start >/dev/null
url="postgresql://dashwright@127.0.0.1:$port/burrito"
psql "postgresql://dashwright@127.0.0.1:$port/postgres" -qc "CREATE DATABASE burrito" >/dev/null

demo="$work/demo"
mkdir "$demo"
"$cli" demo create "$demo" --rows "$rows" --postgresql "$url" > "$work/demo.log" 2>&1 \
    || { cat "$work/demo.log" >&2; exit 1; }
project="$demo/burrito.dwproj"
psql "$url" -qc "VACUUM ANALYZE" >/dev/null

"$cli" query "$project" --dashboard "$dashboard" "${as_args[@]}" --explain > "$work/explain.json"

# The same statements for psql, as prepared statements with the same bound values (never text
# spliced into the SQL), so PostgreSQL plans what dashwright sends: Qt's ? placeholders become $n.
python3 - "$work/explain.json" > "$work/script.sql" <<'PY'
import json, re, sys
explain = json.load(open(sys.argv[1]))
def literal(v):
    if v is None: return "NULL"
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, (int, float)): return repr(v)
    return "'" + str(v).replace("'", "''") + "'"
def numbered(sql):
    out, n = [], 0
    for part in re.split(r"('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\")", sql):
        if part[:1] in ("'", '"'):
            out.append(part); continue
        def repl(_):
            nonlocal n; n += 1; return "$%d" % n
        out.append(re.sub(r"\?", repl, part))
    return "".join(out)
for i, w in enumerate(explain["widgets"]):
    if "sql" not in w: continue
    print("PREPARE w%d AS %s;" % (i, numbered(w["sql"])))
    args = ", ".join(literal(v) for v in w["bindings"])
    print("EXECUTE w%d%s;" % (i, "(" + args + ")" if args else ""))
PY
statements=$(grep -c '^EXECUTE' "$work/script.sql" || true)

. "$(dirname "$0")/timing.sh"
# Warm the server's buffers for both.
"$cli" query "$project" --dashboard "$dashboard" "${as_args[@]}" > /dev/null
psql "$url" -X -q -v ON_ERROR_STOP=1 -f "$work/script.sql" > /dev/null

dw=$(time_ms "$cli" query "$project" --dashboard "$dashboard" "${as_args[@]}" | median_ms)
pq=$(time_ms psql "$url" -X -q -v ON_ERROR_STOP=1 -f "$work/script.sql" | median_ms)

echo "rows:             $rows (PostgreSQL 15 on 127.0.0.1:$port)"
echo "statements:       $statements (dashboard $dashboard, as ${AS:-the design view})"
echo "dashwright query: ${dw} ms (median of $runs)"
echo "psql:             ${pq} ms (median of $runs)"
awk -v a="$dw" -v b="$pq" 'BEGIN { printf "ratio:            %.2fx (target: within 1.20x)\n", (b > 0 ? a / b : 0) }'
