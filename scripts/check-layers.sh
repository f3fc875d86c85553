#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The one-way rule of docs/architecture.md, checked on every #include of models/, ui/ and server/:
#   - inside models/, a folder includes only folders below it:
#       common < document, crypto < data, commands < access, demo < embed
#     (folders of the same level do not include each other: document and crypto stand beside
#     each other, and so do data and commands, access and demo);
#   - models/ and server/ never include QtWidgets or QtCharts; nothing includes ui/ or app/ but
#     ui/ and app/ themselves.
# Run by ctest (test "layering"), so the README's test command and CI refuse a broken layer.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

declare -A level=([common]=0 [document]=1 [crypto]=1 [data]=2 [commands]=2 [access]=3 [demo]=3 [embed]=4)
failures=0

fail()
{
    echo "check-layers: $*" >&2
    failures=$((failures + 1))
}

while IFS= read -r -d '' file; do
    folder="${file#models/}"
    folder="${folder%%/*}"
    [[ -n "${level[$folder]+set}" ]] || { fail "$file: models/$folder is not a known layer (add it to docs/architecture.md and this script)"; continue; }
    while IFS= read -r line; do
        target="${line#*\"}"
        target="${target%%/*}"
        [[ "$target" == "$folder" ]] && continue
        if [[ -z "${level[$target]+set}" ]]; then
            case "$target" in
            ui | app | server) fail "$file includes $target/: the core never reaches above itself" ;;
            esac
            continue
        fi
        if ((level[$target] >= level[$folder])); then
            fail "$file includes $target/: models/$folder may only include folders below it"
        fi
    done < <(grep -hE '^#include "[a-z]+/' "$file" || true)
done < <(find models -name '*.h' -print0 -o -name '*.cpp' -print0)

# QtWidgets and QtCharts stay out of the core and the server: by module header and by class name.
widget_headers=()
for module in QtWidgets QtCharts; do
    for dir in /usr/include/x86_64-linux-gnu/qt6/$module /usr/include/qt6/$module; do
        [[ -d "$dir" ]] || continue
        while IFS= read -r name; do widget_headers+=("$name"); done < <(ls "$dir" | grep -E '^Q[A-Za-z]+$')
    done
done
widget_headers+=(QtWidgets QtCharts)
pattern="^#include <($(IFS='|'; echo "${widget_headers[*]}"))(/[A-Za-z]+)?>"
for dir in models server fuzz; do
    [[ -d "$dir" ]] || continue
    while IFS= read -r hit; do
        fail "$hit: QtWidgets/QtCharts in $dir/"
    done < <(grep -rnE "$pattern" "$dir" --include='*.h' --include='*.cpp' || true)
done

if ((failures > 0)); then
    echo "check-layers: $failures include(s) break the one-way rule (docs/architecture.md)" >&2
    exit 1
fi
echo "check-layers: models/ and server/ follow the one-way rule"
