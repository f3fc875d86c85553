// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/connectionspec.h"

#include <QSet>
#include <QString>

#include <optional>

namespace Dashwright {

// Tells which columns of a table an index leads on, so that the resolution can warn when a tenant's
// filter or access policy has to scan the whole table (the effective access inspector's "a policy
// or filter column without an index"). SQLite only: PostgreSQL (pg_index) comes later, and until
// then nothing is known about its tables and nothing is warned.
//
// Each (database file, table) is read once per process, read-only, and read again only when the
// file has changed since (an analyst adding the index sees the warning go on the next preview).
// Thread-safe: resolutions run on the designer's thread and on the embed server's.
class SqliteIndexes
{
public:
    // The lower-cased names of the columns that lead an index of `table` (a partial index does
    // not count: it serves only its own WHERE clause), with the rowid alias (an INTEGER PRIMARY
    // KEY). Nothing when it cannot be told: not an SQLite connection, no such file or table, or a
    // view (the indexes of its base tables are what counts, and a view does not say which).
    static std::optional<QSet<QString>> leadingColumns(const ConnectionSpec &connection,
                                                       const QString &table);
};

} // namespace Dashwright
