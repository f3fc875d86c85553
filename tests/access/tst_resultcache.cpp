// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The embed server's result cache under the resolution engine: a tenant only ever gets rows of
// its own statements, whatever order requests come in, and never rows older than the database.
#include "common/demofixture.h"
#include "common/sqlitefixture.h"

#include "access/dashboardrunner.h"
#include "access/viewer.h"
#include "data/queryexecutor.h"
#include "data/resultcache.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests;

namespace {

// The rows of every widget, in order; denials as their reason.
QList<QList<QVariantList>> rowsOf(const QList<WidgetRun> &runs)
{
    QList<QList<QVariantList>> rows;
    for (const WidgetRun &run : runs)
        rows.append(run.resolution.denied.isEmpty() ? run.result.rows
                                                    : QList<QVariantList>{{run.resolution.denied}});
    return rows;
}

} // namespace

class TestResultCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_demo.ok(), qPrintable(m_demo.error)); }
    void tenantsNeverShareRows();
    void writeMakesEntriesStale();
    void replacedFileMakesEntriesStale();
    void ttlAndSizeBound();
    void keysSeparateValuesOfDifferentTypes();

private:
    QList<Viewer> viewers() const;
    DemoFixture m_demo{3000};
};

QList<Viewer> TestResultCache::viewers() const
{
    // Every tenant profile, plus the policy profile once per restaurant: same SQL text, different
    // bound values.
    QList<Viewer> viewers;
    QString error;
    for (const TenantProfile &t : m_demo.project.tenants) {
        if (auto v = Viewer::profile(m_demo.project, t, &error))
            viewers.append(*v);
        if (t.claims.contains("policy_values")) {
            for (const char *restaurant : {"El Tapatio", "Fiesty Fiesta", "La Taqueria"}) {
                Json claims = t.claims;
                claims["policy_values"]["restaurant_name"] = restaurant;
                if (auto v = Viewer::claims(m_demo.project, claims, u"test"_s, &error))
                    viewers.append(*v);
            }
        }
    }
    viewers.append(Viewer::design());
    return viewers;
}

void TestResultCache::tenantsNeverShareRows()
{
    const QList<Viewer> all = viewers();
    QVERIFY(all.size() >= 8);
    QueryExecutor executor(4);
    // What each viewer gets from every dashboard without a cache.
    QHash<QPair<int, QString>, QList<QList<QVariantList>>> expected;
    for (int v = 0; v < all.size(); ++v) {
        for (const Dashboard &d : m_demo.project.dashboards)
            expected.insert({v, d.id},
                            rowsOf(all[v].run(m_demo.project, m_demo.projectPath, d, executor)));
    }
    // Distinct viewers do see different rows somewhere, or the test would prove nothing.
    QSet<QString> distinct;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        distinct.insert(QString::number(qHash(QVariant::fromValue(it.value()).toString()))
                        + it.key().second);

    ResultCache cache;
    QRandomGenerator random(20261207);
    int checked = 0;
    for (int i = 0; i < 400; ++i) {
        const int v = int(random.bounded(all.size()));
        const Dashboard &d
                = m_demo.project.dashboards[random.bounded(m_demo.project.dashboards.size())];
        const DashboardResolution resolution
                = all[v].resolve(m_demo.project, m_demo.projectPath, d);
        const QList<WidgetRun> runs
                = DashboardRunner(executor, u"viewer%1"_s.arg(v), &cache).run(d, resolution);
        QCOMPARE(rowsOf(runs), expected.value({v, d.id}));
        ++checked;
    }
    const ResultCache::Stats stats = cache.stats();
    QVERIFY2(stats.hits > stats.misses, "the cache was hardly used: the test proves little");
    QCOMPARE(checked, 400);
}

void TestResultCache::writeMakesEntriesStale()
{
    DemoFixture demo(500);
    QVERIFY(demo.ok());
    const Dashboard &dashboard = demo.project.dashboards.first();
    QueryExecutor executor(2);
    ResultCache cache;
    const Viewer viewer = Viewer::design();
    const auto run = [&] {
        return rowsOf(
                DashboardRunner(executor, {}, &cache)
                        .run(dashboard, viewer.resolve(demo.project, demo.projectPath, dashboard)));
    };
    const auto before = run();
    QCOMPARE(run(), before);
    QVERIFY(cache.stats().hits > 0);
    // Another connection writes: PRAGMA data_version changes for the cache's own connection.
    QCOMPARE(createSqliteDatabase(demo.databasePath(),
                                  {u"UPDATE sales SET revenue = revenue * 2"_s}),
             QString());
    const auto after = run();
    QVERIFY(after != before);
    const auto uncached = rowsOf(viewer.run(demo.project, demo.projectPath, dashboard, executor));
    QCOMPARE(after, uncached);
}

void TestResultCache::replacedFileMakesEntriesStale()
{
    DemoFixture demo(500);
    QVERIFY(demo.ok());
    DemoFixture other(500, 99); // same schema, other rows
    QVERIFY(other.ok());
    const Dashboard &dashboard = demo.project.dashboards.first();
    QueryExecutor executor(2);
    ResultCache cache;
    const Viewer viewer = Viewer::design();
    const auto run = [&] {
        return rowsOf(
                DashboardRunner(executor, {}, &cache)
                        .run(dashboard, viewer.resolve(demo.project, demo.projectPath, dashboard)));
    };
    const auto before = run();
    // A new database deployed under the old name, by a rename as a deploy would: the cache's
    // entries and the worker's open connection both belong to the old file.
    const QString staged = demo.databasePath() + u".new"_s;
    QVERIFY(QFile::copy(other.databasePath(), staged));
    QVERIFY(::rename(QFile::encodeName(staged).constData(),
                     QFile::encodeName(demo.databasePath()).constData())
            == 0);
    const auto after = run();
    QVERIFY(after != before);
    QueryExecutor fresh(1);
    QCOMPARE(after, rowsOf(viewer.run(demo.project, demo.projectPath, dashboard, fresh)));
    // And a write to the new file is seen too (the cache's probe follows the file).
    QCOMPARE(createSqliteDatabase(demo.databasePath(),
                                  {u"UPDATE sales SET revenue = revenue + 1"_s}),
             QString());
    QVERIFY(run() != after);
}

void TestResultCache::ttlAndSizeBound()
{
    ConnectionSpec spec;
    spec.type = AccountType::Sqlite;
    spec.sqlitePath = m_demo.databasePath();
    QueryResult result;
    result.columns = {u"a"_s};
    for (int i = 0; i < 100; ++i)
        result.rows.append({QString(100, u'x')});

    ResultCache expiring({1024 * 1024, std::chrono::milliseconds(50)});
    const auto lookup = expiring.find("k", spec);
    expiring.insert("k", lookup.version, result);
    QVERIFY(expiring.find("k", spec).result);
    QTest::qWait(80);
    QVERIFY(!expiring.find("k", spec).result);

    ResultCache small({200 * 1024, std::chrono::seconds(60)});
    for (int i = 0; i < 50; ++i) {
        const QByteArray key = QByteArray::number(i);
        small.insert(key, small.find(key, spec).version, result);
    }
    QVERIFY(small.stats().bytes <= 200 * 1024);
    QVERIFY(small.stats().entries < 50);
    QVERIFY(small.find("49", spec).result); // the newest stays
    QVERIFY(!small.find("0", spec).result); // the oldest went

    QueryResult failed;
    failed.error = u"no such table"_s;
    small.insert("failed", small.find("failed", spec).version, failed);
    QVERIFY(!small.find("failed", spec).result);
}

void TestResultCache::keysSeparateValuesOfDifferentTypes()
{
    ConnectionSpec spec;
    spec.sqlitePath = m_demo.databasePath();
    QueryPlan a;
    a.sql = u"SELECT ? "_s;
    a.bindings = {1};
    QueryPlan b = a;
    b.bindings = {u"1"_s};
    QVERIFY(ResultCache::keyFor(spec, a) != ResultCache::keyFor(spec, b));
    ConnectionSpec otherUser = spec;
    otherUser.type = AccountType::Postgresql;
    otherUser.user = u"tenant_a"_s;
    ConnectionSpec otherUser2 = otherUser;
    otherUser2.user = u"tenant_b"_s;
    QVERIFY(ResultCache::keyFor(otherUser, a) != ResultCache::keyFor(otherUser2, a));
    ConnectionSpec otherPassword = otherUser;
    otherPassword.password = u"x"_s;
    QVERIFY(ResultCache::keyFor(otherUser, a) != ResultCache::keyFor(otherPassword, a));
}

QTEST_GUILESS_MAIN(TestResultCache)
#include "tst_resultcache.moc"
