// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/schemaintrospector.h"

namespace Dashwright {

// What an SQLite database holds, for the SQLite source (DataSource::tables, queryColumns). Reads
// through the sqlite3 C API, read-only, with double-quoted strings off.
class SqliteIntrospection
{
public:
    static std::variant<QList<TableInfo>, QString> tables(const ConnectionSpec &connection);
    // Refused unless the text is exactly one statement that writes nothing.
    static std::variant<QList<Column>, QString> queryColumns(const ConnectionSpec &connection,
                                                             const QString &sql);
};

} // namespace Dashwright
