// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sources/datasource.h"
#include "plannerfixtures.h"

class TestQueryPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_project = makeProject(); }

    void widgetSql_data();
    void widgetSql();
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
        return planWidget(m_project, widget, options, dialect);
    }

    Project m_project;
};

void TestQueryPlanner::widgetSql_data()
{
    QTest::addColumn<Widget>("widget");
    QTest::addColumn<PlanOptions>("options");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("bindings");
    for (const WidgetCase &c : widgetCases())
        QTest::newRow(c.name) << c.widget << c.options << c.sql << c.bindings;
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
            uR"(SELECT date_trunc('week', CAST("ordered_at" AS timestamp))::date::text AS d0, SUM("revenue") AS m0 FROM "orders" WHERE "city" ILIKE ? ESCAPE '\' GROUP BY date_trunc('week', CAST("ordered_at" AS timestamp))::date::text ORDER BY d0 ASC NULLS FIRST)"_s);

    PlanOptions page;
    page.pageOffset = 10;
    page.pageSize = 5;
    const auto table = plan(makeWidget(WidgetType::Table, {dim(u"c-weird"_s)}, {}), page, dialect);
    QVERIFY(std::holds_alternative<QueryPlan>(table));
    QCOMPARE(
            std::get<QueryPlan>(table).sql,
            uR"(SELECT "we""ird" AS d0 FROM "orders" ORDER BY d0 ASC NULLS FIRST LIMIT 5 OFFSET 10)"_s);
    // NULLs where SQLite puts them, so both dialects page through rows in one order.
    QCOMPARE(dialect.orderDirection(false), u" ASC NULLS FIRST"_s);
    QCOMPARE(dialect.orderDirection(true), u" DESC NULLS LAST"_s);
    QCOMPARE(SqliteDialect().orderDirection(true), u" DESC"_s);

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
    QCOMPARE(DataSource::of(AccountType::Sqlite).dialect().name(), u"sqlite"_s);
    QCOMPARE(DataSource::of(AccountType::Postgresql).dialect().name(), u"postgresql"_s);
    QCOMPARE(DataSource::of(AccountType::Plugin).dialect().name(), u"sqlite"_s);
    QCOMPARE(&DataSource::of(AccountType::Sqlite).dialect(),
             &DataSource::of(AccountType::Sqlite).dialect());
    QCOMPARE(SqliteDialect().quoteIdentifier(u"a\"\"b"_s), u"\"a\"\"\"\"b\""_s);
    QCOMPARE(SqliteDialect().like(u"x"_s, true), uR"(x NOT LIKE ? ESCAPE '\')"_s);
}

QTEST_GUILESS_MAIN(TestQueryPlanner)
#include "tst_queryplanner.moc"
