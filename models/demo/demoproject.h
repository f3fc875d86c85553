// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demooptions.h"

#include <QString>

namespace Dashwright {

// The Burrito Factory demo: writes DIR/burrito.dwproj, its SQLite database(s) and
// DIR/burrito.dwkeys. Deterministic for a seed.
class DemoProject
{
public:
    static bool create(const QString &directory, const DemoOptions &options, QString *error);
};

} // namespace Dashwright
