// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "column.h"

#include <QList>
#include <QString>

namespace Dashwright {

// A table, or a read-only SELECT, on an account, with the typed columns widgets may use.
struct Dataset
{
    enum class Kind { Table, Query };

    QString id;
    QString name;
    QString accountId;
    Kind kind = Kind::Table;
    QString table; // Kind::Table: the table or view name, as in the database
    QString sql;   // Kind::Query: one read-only SELECT statement
    QList<Column> columns;

    const Column *column(const QString &columnId) const;
    const Column *columnByName(const QString &name) const;

    bool operator==(const Dataset &) const = default;
};

} // namespace Dashwright
