// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/dashboardrunner.h"
#include "access/resolver.h"
#include "common/json.h"
#include "common/sqloracle.h"
#include "data/queryexecutor.h"

#include "common/demofixture.h"

#include "document/jsonvalue.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::SqlOracle;

namespace {
Tri evaluate(const QVariant &cell, FilterExpression e, const QVariant &value, ColumnType type)
{
    const bool null = cell.isNull();
    switch (e) {
    case FilterExpression::IsNull:
        return tri(null);
    case FilterExpression::IsNotNull:
        return tri(!null);
    default:
        break;
    }
    if (null)
        return Tri::Unknown;
    switch (e) {
    case FilterExpression::Equals:
        return tri(compareCells(cell, value, type) == 0);
    case FilterExpression::NotEquals:
        return tri(compareCells(cell, value, type) != 0);
    case FilterExpression::Less:
        return tri(compareCells(cell, value, type) < 0);
    case FilterExpression::LessOrEqual:
        return tri(compareCells(cell, value, type) <= 0);
    case FilterExpression::Greater:
        return tri(compareCells(cell, value, type) > 0);
    case FilterExpression::GreaterOrEqual:
        return tri(compareCells(cell, value, type) >= 0);
    case FilterExpression::Between: {
        const QVariantList v = value.toList();
        return tri(compareCells(cell, v[0], type) >= 0 && compareCells(cell, v[1], type) <= 0);
    }
    case FilterExpression::In:
    case FilterExpression::NotIn: {
        bool found = false;
        for (const QVariant &v : value.toList())
            found = found || compareCells(cell, v, type) == 0;
        return tri(e == FilterExpression::In ? found : !found);
    }
    case FilterExpression::Like:
        return tri(likeMatch(cell.toString(), value.toString()));
    default:
        return Tri::Unknown;
    }
}

struct Condition
{
    QString column;
    FilterExpression expression;
    QVariant value;
};
} // namespace

// Property test: for ≥ 1,000 random sets of claims over the demo project, every returned row
// satisfies every token filter and policy, and no row that satisfies them all is missing. The
// oracle fetches the table without any of them and evaluates the predicates here, in C++.
class TestIsolation : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo{3000, 11};
    Project m_plain;     // the demo plus a detail table dashboard
    Project m_protected; // the same with an access policy on Sales
    QString m_dashboardId;
    QStringList m_columns{u"id"_s,        u"distributor"_s, u"region"_s,   u"product"_s,
                          u"promotion"_s, u"quantity"_s,    u"sale_date"_s};
    QList<QVariantList> m_rows;            // every sales row, in m_columns order
    QHash<QString, QVariantList> m_values; // distinct non-null values per column

    ColumnType typeOf(const QString &column) const
    {
        return m_demo.column(u"Sales"_s, column).type;
    }
    int indexOf(const QString &column) const { return int(m_columns.indexOf(column)); }

    QVariant sample(QRandomGenerator &random, const QString &column) const
    {
        const QVariantList &values = m_values[column];
        return values[random.bounded(int(values.size()))];
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        const Dataset &sales = m_demo.dataset(u"Sales"_s);
        Dashboard dashboard;
        dashboard.id = m_dashboardId = Tests::DemoFixture::newId();
        dashboard.slug = u"isolation-probe"_s;
        dashboard.title = u"Isolation probe"_s;
        Widget table;
        table.id = Tests::DemoFixture::newId();
        table.type = WidgetType::Table;
        table.title = u"Every row"_s;
        table.datasetId = sales.id;
        for (const QString &name : m_columns)
            table.dimensions.append({sales.columnByName(name)->id, TimeGrain::None});
        dashboard.widgets.append(table);
        m_plain = m_demo.project;
        m_plain.dashboards.append(dashboard);

        m_protected = m_plain;
        AccessPolicy policy;
        policy.id = Tests::DemoFixture::newId();
        policy.name = u"Shops or region, with a minimum quantity"_s;
        policy.datasetId = sales.id;
        policy.columns = {u"*"_s};
        PolicyRule shops{sales.columnByName(u"distributor"_s)->id,
                         PolicyOperator::In,
                         u"${{ shops }}"_s,
                         {},
                         {}};
        shops.orRules.append({sales.columnByName(u"region"_s)->id,
                              PolicyOperator::Equals,
                              u"${{region}}"_s,
                              {},
                              {}});
        policy.rows.append(shops);
        policy.rows.append({sales.columnByName(u"quantity"_s)->id,
                            PolicyOperator::GreaterThanOrEqualTo,
                            u"${{ min_qty }}"_s,
                            {},
                            {}});
        m_protected.accessPolicies.append(policy);

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"oracle"_s);
        db.setDatabaseName(m_demo.databasePath());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT "_s + m_columns.join(u", "_s) + u" FROM sales"_s));
            while (q.next()) {
                QVariantList row;
                for (int i = 0; i < m_columns.size(); ++i)
                    row.append(q.value(i));
                m_rows.append(row);
            }
            for (const QString &c : m_columns) {
                QVERIFY(q.exec(
                        u"SELECT DISTINCT %1 FROM sales WHERE %1 IS NOT NULL ORDER BY 1"_s.arg(c)));
                while (q.next())
                    m_values[c].append(q.value(0));
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"oracle"_s);
        QCOMPARE(m_rows.size(), 3000);
    }

    void randomClaims()
    {
        QRandomGenerator random(20261123);
        const Dataset &sales = m_demo.dataset(u"Sales"_s);
        const QStringList filterColumns{u"distributor"_s, u"region"_s,   u"product"_s,
                                        u"promotion"_s,   u"quantity"_s, u"sale_date"_s};
        QueryExecutor executor(2);
        const DashboardRunner runner(executor);
        Resolver::Options options;
        options.pageSize = 1000000;
        int cases = 0, denied = 0, empty = 0;
        for (; cases < 1000; ++cases) {
            const bool withPolicy = random.bounded(2) == 1;
            const Project &project = withPolicy ? m_protected : m_plain;
            Json claims{{"securables", Json::array({m_dashboardId.toStdString()})}};
            QList<Condition> conditions;
            const int filterCount = random.bounded(4);
            for (int f = 0; f < filterCount; ++f) {
                const QString column = filterColumns[random.bounded(int(filterColumns.size()))];
                static const FilterExpression expressions[]
                        = {FilterExpression::Equals,  FilterExpression::NotEquals,
                           FilterExpression::In,      FilterExpression::NotIn,
                           FilterExpression::Less,    FilterExpression::LessOrEqual,
                           FilterExpression::Greater, FilterExpression::GreaterOrEqual,
                           FilterExpression::Between, FilterExpression::Like,
                           FilterExpression::IsNull,  FilterExpression::IsNotNull};
                const FilterExpression e = expressions[random.bounded(int(std::size(expressions)))];
                QVariant value;
                const int arity = filterExpressionArity(e);
                if (arity == 1 && e == FilterExpression::Like) {
                    const QString text = sample(random, column).toString();
                    const int from = random.bounded(qMax(1, int(text.size())));
                    QString part = text.mid(from, 1 + random.bounded(3));
                    if (random.bounded(2))
                        part[0] = u'_';
                    value = (random.bounded(2) ? u"%"_s : QString()) + part + u"%"_s;
                } else if (arity == 1) {
                    value = sample(random, column);
                } else if (arity == 2) {
                    value = QVariantList{sample(random, column), sample(random, column)};
                } else if (arity == -1) {
                    QVariantList list;
                    for (int i = 0, n = 1 + random.bounded(3); i < n; ++i)
                        list.append(sample(random, column));
                    value = list;
                }
                conditions.append({column, e, value});
                Json filter{{"clause", random.bounded(2) ? "where" : "having"},
                            {"origin", "global"},
                            {"securable_id", sales.id.toStdString()},
                            {"column_id", sales.columnByName(column)->id.toStdString()},
                            {"expression", filterExpressionText(e).toStdString()}};
                if (value.isValid())
                    filter["value"] = jsonFromVariant(value);
                claims["filters"].push_back(filter);
            }
            // Policy values, each missing now and then.
            QVariantList shops;
            for (int i = 0, n = 1 + random.bounded(3); i < n; ++i)
                shops.append(sample(random, u"distributor"_s));
            const QVariant region = sample(random, u"region"_s);
            const qint64 minQty = 1 + random.bounded(4);
            Json values = Json::object();
            const bool hasShops = random.bounded(5) != 0, hasRegion = random.bounded(5) != 0,
                       hasMin = random.bounded(5) != 0;
            if (hasShops)
                values["shops"] = jsonFromVariant(shops);
            if (hasRegion)
                values["region"] = region.toString().toStdString();
            if (hasMin)
                values["min_qty"] = minQty;
            claims["policy_values"] = values;

            const Resolver resolver(project, m_demo.projectPath);
            const Dashboard &dashboard = *project.dashboard(m_dashboardId);
            const DashboardResolution resolution = resolver.resolve(dashboard, claims, options);
            QVERIFY2(resolution.error.isEmpty(), qPrintable(resolution.error));
            const QList<WidgetRun> runs = runner.run(dashboard, resolution);
            QCOMPARE(runs.size(), 1);
            const WidgetRun &run = runs.first();
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

            if (withPolicy && !(hasShops && hasRegion && hasMin)) {
                // A policy value the token lacks denies: fail closed, never all rows.
                QVERIFY2(!run.resolution.denied.isEmpty(), claims.dump().c_str());
                QVERIFY(run.result.rows.isEmpty());
                ++denied;
                continue;
            }
            QVERIFY2(run.resolution.denied.isEmpty(), qPrintable(run.resolution.denied));

            QSet<qint64> expected;
            for (const QVariantList &row : m_rows) {
                Tri keep = Tri::True;
                for (const Condition &c : conditions)
                    keep = triAnd(keep,
                                  evaluate(row[indexOf(c.column)], c.expression, c.value,
                                           typeOf(c.column)));
                if (withPolicy) {
                    const Tri inShops = evaluate(row[indexOf(u"distributor"_s)],
                                                 FilterExpression::In, shops, ColumnType::Text);
                    const Tri inRegion
                            = evaluate(row[indexOf(u"region"_s)], FilterExpression::Equals, region,
                                       ColumnType::Text);
                    keep = triAnd(keep, triOr(inShops, inRegion));
                    keep = triAnd(keep,
                                  evaluate(row[indexOf(u"quantity"_s)],
                                           FilterExpression::GreaterOrEqual, minQty,
                                           ColumnType::Integer));
                }
                if (keep == Tri::True)
                    expected.insert(row[0].toLongLong());
            }
            QSet<qint64> actual;
            for (const QVariantList &row : run.result.rows)
                actual.insert(row[0].toLongLong());
            QCOMPARE(qsizetype(actual.size()), run.result.rows.size()); // no row twice
            if (actual != expected)
                QFAIL(qPrintable(
                        u"case %1: %2 rows returned, %3 expected; claims %4 SQL %5"_s.arg(cases)
                                .arg(actual.size())
                                .arg(expected.size())
                                .arg(QString::fromStdString(claims.dump()),
                                     run.resolution.plan->sql)));
            if (expected.isEmpty())
                ++empty;
        }
        // The cases cover denials, empty and non-empty results alike.
        QVERIFY(denied > 50);
        QVERIFY(empty > 20);
        QVERIFY(cases - denied - empty > 100);
        qInfo("%d cases: %d denied, %d empty, %d with rows", cases, denied, empty,
              cases - denied - empty);
    }

    void illTypedValuesDeny()
    {
        const Dataset &sales = m_demo.dataset(u"Sales"_s);
        Json claims{{"securables", Json::array({m_dashboardId.toStdString()})}};
        claims["filters"].push_back(
                {{"clause", "where"},
                 {"origin", "global"},
                 {"securable_id", sales.id.toStdString()},
                 {"column_id", sales.columnByName(u"quantity"_s)->id.toStdString()},
                 {"expression", "? = ?"},
                 {"value", "three"}});
        const Resolver resolver(m_plain, m_demo.projectPath);
        const DashboardResolution resolution
                = resolver.resolve(*m_plain.dashboard(m_dashboardId), claims, {});
        // The claims validator refuses it before anything runs.
        QVERIFY(resolution.error.contains(u"is not a valid integer value"_s));
    }
};

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"
