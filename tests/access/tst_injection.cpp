// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/dashboardrunner.h"
#include "access/resolver.h"
#include "common/json.h"
#include "data/queryexecutor.h"

#include "common/demofixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {
// Classic SQL-injection payloads; each is also tried after a real distributor's name and inside a
// placeholder, for ≥ 200 in all.
QStringList payloads()
{
    const QStringList base = {
            u"' OR '1'='1"_s,
            u"' OR 1=1 --"_s,
            u"\" OR \"\"=\""_s,
            u"'; DROP TABLE sales; --"_s,
            u"'; DELETE FROM sales; --"_s,
            u"1; UPDATE sales SET revenue = 0"_s,
            u"' UNION SELECT * FROM distributors --"_s,
            u"' UNION SELECT name, sql FROM sqlite_master --"_s,
            u"') OR ('a'='a"_s,
            u"admin'--"_s,
            u"' OR ''='"_s,
            u"%' OR '%'='"_s,
            u"%"_s,
            u"_"_s,
            u"*"_s,
            u"\\"_s,
            u"\\'"_s,
            u"''"_s,
            u"'"_s,
            u"\""_s,
            u"`"_s,
            u"/* comment */"_s,
            u"*/ OR 1=1 /*"_s,
            u"-- "_s,
            u"#"_s,
            u";"_s,
            u"; ATTACH DATABASE '/tmp/x' AS x; --"_s,
            u"' AND 1=0 UNION ALL SELECT 1,2,3 --"_s,
            u"1' ORDER BY 1 --"_s,
            u"' HAVING 1=1 --"_s,
            u"' GROUP BY distributor --"_s,
            u"'||(SELECT 1)||'"_s,
            u"' || 'x"_s,
            u"x' COLLATE NOCASE --"_s,
            u"' AND sleep(5) --"_s,
            u"'; SELECT load_extension('x'); --"_s,
            u"randomblob(1000000000)"_s,
            u"' OR distributor LIKE '%"_s,
            u"Farolito' --"_s,
            u"Farolito'; --"_s,
            u"Farolito\" --"_s,
            u"${{ restaurant_name }}"_s,
            u"${{ ${{ x }} }}"_s,
            u"${{"_s,
            u"}}"_s,
            u"$"_s,
            u"?"_s,
            u"?1"_s,
            u":name"_s,
            u"@p"_s,
            u"$1"_s,
            QString(u"nul\0byte"_s),
            QString(1, QChar(0)),
            QString::fromUtf8("\xC0\xA7 overlong"),
            QString::fromUtf8("\xE0\x80\xA7"),
            u"\u202e reversed"_s,
            u"\U0001F32F burrito"_s,
            u"NULL"_s,
            u"null"_s,
            u"0x27"_s,
            u"CHAR(39)"_s,
            u"' OR 1=1 LIMIT 1 OFFSET 1 --"_s,
            QString(300, u'\''),
            u"\n' OR 1=1\r\n--"_s,
            u" "_s,
            QString(),
    };
    QStringList all = base;
    for (const QString &p : base) {
        all.append(u"Farolito"_s + p);
        all.append(p + u"Farolito"_s);
        all.append(u"${{ "_s + p + u" }}"_s);
    }
    return all;
}
} // namespace

// ≥ 200 injection payloads as parameter overrides, token filter values, policy values and
// metadata: each returns only the rows whose value equals the payload literally, and the database
// is unchanged afterwards.
class TestInjection : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo{2000, 5};
    Project m_project;
    QString m_parameterDashboard, m_filterDashboard, m_policyDashboard, m_probeDataset;
    QStringList m_payloads = payloads();
    QHash<QString, int> m_planted; // distributor name → its rows, payloads planted among them
    QByteArray m_hash;
    QHash<QString, QString> m_sql; // dashboard id → the one statement its probes run

    QByteArray databaseHash() const
    {
        QFile file(m_demo.databasePath());
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    Dashboard probe(const QString &title, const QString &datasetId)
    {
        const Dataset &dataset = *m_project.dataset(datasetId);
        Dashboard d;
        d.id = Tests::DemoFixture::newId();
        d.slug = title.toLower().replace(u' ', u'-');
        d.title = title;
        Widget table;
        table.id = Tests::DemoFixture::newId();
        table.type = WidgetType::Table;
        table.title = u"Rows"_s;
        table.datasetId = datasetId;
        table.dimensions = {{dataset.columnByName(u"id"_s)->id, TimeGrain::None},
                            {dataset.columnByName(u"distributor"_s)->id, TimeGrain::None}};
        d.widgets.append(table);
        return d;
    }

    // Every row's distributor equals `payload`, and there are `expected` of them (default: as
    // many as were planted).
    void check(const Dashboard &dashboard, const Json &claims, const QString &payload,
               int expected = -1)
    {
        const Resolver resolver(m_project, m_demo.projectPath);
        Resolver::Options options;
        options.pageSize = 100000;
        const DashboardResolution resolution = resolver.resolve(dashboard, claims, options);
        QVERIFY2(resolution.error.isEmpty(), qPrintable(resolution.error));
        QueryExecutor executor(1);
        const QList<WidgetRun> runs = DashboardRunner(executor).run(dashboard, resolution);
        const WidgetRun &run = runs.first();
        QVERIFY2(run.resolution.denied.isEmpty(), qPrintable(run.resolution.denied));
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        // The statement does not depend on the value at all: every payload gets the same SQL text.
        const QString &sql = run.resolution.plan->sql;
        QCOMPARE(m_sql.value(dashboard.id, sql), sql);
        m_sql.insert(dashboard.id, sql);
        for (const QVariantList &row : run.result.rows)
            QCOMPARE(row.at(1).toString(), payload);
        QCOMPARE(int(run.result.rows.size()), expected >= 0 ? expected : m_planted.value(payload));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        QVERIFY(m_payloads.size() >= 200);
        // Plant rows whose distributor is literally one of some payloads, so that exact matching
        // has something to find.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plant"_s);
            db.setDatabaseName(m_demo.databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(
                    u"INSERT INTO sales (sale_date, distributor, distributor_id, region, product, "
                    u"promotion, "
                    "quantity, unit_price, revenue, cost) VALUES ('2025-01-01', ?, 0, 'West', 'Test', NULL, 1, 1, 1, 1)"_s);
            for (int i = 0; i < m_payloads.size(); i += 7) {
                for (int n = 0; n <= i % 3; ++n) {
                    q.addBindValue(m_payloads[i]);
                    QVERIFY(q.exec());
                }
            }
            // The oracle: how many rows carry each distributor name, compared in C++.
            m_planted.clear();
            QVERIFY(q.exec(u"SELECT distributor FROM sales"_s));
            while (q.next())
                m_planted[q.value(0).toString()] += 1;
            db.close();
        }
        QSqlDatabase::removeDatabase(u"plant"_s);

        QVERIFY(std::count_if(m_payloads.cbegin(), m_payloads.cend(),
                              [&](const QString &p) { return m_planted.value(p) > 0; })
                >= 30);
        m_project = m_demo.project;
        const Dataset &sales = m_demo.dataset(u"Sales"_s);
        // A dataset of its own for the policy, so the policy does not touch the other probes.
        Dataset probeSales = sales;
        probeSales.id = m_probeDataset = Tests::DemoFixture::newId();
        probeSales.name = u"Probe sales"_s;
        for (Column &c : probeSales.columns)
            c.id = Tests::DemoFixture::newId();
        m_project.datasets.append(probeSales);
        AccessPolicy policy;
        policy.id = Tests::DemoFixture::newId();
        policy.name = u"Probe policy"_s;
        policy.datasetId = probeSales.id;
        policy.columns = {u"*"_s};
        policy.rows.append({probeSales.columnByName(u"distributor"_s)->id,
                            PolicyOperator::Equals,
                            u"${{ who }}"_s,
                            {},
                            {}});
        m_project.accessPolicies.append(policy);

        Dashboard withParameter = probe(u"Parameter probe"_s, sales.id);
        Parameter who;
        who.id = Tests::DemoFixture::newId();
        who.name = u"who"_s;
        who.type = ColumnType::Text;
        who.defaultValue = u"Demo Burrito Shop"_s;
        withParameter.parameters.append(who);
        Filter byWho;
        byWho.id = Tests::DemoFixture::newId();
        byWho.datasetId = sales.id;
        byWho.columnId = sales.columnByName(u"distributor"_s)->id;
        byWho.parameterId = who.id;
        withParameter.filters.append(byWho);
        m_parameterDashboard = withParameter.id;
        const Dashboard withFilter = probe(u"Filter probe"_s, sales.id);
        m_filterDashboard = withFilter.id;
        const Dashboard withPolicy = probe(u"Policy probe"_s, probeSales.id);
        m_policyDashboard = withPolicy.id;
        m_project.dashboards += {withParameter, withFilter, withPolicy};
        m_hash = databaseHash();
    }

    void asParameterOverride()
    {
        const Dashboard &d = *m_project.dashboard(m_parameterDashboard);
        for (const QString &p : std::as_const(m_payloads)) {
            check(d,
                  {{"securables", {d.id.toStdString()}},
                   {"parameter_overrides", {{"who", p.toStdString()}}}},
                  p);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"payload: "_s + p));
        }
    }

    void asFilterValue()
    {
        const Dashboard &d = *m_project.dashboard(m_filterDashboard);
        const Dataset &sales = m_demo.dataset(u"Sales"_s);
        for (const QString &p : std::as_const(m_payloads)) {
            const Json filter{{"clause", "where"},
                              {"origin", "global"},
                              {"securable_id", sales.id.toStdString()},
                              {"column_id", sales.columnByName(u"distributor"_s)->id.toStdString()},
                              {"expression", "? = ?"},
                              {"value", p.toStdString()}};
            check(d, {{"securables", {d.id.toStdString()}}, {"filters", {filter}}}, p);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"payload: "_s + p));
        }
    }

    void asPolicyValue()
    {
        const Dashboard &d = *m_project.dashboard(m_policyDashboard);
        for (const QString &p : std::as_const(m_payloads)) {
            check(d,
                  {{"securables", {d.id.toStdString()}},
                   {"policy_values", {{"who", p.toStdString()}}}},
                  p);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"payload: "_s + p));
        }
    }

    void asMetadata()
    {
        // Metadata is for broker plugins: it never reaches SQL; with a policy value it changes
        // nothing.
        const Dashboard &d = *m_project.dashboard(m_policyDashboard);
        const int farolito = m_planted.value(u"Farolito"_s);
        QVERIFY(farolito > 0);
        for (const QString &p : std::as_const(m_payloads)) {
            check(d,
                  {{"securables", {d.id.toStdString()}},
                   {"policy_values", {{"who", "Farolito"}}},
                   {"metadata", {{"who", p.toStdString()}, {"nested", {p.toStdString()}}}}},
                  u"Farolito"_s, farolito);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"payload: "_s + p));
        }
    }

    void databaseUnchanged() { QCOMPARE(databaseHash(), m_hash); }
};

QTEST_GUILESS_MAIN(TestInjection)
#include "tst_injection.moc"
