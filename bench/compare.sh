#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times, in one run, the whole demo dashboard through `dashwright query` against the same SQL
# (taken from `--explain`, with the same bound values) run by the sqlite3 command-line shell, and
# prints the ratio. Both are whole processes started from scratch, measured the same way.
#
# usage: bench/compare.sh [BUILD_DIR] [ROWS]      (defaults: build/release, 1000000)
# env:   RUNS (default 10), DASHWRIGHT_BENCH_DIR (a demo folder to reuse),
#        AS (a tenant profile: both run that tenant's statements; default: the design view)
# needs: sqlite3 and python3
set -euo pipefail

build=${1:-build/release}
rows=${2:-1000000}
runs=${RUNS:-10}
cli="$build/app/dashwright/dashwright"
dir=${DASHWRIGHT_BENCH_DIR:-/tmp/dashwright-bench-$rows}
dashboard=distributor-performance
as_args=()
[ -n "${AS:-}" ] && as_args=(--as "$AS")

[ -x "$cli" ] || { echo "compare.sh: $cli not built" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "compare.sh: sqlite3 is not installed" >&2; exit 1; }
if [ ! -f "$dir/burrito.dwproj" ]; then
    "$cli" demo create "$dir" --rows "$rows" >&2
fi
project="$dir/burrito.dwproj"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" query "$project" --dashboard "$dashboard" "${as_args[@]}" --explain > "$work/explain.json"

# The same statements for the sqlite3 shell: bound values become .parameter settings, never text
# spliced into the SQL, so sqlite3 runs exactly the statements dashwright prepared.
python3 - "$work/explain.json" > "$work/script.sql" <<'PY'
import json, sys
explain = json.load(open(sys.argv[1]))
def literal(v):
    if v is None: return "NULL"
    if isinstance(v, bool): return "1" if v else "0"
    if isinstance(v, (int, float)): return repr(v)
    return "'" + str(v).replace("'", "''") + "'"
for w in explain["widgets"]:
    if "sql" not in w: continue
    print(".parameter clear")
    for i, v in enumerate(w["bindings"], start=1):
        print(".parameter set ?%d \"%s\"" % (i, literal(v).replace('"', '\\"')))
    print(w["sql"] + ";")
PY
statements=$(grep -c '^SELECT' "$work/script.sql" || true)

. "$(dirname "$0")/timing.sh"
# Warm the page cache for both.
"$cli" query "$project" --dashboard "$dashboard" "${as_args[@]}" > /dev/null
sqlite3 -batch "$dir/burrito.sqlite" < "$work/script.sql" > /dev/null

dw=$(time_ms "$cli" query "$project" --dashboard "$dashboard" "${as_args[@]}" | median_ms)
sq=$(time_ms sh -c "sqlite3 -batch '$dir/burrito.sqlite' < '$work/script.sql'" | median_ms)

echo "rows:            $rows (demo in $dir)"
echo "statements:      $statements (dashboard $dashboard, as ${AS:-the design view})"
echo "dashwright query: ${dw} ms (median of $runs)"
echo "sqlite3 shell:    ${sq} ms (median of $runs)"
awk -v a="$dw" -v b="$sq" 'BEGIN { printf "ratio:           %.2fx (target: within 1.20x)\n", (b > 0 ? a / b : 0) }'
