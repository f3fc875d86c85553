// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryplanner.h"

#include "document/columntype.h"
#include "document/jsonvalue.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

bool isTimeType(ColumnType type)
{
    return type == ColumnType::Date || type == ColumnType::DateTime;
}

bool isNumericType(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Number || type == ColumnType::Boolean;
}

QString aggregationDisplayName(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::Sum:
        return u"Sum"_s;
    case Aggregation::Count:
        return u"Count"_s;
    case Aggregation::CountDistinct:
        return u"Distinct count"_s;
    case Aggregation::Avg:
        return u"Average"_s;
    case Aggregation::Min:
        return u"Minimum"_s;
    case Aggregation::Max:
        return u"Maximum"_s;
    }
    return {};
}

ColumnType measureType(Aggregation aggregation, ColumnType columnType)
{
    switch (aggregation) {
    case Aggregation::Count:
    case Aggregation::CountDistinct:
        return ColumnType::Integer;
    case Aggregation::Avg:
        return ColumnType::Number;
    case Aggregation::Sum:
        return columnType == ColumnType::Integer || columnType == ColumnType::Boolean
                ? ColumnType::Integer
                : ColumnType::Number;
    case Aggregation::Min:
    case Aggregation::Max:
        return columnType;
    }
    return columnType;
}

// A filter value as a list of values: lists as they are, a lone scalar as a list of one.
QVariantList valueList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList)
        return value.toList();
    if (!value.isValid() || value.isNull())
        return {};
    return {value};
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

// A short rendering of a value for error messages (never of SQL).
QString describe(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return u"null"_s;
    if (isList(value))
        return u"a list"_s;
    QString text = value.toString();
    if (text.size() > 40)
        text = text.left(37) + u"..."_s;
    return u"\"%1\""_s.arg(text);
}

void appendColumns(QStringList &columns, const QStringList &more)
{
    for (const QString &column : more) {
        if (!columns.contains(column))
            columns.append(column);
    }
}

void appendFragment(QStringList &clauses, QVariantList &bindings, QStringList &columns,
                    const SqlFragment &fragment, bool parenthesize)
{
    clauses.append(parenthesize ? u"("_s + fragment.sql + u')' : fragment.sql);
    bindings.append(fragment.bindings);
    appendColumns(columns, fragment.columns);
}

} // namespace

QueryPlanner::QueryPlanner(const Project &project, const SqlDialect &dialect)
    : m_project(project)
    , m_dialect(dialect)
{ }

QString QueryPlanner::fromClause(const Dataset &dataset) const
{
    if (dataset.kind == Dataset::Kind::Table)
        return m_dialect.quoteTable(dataset.table);
    // A trailing ';' is fine on its own but a syntax error inside the parentheses.
    QString sql = dataset.sql.trimmed();
    while (sql.endsWith(u';'))
        sql = sql.chopped(1).trimmed();
    // The newline ends a trailing "-- comment" that would otherwise swallow the closing
    // parenthesis.
    return u"("_s + sql + u"\n) AS src"_s;
}

std::variant<SqlFragment, QString> QueryPlanner::predicate(const Column &column,
                                                           FilterExpression expression,
                                                           const QVariant &value) const
{
    auto result = predicateSql(column, expression, value);
    if (auto *fragment = std::get_if<SqlFragment>(&result))
        fragment->columns = {column.name};
    return result;
}

Json QueryPlanner::boundValue(FilterExpression expression, const QVariantList &bindings)
{
    switch (expression) {
    case FilterExpression::IsNull:
    case FilterExpression::IsNotNull:
        return nullptr;
    case FilterExpression::In:
    case FilterExpression::NotIn:
    case FilterExpression::Between:
        return jsonFromVariant(bindings);
    default:
        return bindings.isEmpty() ? Json() : jsonFromVariant(bindings.constFirst());
    }
}

std::variant<SqlFragment, QString> QueryPlanner::predicateSql(const Column &column,
                                                              FilterExpression expression,
                                                              const QVariant &value) const
{
    const QString quoted = m_dialect.quoteIdentifier(column.name);

    // Every value goes through coerceValue and is bound: nothing a viewer or token supplies ever
    // becomes SQL text.
    auto bind = [&](const QVariant &v, ColumnType type) -> std::variant<QVariant, QString> {
        if (!v.isValid() || v.isNull())
            return u"column \"%1\": a null value needs \"? is null\""_s.arg(column.label);
        if (isList(v))
            return u"column \"%1\": expected one value, got a list"_s.arg(column.label);
        const std::optional<QVariant> coerced = coerceValue(v, type);
        if (!coerced)
            return u"column \"%1\": %2 is not a valid %3 value"_s.arg(column.label, describe(v),
                                                                      columnTypeName(type));
        return canonicalBindValue(*coerced, type);
    };

    auto single = [&](const QString &op) -> std::variant<SqlFragment, QString> {
        auto bound = bind(value, column.type);
        if (auto *error = std::get_if<QString>(&bound))
            return *error;
        return SqlFragment{quoted + u' ' + op + u" ?"_s, {std::get<QVariant>(bound)}};
    };

    switch (expression) {
    case FilterExpression::Equals:
        return single(u"="_s);
    case FilterExpression::NotEquals:
        return single(u"<>"_s);
    case FilterExpression::Less:
        return single(u"<"_s);
    case FilterExpression::LessOrEqual:
        return single(u"<="_s);
    case FilterExpression::Greater:
        return single(u">"_s);
    case FilterExpression::GreaterOrEqual:
        return single(u">="_s);
    case FilterExpression::IsNull:
        return SqlFragment{quoted + u" IS NULL"_s, {}};
    case FilterExpression::IsNotNull:
        return SqlFragment{quoted + u" IS NOT NULL"_s, {}};
    case FilterExpression::Like: {
        // The pattern is text whatever the column's type; a non-text column is compared as text.
        auto bound = bind(value, ColumnType::Text);
        if (auto *error = std::get_if<QString>(&bound))
            return *error;
        const QString operand
                = column.type == ColumnType::Text ? quoted : u"CAST(%1 AS TEXT)"_s.arg(quoted);
        return SqlFragment{m_dialect.like(operand, false), {std::get<QVariant>(bound)}};
    }
    case FilterExpression::Between: {
        const QVariantList values = isList(value) ? value.toList() : QVariantList();
        if (values.size() != 2)
            return u"column \"%1\": \"between\" needs exactly two values"_s.arg(column.label);
        SqlFragment fragment{quoted + u" BETWEEN ? AND ?"_s, {}};
        for (const QVariant &v : values) {
            auto bound = bind(v, column.type);
            if (auto *error = std::get_if<QString>(&bound))
                return *error;
            fragment.bindings.append(std::get<QVariant>(bound));
        }
        return fragment;
    }
    case FilterExpression::In:
    case FilterExpression::NotIn: {
        const QVariantList values = valueList(value);
        if (values.isEmpty())
            return u"column \"%1\": \"%2\" needs at least one value"_s.arg(
                    column.label, expression == FilterExpression::In ? u"in"_s : u"not in"_s);
        SqlFragment fragment;
        QStringList marks;
        for (const QVariant &v : values) {
            auto bound = bind(v, column.type);
            if (auto *error = std::get_if<QString>(&bound))
                return *error;
            fragment.bindings.append(std::get<QVariant>(bound));
            marks.append(u"?"_s);
        }
        fragment.sql = quoted + (expression == FilterExpression::In ? u" IN ("_s : u" NOT IN ("_s)
                + marks.join(u", "_s) + u')';
        return fragment;
    }
    }
    return u"column \"%1\": unknown filter expression"_s.arg(column.label);
}

std::variant<QueryPlan, QString> QueryPlanner::plan(const Dashboard &dashboard,
                                                    const Widget &widget,
                                                    const PlanOptions &options) const
{
    // Text widgets show their text and never query; callers skip them, so this is not a failure
    // worth showing on the canvas.
    if (widget.type == WidgetType::Text)
        return u"text widgets have no query"_s;

    const Dataset *dataset = m_project.dataset(widget.datasetId);
    if (!dataset)
        return u"widget \"%1\": unknown dataset %2"_s.arg(widget.title, widget.datasetId);
    if (!m_project.account(dataset->accountId))
        return u"dataset \"%1\": unknown account %2"_s.arg(dataset->name, dataset->accountId);
    if (dataset->kind == Dataset::Kind::Query) {
        if (const QString refused = m_dialect.refusedQuery(dataset->sql); !refused.isEmpty())
            return u"dataset \"%1\": %2"_s.arg(dataset->name, refused);
    }

    QueryPlan plan;
    plan.widgetId = widget.id;
    plan.accountId = dataset->accountId;

    auto columnFor = [&](const QString &columnId,
                         const QString &what) -> std::variant<const Column *, QString> {
        if (const Column *column = dataset->column(columnId))
            return column;
        return u"%1: unknown column %2 in dataset \"%3\""_s.arg(what, columnId, dataset->name);
    };

    // Dimensions.
    QList<Dimension> dimensions = widget.dimensions;
    if (widget.type == WidgetType::Kpi && !dimensions.isEmpty()) {
        plan.warnings.append(u"KPI widgets show one value: their dimensions are ignored"_s);
        dimensions.clear();
    }
    const bool detail = widget.type == WidgetType::Table && widget.measures.isEmpty();
    if (widget.measures.isEmpty() && !detail)
        return u"widget \"%1\" has no measure"_s.arg(widget.title);
    if (detail && dimensions.isEmpty())
        return u"widget \"%1\" has no column to show"_s.arg(widget.title);

    QStringList selectList;
    QStringList groupBy;
    QList<bool> dimensionIsTime;
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        const Dimension &dimension = dimensions.at(i);
        auto found = columnFor(dimension.columnId, u"dimension %1"_s.arg(i + 1));
        if (auto *error = std::get_if<QString>(&found))
            return *error;
        const Column &column = *std::get<const Column *>(found);
        appendColumns(plan.sourceColumns, {column.name});
        QString expression = m_dialect.quoteIdentifier(column.name);
        ColumnType type = column.type;
        if (dimension.grain != TimeGrain::None) {
            if (isTimeType(column.type)) {
                expression = m_dialect.timeBucket(expression, dimension.grain);
                type = ColumnType::Date;
            } else {
                plan.warnings.append(
                        u"column \"%1\" is not a date: its time grain is ignored"_s.arg(
                                column.label));
            }
        }
        const QString alias = u"d"_s + QString::number(i);
        selectList.append(expression + u" AS "_s + alias);
        groupBy.append(expression);
        dimensionIsTime.append(isTimeType(column.type));
        plan.columns.append({alias, column.label, type,
                             detail ? OutputColumn::Role::Detail : OutputColumn::Role::Dimension});
    }

    // Measures.
    for (qsizetype i = 0; i < widget.measures.size(); ++i) {
        const Measure &measure = widget.measures.at(i);
        QString expression;
        QString label = measure.label;
        ColumnType type = ColumnType::Integer;
        if (measure.columnId.isEmpty()) {
            if (measure.aggregation != Aggregation::Count)
                return u"measure %1: only a count may have no column"_s.arg(i + 1);
            expression = u"COUNT(*)"_s;
            if (label.isEmpty())
                label = u"Count of rows"_s;
        } else {
            auto found = columnFor(measure.columnId, u"measure %1"_s.arg(i + 1));
            if (auto *error = std::get_if<QString>(&found))
                return *error;
            const Column &column = *std::get<const Column *>(found);
            appendColumns(plan.sourceColumns, {column.name});
            const QString quoted = m_dialect.quoteIdentifier(column.name);
            switch (measure.aggregation) {
            case Aggregation::Sum:
                expression = u"SUM("_s + quoted + u')';
                break;
            case Aggregation::Count:
                expression = u"COUNT("_s + quoted + u')';
                break;
            case Aggregation::CountDistinct:
                expression = u"COUNT(DISTINCT "_s + quoted + u')';
                break;
            case Aggregation::Avg:
                expression = u"AVG("_s + quoted + u')';
                break;
            case Aggregation::Min:
                expression = u"MIN("_s + quoted + u')';
                break;
            case Aggregation::Max:
                expression = u"MAX("_s + quoted + u')';
                break;
            }
            if ((measure.aggregation == Aggregation::Sum || measure.aggregation == Aggregation::Avg)
                && !isNumericType(column.type)) {
                return u"measure %1: cannot %2 the %3 column \"%4\""_s.arg(
                        QString::number(i + 1),
                        aggregationDisplayName(measure.aggregation).toLower(),
                        columnTypeName(column.type), column.label);
            }
            type = measureType(measure.aggregation, column.type);
            if (label.isEmpty())
                label = aggregationDisplayName(measure.aggregation) + u" of "_s + column.label;
        }
        const QString alias = u"m"_s + QString::number(i);
        selectList.append(expression + u" AS "_s + alias);
        plan.columns.append({alias, label, type, OutputColumn::Role::Measure});
    }

    // WHERE: the widget's filters, the dashboard's filters on this dataset, then the caller's.
    QStringList where;
    QVariantList whereBindings;
    auto addFilter = [&](const Filter &filter, const QString &what, const QVariant *viewerValue,
                         bool skipWhenUnset) -> std::optional<QString> {
        auto found = columnFor(filter.columnId, what);
        if (auto *error = std::get_if<QString>(&found))
            return *error;
        const Column &column = *std::get<const Column *>(found);
        QVariant value = filter.value;
        if (!filter.parameterId.isEmpty()) {
            const Parameter *parameter = dashboard.parameter(filter.parameterId);
            if (!parameter)
                return u"%1: unknown parameter %2"_s.arg(what, filter.parameterId);
            const auto it = options.parameterValues.constFind(parameter->id);
            value = it != options.parameterValues.cend() ? *it : parameter->defaultValue;
            // A parameter may carry a tenant's scope (parameter_overrides): what the viewer
            // picks in a dashboard filter never replaces it.
            if (viewerValue)
                plan.warnings.append(
                        u"%1 follows parameter \"%2\": the value chosen for it is ignored"_s.arg(
                                what, parameter->name));
        } else if (viewerValue) {
            value = *viewerValue;
        }
        const int arity = filterExpressionArity(filter.expression);
        if (skipWhenUnset && filter.parameterId.isEmpty() && arity != 0
            && valueList(value).isEmpty()) {
            // A dashboard filter nobody has set (or whose selection was cleared) shows everything;
            // scoping rows is the access policies' and token filters' job, not a viewer control's.
            return std::nullopt;
        }
        auto fragment = predicate(column, filter.expression, value);
        if (auto *error = std::get_if<QString>(&fragment))
            return what + u": "_s + *error;
        appendFragment(where, whereBindings, plan.sourceColumns, std::get<SqlFragment>(fragment),
                       false);
        return std::nullopt;
    };

    for (qsizetype i = 0; i < widget.filters.size(); ++i) {
        const Filter &filter = widget.filters.at(i);
        const QString what = u"filter %1"_s.arg(
                filter.label.isEmpty() ? QString::number(i + 1) : u'"' + filter.label + u'"');
        if (!filter.datasetId.isEmpty() && filter.datasetId != dataset->id)
            return what + u": is on another dataset than its widget"_s;
        // The widget's own filters are part of its design, never "unset": a missing value is an
        // error rather than all rows.
        if (auto error = addFilter(filter, what, nullptr, false))
            return *error;
    }
    for (const Filter &filter : dashboard.filters) {
        if (filter.datasetId != dataset->id)
            continue;
        const QString what = u"dashboard filter %1"_s.arg(
                filter.label.isEmpty() ? filter.id : u'"' + filter.label + u'"');
        const auto it = options.dashboardFilterValues.constFind(filter.id);
        const QVariant *viewerValue = it != options.dashboardFilterValues.cend() ? &*it : nullptr;
        if (auto error = addFilter(filter, what, viewerValue, true))
            return *error;
    }
    for (const SqlFragment &fragment : options.extraWhere)
        appendFragment(where, whereBindings, plan.sourceColumns, fragment, true);

    QStringList having;
    QVariantList havingBindings;
    for (const SqlFragment &fragment : options.extraHaving)
        appendFragment(having, havingBindings, plan.sourceColumns, fragment, true);
    if (detail && !having.isEmpty())
        return u"widget \"%1\" lists rows: it has no aggregate for a HAVING condition"_s.arg(
                widget.title);
    // Without GROUP BY, HAVING would test a bare column against one arbitrary row of the whole
    // table (SQLite allows it): refuse rather than return everyone's totals.
    if (dimensions.isEmpty() && !having.isEmpty())
        return u"widget \"%1\" does not group its rows: a HAVING condition cannot apply"_s.arg(
                widget.title);

    // ORDER BY: the widget's sort keys, else a default that suits the chart; then every dimension
    // not yet named, so that ties (and table pages) come out in the same order every time.
    QStringList orderBy;
    const auto orderOn = [&](const QString &alias, bool descending) {
        orderBy.append(alias + m_dialect.orderDirection(descending));
        plan.order.append({alias, descending});
    };
    QList<bool> dimensionOrdered(dimensions.size(), false);
    const QList<SortKey> sort = widget.type == WidgetType::Kpi ? QList<SortKey>() : widget.sort;
    for (const SortKey &key : sort) {
        if (key.field == SortKey::Field::Dimension) {
            if (key.index < 0 || key.index >= dimensions.size())
                return u"sort: widget \"%1\" has no dimension %2"_s.arg(
                        widget.title, QString::number(key.index + 1));
            if (dimensionOrdered[key.index])
                continue;
            dimensionOrdered[key.index] = true;
            orderOn(u"d"_s + QString::number(key.index), key.descending);
        } else {
            if (key.index < 0 || key.index >= widget.measures.size())
                return u"sort: widget \"%1\" has no measure %2"_s.arg(
                        widget.title, QString::number(key.index + 1));
            orderOn(u"m"_s + QString::number(key.index), key.descending);
        }
    }
    if (sort.isEmpty()) {
        bool anyTime = false;
        for (qsizetype i = 0; i < dimensions.size(); ++i) {
            if (dimensionIsTime.at(i)) {
                anyTime = true;
                dimensionOrdered[i] = true;
                orderOn(u"d"_s + QString::number(i), false);
            }
        }
        const bool ranked = widget.type == WidgetType::Bar || widget.type == WidgetType::StackedBar
                || widget.type == WidgetType::Pie || widget.type == WidgetType::Donut;
        if (!anyTime && ranked && !widget.measures.isEmpty())
            orderOn(u"m0"_s, true);
    }
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        if (!dimensionOrdered.at(i))
            orderOn(u"d"_s + QString::number(i), false);
    }

    // Assemble.
    QString sql = u"SELECT "_s + selectList.join(u", "_s) + u" FROM "_s + fromClause(*dataset);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    if (!detail && !groupBy.isEmpty())
        sql += u" GROUP BY "_s + groupBy.join(u", "_s);
    if (!having.isEmpty())
        sql += u" HAVING "_s + having.join(u" AND "_s);
    if (!orderBy.isEmpty())
        sql += u" ORDER BY "_s + orderBy.join(u", "_s);

    QString limit;
    if (widget.type == WidgetType::Table) {
        const int offset = qMax(0, options.pageOffset);
        int pageSize = options.pageSize > 0 ? options.pageSize : PlanOptions().pageSize;
        // A table's own limit caps the rows across all pages.
        if (widget.limit > 0)
            pageSize = qMin(pageSize, qMax(0, widget.limit - offset));
        limit = pageSize > 0 ? m_dialect.limitOffset(pageSize, offset) : u"LIMIT 0"_s;
        plan.offset = offset;
        plan.limit = qMax(0, pageSize);
    } else if (widget.limit > 0) {
        limit = m_dialect.limitOffset(widget.limit, 0);
        plan.limit = widget.limit;
    }
    if (!limit.isEmpty())
        sql += u' ' + limit;

    plan.sql = sql;
    plan.bindings = whereBindings + havingBindings;
    return plan;
}

} // namespace Dashwright
