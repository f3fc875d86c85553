// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/connectionspec.h"
#include "data/schemaintrospector.h"

#include <QSet>
#include <QStringList>

#include <optional>
#include <variant>

namespace Dashwright {

// What a PostgreSQL database holds, read through a short read-only connection of its own (the
// account's statement timeout applies): its tables and views, a query's result columns, whether
// a statement's columns exist, which columns lead an index. Thread-safe.
class PostgresqlIntrospection
{
public:
    // Tables, views, materialized views and foreign tables the user may read, in every schema but
    // PostgreSQL's own. Named as a dataset names them (PostgresDialect::quoteTable): without the
    // schema when the search path finds them so, else "schema.table".
    static std::variant<QList<TableInfo>, QString> tables(const ConnectionSpec &connection);
    // The query's result columns, planned and never run (LIMIT 0, a read-only transaction, one
    // prepared statement: a second statement is a syntax error).
    static std::variant<QList<Column>, QString> queryColumns(const ConnectionSpec &connection,
                                                             const QString &sql);
    // See DataSource::missingColumn; `from` as the planner writes it. Names are compared exactly:
    // the SQL quotes them, and quoted names are case-sensitive in PostgreSQL. Empty when the
    // columns cannot be read (the statement then fails on its own). Remembered a minute per
    // server, database, user and source.
    static QString missingColumn(const ConnectionSpec &connection, const QString &datasetName,
                                 const QString &from, const QStringList &columns);
    // See DataSource::leadingIndexColumns; `from` is the table as the planner quotes it.
    static std::optional<QSet<QString>> leadingIndexColumns(const ConnectionSpec &connection,
                                                            const QString &from);
};

} // namespace Dashwright
