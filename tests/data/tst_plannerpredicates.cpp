// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannerfixtures.h"

// Planning the WHERE and HAVING predicates: filter expressions, parameters, dashboard filters and
// predicates added by the resolution engine.
class TestPlannerPredicates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_project = makeProject(); }

    void predicates_data();
    void predicates();
    void predicateErrors_data();
    void predicateErrors();
    void parameters_data();
    void parameters();
    void dashboardFilters_data();
    void dashboardFilters();
    void extraPredicates();

private:
    std::variant<QueryPlan, QString> plan(const Widget &widget, const PlanOptions &options = {},
                                          const SqlDialect &dialect = SqliteDialect()) const
    {
        return planWidget(m_project, widget, options, dialect);
    }

    Project m_project;
};

void TestPlannerPredicates::predicates_data()
{
    QTest::addColumn<QString>("columnId");
    QTest::addColumn<FilterExpression>("expression");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("bindings");
    for (const PredicateCase &c : predicateCases())
        QTest::newRow(c.name) << c.columnId << c.expression << c.value << c.sql << c.bindings;
}

void TestPlannerPredicates::predicates()
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

void TestPlannerPredicates::predicateErrors_data()
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

void TestPlannerPredicates::predicateErrors()
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

void TestPlannerPredicates::parameters_data()
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

void TestPlannerPredicates::parameters()
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

void TestPlannerPredicates::dashboardFilters_data()
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

void TestPlannerPredicates::dashboardFilters()
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

void TestPlannerPredicates::extraPredicates()
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

QTEST_GUILESS_MAIN(TestPlannerPredicates)
#include "tst_plannerpredicates.moc"
