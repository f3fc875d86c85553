// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/dashboardrunner.h"
#include "access/resolver.h"
#include "data/queryexecutor.h"
#include "data/queryplanner.h"
#include "data/sqldialect.h"

#include "common/demofixture.h"
#include "common/sqlitefixture.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using Json = nlohmann::ordered_json;

// A tenant whose own database (an account override) lacks a column the project names: every token
// filter expression and every access-policy rule on that column denies the widget, naming the
// column and the database, and never answers. Before, SQLite read `"distributor" <> ?` as the
// text "distributor" compared with the value: every row matched, the whole chain's revenue was
// shown, and `--explain` listed the filter as applied.
class TestMissingColumn : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo;
    const QString m_lacking = u"tenant-without-distributor.sqlite"_s;
    const QString m_complete = u"tenant-complete.sqlite"_s;

    QString expectedDenial(const QString &dataset) const
    {
        return u"column \"distributor\" of dataset \"%1\" does not exist in database \"%2\""_s.arg(
                dataset, m_lacking);
    }
    const Dashboard &dashboard(const QString &slug) const
    {
        return *m_demo.project.dashboard(slug);
    }
    std::string accountId() const { return m_demo.project.accounts.first().id.toStdString(); }

    // The widgets of `slug` whose own statement (the design view's) does not name `column`: a
    // denial of one of them can only come from the token filter or the policy.
    QStringList widgetsNotNaming(const Project &project, const QString &slug,
                                 const QString &column) const
    {
        QStringList ids;
        const SqliteDialect dialect; // the planner keeps a reference to it
        const QueryPlanner planner(project, dialect);
        for (const Widget &w : project.dashboard(slug)->widgets) {
            if (w.type == WidgetType::Text)
                continue;
            const auto plan = planner.plan(*project.dashboard(slug), w);
            if (std::holds_alternative<QueryPlan>(plan)
                && !std::get<QueryPlan>(plan).sourceColumns.contains(column))
                ids.append(w.id);
        }
        return ids;
    }

    // Runs the claims on `database`; checks that every data widget is denied with `reason` (none:
    // answered) and that the witnesses are among them.
    void check(const Project &project, const QString &slug, Json claims, const QString &database,
               const QString &reason)
    {
        claims["account_overrides"] = {{accountId(), {{"database", database.toStdString()}}}};
        const Resolver resolver(project, m_demo.projectPath);
        const Dashboard &d = *project.dashboard(slug);
        const DashboardResolution resolution = resolver.resolve(d, claims, {});
        QVERIFY2(resolution.error.isEmpty(), qPrintable(resolution.error));
        QueryExecutor executor(2);
        const QList<WidgetRun> runs = DashboardRunner(executor).run(d, resolution);
        const QStringList witnesses = widgetsNotNaming(project, slug, u"distributor"_s);
        QVERIFY(!witnesses.isEmpty());
        int data = 0;
        for (const WidgetRun &run : runs) {
            if (run.type == WidgetType::Text)
                continue;
            ++data;
            QCOMPARE(run.resolution.denied, reason);
            if (reason.isEmpty()) {
                QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            } else {
                QVERIFY(!run.resolution.plan); // nothing to run, nothing ran
                QVERIFY(run.result.rows.isEmpty());
                QVERIFY(run.error.isEmpty());
            }
        }
        QVERIFY(data > 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        const QString folder = m_demo.dir.path() + u'/';
        for (const QString &copy : {m_lacking, m_complete})
            QVERIFY(QFile::copy(m_demo.databasePath(), folder + copy));
        const QString error
                = Tests::createSqliteDatabase(folder + m_lacking,
                                              {u"DROP INDEX IF EXISTS sales_distributor_cover"_s,
                                               u"ALTER TABLE sales DROP COLUMN distributor"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void tokenFilter_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("value"); // JSON; empty: none
        const QString one = uR"("Fiesty Fiesta")"_s;
        QTest::newRow("=") << u"? = ?"_s << one;
        QTest::newRow("!=") << u"? != ?"_s << one;
        QTest::newRow("in") << u"? in ?"_s << uR"(["Fiesty Fiesta", "Farolito"])"_s;
        QTest::newRow("not in") << u"? not in ?"_s << uR"(["Fiesty Fiesta"])"_s;
        QTest::newRow("<") << u"? < ?"_s << one;
        QTest::newRow("<=") << u"? <= ?"_s << one;
        QTest::newRow(">") << u"? > ?"_s << one;
        QTest::newRow(">=") << u"? >= ?"_s << one;
        QTest::newRow("between") << u"? between ?"_s << uR"(["A", "M"])"_s;
        QTest::newRow("like") << u"? like ?"_s << uR"("Fiesty%")"_s;
        QTest::newRow("is null") << u"? is null"_s << QString();
        QTest::newRow("is not null") << u"? is not null"_s << QString();
    }

    void tokenFilter()
    {
        QFETCH(QString, expression);
        QFETCH(QString, value);
        Json filter = {{"clause", "where"},
                       {"origin", "global"},
                       {"securable_id", m_demo.dataset(u"Sales"_s).id.toStdString()},
                       {"column_id", m_demo.column(u"Sales"_s, u"distributor"_s).id.toStdString()},
                       {"expression", expression.toStdString()}};
        if (!value.isEmpty())
            filter["value"] = Json::parse(value.toStdString());
        const Json claims = {{"securables", {dashboard(u"chain-overview"_s).id.toStdString()}},
                             {"filters", Json::array({filter})}};
        // The control: the same claims on a complete copy are answered, so the denial below is the
        // missing column's and nothing else's.
        check(m_demo.project, u"chain-overview"_s, claims, m_complete, {});
        check(m_demo.project, u"chain-overview"_s, claims, m_lacking, expectedDenial(u"Sales"_s));
    }

    void policyColumn_data()
    {
        QTest::addColumn<bool>("nested"); // the column only in an OR rule under another column's
        QTest::newRow("rule") << false;
        QTest::newRow("OR rule") << true;
    }

    void policyColumn()
    {
        QFETCH(bool, nested);
        Project project = m_demo.project;
        QVERIFY(!project.accessPolicies.isEmpty());
        AccessPolicy &policy = project.accessPolicies.first();
        const Dataset *dataset = project.dataset(policy.datasetId);
        QVERIFY(dataset);
        const Column *distributor = dataset->columnByName(u"distributor"_s);
        const Column *region = dataset->columnByName(u"region"_s);
        QVERIFY(distributor && region);
        QCOMPARE(policy.rows.size(), 1);
        QCOMPARE(policy.rows.first().columnId, distributor->id);
        if (nested) {
            // "region IS_NOT_NULL OR distributor EQUALS …": with the column read as a constant
            // the OR would not even need it to match.
            PolicyRule outer;
            outer.columnId = region->id;
            outer.op = PolicyOperator::IsNotNull;
            outer.orRules = {policy.rows.first()};
            policy.rows = {outer};
        }
        const Json claims = {{"securables", {dashboard(u"restaurant-overview"_s).id.toStdString()}},
                             {"policy_values", {{"restaurant_name", "Farolito"}}}};
        check(project, u"restaurant-overview"_s, claims, m_complete, {});
        check(project, u"restaurant-overview"_s, claims, m_lacking, expectedDenial(dataset->name));
    }

    // The design view never reaches a tenant's database; the project's own is complete.
    void designViewUnaffected()
    {
        const Resolver resolver(m_demo.project, m_demo.projectPath);
        const DashboardResolution resolution
                = resolver.resolveDesign(dashboard(u"chain-overview"_s), {});
        for (const WidgetResolution &w : resolution.widgets)
            QVERIFY2(w.denied.isEmpty(), qPrintable(w.denied));
    }
};

QTEST_GUILESS_MAIN(TestMissingColumn)
#include "tst_missingcolumn.moc"
