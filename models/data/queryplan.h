// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "structuredquery.h"

#include "document/columntype.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Dashwright {

struct OutputColumn
{
    enum class Role { Dimension, Measure, Detail };
    QString name;  // SQL alias: "d0", "m0", …
    QString label; // display name
    ColumnType type = ColumnType::Text;
    Role role = Role::Dimension;

    bool operator==(const OutputColumn &) const = default;
};

// One widget's aggregate statement: the account to run it on, the SQL with '?' placeholders, the
// values bound to them, and what the result columns mean.
struct QueryPlan
{
    QString widgetId;
    QString accountId;
    QString sql;
    QVariantList bindings;
    QList<OutputColumn> columns;
    // Every dataset column the SQL names (select, group, filters, the caller's extra predicates),
    // by its name in the database, each once: what must exist there for the statement to mean
    // what it says.
    QStringList sourceColumns;
    QStringList warnings;
    // What the SQL's ORDER BY, OFFSET and LIMIT say, as data, for a source that takes no SQL:
    // the sort keys by result column name, the rows skipped and the most kept (-1: no limit).
    QList<StructuredQuery::Order> order;
    int offset = 0;
    int limit = -1;
    // For a source that takes no SQL (DataSource::takesSql() false: the broker plugin), the same
    // widget as data; it, never `sql`, is what such a source receives (DataSource::runStructured).
    std::optional<StructuredQuery> structured;

    bool operator==(const QueryPlan &) const = default;
};

} // namespace Dashwright
