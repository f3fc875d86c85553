#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what Dashwright needs on Debian 12, then builds, tests or runs it.
#
#   scripts/setup.sh [build]   install packages (if missing), configure and build (release preset)
#   scripts/setup.sh test      … then run every test: ctest --preset release
#   scripts/setup.sh run       … then create the demo project (once) and open it in the designer
#   scripts/setup.sh deps      only install the packages
#
# Options (before or after the command):
#   --no-deps     skip the package check (e.g. on a machine that is not Debian)
#   --preset P    use configure/build/test preset P instead of "release" (e.g. debug)
#
# This is the one place that lists the Debian packages the project needs. apt is skipped when
# every package is already installed, so re-runs are fast.
set -euo pipefail

# Everything needed to configure, build, test (offscreen or under Xvfb), package and run.
PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config git ca-certificates file
    # Qt 6.4 (widgets, charts, SVG, SQL, linguist tools) and its runtime plugins
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    # Qt's own texts (Close, Cancel, the file dialogs) in the designer's languages
    qt6-translations-l10n
    # Qt6Charts needs Qt6OpenGL, only a Recommends of qt6-base-dev (skipped by --no-install-recommends)
    libqt6opengl6-dev
    # core libraries
    nlohmann-json3-dev libssl-dev libsqlite3-dev sqlite3 libpq-dev
    # the snippet templates (Mustache, header-only)
    libkainjow-mustache-dev
    # the embed server's HTTP layer (Boost.Beast and Asio, header-only)
    libboost1.81-dev
    # benchmarks (wrk drives the embed server)
    libbenchmark-dev wrk
    # the deploy test puts two embed servers behind a throw-away nginx on loopback
    nginx
    # the PostgreSQL tests start a throw-away cluster of their own (tests/common/pgcluster.h)
    postgresql-15
    # headless GUI runs, fonts for rendering text
    xvfb xauth fonts-dejavu-core
    # the crash-safety test presses keys in the real designer on Xvfb (tests/ui/crash-safety.sh)
    xdotool
    # the export tests read the designer's PDFs as a viewer would (pdftotext, pdftoppm)
    poppler-utils
    # packaging: dpkg-shlibdeps for CPack, validators for the .desktop and AppStream files, the
    # icon's PNG sizes (rsvg-convert), Debian's package checker, and the clean Debian 12 root the
    # package test installs the package into (tests/packaging)
    dpkg-dev desktop-file-utils appstream librsvg2-bin lintian debootstrap
    # the format check (ctest test "format"): Debian 12's clang-format
    clang-format-14
    # the libFuzzer targets (fuzz/, the `fuzz` preset): clang with its sanitizer and libFuzzer
    # runtimes (-fsanitize=fuzzer links libclang_rt.fuzzer from libclang-rt-14-dev)
    clang-14 libclang-rt-14-dev
    # static analysis and coverage (scripts/check-static.sh, scripts/check-debug.sh)
    clang-tidy-14 cppcheck gcovr
    # the web runtime's browser test (tests/web) drives Debian's Chromium with playwright-core
    chromium
    # the snippets' runtimes (tests/embed/tst_snippet_runtimes runs every snippet as generated):
    # Python with PyJWT and jwcrypto, Ruby with ruby-jwt, Go with golang-jwt, OpenJDK, Mono with
    # its HTTP client and JSON serializer, PHP with curl (curl itself is in the toolchain's deps)
    python3 python3-jwt python3-jwcrypto ruby ruby-jwt golang-go golang-github-golang-jwt-jwt-dev
    openjdk-17-jdk-headless mono-mcs mono-runtime libmono-system-net-http4.0-cil
    libmono-system-web-extensions4.0-cil php-cli php-curl curl
)
# The JOSE interop tests run the Node.js "jose" package. Debian's node is recent enough for it, but
# machines that already ship a newer node (often outside dpkg's view) keep theirs: only add the
# packages when node or npm is missing from the PATH.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    PACKAGES+=(nodejs npm)
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMMAND=build
PRESET=release
WITH_DEPS=1

usage()
{
    sed -n '5,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [[ $# -gt 0 ]]; do
    case "$1" in
    build | test | run | deps) COMMAND="$1" ;;
    --no-deps) WITH_DEPS=0 ;;
    --preset)
        [[ $# -ge 2 ]] || { echo "setup.sh: --preset needs a value" >&2; exit 1; }
        PRESET="$2"
        shift
        ;;
    --preset=*) PRESET="${1#--preset=}" ;;
    -h | --help) usage; exit 0 ;;
    *) echo "setup.sh: unknown argument: $1" >&2; usage >&2; exit 1 ;;
    esac
    shift
done

log()
{
    printf '==> %s\n' "$*" >&2
}

# Packages from PACKAGES that are not installed yet.
missing_packages()
{
    local pkg status
    for pkg in "${PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)"
        [[ "$status" == ii* ]] || printf '%s\n' "$pkg"
    done
}

install_packages()
{
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        log "not a Debian system: skipping the package check (install the equivalents of: ${PACKAGES[*]})"
        return
    fi
    local missing
    mapfile -t missing < <(missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        log "all ${#PACKAGES[@]} Debian packages are installed"
        return
    fi
    log "installing ${#missing[@]} Debian package(s): ${missing[*]}"
    local sudo=()
    if [[ $EUID -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || {
            echo "setup.sh: run as root, or install sudo, to install: ${missing[*]}" >&2
            exit 1
        }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    # Debian's nginx and PostgreSQL start their servers (port 80, 5432) when they are installed;
    # the tests start their own, on loopback, and nothing here wants those running. policy-rc.d
    # (Debian's way to say "start no services now") keeps them from starting, and they are not
    # enabled for the next boot.
    local policy=/usr/sbin/policy-rc.d added_policy=0
    if [[ (" ${missing[*]} " == *" nginx "* || " ${missing[*]} " == *" postgresql-15 "*)
          && ! -e "$policy" ]]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod 755 "$policy"
        added_policy=1
    fi
    local status=0
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}" || status=$?
    if [[ $added_policy -eq 1 ]]; then
        "${sudo[@]}" rm -f "$policy"
        if command -v systemctl >/dev/null 2>&1; then
            "${sudo[@]}" systemctl disable nginx postgresql >/dev/null 2>&1 || true
        fi
    fi
    return $status
}

# A minimal Debian has no LANG at all; Qt then warns and falls back. C.UTF-8 ships with libc.
ensure_utf8_locale()
{
    local current="${LC_ALL:-${LC_CTYPE:-${LANG:-}}}"
    if [[ -z "$current" || "$current" == C || "$current" == POSIX ]]; then
        export LANG=C.UTF-8
        unset LC_ALL
    fi
}

# The web runtime (resources/web): npm ci from the committed lock file, then esbuild bundles it
# into the build tree, where `dashwright serve` and the tests find it (CMake's DASHWRIGHT_WEB_DIR).
# npm ci runs again only when the lock file changed since the last run.
build_web()
{
    local web="$ROOT/resources/web" out
    out="$(binary_dir)/web/dashwright-embed.js"
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        log "node or npm missing: skipping the web runtime (dashwright serve will answer 404 for it)"
        return
    fi
    if ! cmp -s "$web/package-lock.json" "$web/node_modules/.dashwright-lock" 2>/dev/null; then
        log "installing the web runtime's npm packages (npm ci)"
        (cd "$web" && npm ci --no-audit --no-fund)
        cp "$web/package-lock.json" "$web/node_modules/.dashwright-lock"
    fi
    log "bundling the web runtime into $out"
    (cd "$web" && node build.mjs "$out")
}

build()
{
    cd "$ROOT"
    build_web
    log "configuring (preset $PRESET)"
    cmake --preset "$PRESET"
    log "building (preset $PRESET, $(nproc) jobs)"
    cmake --build --preset "$PRESET"
}

binary_dir()
{
    printf '%s/build/%s\n' "$ROOT" "$PRESET"
}

run_tests()
{
    cd "$ROOT"
    log "testing (preset $PRESET)"
    # ctest prints its own summary line ("100% tests passed, 0 tests failed out of N").
    QT_QPA_PLATFORM=offscreen ctest --preset "$PRESET" --output-on-failure
}

run_designer()
{
    local bin demo_dir="$ROOT/demo"
    bin="$(binary_dir)/app"
    if [[ ! -f "$demo_dir/burrito.dwproj" ]]; then
        log "creating the demo project in $demo_dir"
        "$bin/dashwright/dashwright" demo create "$demo_dir"
    fi
    log "starting the designer on $demo_dir/burrito.dwproj"
    exec "$bin/designer/dashwright-designer" "$demo_dir/burrito.dwproj"
}

ensure_utf8_locale
if [[ $WITH_DEPS -eq 1 ]]; then
    install_packages
fi

case "$COMMAND" in
deps) ;;
build) build ;;
test)
    build
    run_tests
    ;;
run)
    build
    run_designer
    ;;
esac
