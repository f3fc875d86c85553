#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a tracked C++ file differs from what the committed .clang-format makes of it. Run by
# ctest (test "format") so that the README's test command, and so CI, refuses unformatted code.
# clang-format 14 is Debian 12's; other versions format a few constructs differently.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

formatter=""
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null 2>&1; then
        formatter="$candidate"
        break
    fi
done
if [[ -z "$formatter" ]]; then
    echo "check-format: clang-format-14 is not installed (scripts/setup.sh deps installs it)" >&2
    exit 1
fi

mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find models ui app server tests bench fuzz -name '*.cpp' -o -name '*.h' 2>/dev/null)
if [[ ${#files[@]} -eq 0 ]]; then
    echo "check-format: no C++ files found" >&2
    exit 1
fi
if ! "$formatter" --dry-run -Werror "${files[@]}"; then
    echo "check-format: the files above are not clang-format clean: run" >&2
    echo "  git ls-files '*.cpp' '*.h' | xargs $formatter -i" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files clean"
