// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Dashwright {

struct DemoOptions
{
    qint64 rows = 200000; // sales lines in the main database
    quint64 seed = 1;
};

} // namespace Dashwright
