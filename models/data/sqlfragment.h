// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

namespace Dashwright {

// A piece of SQL with its positional '?' placeholders and the values bound to them, in order.
struct SqlFragment
{
    QString sql;
    QVariantList bindings;

    bool isEmpty() const { return sql.isEmpty(); }
    bool operator==(const SqlFragment &) const = default;
};

} // namespace Dashwright
