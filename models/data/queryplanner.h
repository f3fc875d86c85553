// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryplan.h"
#include "sqldialect.h"
#include "sqlfragment.h"

#include "common/json.h"
#include "document/project.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <variant>

namespace Dashwright {

// Inputs to planning beyond the document: parameter values and the extra predicates that the
// resolution engine adds for a token view (token filters, access policies).
struct PlanOptions
{
    // By parameter id; a parameter missing here takes its default.
    QHash<QString, QVariant> parameterValues;
    // Dashboard-filter values the viewer (or an "initialization" token filter) set, by filter id.
    QHash<QString, QVariant> dashboardFilterValues;
    // ANDed into WHERE / HAVING as they are; their SQL must come from the planner's own builders.
    QList<SqlFragment> extraWhere;
    QList<SqlFragment> extraHaving;
    // Table widgets: the page to fetch.
    int pageOffset = 0;
    int pageSize = 100;
};

// Plans one aggregate SQL statement per widget (GROUP BY pushed down, every value bound,
// identifiers only from the dataset schema, quoted by the dialect).
class QueryPlanner
{
public:
    QueryPlanner(const Project &project, const SqlDialect &dialect);

    std::variant<QueryPlan, QString> plan(const Dashboard &dashboard, const Widget &widget,
                                          const PlanOptions &options = {}) const;

    // "column op ?" with its bindings, for a filter expression on a dataset column: the one place
    // where values meet SQL. `value` is coerced to the column's type; an error names why not.
    std::variant<SqlFragment, QString> predicate(const Column &column, FilterExpression expression,
                                                 const QVariant &value) const;

    // What predicate() binds, as the value a source that takes no SQL (the broker plugin) is
    // given: nothing (null) for "is null", a list for "in", "not in" and "between", else the one
    // value. So a plugin compares the very values the SQL would, coerced to the column's type
    // (the integer 7 a token wrote as "7"), never the token's raw ones: a plugin comparing types
    // strictly would otherwise find "7" unequal to every row and let all of them through a "!=".
    static Json boundValue(FilterExpression expression, const QVariantList &bindings);

    // The FROM source of a dataset: a quoted table name, or "(SELECT …) AS src".
    QString fromClause(const Dataset &dataset) const;

private:
    std::variant<SqlFragment, QString>
    predicateSql(const Column &column, FilterExpression expression, const QVariant &value) const;

    const Project &m_project;
    const SqlDialect &m_dialect;
};

} // namespace Dashwright
