#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Token throughput per algorithm, in one run, beside the same primitives in `openssl speed` and
# beside Node's `jose` minting and verifying the same claims (the demo project's first tenant
# profile without credentials), all on one core. Prints a table and the ratios the targets use:
# HS256 sign and verify >= 100,000 tokens/s; ES256 and EdDSA tokens within 1.5x of openssl speed.
#
# usage: bench/compare_jose.sh [BUILD_DIR] [SECONDS]      (defaults: build/release, 2)
# env:   JOSE_DIR: a folder with node_modules/jose (default: the interop test's folder in BUILD_DIR,
#        else a temporary one that `npm install jose@5` fills from the default registry)
# needs: openssl, python3, node and npm (the jose column is left out without them)
set -euo pipefail

build=${1:-build/release}
seconds=${2:-2}
bench="$build/bench/bench_jose"
cli="$build/app/dashwright/dashwright"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x "$bench" ] || { echo "compare_jose.sh: $bench not built" >&2; exit 1; }
command -v openssl >/dev/null || { echo "compare_jose.sh: openssl is not installed" >&2; exit 1; }
# One core for everything measured here.
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)

echo "== Dashwright (bench_jose, ${seconds}s per case)" >&2
"${pin[@]}" "$bench" --benchmark_min_time="$seconds" --benchmark_format=json \
    --benchmark_filter='BM_(Token(Sign|Verify)|Jws(Signature|Verify))/' > "$work/dashwright.json"

# The signing input's length of an HS256 token, for openssl's HMAC rate in tokens per second.
input_bytes=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
print(int(next(b["input_bytes"] for b in d["benchmarks"] if b["name"]=="BM_JwsSignature/0")))' "$work/dashwright.json")

echo "== openssl speed" >&2
"${pin[@]}" openssl speed -seconds "$seconds" -mr ecdsap256 ed25519 2>/dev/null | grep '^+F' > "$work/openssl.txt"
"${pin[@]}" openssl speed -seconds "$seconds" -bytes "$input_bytes" -hmac sha256 -mr 2>/dev/null | grep '^+F' >> "$work/openssl.txt"

# Node's jose, minting the same claims.
: > "$work/jose.txt"
if command -v node >/dev/null && command -v npm >/dev/null; then
    jose_dir=${JOSE_DIR:-$build/tests/crypto/interop-node}
    if [ ! -f "$jose_dir/node_modules/jose/package.json" ]; then
        jose_dir="$work/jose"
        mkdir -p "$jose_dir"
        echo '{"name": "dashwright-jose-bench", "private": true, "type": "module"}' > "$jose_dir/package.json"
        (cd "$jose_dir" && npm install --no-audit --no-fund --silent jose@5 >&2)
    fi
    cp "$here/../tests/crypto/interop/bench.mjs" "$jose_dir/compare-bench.mjs"
    claims='{}'
    if [ -x "$cli" ]; then
        "$cli" demo create "$work/demo" --rows 10 > /dev/null 2>&1 || true
        project=$(ls "$work"/demo/*.dwproj 2>/dev/null | head -1 || true)
        if [ -n "$project" ]; then
            claims=$(python3 -c 'import json,sys
p=json.load(open(sys.argv[1]))
print(json.dumps(next(t["claims"] for t in p.get("tenants",[]) if "account_overrides" not in t["claims"])))' "$project")
        fi
    fi
    echo "== node jose" >&2
    (cd "$jose_dir" && DASHWRIGHT_BENCH_CLAIMS="$claims" "${pin[@]}" node compare-bench.mjs "$seconds") > "$work/jose.txt"
    rm -f "$jose_dir/compare-bench.mjs"
else
    echo "compare_jose.sh: node/npm not found: no jose column" >&2
fi

python3 - "$work/dashwright.json" "$work/openssl.txt" "$work/jose.txt" "$input_bytes" <<'PY'
import json, sys
dw = {b["name"]: b["items_per_second"] for b in json.load(open(sys.argv[1]))["benchmarks"]}
ossl = {}
for line in open(sys.argv[2]):
    f = line.strip().split(":")
    if f[0] == "+F4":                      # ECDSA: +F4:n:bits:sign/s:verify/s
        ossl["ES256"] = (float(f[3]), float(f[4]))
    elif f[0] == "+F6":                    # EdDSA: +F6:n:bits:name:sign/s:verify/s
        ossl["EdDSA"] = (float(f[4]), float(f[5]))
    elif f[0] == "+F" and "hmac" in f[2]:  # +F:n:hmac(sha256):bytes/s (one block size)
        rate = float(f[3]) / int(sys.argv[4])
        ossl["HS256"] = (rate, rate)
jose = {}
for line in open(sys.argv[3]):
    name, rate = line.split()
    jose[name] = float(rate)

rows = [("HS256", 0), ("ES256", 1), ("EdDSA", 2), ("sealed", 3)]
print(f"| algorithm | operation | Dashwright token/s | Dashwright JWS only/s | openssl speed/s | openssl / token | jose token/s |")
print(f"| --- | --- | ---: | ---: | ---: | ---: | ---: |")
for alg, i in rows:
    for op, token_bm, jws_bm, k in (("sign", "BM_TokenSign", "BM_JwsSignature", 0), ("verify", "BM_TokenVerify", "BM_JwsVerify", 1)):
        token = dw.get(f"{token_bm}/{i}")
        jws = dw.get(f"{jws_bm}/{i}")
        o = ossl.get(alg, (None, None))[k]
        j = jose.get(f"{alg}_{op}")
        fmt = lambda v: f"{v:,.0f}" if v else "–"
        ratio = f"{o / token:.2f}x" if o and token else "–"
        print(f"| {alg} | {op} | {fmt(token)} | {fmt(jws)} | {fmt(o)} | {ratio} | {fmt(j)} |")
PY
