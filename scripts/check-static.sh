#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Static analysis: clang-tidy (the checks of .clang-tidy) and cppcheck over the core (models/), the
# embed server (server/) and the programs (app/); with --ui, the designer's widgets (ui/) too.
#
#   scripts/check-static.sh [--ui] [--jobs N] [BUILD_DIR]
#
# BUILD_DIR (default build/release) must hold compile_commands.json (every preset writes one).
# Prints each finding as compiler-style "file:line: ..." and a count per tool; the exit status is
# 1 when either tool found anything, 0 when both are clean. Needs clang-tidy-14 and cppcheck
# (scripts/setup.sh deps installs them). Takes about 15 s of one core per file (~30 min on two
# cores for the default folders): run by hand and before a release, not by ctest.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

FOLDERS=(models server app)
JOBS="$(nproc)"
BUILD=build/release
while [[ $# -gt 0 ]]; do
    case "$1" in
    --ui) FOLDERS+=(ui) ;;
    --jobs) JOBS="$2"; shift ;;
    -h | --help) sed -n '4,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "check-static: unknown option $1 (see --help)" >&2; exit 1 ;;
    *) BUILD="$1" ;;
    esac
    shift
done
[[ -f "$BUILD/compile_commands.json" ]] || {
    echo "check-static: $BUILD/compile_commands.json is missing: configure first (cmake --preset release)" >&2
    exit 1
}
for tool in clang-tidy-14 run-clang-tidy-14 cppcheck; do
    command -v "$tool" > /dev/null || { echo "check-static: $tool is not installed (scripts/setup.sh deps)" >&2; exit 1; }
done
# The generated moc/uic sources are Qt's, not ours; the build must exist for them to be found.
[[ -d "$BUILD/models/dashwright-core_autogen" ]] || {
    echo "check-static: build $BUILD first (clang-tidy needs the generated moc headers)" >&2
    exit 1
}

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
pattern="$(printf '%s|' "${FOLDERS[@]}")"
pattern="^$ROOT/(${pattern%|})/.*\\.cpp\$"

# clang-tidy ------------------------------------------------------------------------------------
# run-clang-tidy takes a regular expression over the database's file names. The header filter of
# .clang-tidy reports findings in our own headers once each (sorted and made unique below).
run-clang-tidy-14 -quiet -j "$JOBS" -p "$BUILD" -clang-tidy-binary clang-tidy-14 "$pattern" \
    > "$OUT/tidy.log" 2> "$OUT/tidy.err" || true
grep -E '^/.+:[0-9]+:[0-9]+: (warning|error):' "$OUT/tidy.log" | sort -u > "$OUT/tidy.findings" || true
tidy_count=$(wc -l < "$OUT/tidy.findings")
sed "s|^$ROOT/||" "$OUT/tidy.findings"

# cppcheck --------------------------------------------------------------------------------------
# cppcheck reads the same compile database; Qt's own headers are not analysed (their macros are
# told to cppcheck by --library=qt), only ours. Suppressions are in .cppcheck-suppressions, each
# with its reason.
filtered="$OUT/compile_commands.json"
python3 - "$BUILD/compile_commands.json" "$filtered" "$pattern" << 'EOF'
import json, re, sys
entries = json.load(open(sys.argv[1]))
wanted = re.compile(sys.argv[3])
json.dump([e for e in entries if wanted.match(e["file"])], open(sys.argv[2], "w"))
EOF
cppcheck --project="$filtered" --library=qt --library=tests/static/qt-extra.cfg --enable=warning,performance,portability \
    --inline-suppr --suppressions-list=.cppcheck-suppressions --std=c++20 -j "$JOBS" \
    --template='{file}:{line}: {severity}: {message} [{id}]' --quiet \
    -i "$BUILD" --suppress='*:/usr/*' --suppress="*:$ROOT/$BUILD/*" \
    2> "$OUT/cppcheck.log" > /dev/null || true
grep -E '^/.+:[0-9]+: ' "$OUT/cppcheck.log" | sort -u > "$OUT/cppcheck.findings" || true
cppcheck_count=$(wc -l < "$OUT/cppcheck.findings")
sed "s|^$ROOT/||" "$OUT/cppcheck.findings"

echo "check-static: ${FOLDERS[*]}: clang-tidy $tidy_count finding(s), cppcheck $cppcheck_count finding(s)"
[[ $tidy_count -eq 0 && $cppcheck_count -eq 0 ]]
