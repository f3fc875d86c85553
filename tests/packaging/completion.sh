#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The bash completion (packaging/dashwright.bash-completion) against the built CLI: it must offer
# every command `dashwright --help` lists, each command's actions, the options each
# `dashwright COMMAND --help` lists, and an option's fixed values.
#
#   completion.sh CLI_DIR COMPLETION_FILE
set -uo pipefail
cli_dir="$1" completion="$2"
export PATH="$cli_dir:$PATH" LANG=C.UTF-8
# shellcheck source=/dev/null
source "$completion"
failures=0

# complete WORD… : COMPREPLY for the last word, space-separated.
complete_words()
{
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _dashwright
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}

expect()
{
    local want="$1"
    shift
    local got
    got="$(complete_words "$@")"
    if [[ "$got" == "$want" ]]; then
        echo "PASS: [$*] -> $got"
    else
        echo "FAIL: [$*] -> '$got', expected '$want'"
        failures=$((failures + 1))
    fi
}

# The commands, from the CLI's own list (not from this test): each one is offered.
mapfile -t commands < <(dashwright --help | sed -n '/^Commands:/,/^$/p' | grep -E '^  [a-z]' |
    awk '{print $1}' | sort -u)
[[ ${#commands[@]} -ge 10 ]] || { echo "FAIL: dashwright --help lists ${#commands[@]} commands"; exit 1; }
expect "$(printf '%s\n' "${commands[@]}" --help --version | sort | tr '\n' ' ' | sed 's/ $//')" dashwright ""
expect "token" dashwright to
expect "inspect revoke sign verify" dashwright token ""
expect "api-key create export list passphrase retire rotate" dashwright keys ""
expect "create list revoke" dashwright keys api-key ""
expect "create" dashwright demo ""
expect "check" dashwright project ""
expect "csv json" dashwright query p.dwproj --format ""
expect "csharp curl go html iframe java node php python ruby" dashwright snippet p --format ""
expect "api sign" dashwright snippet p --via ""
expect "" dashwright token sign p --kid ""
expect "--sealed --server" dashwright snippet p --se

# Each command's options are exactly those its --help lists.
for command in "${commands[@]}"; do
    words=("$command")
    case "$command" in
    token) words+=(sign) ;;
    demo) words+=(create) ;;
    project) words+=(check) ;;
    esac
    want="$(dashwright "${words[@]}" --help | sed -n '/^Options:/,/^$/p' |
        grep -oE -- '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*' | sort |
        tr '\n' ' ' | sed 's/ $//')"
    [[ -n "$want" ]] || { echo "FAIL: dashwright ${words[*]} --help lists no option"; failures=$((failures + 1)); }
    expect "$want" dashwright "${words[@]}" x --
done
# Options the CLI really has, by name, so that a parsing bug that drops them all shows.
expect "--as --claims --dashboard --explain --filter --format --help --keystore --token --widget" \
    dashwright query p.dwproj --

if [[ $failures -gt 0 ]]; then
    echo "completion: $failures failure(s)" >&2
    exit 1
fi
