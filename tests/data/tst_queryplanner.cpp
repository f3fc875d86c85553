// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/queryplanner.h"

#include <QDate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

Q_DECLARE_METATYPE(Dashwright::Widget)
Q_DECLARE_METATYPE(Dashwright::PlanOptions)
Q_DECLARE_METATYPE(Dashwright::FilterExpression)

namespace {

Column column(const QString &id, const QString &name, const QString &label, ColumnType type)
{
    return Column{id, name, label, type};
}

Project makeProject()
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

Widget makeWidget(WidgetType type, const QList<Dimension> &dimensions,
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

Dimension dim(const QString &columnId, TimeGrain grain = TimeGrain::None)
{
    return Dimension{columnId, grain};
}

Measure measure(Aggregation aggregation, const QString &columnId = {}, const QString &label = {})
{
    return Measure{columnId, aggregation, label};
}

Filter filter(const QString &columnId, FilterExpression expression, const QVariant &value,
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
QStringList typed(const QVariantList &values)
{
    QStringList out;
    for (const QVariant &value : values)
        out.append(QString::fromLatin1(value.typeName() ? value.typeName() : "null") + u':'
                   + value.toString());
    return out;
}

} // namespace

class TestQueryPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_project = makeProject(); }

    void widgetSql_data();
    void widgetSql();
    void predicates_data();
    void predicates();
    void predicateErrors_data();
    void predicateErrors();
    void parameters_data();
    void parameters();
    void dashboardFilters_data();
    void dashboardFilters();
    void extraPredicates();
    void errors_data();
    void errors();
    void unknownAccount();
    void outputColumns();
    void warnings();
    void postgres();
    void limitOffset_data();
    void limitOffset();
    void dialects();

private:
    std::variant<QueryPlan, QString> plan(const Widget &widget, const PlanOptions &options = {},
                                          const SqlDialect &dialect = SqliteDialect()) const
    {
        return QueryPlanner(m_project, dialect)
                .plan(m_project.dashboards.constFirst(), widget, options);
    }

    Project m_project;
};

void TestQueryPlanner::widgetSql_data()
{
    QTest::addColumn<Widget>("widget");
    QTest::addColumn<PlanOptions>("options");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("bindings");

    const PlanOptions none;

    QTest::newRow("bar")
            << makeWidget(WidgetType::Bar, {dim(u"c-region"_s)},
                          {measure(Aggregation::Sum, u"c-revenue"_s)})
            << none
            << uR"(SELECT "region" AS d0, SUM("revenue") AS m0 FROM "orders" GROUP BY "region" ORDER BY m0 DESC, d0 ASC)"_s
            << QVariantList();
    QTest::newRow("stacked bar, count of rows")
            << makeWidget(WidgetType::StackedBar, {dim(u"c-region"_s), dim(u"c-city"_s)},
                          {measure(Aggregation::Count)})
            << none
            << uR"(SELECT "region" AS d0, "city" AS d1, COUNT(*) AS m0 FROM "orders" GROUP BY "region", "city" ORDER BY m0 DESC, d0 ASC, d1 ASC)"_s
            << QVariantList();
    QTest::newRow("pie, count distinct")
            << makeWidget(WidgetType::Pie, {dim(u"c-city"_s)},
                          {measure(Aggregation::CountDistinct, u"c-region"_s)})
            << none
            << uR"(SELECT "city" AS d0, COUNT(DISTINCT "region") AS m0 FROM "orders" GROUP BY "city" ORDER BY m0 DESC, d0 ASC)"_s
            << QVariantList();
    QTest::newRow("donut, count of a column")
            << makeWidget(WidgetType::Donut, {dim(u"c-city"_s)},
                          {measure(Aggregation::Count, u"c-region"_s)})
            << none
            << uR"(SELECT "city" AS d0, COUNT("region") AS m0 FROM "orders" GROUP BY "city" ORDER BY m0 DESC, d0 ASC)"_s
            << QVariantList();
    QTest::newRow("kpi") << makeWidget(
            WidgetType::Kpi, {},
            {measure(Aggregation::Avg, u"c-revenue"_s), measure(Aggregation::Max, u"c-qty"_s)})
                         << none
                         << uR"(SELECT AVG("revenue") AS m0, MAX("quantity") AS m1 FROM "orders")"_s
                         << QVariantList();
    QTest::newRow("line by month")
            << makeWidget(WidgetType::Line, {dim(u"c-at"_s, TimeGrain::Month)},
                          {measure(Aggregation::Sum, u"c-qty"_s)})
            << none
            << uR"(SELECT strftime('%Y-%m-01', "ordered_at") AS d0, SUM("quantity") AS m0 FROM "orders" GROUP BY strftime('%Y-%m-01', "ordered_at") ORDER BY d0 ASC)"_s
            << QVariantList();
    QTest::newRow("area by week and region")
            << makeWidget(WidgetType::Area, {dim(u"c-day"_s, TimeGrain::Week), dim(u"c-region"_s)},
                          {measure(Aggregation::Min, u"c-revenue"_s)})
            << none
            << uR"(SELECT date("order_date", '-6 days', 'weekday 1') AS d0, "region" AS d1, MIN("revenue") AS m0 FROM "orders" GROUP BY date("order_date", '-6 days', 'weekday 1'), "region" ORDER BY d0 ASC, d1 ASC)"_s
            << QVariantList();
    QTest::newRow("bar by year: time first")
            << makeWidget(WidgetType::Bar, {dim(u"c-day"_s, TimeGrain::Year)},
                          {measure(Aggregation::Sum, u"c-revenue"_s)})
            << none
            << uR"(SELECT strftime('%Y-01-01', "order_date") AS d0, SUM("revenue") AS m0 FROM "orders" GROUP BY strftime('%Y-01-01', "order_date") ORDER BY d0 ASC)"_s
            << QVariantList();
    QTest::newRow("bar by day")
            << makeWidget(WidgetType::Bar, {dim(u"c-at"_s, TimeGrain::Day)},
                          {measure(Aggregation::Count)})
            << none
            << uR"(SELECT strftime('%Y-%m-%d', "ordered_at") AS d0, COUNT(*) AS m0 FROM "orders" GROUP BY strftime('%Y-%m-%d', "ordered_at") ORDER BY d0 ASC)"_s
            << QVariantList();
    QTest::newRow("scatter")
            << makeWidget(WidgetType::Scatter, {dim(u"c-city"_s)},
                          {measure(Aggregation::Sum, u"c-revenue"_s),
                           measure(Aggregation::Sum, u"c-qty"_s)})
            << none
            << uR"(SELECT "city" AS d0, SUM("revenue") AS m0, SUM("quantity") AS m1 FROM "orders" GROUP BY "city" ORDER BY d0 ASC)"_s
            << QVariantList();

    PlanOptions page;
    page.pageOffset = 200;
    page.pageSize = 50;
    QTest::newRow("table page")
            << makeWidget(WidgetType::Table, {dim(u"c-region"_s)},
                          {measure(Aggregation::Sum, u"c-revenue"_s)})
            << page
            << uR"(SELECT "region" AS d0, SUM("revenue") AS m0 FROM "orders" GROUP BY "region" ORDER BY d0 ASC LIMIT 50 OFFSET 200)"_s
            << QVariantList();
    QTest::newRow("table detail rows")
            << makeWidget(WidgetType::Table, {dim(u"c-region"_s), dim(u"c-city"_s)}, {}) << none
            << uR"(SELECT "region" AS d0, "city" AS d1 FROM "orders" ORDER BY d0 ASC, d1 ASC LIMIT 100)"_s
            << QVariantList();

    Widget capped
            = makeWidget(WidgetType::Table, {dim(u"c-region"_s)}, {measure(Aggregation::Count)});
    capped.limit = 120;
    PlanOptions lastPage;
    lastPage.pageOffset = 100;
    lastPage.pageSize = 50;
    QTest::newRow("table limit caps the last page")
            << capped << lastPage
            << uR"(SELECT "region" AS d0, COUNT(*) AS m0 FROM "orders" GROUP BY "region" ORDER BY d0 ASC LIMIT 20 OFFSET 100)"_s
            << QVariantList();

    Widget sorted
            = makeWidget(WidgetType::Bar, {dim(u"c-region"_s), dim(u"c-city"_s)},
                         {measure(Aggregation::Sum, u"c-revenue"_s), measure(Aggregation::Count)});
    sorted.sort = {SortKey{SortKey::Field::Measure, 1, true},
                   SortKey{SortKey::Field::Dimension, 1, false}};
    sorted.limit = 10;
    QTest::newRow("explicit sort, tie-break, limit")
            << sorted << none
            << uR"(SELECT "region" AS d0, "city" AS d1, SUM("revenue") AS m0, COUNT(*) AS m1 FROM "orders" GROUP BY "region", "city" ORDER BY m1 DESC, d1 ASC, d0 ASC LIMIT 10)"_s
            << QVariantList();

    QTest::newRow("query dataset")
            << makeWidget(WidgetType::Bar, {dim(u"c-qregion"_s)},
                          {measure(Aggregation::Sum, u"c-qrevenue"_s)}, u"ds-query"_s)
            << none
            << uR"(SELECT "region" AS d0, SUM("revenue") AS m0 FROM (SELECT region, revenue FROM orders WHERE quantity > 10)"_s + u"\n"_s + uR"() AS src GROUP BY "region" ORDER BY m0 DESC, d0 ASC)"_s
            << QVariantList();

    QTest::newRow("hostile table and column names")
            << makeWidget(WidgetType::Table, {dim(u"c-x"_s)}, {}, u"ds-hostile"_s) << none
            << uR"(SELECT "x""; DROP TABLE orders; --" AS d0 FROM "odd""table" ORDER BY d0 ASC LIMIT 100)"_s
            << QVariantList();
    QTest::newRow("quote in a column name")
            << makeWidget(WidgetType::Bar, {dim(u"c-weird"_s)}, {measure(Aggregation::Count)})
            << none
            << uR"(SELECT "we""ird" AS d0, COUNT(*) AS m0 FROM "orders" GROUP BY "we""ird" ORDER BY m0 DESC, d0 ASC)"_s
            << QVariantList();

    Widget filtered = makeWidget(WidgetType::Bar, {dim(u"c-region"_s)},
                                 {measure(Aggregation::Sum, u"c-revenue"_s)});
    filtered.filters = {filter(u"c-region"_s, FilterExpression::Equals, u"North"_s),
                        filter(u"c-qty"_s, FilterExpression::GreaterOrEqual, 3),
                        filter(u"c-weird"_s, FilterExpression::IsNotNull, {})};
    QTest::newRow("widget filters")
            << filtered << none
            << uR"(SELECT "region" AS d0, SUM("revenue") AS m0 FROM "orders" WHERE "region" = ? AND "quantity" >= ? AND "we""ird" IS NOT NULL GROUP BY "region" ORDER BY m0 DESC, d0 ASC)"_s
            << QVariantList{u"North"_s, qint64(3)};
}

void TestQueryPlanner::widgetSql()
{
    QFETCH(Widget, widget);
    QFETCH(PlanOptions, options);
    QFETCH(QString, sql);
    QFETCH(QVariantList, bindings);

    const auto result = plan(widget, options);
    if (const auto *error = std::get_if<QString>(&result))
        QFAIL(qPrintable(*error));
    const QueryPlan &queryPlan = std::get<QueryPlan>(result);
    QCOMPARE(queryPlan.sql, sql);
    QCOMPARE(typed(queryPlan.bindings), typed(bindings));
    QCOMPARE(queryPlan.widgetId, u"w1"_s);
    QCOMPARE(queryPlan.accountId, u"acc"_s);
}

void TestQueryPlanner::predicates_data()
{
    QTest::addColumn<QString>("columnId");
    QTest::addColumn<FilterExpression>("expression");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("bindings");

    using E = FilterExpression;
    QTest::newRow("=") << u"c-region"_s << E::Equals << QVariant(u"North"_s) << uR"("region" = ?)"_s
                       << QVariantList{u"North"_s};
    QTest::newRow("!=") << u"c-region"_s << E::NotEquals << QVariant(u"North"_s)
                        << uR"("region" <> ?)"_s << QVariantList{u"North"_s};
    QTest::newRow("in") << u"c-city"_s << E::In << QVariant(QVariantList{u"Lyon"_s, u"Nice"_s})
                        << uR"("city" IN (?, ?))"_s << QVariantList{u"Lyon"_s, u"Nice"_s};
    QTest::newRow("in, one scalar") << u"c-city"_s << E::In << QVariant(u"Lyon"_s)
                                    << uR"("city" IN (?))"_s << QVariantList{u"Lyon"_s};
    QTest::newRow("not in, integers from JSON doubles")
            << u"c-qty"_s << E::NotIn << QVariant(QVariantList{1.0, 2.0, 3.0})
            << uR"("quantity" NOT IN (?, ?, ?))"_s << QVariantList{qint64(1), qint64(2), qint64(3)};
    QTest::newRow("<") << u"c-revenue"_s << E::Less << QVariant(9.5) << uR"("revenue" < ?)"_s
                       << QVariantList{9.5};
    QTest::newRow("<=, integer from text") << u"c-qty"_s << E::LessOrEqual << QVariant(u"7"_s)
                                           << uR"("quantity" <= ?)"_s << QVariantList{qint64(7)};
    QTest::newRow(">, date") << u"c-day"_s << E::Greater << QVariant(QDate(2026, 3, 1))
                             << uR"("order_date" > ?)"_s << QVariantList{u"2026-03-01"_s};
    QTest::newRow(">=, datetime") << u"c-at"_s << E::GreaterOrEqual
                                  << QVariant(u"2026-03-01T10:00:00Z"_s)
                                  << uR"("ordered_at" >= ?)"_s
                                  << QVariantList{u"2026-03-01T10:00:00Z"_s};
    QTest::newRow("between dates")
            << u"c-day"_s << E::Between << QVariant(QVariantList{u"2026-01-01"_s, u"2026-03-31"_s})
            << uR"("order_date" BETWEEN ? AND ?)"_s
            << QVariantList{u"2026-01-01"_s, u"2026-03-31"_s};
    QTest::newRow("like") << u"c-city"_s << E::Like << QVariant(u"%on"_s)
                          << uR"("city" LIKE ? ESCAPE '\')"_s << QVariantList{u"%on"_s};
    QTest::newRow("like on a number compares text")
            << u"c-qty"_s << E::Like << QVariant(u"1%"_s)
            << uR"(CAST("quantity" AS TEXT) LIKE ? ESCAPE '\')"_s << QVariantList{u"1%"_s};
    QTest::newRow("is null") << u"c-city"_s << E::IsNull << QVariant() << uR"("city" IS NULL)"_s
                             << QVariantList();
    QTest::newRow("is not null") << u"c-city"_s << E::IsNotNull << QVariant()
                                 << uR"("city" IS NOT NULL)"_s << QVariantList();
    QTest::newRow("boolean") << u"c-paid"_s << E::Equals << QVariant(u"true"_s)
                             << uR"("paid" = ?)"_s << QVariantList{true};
    QTest::newRow("injection-looking value stays bound")
            << u"c-region"_s << E::Equals << QVariant(u"x' OR '1'='1"_s) << uR"("region" = ?)"_s
            << QVariantList{u"x' OR '1'='1"_s};
    QTest::newRow("injection-looking list stays bound")
            << u"c-region"_s << E::In << QVariant(QVariantList{u"a'); DROP TABLE orders; --"_s})
            << uR"("region" IN (?))"_s << QVariantList{u"a'); DROP TABLE orders; --"_s};
    QTest::newRow("quote in the column name") << u"c-weird"_s << E::Equals << QVariant(u"v"_s)
                                              << uR"("we""ird" = ?)"_s << QVariantList{u"v"_s};
}

void TestQueryPlanner::predicates()
{
    QFETCH(QString, columnId);
    QFETCH(FilterExpression, expression);
    QFETCH(QVariant, value);
    QFETCH(QString, sql);
    QFETCH(QVariantList, bindings);

    const SqliteDialect dialect;
    const QueryPlanner planner(m_project, dialect);
    const Column *column = m_project.dataset(u"ds-orders"_s)->column(columnId);
    QVERIFY(column);
    const auto result = planner.predicate(*column, expression, value);
    if (const auto *error = std::get_if<QString>(&result))
        QFAIL(qPrintable(*error));
    const SqlFragment &fragment = std::get<SqlFragment>(result);
    QCOMPARE(fragment.sql, sql);
    QCOMPARE(typed(fragment.bindings), typed(bindings));
    QCOMPARE(fragment.sql.count(u'?'), fragment.bindings.size());

    // The same through a widget filter: it lands in WHERE with the same bindings.
    Widget widget = makeWidget(WidgetType::Kpi, {}, {measure(Aggregation::Count)});
    widget.filters = {filter(columnId, expression, value)};
    const auto planned = plan(widget);
    QVERIFY(std::holds_alternative<QueryPlan>(planned));
    QCOMPARE(std::get<QueryPlan>(planned).sql,
             uR"(SELECT COUNT(*) AS m0 FROM "orders" WHERE )"_s + sql);
    QCOMPARE(typed(std::get<QueryPlan>(planned).bindings), typed(bindings));
}

void TestQueryPlanner::predicateErrors_data()
{
    QTest::addColumn<QString>("columnId");
    QTest::addColumn<FilterExpression>("expression");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("error");

    using E = FilterExpression;
    QTest::newRow("between, one value")
            << u"c-qty"_s << E::Between << QVariant(QVariantList{1}) << u"exactly two values"_s;
    QTest::newRow("between, scalar")
            << u"c-qty"_s << E::Between << QVariant(1) << u"exactly two values"_s;
    QTest::newRow("in, empty list")
            << u"c-city"_s << E::In << QVariant(QVariantList()) << u"at least one value"_s;
    QTest::newRow("not in, null") << u"c-city"_s << E::NotIn << QVariant()
                                  << u"at least one value"_s;
    QTest::newRow("integer from words")
            << u"c-qty"_s << E::Equals << QVariant(u"abc"_s) << u"is not a valid integer value"_s;
    QTest::newRow("integer with a fraction")
            << u"c-qty"_s << E::Equals << QVariant(1.5) << u"is not a valid integer value"_s;
    QTest::newRow("bad date") << u"c-day"_s << E::Less << QVariant(u"2026-13-01"_s)
                              << u"is not a valid date value"_s;
    QTest::newRow("number for text")
            << u"c-region"_s << E::Equals << QVariant(5) << u"is not a valid text value"_s;
    QTest::newRow("null for =") << u"c-region"_s << E::Equals << QVariant() << u"is null"_s;
    QTest::newRow("list for =") << u"c-region"_s << E::Equals
                                << QVariant(QVariantList{u"a"_s, u"b"_s})
                                << u"expected one value"_s;
    QTest::newRow("null inside in")
            << u"c-region"_s << E::In << QVariant(QVariantList{u"a"_s, QVariant()}) << u"is null"_s;
}

void TestQueryPlanner::predicateErrors()
{
    QFETCH(QString, columnId);
    QFETCH(FilterExpression, expression);
    QFETCH(QVariant, value);
    QFETCH(QString, error);

    const SqliteDialect dialect;
    const QueryPlanner planner(m_project, dialect);
    const Column *column = m_project.dataset(u"ds-orders"_s)->column(columnId);
    QVERIFY(column);
    const auto result = planner.predicate(*column, expression, value);
    QVERIFY(std::holds_alternative<QString>(result));
    QVERIFY2(std::get<QString>(result).contains(error), qPrintable(std::get<QString>(result)));
}

void TestQueryPlanner::parameters_data()
{
    QTest::addColumn<QString>("parameterId");
    QTest::addColumn<QVariant>("override");
    QTest::addColumn<QVariantList>("bindings");
    QTest::addColumn<QString>("error");

    QTest::newRow("default") << u"p-region"_s << QVariant() << QVariantList{u"North"_s}
                             << QString();
    QTest::newRow("override") << u"p-region"_s << QVariant(u"South"_s) << QVariantList{u"South"_s}
                              << QString();
    QTest::newRow("override that looks like SQL") << u"p-region"_s << QVariant(u"' OR 1=1 --"_s)
                                                  << QVariantList{u"' OR 1=1 --"_s} << QString();
    QTest::newRow("override of the wrong type")
            << u"p-region"_s << QVariant(42) << QVariantList() << u"not a valid text value"_s;
    QTest::newRow("unknown parameter")
            << u"p-nope"_s << QVariant() << QVariantList() << u"unknown parameter p-nope"_s;
}

void TestQueryPlanner::parameters()
{
    QFETCH(QString, parameterId);
    QFETCH(QVariant, override);
    QFETCH(QVariantList, bindings);
    QFETCH(QString, error);

    Widget widget = makeWidget(WidgetType::Kpi, {}, {measure(Aggregation::Count)});
    // The literal value is what the parameter replaces: it must never be used.
    widget.filters = {filter(u"c-region"_s, FilterExpression::Equals, u"literal"_s, parameterId)};
    PlanOptions options;
    if (override.isValid())
        options.parameterValues.insert(parameterId, override);
    // A value for another parameter changes nothing here.
    options.parameterValues.insert(u"p-min"_s, qint64(99));

    const auto result = plan(widget, options);
    if (!error.isEmpty()) {
        QVERIFY(std::holds_alternative<QString>(result));
        QVERIFY2(std::get<QString>(result).contains(error), qPrintable(std::get<QString>(result)));
        return;
    }
    QVERIFY(std::holds_alternative<QueryPlan>(result));
    QCOMPARE(std::get<QueryPlan>(result).sql,
             uR"(SELECT COUNT(*) AS m0 FROM "orders" WHERE "region" = ?)"_s);
    QCOMPARE(typed(std::get<QueryPlan>(result).bindings), typed(bindings));
}

void TestQueryPlanner::dashboardFilters_data()
{
    QTest::addColumn<PlanOptions>("options");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("bindings");
    QTest::addColumn<bool>("warned");

    QTest::newRow("defaults: unset filter skipped, parameter default")
            << PlanOptions() << uR"("quantity" > ? AND "region" = ?)"_s
            << QVariantList{qint64(0), u"North"_s} << false;

    PlanOptions city;
    city.dashboardFilterValues.insert(u"f-city"_s, QVariantList{u"Lyon"_s, u"Nice"_s});
    QTest::newRow("viewer picks cities")
            << city << uR"("quantity" > ? AND "city" IN (?, ?) AND "region" = ?)"_s
            << QVariantList{qint64(0), u"Lyon"_s, u"Nice"_s, u"North"_s} << false;

    PlanOptions escape;
    escape.dashboardFilterValues.insert(u"f-region"_s, u"South"_s);
    QTest::newRow("viewer value never replaces a parameter")
            << escape << uR"("quantity" > ? AND "region" = ?)"_s
            << QVariantList{qint64(0), u"North"_s} << true;

    PlanOptions parameter;
    parameter.parameterValues.insert(u"p-region"_s, u"East"_s);
    QTest::newRow("parameter override") << parameter << uR"("quantity" > ? AND "region" = ?)"_s
                                        << QVariantList{qint64(0), u"East"_s} << false;
}

void TestQueryPlanner::dashboardFilters()
{
    QFETCH(PlanOptions, options);
    QFETCH(QString, where);
    QFETCH(QVariantList, bindings);
    QFETCH(bool, warned);

    Dashboard &dashboard = m_project.dashboards.first();
    const Dashboard saved = dashboard;
    Filter cityFilter = filter(u"c-city"_s, FilterExpression::In, {});
    cityFilter.id = u"f-city"_s;
    cityFilter.datasetId = u"ds-orders"_s;
    Filter regionFilter = filter(u"c-region"_s, FilterExpression::Equals, {}, u"p-region"_s);
    regionFilter.id = u"f-region"_s;
    regionFilter.datasetId = u"ds-orders"_s;
    Filter otherDataset = filter(u"c-qregion"_s, FilterExpression::Equals, u"X"_s);
    otherDataset.id = u"f-other"_s;
    otherDataset.datasetId = u"ds-query"_s;
    dashboard.filters = {cityFilter, regionFilter, otherDataset};

    Widget widget = makeWidget(WidgetType::Kpi, {}, {measure(Aggregation::Count)});
    widget.filters = {filter(u"c-qty"_s, FilterExpression::Greater, 0)};
    const auto result = plan(widget, options);
    dashboard = saved;

    if (const auto *error = std::get_if<QString>(&result))
        QFAIL(qPrintable(*error));
    const QueryPlan &queryPlan = std::get<QueryPlan>(result);
    QCOMPARE(queryPlan.sql, uR"(SELECT COUNT(*) AS m0 FROM "orders" WHERE )"_s + where);
    QCOMPARE(typed(queryPlan.bindings), typed(bindings));
    QCOMPARE(!queryPlan.warnings.isEmpty(), warned);
}

void TestQueryPlanner::extraPredicates()
{
    Widget widget = makeWidget(WidgetType::Bar, {dim(u"c-region"_s)},
                               {measure(Aggregation::Sum, u"c-revenue"_s)});
    widget.filters = {filter(u"c-qty"_s, FilterExpression::GreaterOrEqual, 3)};
    PlanOptions options;
    options.extraWhere = {SqlFragment{uR"("region" = ?)"_s, {u"North"_s}},
                          SqlFragment{uR"("city" = ? OR "city" = ?)"_s, {u"Lyon"_s, u"Nice"_s}}};
    options.extraHaving = {SqlFragment{uR"(SUM("revenue") > ?)"_s, {100.0}}};

    const auto result = plan(widget, options);
    QVERIFY(std::holds_alternative<QueryPlan>(result));
    const QueryPlan &queryPlan = std::get<QueryPlan>(result);
    QCOMPARE(
            queryPlan.sql,
            uR"(SELECT "region" AS d0, SUM("revenue") AS m0 FROM "orders" WHERE "quantity" >= ? AND ("region" = ?) AND ("city" = ? OR "city" = ?) GROUP BY "region" HAVING (SUM("revenue") > ?) ORDER BY m0 DESC, d0 ASC)"_s);
    QCOMPARE(typed(queryPlan.bindings),
             typed({qint64(3), u"North"_s, u"Lyon"_s, u"Nice"_s, 100.0}));

    // Detail rows have no aggregate to hold a HAVING condition: refused, not dropped.
    const auto detail = plan(makeWidget(WidgetType::Table, {dim(u"c-region"_s)}, {}), options);
    QVERIFY(std::holds_alternative<QString>(detail));
}

void TestQueryPlanner::errors_data()
{
    QTest::addColumn<Widget>("widget");
    QTest::addColumn<QString>("error");

    QTest::newRow("text widget") << makeWidget(WidgetType::Text, {}, {}, {})
                                 << u"text widgets have no query"_s;
    QTest::newRow("unknown dataset") << makeWidget(WidgetType::Bar, {dim(u"c-region"_s)},
                                                   {measure(Aggregation::Count)}, u"ds-nope"_s)
                                     << u"unknown dataset ds-nope"_s;
    QTest::newRow("unknown dimension column")
            << makeWidget(WidgetType::Bar, {dim(u"c-nope"_s)}, {measure(Aggregation::Count)})
            << u"unknown column c-nope"_s;
    QTest::newRow("unknown measure column") << makeWidget(WidgetType::Bar, {dim(u"c-region"_s)},
                                                          {measure(Aggregation::Sum, u"c-gone"_s)})
                                            << u"unknown column c-gone"_s;
    QTest::newRow("column of another dataset")
            << makeWidget(WidgetType::Bar, {dim(u"c-qregion"_s)}, {measure(Aggregation::Count)})
            << u"unknown column c-qregion"_s;

    Widget badFilter = makeWidget(WidgetType::Kpi, {}, {measure(Aggregation::Count)});
    badFilter.filters = {filter(u"c-missing"_s, FilterExpression::Equals, u"x"_s)};
    QTest::newRow("unknown filter column") << badFilter << u"unknown column c-missing"_s;

    Widget foreignFilter = makeWidget(WidgetType::Kpi, {}, {measure(Aggregation::Count)});
    foreignFilter.filters = {filter(u"c-region"_s, FilterExpression::Equals, u"x"_s)};
    foreignFilter.filters[0].datasetId = u"ds-query"_s;
    QTest::newRow("widget filter on another dataset") << foreignFilter << u"another dataset"_s;

    Widget unset = makeWidget(WidgetType::Kpi, {}, {measure(Aggregation::Count)});
    unset.filters = {filter(u"c-region"_s, FilterExpression::Equals, {})};
    QTest::newRow("widget filter without a value") << unset << u"is null"_s;

    QTest::newRow("sum of text") << makeWidget(WidgetType::Kpi, {},
                                               {measure(Aggregation::Sum, u"c-region"_s)})
                                 << u"cannot sum the text column"_s;
    QTest::newRow("sum without a column")
            << makeWidget(WidgetType::Kpi, {}, {measure(Aggregation::Sum)})
            << u"only a count may have no column"_s;
    QTest::newRow("chart without a measure")
            << makeWidget(WidgetType::Bar, {dim(u"c-region"_s)}, {}) << u"has no measure"_s;
    QTest::newRow("empty table") << makeWidget(WidgetType::Table, {}, {})
                                 << u"has no column to show"_s;

    Widget badSort
            = makeWidget(WidgetType::Bar, {dim(u"c-region"_s)}, {measure(Aggregation::Count)});
    badSort.sort = {SortKey{SortKey::Field::Measure, 2, true}};
    QTest::newRow("sort by a missing measure") << badSort << u"has no measure 3"_s;
    badSort.sort = {SortKey{SortKey::Field::Dimension, -1, true}};
    QTest::newRow("sort by a negative dimension") << badSort << u"has no dimension 0"_s;
}

void TestQueryPlanner::errors()
{
    QFETCH(Widget, widget);
    QFETCH(QString, error);
    const auto result = plan(widget);
    QVERIFY(std::holds_alternative<QString>(result));
    QVERIFY2(std::get<QString>(result).contains(error), qPrintable(std::get<QString>(result)));
}

void TestQueryPlanner::unknownAccount()
{
    const auto result
            = plan(makeWidget(WidgetType::Kpi, {}, {measure(Aggregation::Count)}, u"ds-orphan"_s));
    QVERIFY(std::holds_alternative<QString>(result));
    QVERIFY(std::get<QString>(result).contains(u"unknown account acc-nope"_s));
}

void TestQueryPlanner::outputColumns()
{
    using Role = OutputColumn::Role;
    const Widget widget
            = makeWidget(WidgetType::Line, {dim(u"c-at"_s, TimeGrain::Month), dim(u"c-region"_s)},
                         {measure(Aggregation::Sum, u"c-qty"_s),
                          measure(Aggregation::Sum, u"c-revenue"_s, u"Takings"_s),
                          measure(Aggregation::Avg, u"c-qty"_s), measure(Aggregation::Count),
                          measure(Aggregation::Min, u"c-day"_s),
                          measure(Aggregation::CountDistinct, u"c-city"_s),
                          measure(Aggregation::Sum, u"c-paid"_s)});
    const auto result = plan(widget);
    QVERIFY(std::holds_alternative<QueryPlan>(result));
    const QList<OutputColumn> expected = {
            {u"d0"_s, u"Ordered at"_s, ColumnType::Date, Role::Dimension},
            {u"d1"_s, u"Region"_s, ColumnType::Text, Role::Dimension},
            {u"m0"_s, u"Sum of Quantity"_s, ColumnType::Integer, Role::Measure},
            {u"m1"_s, u"Takings"_s, ColumnType::Number, Role::Measure},
            {u"m2"_s, u"Average of Quantity"_s, ColumnType::Number, Role::Measure},
            {u"m3"_s, u"Count of rows"_s, ColumnType::Integer, Role::Measure},
            {u"m4"_s, u"Minimum of Order date"_s, ColumnType::Date, Role::Measure},
            {u"m5"_s, u"Distinct count of City"_s, ColumnType::Integer, Role::Measure},
            {u"m6"_s, u"Sum of Paid"_s, ColumnType::Integer, Role::Measure},
    };
    QCOMPARE(std::get<QueryPlan>(result).columns, expected);

    const auto detail
            = plan(makeWidget(WidgetType::Table, {dim(u"c-day"_s), dim(u"c-paid"_s)}, {}));
    QVERIFY(std::holds_alternative<QueryPlan>(detail));
    const QList<OutputColumn> detailColumns = {
            {u"d0"_s, u"Order date"_s, ColumnType::Date, Role::Detail},
            {u"d1"_s, u"Paid"_s, ColumnType::Boolean, Role::Detail},
    };
    QCOMPARE(std::get<QueryPlan>(detail).columns, detailColumns);
}

void TestQueryPlanner::warnings()
{
    // A KPI keeps one row: its dimensions are dropped, and the plan says so.
    const auto kpi = plan(
            makeWidget(WidgetType::Kpi, {dim(u"c-region"_s)}, {measure(Aggregation::Count)}));
    QVERIFY(std::holds_alternative<QueryPlan>(kpi));
    QCOMPARE(std::get<QueryPlan>(kpi).sql, uR"(SELECT COUNT(*) AS m0 FROM "orders")"_s);
    QCOMPARE(std::get<QueryPlan>(kpi).warnings.size(), 1);

    // A grain on a text column is ignored rather than producing NULL buckets.
    const auto grain = plan(makeWidget(WidgetType::Line, {dim(u"c-region"_s, TimeGrain::Month)},
                                       {measure(Aggregation::Count)}));
    QVERIFY(std::holds_alternative<QueryPlan>(grain));
    QCOMPARE(
            std::get<QueryPlan>(grain).sql,
            uR"(SELECT "region" AS d0, COUNT(*) AS m0 FROM "orders" GROUP BY "region" ORDER BY d0 ASC)"_s);
    QCOMPARE(std::get<QueryPlan>(grain).warnings.size(), 1);
    QVERIFY(std::get<QueryPlan>(grain).warnings.constFirst().contains(u"Region"_s));
}

void TestQueryPlanner::postgres()
{
    const PostgresDialect dialect;
    Widget widget = makeWidget(WidgetType::Line, {dim(u"c-at"_s, TimeGrain::Week)},
                               {measure(Aggregation::Sum, u"c-revenue"_s)});
    widget.filters = {filter(u"c-city"_s, FilterExpression::Like, u"L%"_s)};
    const auto result = plan(widget, {}, dialect);
    QVERIFY(std::holds_alternative<QueryPlan>(result));
    QCOMPARE(
            std::get<QueryPlan>(result).sql,
            uR"(SELECT date_trunc('week', CAST("ordered_at" AS timestamp))::date::text AS d0, SUM("revenue") AS m0 FROM "orders" WHERE "city" ILIKE ? ESCAPE '\' GROUP BY date_trunc('week', CAST("ordered_at" AS timestamp))::date::text ORDER BY d0 ASC)"_s);

    PlanOptions page;
    page.pageOffset = 10;
    page.pageSize = 5;
    const auto table = plan(makeWidget(WidgetType::Table, {dim(u"c-weird"_s)}, {}), page, dialect);
    QVERIFY(std::holds_alternative<QueryPlan>(table));
    QCOMPARE(std::get<QueryPlan>(table).sql,
             uR"(SELECT "we""ird" AS d0 FROM "orders" ORDER BY d0 ASC LIMIT 5 OFFSET 10)"_s);

    QCOMPARE(dialect.timeBucket(u"x"_s, TimeGrain::Quarter),
             u"date_trunc('quarter', CAST(x AS timestamp))::date::text"_s);
    QCOMPARE(dialect.like(u"x"_s, true), uR"(x NOT ILIKE ? ESCAPE '\')"_s);
}

void TestQueryPlanner::limitOffset_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("sql");
    QTest::newRow("none") << 0 << 0 << QString();
    QTest::newRow("limit") << 10 << 0 << u"LIMIT 10"_s;
    QTest::newRow("both") << 10 << 20 << u"LIMIT 10 OFFSET 20"_s;
    QTest::newRow("offset only") << 0 << 20 << u"LIMIT 9223372036854775807 OFFSET 20"_s;
}

void TestQueryPlanner::limitOffset()
{
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(QString, sql);
    QCOMPARE(SqliteDialect().limitOffset(limit, offset), sql);
    QCOMPARE(PostgresDialect().limitOffset(limit, offset), sql);
}

void TestQueryPlanner::dialects()
{
    QCOMPARE(SqlDialect::forAccountType(AccountType::Sqlite).name(), u"sqlite"_s);
    QCOMPARE(SqlDialect::forAccountType(AccountType::Postgresql).name(), u"postgresql"_s);
    QCOMPARE(SqlDialect::forAccountType(AccountType::Plugin).name(), u"sqlite"_s);
    QCOMPARE(&SqlDialect::forAccountType(AccountType::Sqlite),
             &SqlDialect::forAccountType(AccountType::Sqlite));
    QCOMPARE(SqliteDialect().quoteIdentifier(u"a\"\"b"_s), u"\"a\"\"\"\"b\""_s);
    QCOMPARE(SqliteDialect().like(u"x"_s, true), uR"(x NOT LIKE ? ESCAPE '\')"_s);
}

QTEST_GUILESS_MAIN(TestQueryPlanner)
#include "tst_queryplanner.moc"
