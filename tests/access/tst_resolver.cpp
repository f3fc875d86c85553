// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/dashboardrunner.h"
#include "access/resolver.h"
#include "common/json.h"
#include "data/queryexecutor.h"

#include "common/demofixture.h"
#include "document/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The resolution engine on the demo project: each tenant profile sees exactly its tenant's rows,
// and everything it cannot apply exactly is denied with a reason.
class TestResolver : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo;

    QList<WidgetRun> run(const Dashboard &dashboard, const Json &claims,
                         DashboardResolution *out = nullptr)
    {
        const Resolver resolver(m_demo.project, m_demo.projectPath);
        const DashboardResolution resolution = resolver.resolve(dashboard, claims, {});
        if (out)
            *out = resolution;
        QueryExecutor executor(2);
        return DashboardRunner(executor).run(dashboard, resolution);
    }
    const Dashboard &dashboard(const QString &slug) const
    {
        return *m_demo.project.dashboard(slug);
    }
    Json profile(const QString &name) const { return m_demo.project.tenant(name)->claims; }
    double sumRevenue(const QString &database, const QString &distributor)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(m_demo.dir.filePath(database));
        db.open();
        double sum = 0;
        {
            QSqlQuery q(db);
            q.prepare(u"SELECT SUM(revenue) FROM sales WHERE distributor = ?"_s);
            q.addBindValue(distributor);
            q.exec();
            q.next();
            sum = q.value(0).toDouble();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
        return sum;
    }
    static bool hasApplied(const WidgetResolution &w, const char *kind)
    {
        for (const Json &a : w.applied) {
            if (a["kind"] == kind)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() { QVERIFY2(m_demo.ok(), qPrintable(m_demo.error)); }

    void profiles_data()
    {
        QTest::addColumn<QString>("profileName");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("distributor");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("appliedKind");
        QTest::newRow("parameter override")
                << u"Farolito — parameter override"_s << u"distributor-performance"_s
                << u"Farolito"_s << u"burrito.sqlite"_s << u"parameter_override"_s;
        QTest::newRow("token filter")
                << u"Fiesty Fiesta — token filter"_s << u"chain-overview"_s << u"Fiesty Fiesta"_s
                << u"burrito.sqlite"_s << u"token_filter"_s;
        QTest::newRow("access policy")
                << u"Farolito — access policy"_s << u"restaurant-overview"_s << u"Farolito"_s
                << u"burrito.sqlite"_s << u"access_policy"_s;
        QTest::newRow("own database")
                << u"El Tapatio — own database"_s << u"chain-overview"_s << u"El Tapatio"_s
                << u"tenants/el-tapatio.sqlite"_s << u"account_override"_s;
        QTest::newRow("forgot override")
                << u"Forgetful tenant — no override"_s << u"distributor-performance"_s
                << u"Demo Burrito Shop"_s << u"burrito.sqlite"_s << u"parameter_default"_s;
    }

    void profiles()
    {
        QFETCH(QString, profileName);
        QFETCH(QString, slug);
        QFETCH(QString, distributor);
        QFETCH(QString, database);
        QFETCH(QString, appliedKind);
        const Dashboard &d = dashboard(slug);
        DashboardResolution resolution;
        const QList<WidgetRun> runs = run(d, profile(profileName), &resolution);
        QVERIFY2(resolution.error.isEmpty(), qPrintable(resolution.error));
        int distributorColumnsSeen = 0;
        bool sawKpi = false;
        for (const WidgetRun &r : runs) {
            QVERIFY2(r.resolution.denied.isEmpty(),
                     qPrintable(r.title + u": "_s + r.resolution.denied));
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            if (r.type == WidgetType::Text)
                continue;
            QVERIFY2(hasApplied(r.resolution, appliedKind.toUtf8().constData()),
                     qPrintable(r.title));
            const Widget &w = *d.widget(r.resolution.widgetId);
            const Dataset &dataset = *m_demo.project.dataset(w.datasetId);
            for (qsizetype i = 0; i < w.dimensions.size(); ++i) {
                if (dataset.column(w.dimensions[i].columnId)->name != u"distributor"_s)
                    continue;
                ++distributorColumnsSeen;
                QVERIFY(!r.result.rows.isEmpty());
                for (const QVariantList &row : r.result.rows)
                    QCOMPARE(row.at(i).toString(), distributor);
            }
            if (w.type == WidgetType::Kpi && w.measures.size() == 1
                && dataset.column(w.measures[0].columnId)->name == u"revenue"_s
                && w.filters.isEmpty()) {
                sawKpi = true;
                QCOMPARE(r.result.rows.at(0).at(0).toDouble(), sumRevenue(database, distributor));
            }
        }
        QVERIFY(sawKpi);
        if (slug != u"distributor-performance"_s)
            QVERIFY(distributorColumnsSeen > 0);
        // The forgotten override is told on each widget it shapes, and on no other.
        for (const WidgetResolution &w : std::as_const(resolution.widgets))
            QCOMPARE(w.warnings.join(u'\n').contains(u"default used"_s),
                     hasApplied(w, "parameter_default"));
    }

    void warningsBelongToTheirWidgets()
    {
        // A parameter that no widget takes, which the token does not override either: nothing it
        // shows depends on it, so no widget warns about it (it used to be on every one).
        Project project = m_demo.project;
        Dashboard *d = nullptr;
        for (Dashboard &candidate : project.dashboards) {
            if (candidate.slug == u"distributor-performance"_s)
                d = &candidate;
        }
        QVERIFY(d);
        Parameter unused;
        unused.id = Tests::DemoFixture::newId();
        unused.name = u"region"_s;
        unused.label = u"Region"_s;
        unused.defaultValue = u"North"_s;
        d->parameters.append(unused);
        const Resolver resolver(project, m_demo.projectPath);
        const DashboardResolution resolution
                = resolver.resolve(*d, profile(u"Forgetful tenant — no override"_s), {});
        QVERIFY2(resolution.error.isEmpty(), qPrintable(resolution.error));
        int taking = 0;
        int notTaking = 0;
        for (const WidgetResolution &w : resolution.widgets) {
            const QString warnings = w.warnings.join(u'\n');
            QVERIFY2(!warnings.contains(u"region"_s), qPrintable(warnings));
            // The parameter the widgets do take (distributor) is told where it applies.
            const bool takes = hasApplied(w, "parameter_default");
            QCOMPARE(warnings.contains(u"\"distributor\": default used"_s), takes);
            ++(takes ? taking : notTaking);
        }
        QVERIFY(taking > 0);
        QVERIFY(notTaking > 0); // the text widget
        QVERIFY(resolution.warnings.isEmpty());
    }

    void metadataIsShown()
    {
        const QList<WidgetRun> runs = run(dashboard(u"distributor-performance"_s),
                                          profile(u"Broker plugin — metadata"_s));
        for (const WidgetRun &r : runs) {
            if (r.type != WidgetType::Text)
                QVERIFY(hasApplied(r.resolution, "metadata"));
        }
    }

    void designViewIgnoresPolicies()
    {
        const Resolver resolver(m_demo.project, m_demo.projectPath);
        const DashboardResolution resolution
                = resolver.resolveDesign(dashboard(u"restaurant-overview"_s), {});
        for (const WidgetResolution &w : resolution.widgets) {
            QVERIFY(w.denied.isEmpty());
            QVERIFY(!hasApplied(w, "access_policy"));
        }
    }

    void denials_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("claims"); // %D dashboard id, %S sales dataset id, %A account id,
                                             // %C distributor column id
        QTest::addColumn<QString>("reason");
        QTest::newRow("not granted")
                << u"chain-overview"_s << uR"({"securables": []})"_s
                << u"the token's securables do not grant dashboard \"Chain overview\""_s;
        QTest::newRow("policy value missing")
                << u"restaurant-overview"_s << uR"({"securables": ["%D"]})"_s
                << u"access policy \"Multi-tenant restaurant policy\" needs the policy value \"restaurant_name\", which the token does not carry"_s;
        QTest::newRow("policy value wrong name")
                << u"restaurant-overview"_s
                << uR"({"securables": ["%D"], "policy_values": {"restaurant": "Farolito"}})"_s
                << u"access policy \"Multi-tenant restaurant policy\" needs the policy value \"restaurant_name\", which the token does not carry"_s;
        QTest::newRow("dataset not granted")
                << u"chain-overview"_s
                << uR"({"securables": ["%D", "00000000-0000-4000-8000-000000000000"]})"_s
                << QString();
        QTest::newRow("override escapes folder")
                << u"chain-overview"_s
                << uR"({"securables": ["%D"], "account_overrides": {"%A": {"database": "../../etc/passwd"}}})"_s
                << u"the account override's database must be a path inside the project's folder"_s;
        QTest::newRow("override absolute")
                << u"chain-overview"_s
                << uR"({"securables": ["%D"], "account_overrides": {"%A": {"database": "/tmp/x.sqlite"}}})"_s
                << u"the account override's database must be a path inside the project's folder"_s;
        QTest::newRow("override through a symlink")
                << u"chain-overview"_s
                << uR"({"securables": ["%D"], "account_overrides": {"%A": {"database": "elsewhere.sqlite"}}})"_s
                << u"the account override's database must be a path inside the project's folder"_s;
        QTest::newRow("override through a hard link")
                << u"chain-overview"_s
                << uR"({"securables": ["%D"], "account_overrides": {"%A": {"database": "elsewhere.sqlite"}}})"_s
                << u"the account override's database has 2 hard links: it may be a file outside the project's folder, so only a file with one link is accepted"_s;
        QTest::newRow("override of a missing file")
                << u"chain-overview"_s
                << uR"({"securables": ["%D"], "account_overrides": {"%A": {"database": "no-such.sqlite"}}})"_s
                << u"the account override's database must be a path inside the project's folder"_s;
        QTest::newRow("expired") << u"chain-overview"_s
                                 << uR"({"securables": ["%D"], "expiry": "2020-01-01T00:00:00Z"})"_s
                                 << u"the authorization expired at 2020-01-01T00:00:00Z"_s;
    }

    void denials()
    {
        QFETCH(QString, slug);
        QFETCH(QString, claims);
        QFETCH(QString, reason);
        const Dashboard &d = dashboard(slug);
        claims.replace(u"%D"_s, d.id).replace(u"%A"_s, m_demo.project.accounts.first().id);
        Json json = Json::parse(claims.toStdString());
        if (QTest::currentDataTag() == QByteArray("dataset not granted")) {
            // A securables list naming some other dataset grants only that one.
            json["securables"][1] = m_demo.dataset(u"Products"_s).id.toStdString();
            reason = u"the token's securables do not grant dataset \"Sales\""_s;
        }
        // A link inside the project's folder to a real database outside it.
        QTemporaryDir outside;
        const QString link
                = QFileInfo(m_demo.projectPath).absoluteDir().filePath(u"elsewhere.sqlite"_s);
        QFile::remove(link);
        const auto removeLink = qScopeGuard([&] { QFile::remove(link); });
        if (QTest::currentDataTag() == QByteArray("override through a symlink")) {
            const QString target = outside.filePath(u"other.sqlite"_s);
            QVERIFY(QFile::copy(
                    resolveProjectPath(m_demo.projectPath, m_demo.project.accounts.first().path),
                    target));
            QVERIFY(QFile::link(target, link));
        }
        if (QTest::currentDataTag() == QByteArray("override through a hard link")) {
            // Nothing to follow: the name inside the folder is the outside file itself.
            const QString target = outside.filePath(u"other.sqlite"_s);
            QVERIFY(QFile::copy(
                    resolveProjectPath(m_demo.projectPath, m_demo.project.accounts.first().path),
                    target));
            QVERIFY(::link(QFile::encodeName(target).constData(),
                           QFile::encodeName(link).constData())
                    == 0);
        }
        DashboardResolution resolution;
        const QList<WidgetRun> runs = run(d, json, &resolution);
        QVERIFY2(resolution.error.isEmpty(), qPrintable(resolution.error));
        int denied = 0;
        for (const WidgetRun &r : runs) {
            if (r.type == WidgetType::Text && reason.startsWith(u"access policy"_s))
                continue;
            if (r.type != WidgetType::Text || !r.resolution.denied.isEmpty()) {
                QCOMPARE(r.resolution.denied, reason);
                QVERIFY(r.result.rows.isEmpty());
                ++denied;
            }
        }
        QVERIFY(denied > 0);
    }

    // A text widget runs no query, so nothing used to deny it: a viewer the dashboard is not for
    // read its text in the designer, Compare, exports and `dashwright preview` (issue 14). The
    // engine gives the text only to a viewer it grants the dashboard.
    void textWidgetsFollowTheDashboard_data()
    {
        QTest::addColumn<QString>("tenant");        // empty: the design view
        QTest::addColumn<QStringList>("widgetIds"); // empty: every widget
        QTest::addColumn<bool>("granted");
        const QStringList textOnly{u"text"_s}; // only the text widget is asked for
        QTest::newRow("design view") << QString() << QStringList() << true;
        QTest::newRow("granted") << u"Farolito — parameter override"_s << QStringList() << true;
        QTest::newRow("not granted") << u"Fiesty Fiesta — token filter"_s << QStringList() << false;
        QTest::newRow("not granted, text widget alone")
                << u"Fiesty Fiesta — token filter"_s << textOnly << false;
        QTest::newRow("granted, text widget alone")
                << u"Farolito — parameter override"_s << textOnly << true;
        // Granted the dashboard, but none of the data its widgets read.
        QTest::newRow("every data widget denied") << u"no dataset"_s << QStringList() << false;
        QTest::newRow("every data widget denied, text widget alone")
                << u"no dataset"_s << textOnly << false;
    }
    void textWidgetsFollowTheDashboard()
    {
        QFETCH(QString, tenant);
        QFETCH(QStringList, widgetIds);
        QFETCH(bool, granted);
        const Dashboard &d = dashboard(u"distributor-performance"_s);
        const auto text = std::find_if(d.widgets.cbegin(), d.widgets.cend(),
                                       [](const Widget &w) { return w.type == WidgetType::Text; });
        QVERIFY(text != d.widgets.cend());
        QVERIFY(!text->text.isEmpty());
        Resolver::Options options;
        if (!widgetIds.isEmpty())
            options.widgetIds = {text->id};
        const Resolver resolver(m_demo.project, m_demo.projectPath);
        DashboardResolution resolution;
        if (tenant.isEmpty()) {
            resolution = resolver.resolveDesign(d, options);
        } else {
            Json claims;
            if (tenant == u"no dataset"_s) {
                // Securables naming the dashboard and another dataset grant only that one: no
                // widget of the dashboard may read its own.
                claims = {{"securables",
                           Json::array({d.id.toStdString(),
                                        m_demo.dataset(u"Products"_s).id.toStdString()})},
                          {"parameter_overrides", {{"distributor", "Farolito"}}}};
            } else {
                claims = profile(tenant);
            }
            resolution = resolver.resolve(d, claims, options);
        }
        QVERIFY2(resolution.error.isEmpty(), qPrintable(resolution.error));
        const auto it
                = std::find_if(resolution.widgets.cbegin(), resolution.widgets.cend(),
                               [&](const WidgetResolution &w) { return w.widgetId == text->id; });
        QVERIFY(it != resolution.widgets.cend());
        QCOMPARE(resolution.denied.isEmpty(), granted);
        QCOMPARE(it->text, granted ? text->text : QString());
        QCOMPARE(it->denied.isEmpty(), granted);
        QCOMPARE(it->dashboardDenied, !granted);
        for (const WidgetResolution &w : resolution.widgets)
            QCOMPARE(w.dashboardDenied, !granted);
    }

    void invalidClaims_data()
    {
        QTest::addColumn<QString>("claims");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown parameter")
                << uR"({"securables": ["%D"], "parameter_overrides": {"region": "West"}})"_s
                << u"claims.parameter_overrides.region: unknown parameter \"region\""_s;
        QTest::newRow("wrong type")
                << uR"({"securables": ["%D"], "parameter_overrides": {"distributor": 42}})"_s
                << u"claims.parameter_overrides.distributor: is not a valid text value for parameter \"distributor\""_s;
        QTest::newRow("filter on unknown column")
                << uR"({"securables": ["%D"], "filters": [{"clause": "where", "origin": "global", "securable_id": "%S", "column_id": "00000000-0000-4000-8000-000000000000", "expression": "? = ?", "value": "x"}]})"_s
                << u"claims.filters[0].column_id: unknown column id 00000000-0000-4000-8000-000000000000 in dataset \"Sales\""_s;
        QTest::newRow("not an object")
                << u"[1]"_s << u"claims: expected an object, found an array"_s;
        QTest::newRow("filter on a dataset nothing granted reads")
                << uR"({"securables": ["%D"], "filters": [{"clause": "where", "origin": "global", "securable_id": "%P", "column_id": "%Q", "expression": "? = ?", "value": "x"}]})"_s
                << u"claims.filters[0].securable_id: no dashboard the claims grant uses dataset \"Products\": this filter would restrict nothing"_s;
    }

    void invalidClaims()
    {
        QFETCH(QString, claims);
        QFETCH(QString, error);
        const Dashboard &d = dashboard(u"distributor-performance"_s);
        claims.replace(u"%D"_s, d.id)
                .replace(u"%S"_s, m_demo.dataset(u"Sales"_s).id)
                .replace(u"%P"_s, m_demo.dataset(u"Products"_s).id)
                .replace(u"%Q"_s, m_demo.column(u"Products"_s, u"name"_s).id);
        const Resolver resolver(m_demo.project, m_demo.projectPath);
        const DashboardResolution resolution
                = resolver.resolve(d, Json::parse(claims.toStdString()), {});
        QCOMPARE(resolution.error, error);
        QVERIFY(resolution.widgets.isEmpty());
    }

    void policyColumnsLimitWidgets()
    {
        Project project = m_demo.project;
        AccessPolicy &policy = project.accessPolicies.first();
        const Dataset &restaurantSales = *project.dataset(policy.datasetId);
        policy.columns = {restaurantSales.columnByName(u"distributor"_s)->id};
        const Resolver resolver(project, m_demo.projectPath);
        const Dashboard &d = *project.dashboard(u"restaurant-overview"_s);
        const DashboardResolution resolution
                = resolver.resolve(d, profile(u"Farolito — access policy"_s), {});
        bool deniedOne = false;
        for (const WidgetResolution &w : resolution.widgets) {
            if (w.denied.startsWith(
                        u"access policy \"Multi-tenant restaurant policy\" does not grant column"_s))
                deniedOne = true;
        }
        QVERIFY(deniedOne);
    }

    // A token that points an account elsewhere never takes the keystore's password with it.
    void redirectedAccountLosesStoredPassword()
    {
        Project project = m_demo.project;
        Account warehouse;
        warehouse.id = Tests::DemoFixture::newId();
        warehouse.name = u"Warehouse"_s;
        warehouse.type = AccountType::Postgresql;
        warehouse.host = u"db.internal"_s;
        warehouse.database = u"sales"_s;
        warehouse.user = u"analyst"_s;
        warehouse.secretId = u"warehouse-password"_s;
        project.accounts.append(warehouse);
        Dashboard &d = project.dashboards.first();
        project.datasets.first().accountId = warehouse.id; // the Sales dataset now lives there
        Resolver::Options options;
        options.secrets.insert(warehouse.secretId, u"s3cret"_s);
        const Resolver resolver(project, m_demo.projectPath);
        Json claims = profile(u"Farolito — parameter override"_s);
        const auto passwordOf = [&](const Json &c) {
            for (const WidgetResolution &w : resolver.resolve(d, c, options).widgets) {
                if (w.plan)
                    return w.connection.password;
            }
            return u"<no plan>"_s;
        };
        QCOMPARE(passwordOf(claims), u"s3cret"_s);
        for (const char *field : {"host", "port", "user", "database"}) {
            Json redirected = claims;
            redirected["account_overrides"][warehouse.id.toStdString()][field]
                    = std::string(field) == "port" ? Json(15432) : Json("elsewhere");
            QCOMPARE(passwordOf(redirected), QString());
        }
        Json withOwn = claims;
        withOwn["account_overrides"][warehouse.id.toStdString()]
                = {{"host", "tenant-db"}, {"password", "theirs"}};
        QCOMPARE(passwordOf(withOwn), u"theirs"_s);

        // Pooled connections are told apart by their password too.
        ConnectionSpec a = ConnectionSpec::forAccount(warehouse, m_demo.projectPath, u"one"_s);
        ConnectionSpec b = ConnectionSpec::forAccount(warehouse, m_demo.projectPath, u"two"_s);
        QVERIFY(a.key() != b.key());
        QVERIFY(!a.key().contains(u"one"_s));
    }

    // HAVING on a widget that does not group would test one arbitrary row: it is refused.
    void havingNeedsGrouping()
    {
        Project project = m_demo.project;
        Dashboard &d = *const_cast<Dashboard *>(project.dashboard(u"chain-overview"_s));
        const Dataset &sales = m_demo.dataset(u"Sales"_s);
        for (Widget &w : d.widgets) {
            if (w.type == WidgetType::Kpi)
                w.dimensions = {{sales.columnByName(u"distributor"_s)->id, TimeGrain::None}};
        }
        Json claims{{"securables", {d.id.toStdString()}}};
        claims["filters"].push_back(
                {{"clause", "having"},
                 {"origin", "global"},
                 {"securable_id", sales.id.toStdString()},
                 {"column_id", sales.columnByName(u"distributor"_s)->id.toStdString()},
                 {"expression", "? = ?"},
                 {"value", "Farolito"}});
        const Resolver resolver(project, m_demo.projectPath);
        QueryExecutor executor(1);
        const DashboardResolution resolution = resolver.resolve(d, claims, {});
        const QList<WidgetRun> runs = DashboardRunner(executor).run(d, resolution);
        for (const WidgetRun &r : runs) {
            if (r.type != WidgetType::Kpi)
                continue;
            // Applied as a row filter: the KPI shows Farolito's figure, never the chain's.
            QVERIFY2(r.resolution.denied.isEmpty(), qPrintable(r.resolution.denied));
            QVERIFY(r.resolution.plan->sql.contains(u"WHERE"_s));
            QVERIFY(!r.resolution.plan->sql.contains(u"HAVING"_s));
        }
    }

    void valuesAreBoundNeverWritten()
    {
        const Dashboard &d = dashboard(u"restaurant-overview"_s);
        Json claims = profile(u"Farolito — access policy"_s);
        claims["policy_values"]["restaurant_name"] = "x') OR 1=1 --";
        const Resolver resolver(m_demo.project, m_demo.projectPath);
        for (const WidgetResolution &w : resolver.resolve(d, claims, {}).widgets) {
            if (!w.plan)
                continue;
            QVERIFY(!w.plan->sql.contains(u"OR 1=1"_s));
            QVERIFY(w.plan->bindings.contains(QVariant(u"x') OR 1=1 --"_s)));
        }
    }
};

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
