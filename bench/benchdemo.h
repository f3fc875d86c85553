// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QString>

namespace Dashwright::Bench {

// The demo project the benchmarks measure: DASHWRIGHT_BENCH_DIR when set (one made earlier with
// `dashwright demo create DIR --rows N`), else one created once per run in a temporary folder
// with DASHWRIGHT_BENCH_ROWS sales lines (default 1,000,000). Exits with a message when it
// cannot be made or read.
QString demoProjectPath();
const Project &demoProject();

} // namespace Dashwright::Bench
