#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package of this build tree into OUT_DIR (emptied first), as the README says:
#
#   package-build.sh BUILD_DIR OUT_DIR
set -euo pipefail
build_dir="$1" out_dir="$2"
rm -rf "$out_dir"
mkdir -p "$out_dir"
timeout 600 cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out_dir"
# CPack's own staging tree is no longer needed; only the .deb is.
rm -rf "$out_dir/_CPack_Packages"
ls -l "$out_dir"/dashwright_*.deb
