// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"

#include "document/column.h"

#include <QList>
#include <QString>

#include <variant>

namespace Dashwright {

struct TableInfo
{
    QString name;
    bool isView = false;
    QList<Column> columns; // ids empty; name, label (= name) and mapped type
};

// Reads what a database holds: its tables and views with column types, and the result columns of a
// read-only SELECT (refused unless it is exactly one statement that writes nothing).
class SchemaIntrospector
{
public:
    static std::variant<QList<TableInfo>, QString> tables(const ConnectionSpec &connection);
    static std::variant<QList<Column>, QString> queryColumns(const ConnectionSpec &connection,
                                                             const QString &sql);
    // Maps a declared SQL type ("VARCHAR(20)", "DOUBLE", "TIMESTAMP", …) to a column type.
    static ColumnType typeFromDeclared(const QString &declaredType);
};

} // namespace Dashwright
