// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/explanation.h"
#include "access/viewer.h"
#include "common/json.h"
#include "data/queryexecutor.h"
#include "document/jsonvalue.h"

#include "common/demofixture.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// What an embedded viewer may choose, on the demo: parameters a token must override, the values a
// viewer sets in viewer-editable dashboard filters (never more than their token and the policies
// allow), and the choices such a filter offers, computed under the viewer's own resolution.
class TestViewerFilters : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo;
    // chain-overview (dataset "Sales", no policy) with filters of the test's own, by key.
    Dashboard m_chain;
    QHash<QString, QString> m_filterIds;

    const Dashboard &dashboard(const QString &slug) const
    {
        return *m_demo.project.dashboard(slug);
    }
    const Dashboard &dashboardFor(const QString &slug) const
    {
        return slug == u"chain-overview"_s ? m_chain : dashboard(slug);
    }
    Filter filterOn(const QString &key, const QString &columnName, FilterExpression expression)
    {
        const Dataset &sales = m_demo.dataset(u"Sales"_s);
        Filter f;
        f.id = Tests::DemoFixture::newId();
        f.datasetId = sales.id;
        f.columnId = sales.columnByName(columnName)->id;
        f.expression = expression;
        m_filterIds.insert(key, f.id);
        return f;
    }
    // "" is the design view; else a tenant profile's name, or claims as JSON text.
    Viewer viewerFor(const QString &who) const
    {
        if (who.isEmpty())
            return Viewer::design();
        QString error;
        std::optional<Viewer> viewer = who.startsWith(u'{')
                ? Viewer::claims(m_demo.project, Json::parse(who.toStdString()), {}, &error)
                : Viewer::profile(m_demo.project, who, &error);
        if (!viewer)
            qFatal("no viewer %s: %s", qPrintable(who), qPrintable(error));
        return *viewer;
    }
    // The distinct values of the first column over a run's rows, sorted.
    static QStringList firstColumn(const QueryResult &result)
    {
        QStringList values;
        for (const QVariantList &row : result.rows) {
            if (!values.contains(row.at(0).toString()))
                values.append(row.at(0).toString());
        }
        values.sort();
        return values;
    }
    // The restaurants a dashboard's "by distributor" widget shows this viewer, after the filters.
    QStringList distributorsShown(const QList<WidgetRun> &runs, const Dashboard &d)
    {
        for (const WidgetRun &run : runs) {
            const Widget *w = d.widget(run.resolution.widgetId);
            if (!w || w->dimensions.isEmpty())
                continue;
            const Dataset *dataset = m_demo.project.dataset(w->datasetId);
            if (dataset->column(w->dimensions.first().columnId)->name != u"distributor"_s)
                continue;
            if (!run.resolution.denied.isEmpty() || !run.error.isEmpty())
                return {u"(denied) "_s + run.resolution.denied + run.error};
            return firstColumn(run.result);
        }
        return {u"(no distributor widget)"_s};
    }
    QStringList allDistributors()
    {
        QueryExecutor executor(1);
        const WidgetResolution choices = Viewer::design().filterChoices(
                m_demo.project, m_demo.projectPath, m_chain, m_filterIds.value(u"distributor"_s));
        return firstColumn(executor.submit(u"all"_s, choices.connection, *choices.plan).result());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        m_chain = dashboard(u"chain-overview"_s);
        Filter distributor = filterOn(u"distributor"_s, u"distributor"_s, FilterExpression::In);
        distributor.label = u"Distributor"_s;
        distributor.viewerEditable = true;
        Filter minimum = filterOn(u"minimum"_s, u"revenue"_s, FilterExpression::GreaterOrEqual);
        minimum.label = u"Minimum revenue"_s;
        minimum.viewerEditable = true;
        // Part of the design, not the viewer's: and it would hide every row from the choices if
        // they were computed with the dashboard's own filters.
        Filter fixed = filterOn(u"fixed"_s, u"product"_s, FilterExpression::NotEquals);
        fixed.label = u"Fixed"_s;
        fixed.value = u"no such product"_s;
        m_chain.filters = {distributor, minimum, fixed};
        m_filterIds.insert(u"restaurant"_s, dashboard(u"restaurant-overview"_s).filters[0].id);
        m_filterIds.insert(u"performance"_s, dashboard(u"distributor-performance"_s).filters[0].id);
        QVERIFY(dashboard(u"restaurant-overview"_s).filters[0].viewerEditable);
        QVERIFY(allDistributors().size() > 3);
    }

    void requiredParameter_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("denied"); // every widget's, text included; empty: none
        const QString reason
                = u"parameter \"distributor\" is required in the token, which does not override it"_s;
        QTest::newRow("forgotten") << u"Forgetful tenant — no override"_s << true << reason;
        QTest::newRow("forgotten, not required")
                << u"Forgetful tenant — no override"_s << false << QString();
        QTest::newRow("overridden") << u"Farolito — parameter override"_s << true << QString();
        QTest::newRow("design view") << QString() << true << QString();
    }

    void requiredParameter()
    {
        QFETCH(QString, who);
        QFETCH(bool, required);
        QFETCH(QString, denied);
        Dashboard d = dashboard(u"distributor-performance"_s);
        d.parameters[0].requiredInToken = required;
        const DashboardResolution resolution
                = viewerFor(who).resolve(m_demo.project, m_demo.projectPath, d);
        QVERIFY2(resolution.error.isEmpty(), qPrintable(resolution.error));
        QCOMPARE(resolution.widgets.size(), d.widgets.size());
        for (const WidgetResolution &w : resolution.widgets) {
            QCOMPARE(w.denied, denied);
            // query --explain says why.
            const Json explained = explainResolution(m_demo.project, w);
            QCOMPARE(explained["denied"].is_null(), denied.isEmpty());
        }
    }

    void filterValues_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("filter");    // a key of m_filterIds, else the id itself
        QTest::addColumn<QString>("value");     // JSON
        QTest::addColumn<QString>("error");     // %I: the filter's id; empty: none
        QTest::addColumn<QStringList>("shown"); // the distributors shown; "*": all of them

        const QStringList two{u"Farolito"_s, u"Fiesty Fiesta"_s};
        QTest::newRow("design view") << u"chain-overview"_s << QString() << u"distributor"_s
                                     << uR"(["Farolito", "Fiesty Fiesta"])"_s << QString() << two;
        QTest::newRow("cleared with null") << u"chain-overview"_s << QString() << u"distributor"_s
                                           << u"null"_s << QString() << QStringList{u"*"_s};
        QTest::newRow("cleared with an empty list")
                << u"chain-overview"_s << QString() << u"distributor"_s << u"[]"_s << QString()
                << QStringList{u"*"_s};
        QTest::newRow("token filter applies on top")
                << u"chain-overview"_s << u"Fiesty Fiesta — token filter"_s << u"distributor"_s
                << uR"(["Farolito", "Fiesty Fiesta"])"_s << QString()
                << QStringList{u"Fiesty Fiesta"_s};
        QTest::newRow("token filter, another restaurant only")
                << u"chain-overview"_s << u"Fiesty Fiesta — token filter"_s << u"distributor"_s
                << uR"(["Farolito"])"_s << QString() << QStringList();
        QTest::newRow("policy applies on top")
                << u"restaurant-overview"_s << u"Farolito — access policy"_s << u"restaurant"_s
                << uR"(["Farolito", "Fiesty Fiesta"])"_s << QString() << QStringList{u"Farolito"_s};
        QTest::newRow("policy, another restaurant only")
                << u"restaurant-overview"_s << u"Farolito — access policy"_s << u"restaurant"_s
                << uR"(["Fiesty Fiesta"])"_s << QString() << QStringList();
        QTest::newRow("number filter") << u"chain-overview"_s << QString() << u"minimum"_s << u"0"_s
                                       << QString() << QStringList{u"*"_s};
        QTest::newRow("number filter, high") << u"chain-overview"_s << QString() << u"minimum"_s
                                             << u"1e12"_s << QString() << QStringList();

        QTest::newRow("unknown filter")
                << u"chain-overview"_s << QString() << u"no-such-filter"_s << uR"("x")"_s
                << u"no filter \"no-such-filter\" on this dashboard"_s << QStringList();
        QTest::newRow("another dashboard's filter")
                << u"chain-overview"_s << u"Fiesty Fiesta — token filter"_s << u"performance"_s
                << uR"("Farolito")"_s << u"no filter \"%I\" on this dashboard"_s << QStringList();
        QTest::newRow("not viewer-editable")
                << u"chain-overview"_s << u"Fiesty Fiesta — token filter"_s << u"fixed"_s
                << uR"("x")"_s << u"filter \"%I\" is not viewer-editable"_s << QStringList();
        QTest::newRow("not a number")
                << u"chain-overview"_s << QString() << u"minimum"_s << uR"("lots")"_s
                << u"filter \"Minimum revenue\": is not a valid number value for column \"revenue\""_s
                << QStringList();
        QTest::newRow("a list for one value")
                << u"chain-overview"_s << QString() << u"minimum"_s << u"[1, 2]"_s
                << u"filter \"Minimum revenue\": expression \"? >= ?\" takes one value, not a list"_s
                << QStringList();
        QTest::newRow("one value for a list")
                << u"restaurant-overview"_s << u"Farolito — access policy"_s << u"restaurant"_s
                << uR"("Farolito")"_s
                << u"filter \"Restaurant\": \"? in ?\" takes a non-empty list of values"_s
                << QStringList();
    }

    void filterValues()
    {
        QFETCH(QString, slug);
        QFETCH(QString, who);
        QFETCH(QString, filter);
        QFETCH(QString, value);
        QFETCH(QString, error);
        QFETCH(QStringList, shown);
        const QString id = m_filterIds.value(filter, filter);
        error.replace(u"%I"_s, id);
        const Dashboard &d = dashboardFor(slug);
        QueryExecutor executor(2);
        if (shown == QStringList{u"*"_s}) // what the widget shows with no value set
            shown = distributorsShown(
                    viewerFor(who).run(m_demo.project, m_demo.projectPath, d, executor), d);
        Resolver::Options options;
        options.filterValues.insert(id, variantFromJson(Json::parse(value.toStdString())));
        const Viewer viewer = viewerFor(who);
        const DashboardResolution resolution
                = viewer.resolve(m_demo.project, m_demo.projectPath, d, options);
        QCOMPARE(resolution.error, error);
        if (!error.isEmpty()) {
            QVERIFY(resolution.widgets.isEmpty()); // nothing resolved
            return;
        }
        const QList<WidgetRun> runs
                = viewer.run(m_demo.project, m_demo.projectPath, d, executor, options);
        QCOMPARE(distributorsShown(runs, d), shown);
        bool said = false;
        for (const WidgetRun &run : runs) {
            for (const Json &applied : run.resolution.applied)
                said = said || applied["kind"] == "viewer_filter";
        }
        QVERIFY(said);
    }

    // The viewer's pick replaces an initial value an "initialization" token filter set; the
    // policy still holds.
    void viewerValueReplacesTheInitialValue()
    {
        const Dashboard &d = dashboard(u"restaurant-overview"_s);
        const Dataset &restaurantSales = m_demo.dataset(u"Restaurant sales"_s);
        Json claims = m_demo.project.tenant(u"Farolito — access policy"_s)->claims;
        claims["filters"] = Json::array(
                {{{"clause", "where"},
                  {"origin", "initialization"},
                  {"securable_id", utf8(restaurantSales.id)},
                  {"column_id", utf8(restaurantSales.columnByName(u"distributor"_s)->id)},
                  {"expression", "? in ?"},
                  {"value", Json::array({"Fiesty Fiesta"})}}});
        const Viewer viewer = viewerFor(QString::fromStdString(claims.dump()));
        QueryExecutor executor(2);
        QCOMPARE(distributorsShown(viewer.run(m_demo.project, m_demo.projectPath, d, executor), d),
                 QStringList());
        Resolver::Options options;
        options.filterValues.insert(d.filters[0].id, QVariantList{u"Farolito"_s});
        QCOMPARE(distributorsShown(
                         viewer.run(m_demo.project, m_demo.projectPath, d, executor, options), d),
                 QStringList{u"Farolito"_s});
    }

    void choices_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("denied");     // %I the filter's id; empty: not denied
        QTest::addColumn<QStringList>("values"); // "*": every distributor

        QTest::newRow("design view, restaurants")
                << u"restaurant-overview"_s << QString() << u"restaurant"_s << QString()
                << QStringList{u"*"_s};
        QTest::newRow("policy: only the tenant's own")
                << u"restaurant-overview"_s << u"Farolito — access policy"_s << u"restaurant"_s
                << QString() << QStringList{u"Farolito"_s};
        QTest::newRow("token filter: only the tenant's own")
                << u"chain-overview"_s << u"Fiesty Fiesta — token filter"_s << u"distributor"_s
                << QString() << QStringList{u"Fiesty Fiesta"_s};
        QTest::newRow("own database: its rows only")
                << u"chain-overview"_s << u"El Tapatio — own database"_s << u"distributor"_s
                << QString() << QStringList{u"El Tapatio"_s};
        QTest::newRow("without the dashboard's own filters")
                << u"chain-overview"_s << QString() << u"distributor"_s << QString()
                << QStringList{u"*"_s};
        QTest::newRow("no securables")
                << u"restaurant-overview"_s << uR"({"securables": []})"_s << u"restaurant"_s
                << u"the token's securables do not grant dashboard \"Restaurant overview\""_s
                << QStringList();
        QTest::newRow("dataset not granted")
                << u"restaurant-overview"_s
                << uR"({"securables": ["%D", "%P"], "policy_values": {"restaurant_name": "Farolito"}})"_s
                << u"restaurant"_s
                << u"the token's securables do not grant dataset \"Restaurant sales\""_s
                << QStringList();
        QTest::newRow("policy value missing")
                << u"restaurant-overview"_s << uR"({"securables": ["%D"]})"_s << u"restaurant"_s
                << u"access policy \"Multi-tenant restaurant policy\" needs the policy value \"restaurant_name\", which the token does not carry"_s
                << QStringList();
        QTest::newRow("expired")
                << u"restaurant-overview"_s
                << uR"({"securables": ["%D"], "expiry": "2020-01-01T00:00:00Z", "policy_values": {"restaurant_name": "Farolito"}})"_s
                << u"restaurant"_s << u"the authorization expired at 2020-01-01T00:00:00Z"_s
                << QStringList();
        QTest::newRow("not viewer-editable")
                << u"chain-overview"_s << QString() << u"fixed"_s
                << u"filter \"%I\" is not viewer-editable"_s << QStringList();
        QTest::newRow("another dashboard's filter")
                << u"chain-overview"_s << QString() << u"restaurant"_s
                << u"no filter \"%I\" on this dashboard"_s << QStringList();
    }

    void choices()
    {
        QFETCH(QString, slug);
        QFETCH(QString, who);
        QFETCH(QString, filter);
        QFETCH(QString, denied);
        QFETCH(QStringList, values);
        const Dashboard &d = dashboardFor(slug);
        const QString id = m_filterIds.value(filter, filter);
        denied.replace(u"%I"_s, id);
        who.replace(u"%D"_s, d.id).replace(u"%P"_s, m_demo.dataset(u"Products"_s).id);
        if (values == QStringList{u"*"_s})
            values = allDistributors();
        // The viewer's current values play no part in what they may pick.
        Resolver::Options options;
        options.filterValues.insert(id, QVariantList{u"Farolito"_s});
        const WidgetResolution choices
                = viewerFor(who).filterChoices(m_demo.project, m_demo.projectPath, d, id, options);
        QCOMPARE(choices.widgetId, id);
        QCOMPARE(choices.denied, denied);
        if (!denied.isEmpty()) {
            QVERIFY(!choices.plan);
            return;
        }
        QVERIFY(choices.plan);
        QVERIFY2(choices.plan->sql.contains(u"LIMIT %1"_s.arg(Resolver::maximumChoices)),
                 qPrintable(choices.plan->sql));
        QueryExecutor executor(1);
        const QueryResult result
                = executor.submit(u"choices"_s, choices.connection, *choices.plan).result();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QStringList got;
        for (const QVariantList &row : result.rows)
            got.append(row.at(0).toString());
        // Distinct and sorted as they come.
        QStringList sorted = got;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(got, sorted);
        QCOMPARE(got, values);
    }
};

QTEST_GUILESS_MAIN(TestViewerFilters)
#include "tst_viewerfilters.moc"
