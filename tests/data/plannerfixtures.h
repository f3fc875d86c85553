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

// One widget planned in the reference dialect (SQLite): its SQL and bound values. Shared with
// tst_dialect_parity, which runs every case on SQLite and on PostgreSQL and compares the rows.
struct WidgetCase
{
    const char *name;
    Widget widget;
    PlanOptions options;
    QString sql; // in the SQLite dialect
    QVariantList bindings;
};

inline QList<WidgetCase> widgetCases()
{
    QList<WidgetCase> cases;

    const PlanOptions none;

    cases.append(
            {"bar",
             makeWidget(WidgetType::Bar, {dim(u"c-region"_s)},
                        {measure(Aggregation::Sum, u"c-revenue"_s)}),
             none,
             uR"(SELECT "region" AS d0, SUM("revenue") AS m0 FROM "orders" GROUP BY "region" ORDER BY m0 DESC, d0 ASC)"_s,
             QVariantList()});
    cases.append(
            {"stacked bar, count of rows",
             makeWidget(WidgetType::StackedBar, {dim(u"c-region"_s), dim(u"c-city"_s)},
                        {measure(Aggregation::Count)}),
             none,
             uR"(SELECT "region" AS d0, "city" AS d1, COUNT(*) AS m0 FROM "orders" GROUP BY "region", "city" ORDER BY m0 DESC, d0 ASC, d1 ASC)"_s,
             QVariantList()});
    cases.append(
            {"pie, count distinct",
             makeWidget(WidgetType::Pie, {dim(u"c-city"_s)},
                        {measure(Aggregation::CountDistinct, u"c-region"_s)}),
             none,
             uR"(SELECT "city" AS d0, COUNT(DISTINCT "region") AS m0 FROM "orders" GROUP BY "city" ORDER BY m0 DESC, d0 ASC)"_s,
             QVariantList()});
    cases.append(
            {"donut, count of a column",
             makeWidget(WidgetType::Donut, {dim(u"c-city"_s)},
                        {measure(Aggregation::Count, u"c-region"_s)}),
             none,
             uR"(SELECT "city" AS d0, COUNT("region") AS m0 FROM "orders" GROUP BY "city" ORDER BY m0 DESC, d0 ASC)"_s,
             QVariantList()});
    cases.append({"kpi",
                  makeWidget(WidgetType::Kpi, {},
                             {measure(Aggregation::Avg, u"c-revenue"_s),
                              measure(Aggregation::Max, u"c-qty"_s)}),
                  none, uR"(SELECT AVG("revenue") AS m0, MAX("quantity") AS m1 FROM "orders")"_s,
                  QVariantList()});
    cases.append(
            {"line by month",
             makeWidget(WidgetType::Line, {dim(u"c-at"_s, TimeGrain::Month)},
                        {measure(Aggregation::Sum, u"c-qty"_s)}),
             none,
             uR"(SELECT strftime('%Y-%m-01', "ordered_at") AS d0, SUM("quantity") AS m0 FROM "orders" GROUP BY strftime('%Y-%m-01', "ordered_at") ORDER BY d0 ASC)"_s,
             QVariantList()});
    cases.append(
            {"area by week and region",
             makeWidget(WidgetType::Area, {dim(u"c-day"_s, TimeGrain::Week), dim(u"c-region"_s)},
                        {measure(Aggregation::Min, u"c-revenue"_s)}),
             none,
             uR"(SELECT date("order_date", '-6 days', 'weekday 1') AS d0, "region" AS d1, MIN("revenue") AS m0 FROM "orders" GROUP BY date("order_date", '-6 days', 'weekday 1'), "region" ORDER BY d0 ASC, d1 ASC)"_s,
             QVariantList()});
    cases.append(
            {"bar by year: time first",
             makeWidget(WidgetType::Bar, {dim(u"c-day"_s, TimeGrain::Year)},
                        {measure(Aggregation::Sum, u"c-revenue"_s)}),
             none,
             uR"(SELECT strftime('%Y-01-01', "order_date") AS d0, SUM("revenue") AS m0 FROM "orders" GROUP BY strftime('%Y-01-01', "order_date") ORDER BY d0 ASC)"_s,
             QVariantList()});
    cases.append(
            {"bar by day",
             makeWidget(WidgetType::Bar, {dim(u"c-at"_s, TimeGrain::Day)},
                        {measure(Aggregation::Count)}),
             none,
             uR"(SELECT strftime('%Y-%m-%d', "ordered_at") AS d0, COUNT(*) AS m0 FROM "orders" GROUP BY strftime('%Y-%m-%d', "ordered_at") ORDER BY d0 ASC)"_s,
             QVariantList()});
    cases.append(
            {"scatter",
             makeWidget(WidgetType::Scatter, {dim(u"c-city"_s)},
                        {measure(Aggregation::Sum, u"c-revenue"_s),
                         measure(Aggregation::Sum, u"c-qty"_s)}),
             none,
             uR"(SELECT "city" AS d0, SUM("revenue") AS m0, SUM("quantity") AS m1 FROM "orders" GROUP BY "city" ORDER BY d0 ASC)"_s,
             QVariantList()});

    PlanOptions page;
    page.pageOffset = 200;
    page.pageSize = 50;
    cases.append(
            {"table page",
             makeWidget(WidgetType::Table, {dim(u"c-region"_s)},
                        {measure(Aggregation::Sum, u"c-revenue"_s)}),
             page,
             uR"(SELECT "region" AS d0, SUM("revenue") AS m0 FROM "orders" GROUP BY "region" ORDER BY d0 ASC LIMIT 50 OFFSET 200)"_s,
             QVariantList()});
    cases.append(
            {"table detail rows",
             makeWidget(WidgetType::Table, {dim(u"c-region"_s), dim(u"c-city"_s)}, {}), none,
             uR"(SELECT "region" AS d0, "city" AS d1 FROM "orders" ORDER BY d0 ASC, d1 ASC LIMIT 100)"_s,
             QVariantList()});

    Widget capped
            = makeWidget(WidgetType::Table, {dim(u"c-region"_s)}, {measure(Aggregation::Count)});
    capped.limit = 120;
    PlanOptions lastPage;
    lastPage.pageOffset = 100;
    lastPage.pageSize = 50;
    cases.append(
            {"table limit caps the last page", capped, lastPage,
             uR"(SELECT "region" AS d0, COUNT(*) AS m0 FROM "orders" GROUP BY "region" ORDER BY d0 ASC LIMIT 20 OFFSET 100)"_s,
             QVariantList()});

    Widget sorted
            = makeWidget(WidgetType::Bar, {dim(u"c-region"_s), dim(u"c-city"_s)},
                         {measure(Aggregation::Sum, u"c-revenue"_s), measure(Aggregation::Count)});
    sorted.sort = {SortKey{SortKey::Field::Measure, 1, true},
                   SortKey{SortKey::Field::Dimension, 1, false}};
    sorted.limit = 10;
    cases.append(
            {"explicit sort, tie-break, limit", sorted, none,
             uR"(SELECT "region" AS d0, "city" AS d1, SUM("revenue") AS m0, COUNT(*) AS m1 FROM "orders" GROUP BY "region", "city" ORDER BY m1 DESC, d1 ASC, d0 ASC LIMIT 10)"_s,
             QVariantList()});

    cases.append(
            {"query dataset",
             makeWidget(WidgetType::Bar, {dim(u"c-qregion"_s)},
                        {measure(Aggregation::Sum, u"c-qrevenue"_s)}, u"ds-query"_s),
             none,
             uR"(SELECT "region" AS d0, SUM("revenue") AS m0 FROM (SELECT region, revenue FROM orders WHERE quantity > 10)"_s
                     + u"\n"_s + uR"() AS src GROUP BY "region" ORDER BY m0 DESC, d0 ASC)"_s,
             QVariantList()});

    cases.append(
            {"hostile table and column names",
             makeWidget(WidgetType::Table, {dim(u"c-x"_s)}, {}, u"ds-hostile"_s), none,
             uR"(SELECT "x""; DROP TABLE orders; --" AS d0 FROM "odd""table" ORDER BY d0 ASC LIMIT 100)"_s,
             QVariantList()});
    cases.append(
            {"quote in a column name",
             makeWidget(WidgetType::Bar, {dim(u"c-weird"_s)}, {measure(Aggregation::Count)}), none,
             uR"(SELECT "we""ird" AS d0, COUNT(*) AS m0 FROM "orders" GROUP BY "we""ird" ORDER BY m0 DESC, d0 ASC)"_s,
             QVariantList()});

    Widget filtered = makeWidget(WidgetType::Bar, {dim(u"c-region"_s)},
                                 {measure(Aggregation::Sum, u"c-revenue"_s)});
    filtered.filters = {filter(u"c-region"_s, FilterExpression::Equals, u"North"_s),
                        filter(u"c-qty"_s, FilterExpression::GreaterOrEqual, 3),
                        filter(u"c-weird"_s, FilterExpression::IsNotNull, {})};
    cases.append(
            {"widget filters", filtered, none,
             uR"(SELECT "region" AS d0, SUM("revenue") AS m0 FROM "orders" WHERE "region" = ? AND "quantity" >= ? AND "we""ird" IS NOT NULL GROUP BY "region" ORDER BY m0 DESC, d0 ASC)"_s,
             QVariantList{u"North"_s, qint64(3)}});
    return cases;
}

// One filter on the Orders dataset and its predicate in the reference dialect (SQLite). Shared
// with tst_dialect_parity.
struct PredicateCase
{
    const char *name;
    QString columnId;
    FilterExpression expression;
    QVariant value;
    QString sql; // in the SQLite dialect
    QVariantList bindings;
};

inline QList<PredicateCase> predicateCases()
{
    QList<PredicateCase> cases;

    using E = FilterExpression;
    cases.append({"=", u"c-region"_s, E::Equals, QVariant(u"North"_s), uR"("region" = ?)"_s,
                  QVariantList{u"North"_s}});
    cases.append({"!=", u"c-region"_s, E::NotEquals, QVariant(u"North"_s), uR"("region" <> ?)"_s,
                  QVariantList{u"North"_s}});
    cases.append({"in", u"c-city"_s, E::In, QVariant(QVariantList{u"Lyon"_s, u"Nice"_s}),
                  uR"("city" IN (?, ?))"_s, QVariantList{u"Lyon"_s, u"Nice"_s}});
    cases.append({"in, one scalar", u"c-city"_s, E::In, QVariant(u"Lyon"_s), uR"("city" IN (?))"_s,
                  QVariantList{u"Lyon"_s}});
    cases.append({"not in, integers from JSON doubles", u"c-qty"_s, E::NotIn,
                  QVariant(QVariantList{1.0, 2.0, 3.0}), uR"("quantity" NOT IN (?, ?, ?))"_s,
                  QVariantList{qint64(1), qint64(2), qint64(3)}});
    cases.append({"<", u"c-revenue"_s, E::Less, QVariant(9.5), uR"("revenue" < ?)"_s,
                  QVariantList{9.5}});
    cases.append({"<=, integer from text", u"c-qty"_s, E::LessOrEqual, QVariant(u"7"_s),
                  uR"("quantity" <= ?)"_s, QVariantList{qint64(7)}});
    cases.append({">, date", u"c-day"_s, E::Greater, QVariant(QDate(2026, 3, 1)),
                  uR"("order_date" > ?)"_s, QVariantList{u"2026-03-01"_s}});
    cases.append({">=, datetime", u"c-at"_s, E::GreaterOrEqual, QVariant(u"2026-03-01T10:00:00Z"_s),
                  uR"("ordered_at" >= ?)"_s, QVariantList{u"2026-03-01T10:00:00Z"_s}});
    cases.append({"between dates", u"c-day"_s, E::Between,
                  QVariant(QVariantList{u"2026-01-01"_s, u"2026-03-31"_s}),
                  uR"("order_date" BETWEEN ? AND ?)"_s,
                  QVariantList{u"2026-01-01"_s, u"2026-03-31"_s}});
    cases.append({"like", u"c-city"_s, E::Like, QVariant(u"%on"_s),
                  uR"("city" LIKE ? ESCAPE '\')"_s, QVariantList{u"%on"_s}});
    cases.append({"like on a number compares text", u"c-qty"_s, E::Like, QVariant(u"1%"_s),
                  uR"(CAST("quantity" AS TEXT) LIKE ? ESCAPE '\')"_s, QVariantList{u"1%"_s}});
    cases.append({"is null", u"c-city"_s, E::IsNull, QVariant(), uR"("city" IS NULL)"_s,
                  QVariantList()});
    cases.append({"is not null", u"c-city"_s, E::IsNotNull, QVariant(), uR"("city" IS NOT NULL)"_s,
                  QVariantList()});
    cases.append({"boolean", u"c-paid"_s, E::Equals, QVariant(u"true"_s), uR"("paid" = ?)"_s,
                  QVariantList{true}});
    cases.append({"injection-looking value stays bound", u"c-region"_s, E::Equals,
                  QVariant(u"x' OR '1'='1"_s), uR"("region" = ?)"_s,
                  QVariantList{u"x' OR '1'='1"_s}});
    cases.append({"injection-looking list stays bound", u"c-region"_s, E::In,
                  QVariant(QVariantList{u"a'); DROP TABLE orders; --"_s}), uR"("region" IN (?))"_s,
                  QVariantList{u"a'); DROP TABLE orders; --"_s}});
    cases.append({"quote in the column name", u"c-weird"_s, E::Equals, QVariant(u"v"_s),
                  uR"("we""ird" = ?)"_s, QVariantList{u"v"_s}});
    return cases;
}

} // namespace Dashwright::Tests::Planner

using namespace Dashwright::Tests::Planner;
