// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/resolver.h"

#include "common/demofixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The demo database's index is the one its tenant-scoped dashboards need: every statement a
// parameter, token filter or access-policy tenant runs is a range read of that tenant in the
// covering index, never a scan of the sales table (BENCHMARKS.md, switching the previewed tenant).
class TestDemoIndexes : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo;

private slots:
    void initTestCase() { QVERIFY2(m_demo.ok(), qPrintable(m_demo.error)); }

    void tenantStatementsReadTheCoveringIndex_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("slug");
        QTest::newRow("parameter override")
                << u"Farolito — parameter override"_s << u"distributor-performance"_s;
        QTest::newRow("parameter default")
                << u"Forgetful tenant — no override"_s << u"distributor-performance"_s;
        QTest::newRow("token filter") << u"Fiesty Fiesta — token filter"_s << u"chain-overview"_s;
        QTest::newRow("access policy") << u"Farolito — access policy"_s << u"restaurant-overview"_s;
    }

    void tenantStatementsReadTheCoveringIndex()
    {
        QFETCH(QString, profile);
        QFETCH(QString, slug);
        const Resolver resolver(m_demo.project, m_demo.projectPath);
        const DashboardResolution resolution = resolver.resolve(
                *m_demo.project.dashboard(slug), m_demo.project.tenant(profile)->claims, {});
        QVERIFY2(resolution.error.isEmpty(), qPrintable(resolution.error));

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plans"_s);
        db.setDatabaseName(m_demo.databasePath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(db.open());
        qsizetype statements = 0;
        for (const WidgetResolution &w : resolution.widgets) {
            QVERIFY2(w.denied.isEmpty(), qPrintable(w.denied));
            if (!w.plan)
                continue;
            QSqlQuery explain(db);
            QVERIFY(explain.prepare(u"EXPLAIN QUERY PLAN "_s + w.plan->sql));
            for (const QVariant &value : w.plan->bindings)
                explain.addBindValue(value);
            QVERIFY2(explain.exec(), qPrintable(explain.lastError().text()));
            QStringList plan;
            while (explain.next())
                plan.append(explain.value(u"detail"_s).toString());
            QVERIFY2(
                    plan.join(u' ').contains(
                            u"SEARCH sales USING COVERING INDEX sales_distributor_cover (distributor=?)"_s),
                    qPrintable(w.plan->sql + u"\n"_s + plan.join(u'\n')));
            ++statements;
        }
        const Dashboard &dashboard = *m_demo.project.dashboard(slug);
        QCOMPARE(statements,
                 std::count_if(dashboard.widgets.cbegin(), dashboard.widgets.cend(),
                               [](const Widget &w) { return w.type != WidgetType::Text; }));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"plans"_s);
    }
};

QTEST_GUILESS_MAIN(TestDemoIndexes)
#include "tst_demoindexes.moc"
