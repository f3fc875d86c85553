// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/explanation.h"
#include "access/resolver.h"
#include "common/json.h"

#include "common/demofixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// A token filter or access policy on a column that no index leads on is named in the resolution's
// warnings (and so in the effective access inspector and query --explain); an indexed one is not.
class TestIndexWarnings : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo;
    bool m_indexed = true;
    bool m_dropped = false; // the demo's own index is gone

    static QString noIndex(const QString &dataset)
    {
        return u"column \"distributor\" of dataset \"%1\" has no index: filters on it scan the table"_s
                .arg(dataset);
    }

    // Drops the demo's tenant index from the fixture's database, or puts one leading on
    // distributor back (a plain one: which index it is does not matter to the warning).
    bool setIndexed(bool indexed)
    {
        if (indexed == m_indexed)
            return true;
        // The advisor notices a changed file by its modification time, to the millisecond.
        QThread::msleep(5);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            db.setDatabaseName(m_demo.databasePath());
            const bool opened = db.open();
            QSqlQuery query(db);
            ok = opened
                    && query.exec(
                            indexed ? u"CREATE INDEX sales_distributor ON sales (distributor)"_s
                                    : m_dropped ? u"DROP INDEX sales_distributor"_s
                                                : u"DROP INDEX sales_distributor_cover"_s);
            if (!ok)
                qWarning() << query.lastError().text();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
        m_indexed = indexed;
        m_dropped = m_dropped || !indexed;
        return ok;
    }

    QList<WidgetResolution> resolve(const Project &project, const QString &slug,
                                    const QString &profile) const
    {
        const Resolver resolver(project, m_demo.projectPath);
        const DashboardResolution resolution
                = resolver.resolve(*project.dashboard(slug), project.tenant(profile)->claims, {});
        return resolution.widgets;
    }

private slots:
    void initTestCase() { QVERIFY2(m_demo.ok(), qPrintable(m_demo.error)); }

    void warnings_data()
    {
        QTest::addColumn<bool>("indexed");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QStringList>("expected"); // every data widget's warnings, exactly
        const QStringList none;
        QTest::newRow("token filter, indexed")
                << true << u"Fiesty Fiesta — token filter"_s << u"chain-overview"_s << none;
        QTest::newRow("policy, indexed")
                << true << u"Farolito — access policy"_s << u"restaurant-overview"_s << none;
        QTest::newRow("token filter, no index")
                << false << u"Fiesty Fiesta — token filter"_s << u"chain-overview"_s
                << QStringList{noIndex(u"Sales"_s)};
        QTest::newRow("policy, no index")
                << false << u"Farolito — access policy"_s << u"restaurant-overview"_s
                << QStringList{noIndex(u"Restaurant sales"_s)};
        // A dashboard filter bound to a parameter is the analyst's own design, not a token filter.
        QTest::newRow("parameter override, no index") << false << u"Farolito — parameter override"_s
                                                      << u"distributor-performance"_s << none;
        // The tenant's own database narrows nothing: there is no filter to index.
        QTest::newRow("own database, no index")
                << false << u"El Tapatio — own database"_s << u"chain-overview"_s << none;
        QTest::newRow("token filter, index again")
                << true << u"Fiesty Fiesta — token filter"_s << u"chain-overview"_s << none;
    }

    void warnings()
    {
        QFETCH(bool, indexed);
        QFETCH(QString, profile);
        QFETCH(QString, slug);
        QFETCH(QStringList, expected);
        QVERIFY(setIndexed(indexed));
        int widgets = 0;
        for (const WidgetResolution &w : resolve(m_demo.project, slug, profile)) {
            QVERIFY2(w.denied.isEmpty(), qPrintable(w.denied));
            if (!w.plan)
                continue;
            QCOMPARE(w.warnings, expected);
            // What the inspector and query --explain show.
            Json warnings = Json::array();
            for (const QString &warning : expected)
                warnings.push_back(warning.toStdString());
            QCOMPARE(
                    QString::fromStdString(explainResolution(m_demo.project, w)["warnings"].dump()),
                    QString::fromStdString(warnings.dump()));
            ++widgets;
        }
        QVERIFY(widgets > 0);
    }

    void designViewDoesNotWarn()
    {
        QVERIFY(setIndexed(false));
        const Resolver resolver(m_demo.project, m_demo.projectPath);
        for (const WidgetResolution &w :
             resolver.resolveDesign(*m_demo.project.dashboard(u"chain-overview"_s), {}).widgets)
            QCOMPARE(w.warnings, QStringList());
    }

    void queryDatasetDoesNotWarn()
    {
        // Its own SQL decides what it reads; an index on the table it happens to select from may
        // or may not serve it.
        QVERIFY(setIndexed(false));
        Project project = m_demo.project;
        for (Dataset &d : project.datasets) {
            if (d.name == u"Sales"_s) {
                d.kind = Dataset::Kind::Query;
                d.sql = u"SELECT * FROM sales"_s;
                d.table.clear();
            }
        }
        for (const WidgetResolution &w :
             resolve(project, u"chain-overview"_s, u"Fiesty Fiesta — token filter"_s)) {
            QVERIFY2(w.denied.isEmpty(), qPrintable(w.denied));
            QCOMPARE(w.warnings, QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestIndexWarnings)
#include "tst_indexwarnings.moc"
