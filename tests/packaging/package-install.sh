#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian package in a clean Debian 12: debootstrap a minbase bookworm root in a temporary
# folder, `apt-get install ./dashwright_*.deb` into it (so its Depends must bring everything the
# programs load, plugins included), then run what a user runs first, each bounded in time:
#
#   package-install.sh DEB_DIR
#
# Needs root and debootstrap: without them it skips (exit 77) with a message, except in CI
# (CI=true), where it fails. The Debian mirror is the host's own (its apt sources), so the test
# names none. The root is unmounted and removed whatever happens.
set -euo pipefail

deb_dir="$1"
started=$SECONDS
# The test's own stderr, for the cleanup's last word: a trap runs inside whatever step it
# interrupted, with that step's output redirected to its log.
exec 3>&2

skip_or_fail()
{
    if [[ "${CI:-}" == true ]]; then
        echo "package-install: FAIL: $1 (CI must run this test)" >&2
        exit 1
    fi
    echo "package-install: SKIPPED: $1" >&2
    exit 77
}

[[ $EUID -eq 0 ]] || skip_or_fail "needs root (debootstrap, chroot, mount)"
command -v debootstrap >/dev/null || skip_or_fail "debootstrap is not installed (scripts/setup.sh installs it)"

shopt -s nullglob
debs=("$deb_dir"/dashwright_*.deb)
[[ ${#debs[@]} -eq 1 ]] || { echo "package-install: expected one dashwright_*.deb in $deb_dir" >&2; exit 1; }
deb="${debs[0]}"

# The host's Debian sources: "URI SUITE" for every deb entry of a bookworm suite, from the
# one-line format (sources.list, *.list) and the deb822 format (*.sources).
host_sources()
{
    local file
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f "$file" ]] || continue
        awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) ++i; ++i }
                           print $(i), $(i + 1) }' "$file"
    done
    for file in /etc/apt/sources.list.d/*.sources; do
        awk 'function flush() { if (types ~ /(^| )deb( |$)/ && enabled != "no")
                                    for (u in uris) for (s in suites) print uris[u], suites[s]
                                types = ""; enabled = ""; delete uris; delete suites }
             /^[ \t]*$/ { flush(); next }
             /^#/ { next }
             tolower($1) == "types:" { $1 = ""; types = $0 }
             tolower($1) == "enabled:" { enabled = tolower($2) }
             tolower($1) == "uris:" { for (i = 2; i <= NF; ++i) uris[i] = $i }
             tolower($1) == "suites:" { for (i = 2; i <= NF; ++i) suites[i] = $i }
             END { flush() }' "$file"
    done
}
mapfile -t sources < <(host_sources | awk '$2 ~ /^bookworm(-updates|-security)?$/' | sort -u)
mirror=""
for entry in "${sources[@]}"; do
    [[ "${entry#* }" == bookworm ]] && { mirror="${entry% *}"; break; }
done
[[ -n "$mirror" ]] || skip_or_fail "no Debian bookworm source in the host's apt configuration"

# One private folder holds the root and the logs: nothing with a name another user could guess
# (and plant a symlink at) beside it in /tmp.
work="$(mktemp -d /tmp/dashwright-package.XXXXXX)"
root="$work/root"
log="$work/debootstrap.log"
mkdir "$root"
# As the root's "/" it must be 0755, or apt's _apt user is kept out.
chmod 755 "$work" "$root"
mounts=()
child=""
cleanup()
{
    local status=$? i
    # Cleaning up goes on whatever fails on the way (set -e would end the trap at the first error).
    set +e
    # A step still running (the test was interrupted): end it first, so nothing holds the mounts.
    if [[ -n "$child" ]]; then
        kill -TERM "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    # Whatever a package's scripts left running in the root holds its mounts: ended first.
    for proc in /proc/[0-9]*; do
        [[ "$(readlink "$proc/root" 2>/dev/null)" == "$root" ]] && kill -KILL "${proc#/proc/}" 2>/dev/null
    done
    for ((i = ${#mounts[@]} - 1; i >= 0; --i)); do
        umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" 2>/dev/null || true
    done
    # And anything else mounted under it (a mount recorded before it was made, or made inside).
    umount -R "$root" 2>/dev/null || umount -R -l "$root" 2>/dev/null || true
    # Nothing may still be mounted inside when it is removed: --one-file-system keeps rm out of
    # any mount that failed to go.
    rm -rf --one-file-system "$work"
    echo "package-install: $((SECONDS - started)) s in all" >&3
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs a command with a time limit in the background and waits for it: bash runs a signal's trap
# only once the foreground command is over, but interrupts `wait` at once, so an interrupted test
# cleans up without waiting for a long step to finish.
bounded()
{
    local seconds="$1" status=0
    shift
    timeout "$seconds" "$@" &
    child=$!
    wait "$child" || status=$?
    child=""
    return $status
}

step()
{
    printf '==> [%4d s] %s\n' "$((SECONDS - started))" "$*"
}

step "debootstrap --variant=minbase bookworm from the host's mirror"
if ! bounded 600 debootstrap --variant=minbase bookworm "$root" "$mirror" >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "package-install: debootstrap failed" >&2
    exit 1
fi
debootstrapped=$((SECONDS - started))

# The same suites as the host (updates, security), so that what the package was built against
# is there; DNS and, for an https mirror, the host's certificate authorities.
printf 'deb %s main\n' "${sources[@]}" >"$root/etc/apt/sources.list"
cp /etc/resolv.conf "$root/etc/resolv.conf"
if [[ -f /etc/ssl/certs/ca-certificates.crt ]]; then
    mkdir -p "$root/etc/ssl/certs"
    cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
fi
# Packages' maintainer scripts start no services in here (Debian's policy-rc.d convention).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

# Recorded before they are made, so that an interrupt between the two cannot leave one behind.
# No bind of the host's /dev (the packages' scripts could write to its devices): debootstrap
# made the few device nodes a root needs in its own /dev.
mounts+=("$root/proc") && mount -t proc proc "$root/proc"
mounts+=("$root/tmp") && mount -t tmpfs tmpfs "$root/tmp"
for node in null zero random urandom; do
    [[ -c "$root/dev/$node" ]] || { echo "package-install: the root has no /dev/$node" >&2; exit 1; }
done

# A command inside the root, with a clean environment and a time limit.
in_root()
{
    local seconds="$1"
    shift
    bounded "$seconds" chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

cp "$deb" "$root/root/"
step "apt-get install ./$(basename "$deb")"
in_root 180 apt-get update -q >/dev/null
in_root 600 sh -c "cd /root && apt-get install -y -q ./$(basename "$deb")" >"$root/tmp/apt.log" 2>&1 || {
    tail -n 30 "$root/tmp/apt.log" >&2
    echo "package-install: apt-get install failed" >&2
    exit 1
}
installed=$((SECONDS - started))

failures=0
check()
{
    local name="$1"
    shift
    if "$@" >"$root/tmp/out" 2>&1; then
        echo "PASS: $name"
    else
        echo "FAIL: $name (exit $?)"
        sed 's/^/    /' "$root/tmp/out" | tail -n 20
        failures=$((failures + 1))
    fi
}
# Output of the last check, for the next one to look at.
last_output()
{
    cat "$root/tmp/out"
}

step "the programs, inside the root"
project=/root/demo/burrito.dwproj
tenant="Farolito — access policy"
check "dashwright --version" in_root 30 dashwright --version
last_output | grep -qx "dashwright $(dpkg-deb -f "$deb" Version)" || {
    echo "FAIL: --version printed: $(last_output)"
    failures=$((failures + 1))
}
check "dashwright demo create" in_root 120 dashwright demo create /root/demo --rows 2000
check "dashwright project check" in_root 60 dashwright project check "$project"
check "dashwright query --as TENANT" in_root 60 \
    dashwright query "$project" --dashboard restaurant-overview --as "$tenant" --format json
last_output | grep -q '"denied": null' || { echo "FAIL: query --as: no widget granted"; failures=$((failures + 1)); }
check "dashwright token sign" in_root 30 \
    dashwright token sign "$project" --claims /root/demo/farolito.claims.json
token="$(last_output | tail -n 1)"
check "dashwright token verify" in_root 30 dashwright token verify "$project" "$token"
# farolito.claims.json grants the distributor's dashboard.
check "dashwright query --token" in_root 60 \
    dashwright query "$project" --dashboard distributor-performance --token "$token"
last_output | grep -q '"denied": null' || { echo "FAIL: query --token: no widget granted"; failures=$((failures + 1)); }
# The PostgreSQL driver is a plugin (libqt6sql6-psql, loaded at run time): the demo on a
# PostgreSQL account on a closed port must fail to connect (exit 4), not lack the driver.
sed -z 's/"type": "sqlite",\n *"path": "burrito.sqlite"/"type": "postgresql", "host": "127.0.0.1", "port": 9, "database": "burrito", "user": "reader"/' \
    "$root/root/demo/burrito.dwproj" >"$root/root/demo/pg.dwproj"
cp "$root/root/demo/burrito.dwkeys" "$root/root/demo/pg.dwkeys"
in_root 60 dashwright project check /root/demo/pg.dwproj >"$root/tmp/out" 2>&1 && status=0 || status=$?
if [[ $status -eq 4 ]] && grep -q 'could not connect to 127.0.0.1:9/burrito' "$root/tmp/out"; then
    echo "PASS: the PostgreSQL driver loads (project check on a closed port: could not connect)"
else
    echo "FAIL: project check on a PostgreSQL account: exit $status"
    sed 's/^/    /' "$root/tmp/out" | head -n 5
    failures=$((failures + 1))
fi
check "dashwright serve --check" in_root 60 dashwright serve "$project" --check
check "dashwright preview --png (dashwright-preview, offscreen)" in_root 120 \
    dashwright preview "$project" --dashboard restaurant-overview --as "$tenant" --png /root/shot.png
check "the preview is a PNG" test -s "$root/root/shot.png"
check "dashwright-designer --self-test (offscreen)" in_root 120 \
    env QT_QPA_PLATFORM=offscreen dashwright-designer --self-test
check "dashwright-designer --self-test on the demo (offscreen)" in_root 120 \
    env QT_QPA_PLATFORM=offscreen dashwright-designer --self-test "$project" --preview-as "$tenant"
# The translations are files now (share/dashwright/translations); no build tree exists in here,
# so German help proves the installed designer found the installed .qm.
check "dashwright-designer --help in German" in_root 30 \
    env LANG=de_DE.UTF-8 dashwright-designer --help
last_output | grep -q "Dashboards für mandantenfähige eingebettete Analysen entwerfen" || {
    echo "FAIL: the designer's help is not in German: the installed translations were not found"
    failures=$((failures + 1))
}
check "bash completion completes the commands" in_root 30 bash -c \
    'source /usr/share/bash-completion/completions/dashwright
     COMP_WORDS=(dashwright token ""); COMP_CWORD=2; _dashwright
     [[ " ${COMPREPLY[*]} " == *" sign "* && " ${COMPREPLY[*]} " == *" verify "* ]]'
check "manual pages" test -s "$root/usr/share/man/man1/dashwright.1.gz" -a \
    -s "$root/usr/share/man/man1/dashwright-designer.1.gz"

step "done: debootstrap ${debootstrapped} s, install $((installed - debootstrapped)) s, checks $((SECONDS - installed)) s"
if [[ $failures -gt 0 ]]; then
    echo "package-install: $failures check(s) failed" >&2
    exit 1
fi
echo "package-install: the package installs and works in a clean Debian 12"
