// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Dashwright {

// A piece of SQL with its positional '?' placeholders and the values bound to them, in order, and
// the dataset columns it names (so that they can be checked against the database it will run on).
struct SqlFragment
{
    QString sql;
    QVariantList bindings;
    QStringList columns;

    bool isEmpty() const { return sql.isEmpty(); }
    bool operator==(const SqlFragment &) const = default;
};

} // namespace Dashwright
