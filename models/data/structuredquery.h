// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/json.h"
#include "document/columntype.h"

#include <QList>
#include <QString>

namespace Dashwright {

// One condition on a dataset column, as data: what a source that takes no SQL (the broker plugin,
// DESIGN §2) receives instead of a WHERE clause. `op` is the filter expression as DESIGN §5 writes
// it ("? = ?", "? in ?", …) or an access-policy operator ("EQUALS", "IN", …); `value` is the bound
// value (a list for in/between), placeholders already filled from the token. The whole condition
// holds when (this AND every one of allOf) OR any one of anyOf — the reading of a policy rule's
// "and" and "or" rules, as the SQL planner writes them.
// Its implicit moves and destructor throw nothing; clang-tidy 14 reports them through
// its members' inline code.
// NOLINTNEXTLINE(bugprone-exception-escape)
struct StructuredPredicate
{
    QString column; // the dataset column's name
    QString op;
    Json value;
    QList<StructuredPredicate> allOf;
    QList<StructuredPredicate> anyOf;

    Json toJson() const;
    // Written out: a defaulted == cannot see through the recursive lists.
    bool operator==(const StructuredPredicate &other) const;
};

// A widget's resolution as data, never SQL text: the dataset, the grouped columns and the measures
// with their aggregations, every condition the resolution added (the widget's and the dashboard's
// filters with their parameter values, the token's filters, the access policies), the page, and
// who is asking (never a credential). What the broker plugin's protocol sends
// (docs/plugin-protocol.md); the resolver fills it for every account whose source takes no SQL,
// from the widget's plan, so that the fields, their order, the sort and the page are the ones the
// SQL would have had.
struct StructuredQuery
{
    struct Field
    {
        QString column;   // empty for a count of rows
        QString function; // a dimension's time grain ("month", "none"), a measure's aggregation
        QString label;
        QString name; // the result column's name: "d0", "m0", … as the plan's
        ColumnType type = ColumnType::Text; // what its values must be in the answer

        bool operator==(const Field &) const = default;
    };
    struct Order
    {
        QString column; // a result column's name ("d0", "m1")
        bool descending = false;

        bool operator==(const Order &) const = default;
    };

    QString dataset; // its name
    QString table;   // its table; empty for a query dataset (the plugin's own)
    QList<Field> dimensions;
    QList<Field> measures;
    QList<StructuredPredicate> where;
    QList<StructuredPredicate> having;
    // A table that lists rows (no measure): the dimensions are shown row by row, not grouped.
    bool detail = false;
    QList<Order> order;
    // The rows wanted after sorting: skip pageOffset, then at most pageSize (-1: all of them).
    int pageOffset = 0;
    int pageSize = -1;
    // {"id", "name", "email", "suborganization", "metadata"} of the viewer, as its claims say.
    Json viewer = Json::object();

    // The result columns in their order: the dimensions, then the measures.
    QList<Field> columns() const { return dimensions + measures; }
    // The request body of the plugin protocol's POST /query (docs/plugin-protocol.md).
    Json toJson() const;
    bool operator==(const StructuredQuery &) const = default;
};

} // namespace Dashwright
