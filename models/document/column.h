// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columntype.h"

#include <QString>

namespace Dashwright {

// A dataset column: `name` is the identifier in the database (the only source of SQL identifiers),
// `label` what people see, `id` the stable UUID that widgets, policies and tokens refer to.
struct Column
{
    QString id;
    QString name;
    QString label;
    ColumnType type = ColumnType::Text;

    bool operator==(const Column &) const = default;
};

} // namespace Dashwright
