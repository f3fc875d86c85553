#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The broker plugin's round trip, in one run: the demo's "Chain overview" dashboard through
# `dashwright query` on a plugin account (the reference plugin, tools/reference-plugin, serving the
# demo's SQLite file on loopback), beside one bare curl process sending the very same requests
# (the bodies `query --explain` shows, which are what dashwright POSTs) to the same plugin. The
# difference, divided by the number of widgets, is what Dashwright adds per widget: its start-up,
# planning, the resolution, QtNetwork and the answer's validation.
#
# usage: bench/plugin.sh [BUILD_DIR] [ROWS]      (defaults: build/release, 200000)
# env:   RUNS (default 10), AS (a tenant profile; default: Fiesty Fiesta — token filter)
# needs: python3, curl
set -euo pipefail

build=${1:-build/release}
rows=${2:-200000}
runs=${RUNS:-10}
cli="$(realpath "$build/app/dashwright/dashwright")"
here=$(cd "$(dirname "$0")" && pwd)
plugin="$here/../tools/reference-plugin/burrito_plugin.py"
dashboard=chain-overview
as=${AS:-Fiesty Fiesta — token filter}

[ -x "$cli" ] || { echo "plugin.sh: $cli not built" >&2; exit 1; }
for tool in python3 curl; do
    command -v "$tool" >/dev/null || { echo "plugin.sh: $tool is not installed" >&2; exit 1; }
done

work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$cli" demo create "$work/demo" --rows "$rows" > "$work/demo.log" 2>&1 \
    || { cat "$work/demo.log" >&2; exit 1; }
secret=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
BURRITO_PLUGIN_SECRET=$secret python3 "$plugin" --data "$work/demo/burrito.sqlite" --port 0 \
    > "$work/plugin.out" 2>&1 &
pid=$!
for _ in $(seq 100); do
    grep -q 'listening on' "$work/plugin.out" 2>/dev/null && break
    sleep 0.1
done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/plugin.out" | head -1)
[ -n "$url" ] || { echo "plugin.sh: the reference plugin did not start" >&2; exit 1; }

# The demo with its table datasets on a plugin account, and the plugin's secret in its keystore.
python3 - "$work/demo" "$url" "$secret" <<'PY'
import json, os, sys
demo, url, secret = sys.argv[1:]
project = json.load(open(os.path.join(demo, "burrito.dwproj")))
account = "8c1d2e3f-4a5b-5c6d-8e7f-a0b1c2d3e4f5"
project["accounts"].append({"id": account, "name": "Burrito broker", "type": "plugin",
                            "base_url": url, "secret_id": "broker-secret"})
for dataset in project["datasets"]:
    if dataset["kind"] == "table":
        dataset["account_id"] = account
json.dump(project, open(os.path.join(demo, "plugin.dwproj"), "w"), indent=2)
keystore = json.load(open(os.path.join(demo, "burrito.dwkeys")))
keystore.setdefault("secrets", []).append({"id": "broker-secret", "kind": "api_key",
                                           "value": secret})
path = os.path.join(demo, "plugin.dwkeys")
with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
    json.dump(keystore, f, indent=2)
PY
project="$work/demo/plugin.dwproj"

"$cli" query "$project" --dashboard "$dashboard" --as "$as" --explain > "$work/explain.json"
# One curl process sending every widget's request (--next) at once (-Z), as dashwright's query
# workers do, with the headers dashwright sends.
python3 - "$work/explain.json" "$work" "$url" > "$work/curl.args" <<'PY'
import json, os, sys
explain, work, url = sys.argv[1:]
n = 0
for w in json.load(open(explain))["widgets"]:
    if "request" not in w: continue
    body = os.path.join(work, "w%d.json" % n)
    json.dump(w["request"], open(body, "w"))
    if n: print("--next")
    for arg in ["-sS", "-o", "/dev/null", "-X", "POST", "-H", "Content-Type: application/json",
                "-H", "X-Dashwright-Protocol: 1", "-H", "X-Secret: @SECRET@",
                "--data-binary", "@" + body, url + "/query"]:
        print(arg)
    n += 1
PY
widgets=$(grep -c '^--data-binary' "$work/curl.args" || true)
mapfile -t curl_args < <(sed "s/@SECRET@/$secret/" "$work/curl.args")

bare_curl() { curl -Z --parallel-immediate "${curl_args[@]}" 2>/dev/null; }

. "$here/timing.sh"
# Warm both (the plugin's SQLite pages, Python's imports).
"$cli" query "$project" --dashboard "$dashboard" --as "$as" > /dev/null
bare_curl

dw=$(time_ms "$cli" query "$project" --dashboard "$dashboard" --as "$as" | median_ms)
cu=$(time_ms bare_curl | median_ms)

echo "rows:             $rows (reference plugin at $url)"
echo "widgets:          $widgets (dashboard $dashboard, as $as)"
echo "dashwright query: ${dw} ms (median of $runs)"
echo "curl -Z:           ${cu} ms (median of $runs, the same requests at once)"
awk -v a="$dw" -v b="$cu" -v n="$widgets" \
    'BEGIN { printf "overhead:         %.1f ms per widget\n", (n > 0 ? (a - b) / n : 0) }'
