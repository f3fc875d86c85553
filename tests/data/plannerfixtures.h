// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small project and widget builders the query planner tests share.
#include "data/queryplanner.h"

#include <QDate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

Q_DECLARE_METATYPE(Dashwright::Widget)
Q_DECLARE_METATYPE(Dashwright::PlanOptions)
Q_DECLARE_METATYPE(Dashwright::FilterExpression)

namespace Dashwright::Tests::Planner {

inline Column column(const QString &id, const QString &name, const QString &label, ColumnType type)
{
    return Column{id, name, label, type};
}

inline Project makeProject()
{
    Project project;
    project.id = u"proj"_s;
    Account account;
    account.id = u"acc"_s;
    account.name = u"Shop"_s;
    account.path = u"shop.db"_s;
    project.accounts.append(account);

    Dataset orders;
    orders.id = u"ds-orders"_s;
    orders.name = u"Orders"_s;
    orders.accountId = u"acc"_s;
    orders.table = u"orders"_s;
    orders.columns = {
            column(u"c-region"_s, u"region"_s, u"Region"_s, ColumnType::Text),
            column(u"c-city"_s, u"city"_s, u"City"_s, ColumnType::Text),
            column(u"c-revenue"_s, u"revenue"_s, u"Revenue"_s, ColumnType::Number),
            column(u"c-qty"_s, u"quantity"_s, u"Quantity"_s, ColumnType::Integer),
            column(u"c-at"_s, u"ordered_at"_s, u"Ordered at"_s, ColumnType::DateTime),
            column(u"c-day"_s, u"order_date"_s, u"Order date"_s, ColumnType::Date),
            column(u"c-paid"_s, u"paid"_s, u"Paid"_s, ColumnType::Boolean),
            column(u"c-weird"_s, u"we\"ird"_s, u"Weird"_s, ColumnType::Text),
    };
    project.datasets.append(orders);

    Dataset query;
    query.id = u"ds-query"_s;
    query.name = u"Big orders"_s;
    query.accountId = u"acc"_s;
    query.kind = Dataset::Kind::Query;
    query.sql = u"SELECT region, revenue FROM orders WHERE quantity > 10;\n"_s;
    query.columns = {
            column(u"c-qregion"_s, u"region"_s, u"Region"_s, ColumnType::Text),
            column(u"c-qrevenue"_s, u"revenue"_s, u"Revenue"_s, ColumnType::Number),
    };
    project.datasets.append(query);

    Dataset hostile;
    hostile.id = u"ds-hostile"_s;
    hostile.name = u"Hostile"_s;
    hostile.accountId = u"acc"_s;
    hostile.table = u"odd\"table"_s;
    hostile.columns
            = {column(u"c-x"_s, u"x\"; DROP TABLE orders; --"_s, u"X"_s, ColumnType::Integer)};
    project.datasets.append(hostile);

    Dataset orphan;
    orphan.id = u"ds-orphan"_s;
    orphan.name = u"Orphan"_s;
    orphan.accountId = u"acc-nope"_s;
    orphan.table = u"orders"_s;
    orphan.columns = orders.columns;
    project.datasets.append(orphan);

    Dashboard dashboard;
    dashboard.id = u"dash"_s;
    dashboard.slug = u"sales"_s;
    Parameter region;
    region.id = u"p-region"_s;
    region.name = u"region"_s;
    region.label = u"Region"_s;
    region.defaultValue = u"North"_s;
    Parameter minimum;
    minimum.id = u"p-min"_s;
    minimum.name = u"min_qty"_s;
    minimum.label = u"Minimum"_s;
    minimum.type = ColumnType::Integer;
    minimum.defaultValue = qint64(5);
    dashboard.parameters = {region, minimum};
    project.dashboards.append(dashboard);
    return project;
}

inline Widget makeWidget(WidgetType type, const QList<Dimension> &dimensions,
                         const QList<Measure> &measures, const QString &datasetId = u"ds-orders"_s)
{
    Widget widget;
    widget.id = u"w1"_s;
    widget.type = type;
    widget.title = u"Widget"_s;
    widget.datasetId = datasetId;
    widget.dimensions = dimensions;
    widget.measures = measures;
    return widget;
}

inline Dimension dim(const QString &columnId, TimeGrain grain = TimeGrain::None)
{
    return Dimension{columnId, grain};
}

inline Measure measure(Aggregation aggregation, const QString &columnId = {},
                       const QString &label = {})
{
    return Measure{columnId, aggregation, label};
}

inline Filter filter(const QString &columnId, FilterExpression expression, const QVariant &value,
                     const QString &parameterId = {})
{
    Filter f;
    f.columnId = columnId;
    f.expression = expression;
    f.value = value;
    f.parameterId = parameterId;
    return f;
}

// Bindings must match in type too, not only in value: an integer bound as text compares
// differently in SQLite.
inline QStringList typed(const QVariantList &values)
{
    QStringList out;
    for (const QVariant &value : values)
        out.append(QString::fromLatin1(value.typeName() ? value.typeName() : "null") + u':'
                   + value.toString());
    return out;
}

// Plans a widget of the project's first dashboard.
inline std::variant<QueryPlan, QString> planWidget(const Project &project, const Widget &widget,
                                                   const PlanOptions &options = {},
                                                   const SqlDialect &dialect = SqliteDialect())
{
    return QueryPlanner(project, dialect).plan(project.dashboards.constFirst(), widget, options);
}

} // namespace Dashwright::Tests::Planner

using namespace Dashwright::Tests::Planner;
