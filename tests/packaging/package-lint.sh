#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What Debian and the desktop say about the package, without installing it:
#
#   package-lint.sh DEB_DIR WEB_DIR
#
# lintian reports no error (its warnings are printed), the installed .desktop file and AppStream
# metainfo validate, the package holds every file issue 15 lists (WEB_DIR: the web runtime, when
# this build has one) and depends on the Qt plugins the programs load at run time. Without
# lintian, desktop-file-validate or appstreamcli it skips (exit 77), except in CI (CI=true).
set -euo pipefail
deb_dir="$1" web_dir="$2"

for tool in lintian desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        [[ "${CI:-}" == true ]] && { echo "package-lint: FAIL: $tool is missing" >&2; exit 1; }
        echo "package-lint: SKIPPED: $tool is not installed (scripts/setup.sh installs it)" >&2
        exit 77
    fi
done

shopt -s nullglob
debs=("$deb_dir"/dashwright_*.deb)
[[ ${#debs[@]} -eq 1 ]] || { echo "package-lint: expected one dashwright_*.deb in $deb_dir" >&2; exit 1; }
deb="${debs[0]}"
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
failures=0
fail()
{
    echo "FAIL: $*"
    failures=$((failures + 1))
}

echo "==> lintian $(basename "$deb")"
# --no-tag-display-limit: every finding, so that the count below is the real one.
lintian_log="$(mktemp)"
lintian --display-info --no-tag-display-limit "$deb" >"$lintian_log" 2>&1 || true
cat "$lintian_log"
grep -q '^E: ' "$lintian_log" && fail "lintian reports errors"
rm -f "$lintian_log"

dpkg-deb -x "$deb" "$tree"
echo "==> desktop-file-validate, appstreamcli validate --no-net"
desktop-file-validate "$tree/usr/share/applications/dashwright-designer.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --no-color "$tree/usr/share/metainfo/io.dashwright.Designer.metainfo.xml" ||
    fail "appstreamcli validate"

echo "==> contents"
expected=(
    usr/bin/dashwright usr/bin/dashwright-designer usr/bin/dashwright-preview
    usr/share/applications/dashwright-designer.desktop
    usr/share/metainfo/io.dashwright.Designer.metainfo.xml
    usr/share/mime/packages/dashwright.xml
    usr/share/icons/hicolor/scalable/apps/dashwright.svg
    usr/share/man/man1/dashwright.1.gz usr/share/man/man1/dashwright-designer.1.gz
    usr/share/man/man1/dashwright-preview.1.gz
    usr/share/bash-completion/completions/dashwright
    usr/lib/systemd/system/dashwright-serve@.service
    usr/share/doc/dashwright/copyright usr/share/doc/dashwright/changelog.gz
    usr/share/doc/dashwright/deploy.md
    usr/share/doc/dashwright/docs/designer.md usr/share/doc/dashwright/docs/cli.md
)
for size in 16 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/dashwright.png")
done
for language in de en fr nl; do
    expected+=("usr/share/dashwright/translations/dashwright_$language.qm")
done
if [[ -f "$web_dir/dashwright-embed.js" ]]; then
    expected+=(usr/share/dashwright/web/dashwright-embed.js usr/share/dashwright/web/dashwright-frame.js
        usr/share/dashwright/web/dashwright-frame-host.js)
else
    echo "note: this build has no web runtime ($web_dir); the package then has none either"
fi
for path in "${expected[@]}"; do
    [[ -s "$tree/$path" ]] || fail "the package has no $path"
done
# The PNGs are the sizes their folders say.
for size in 16 32 48 64 128 256; do
    png="$tree/usr/share/icons/hicolor/${size}x${size}/apps/dashwright.png"
    [[ -f "$png" ]] || continue
    dimensions="$(file -b "$png" | grep -oE '[0-9]+ x [0-9]+' || true)"
    [[ "$dimensions" == "$size x $size" ]] || fail "${size}x${size}/apps/dashwright.png is $dimensions"
done

echo "==> Depends"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "$depends"
# The plugins are loaded at run time (dpkg-shlibdeps cannot see them): the SQL drivers, the SVG
# icon engine, and the platform plugins and TLS backend in libqt6gui6 and libqt6network6.
for package in libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libqt6gui6 libqt6network6 libssl3; do
    [[ ", $depends," == *", $package"[\ ,]* ]] || fail "Depends lacks $package"
done

if command -v man >/dev/null; then
    echo "==> the manual pages render without a warning"
    for page in "$tree"/usr/share/man/man1/*.1.gz; do
        warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)"
        [[ -z "$warnings" ]] || fail "$(basename "$page"): $warnings"
    done
fi

if [[ $failures -gt 0 ]]; then
    echo "package-lint: $failures problem(s)" >&2
    exit 1
fi
echo "package-lint: lintian without errors, the desktop files valid, every file there"
