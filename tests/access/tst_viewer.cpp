// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/isolationcheck.h"
#include "access/tenantcomparison.h"
#include "access/viewer.h"
#include "common/json.h"
#include "data/queryexecutor.h"

#include "common/demofixture.h"

#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The one entry point from "who is asking" to a dashboard's data: kinds, names, claims validated
// when the viewer is made, expiry decided in one place with an injected clock, and the compare
// rule (tenant-scoped widgets two tenants see alike) that TenantComparison now reports.
class TestViewer : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo;

    const Dashboard &dashboard(const QString &slug) const
    {
        return *m_demo.project.dashboard(slug);
    }
    Json claimsFor(const QString &slug) const
    {
        return Json{{"securables", Json::array({utf8(dashboard(slug).id)})},
                    {"suborganization", "Farolito"}};
    }

private slots:
    void initTestCase() { QVERIFY2(m_demo.ok(), qPrintable(m_demo.error)); }

    void kindsAndNames()
    {
        const Viewer design = Viewer::design();
        QCOMPARE(design.kind(), Viewer::Kind::Design);
        QVERIFY(!design.isTokenView());
        QCOMPARE(design.name(), u"Default — no token"_s);
        QVERIFY(design.claims().empty());

        const TenantProfile &first = m_demo.project.tenants.first();
        QString error;
        const auto byName = Viewer::profile(m_demo.project, first.name, &error);
        QVERIFY2(byName, qPrintable(error));
        QCOMPARE(byName->kind(), Viewer::Kind::Profile);
        QCOMPARE(byName->name(), first.name);
        QCOMPARE(byName->profileId(), first.id);
        const auto byId = Viewer::profile(m_demo.project, first.id, &error);
        QVERIFY(byId);
        QVERIFY(byId->claims() == first.claims);

        QVERIFY(!Viewer::profile(m_demo.project, u"nobody"_s, &error));
        QCOMPARE(error, u"no such tenant profile in the project"_s);

        const auto fromFile = Viewer::claims(m_demo.project, claimsFor(u"chain-overview"_s),
                                             u"t.json"_s, &error);
        QVERIFY2(fromFile, qPrintable(error));
        QCOMPARE(fromFile->name(), u"Claims for Farolito (t.json)"_s);
        QCOMPARE(fromFile->subject(), u"Farolito"_s);
    }

    // Claims are checked when the viewer is made; a resolution never sees invalid ones.
    void invalidClaimsMakeNoViewer_data()
    {
        QTest::addColumn<QString>("claims");
        QTest::addColumn<QString>("why");
        QTest::newRow("not an object") << u"[]"_s << u"object"_s;
        QTest::newRow("no securables") << u"{}"_s << u"securables"_s;
        QTest::newRow("unknown securable")
                << uR"({"securables": ["00000000-0000-0000-0000-000000000000"]})"_s
                << u"securables"_s;
        QTest::newRow("expiry not a date")
                << uR"({"securables": ["%D"], "expiry": "tomorrow"})"_s << u"expiry"_s;
    }
    void invalidClaimsMakeNoViewer()
    {
        QFETCH(QString, claims);
        QFETCH(QString, why);
        claims.replace(u"%D"_s, dashboard(u"chain-overview"_s).id);
        QString error;
        QVERIFY(!Viewer::claims(m_demo.project, Json::parse(claims.toStdString()), {}, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    // One reading of "expiry" for every path: a timestamp without an offset is UTC, whatever the
    // machine's zone (the token verifier used to read it in local time).
    void expiryWithoutOffsetIsUtc()
    {
        const QByteArray savedZone = qgetenv("TZ");
        qputenv("TZ", "Pacific/Kiritimati"); // UTC+14: local and UTC readings differ by a day
        ::tzset();
        const auto restore = qScopeGuard([&] {
            if (savedZone.isEmpty())
                qunsetenv("TZ");
            else
                qputenv("TZ", savedZone);
            ::tzset();
        });
        Json claims = claimsFor(u"chain-overview"_s);
        claims["expiry"] = "2030-06-01T12:00:00";
        QString error;
        const auto viewer = Viewer::claims(m_demo.project, claims, {}, &error);
        QVERIFY2(viewer, qPrintable(error));
        QCOMPARE(viewer->expiresAt(), QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(!viewer->expiredAt(QDateTime(QDate(2030, 6, 1), QTime(11, 59, 59), Qt::UTC)));
        QCOMPARE(viewer->expiredAt(QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC)),
                 std::optional(u"the authorization expired at 2030-06-01T12:00:00Z"_s));
    }

    // The resolution decides with the clock it is given, not the wall clock.
    void resolutionUsesTheInjectedClock()
    {
        Json claims = claimsFor(u"chain-overview"_s);
        claims["expiry"] = "2030-06-01T12:00:00Z";
        const auto viewer = Viewer::claims(m_demo.project, claims, {}, nullptr);
        QVERIFY(viewer);
        const Dashboard &d = dashboard(u"chain-overview"_s);
        Resolver::Options options;
        options.now = QDateTime(QDate(2030, 6, 2), QTime(0, 0), Qt::UTC);
        const DashboardResolution after
                = viewer->resolve(m_demo.project, m_demo.projectPath, d, options);
        QVERIFY(after.tokenView);
        QCOMPARE(after.widgets.size(), d.widgets.size());
        for (const WidgetResolution &w : after.widgets)
            QCOMPARE(w.denied, u"the authorization expired at 2030-06-01T12:00:00Z"_s);

        options.now = QDateTime(QDate(2030, 5, 1), QTime(0, 0), Qt::UTC);
        const DashboardResolution before
                = viewer->resolve(m_demo.project, m_demo.projectPath, d, options);
        for (const WidgetResolution &w : before.widgets)
            QVERIFY2(!w.denied.startsWith(u"the authorization expired"_s), qPrintable(w.denied));
    }

    // The design view is the analyst's: defaults, no policies, no expiry.
    void designViewResolvesWithDefaults()
    {
        const Dashboard &d = dashboard(u"chain-overview"_s);
        const DashboardResolution resolution
                = Viewer::design().resolve(m_demo.project, m_demo.projectPath, d);
        QVERIFY(!resolution.tokenView);
        QVERIFY(resolution.error.isEmpty());
        QCOMPARE(resolution.widgets.size(), d.widgets.size());
    }

    // What the compare window used to decide on its own is TenantComparison's now, so that
    // `dashwright compare` reports it too: two different tenants with the same rows in a widget a
    // tenant-specific rule shaped.
    void sameRowsAcrossTenantsAreFlagged()
    {
        const TenantProfile *original = nullptr;
        for (const TenantProfile &p : m_demo.project.tenants) {
            if (p.claims.contains("parameter_overrides")) {
                original = &p;
                break;
            }
        }
        QVERIFY(original);
        const Dashboard *target = nullptr;
        for (const Json &id : original->claims["securables"])
            target = target ? target : m_demo.project.dashboard(QString::fromStdString(id));
        QVERIFY(target);
        // A copy that claims to be another tenant but kept the original's override.
        TenantProfile copy = *original;
        copy.id = Tests::DemoFixture::newId();
        copy.name = u"Copied profile"_s;
        copy.claims["suborganization"] = "Somebody Else";
        copy.claims.erase("username");

        QString error;
        const auto a = Viewer::profile(m_demo.project, *original, &error);
        const auto b = Viewer::profile(m_demo.project, copy, &error);
        QVERIFY2(a && b, qPrintable(error));
        QueryExecutor executor(2);
        const QList<WidgetRun> runsA
                = a->run(m_demo.project, m_demo.projectPath, *target, executor);
        const QList<WidgetRun> runsB
                = b->run(m_demo.project, m_demo.projectPath, *target, executor);
        const IsolationCheck check(m_demo.project, m_demo.projectPath);
        const QList<WidgetComparison> flagged
                = TenantComparison::compare(*a, runsA, *b, runsB, check);
        int same = 0;
        for (const WidgetComparison &c : flagged) {
            if (c.outcome == WidgetComparison::Outcome::Same && c.tenantScoped) {
                QVERIFY(c.sameAcrossTenants);
                ++same;
            }
        }
        QVERIFY(same > 0);
        // The same profile twice is one tenant: the same rows are expected, nothing is flagged.
        for (const WidgetComparison &c : TenantComparison::compare(*a, runsA, *a, runsA, check))
            QVERIFY(!c.sameAcrossTenants);
    }

    // A source that takes no SQL (the broker plugin) gets each widget as data: the same
    // conditions the SQL would carry (token filters, access policies with their placeholders
    // filled), the fields, and who is asking; never SQL.
    void pluginAccountsGetTheWidgetAsData()
    {
        Project project = m_demo.project;
        for (Account &account : project.accounts) {
            account.type = AccountType::Plugin;
            account.baseUrl = u"http://127.0.0.1:9/broker"_s;
        }
        QueryExecutor executor(1);
        int structured = 0;
        int withPolicy = 0;
        int withFilter = 0;
        for (const TenantProfile &profile : project.tenants) {
            QString error;
            const auto viewer = Viewer::profile(project, profile, &error);
            if (!viewer)
                continue; // the database-override profile: no database on a plugin account
            for (const Dashboard &dashboard : project.dashboards) {
                const DashboardResolution resolution
                        = viewer->resolve(project, m_demo.projectPath, dashboard);
                for (const WidgetResolution &w : resolution.widgets) {
                    if (!w.denied.isEmpty() || !w.plan)
                        continue;
                    QVERIFY(w.plan->structured);
                    const StructuredQuery &q = *w.plan->structured;
                    ++structured;
                    QVERIFY(!q.dataset.isEmpty());
                    QVERIFY(!q.dimensions.isEmpty() || !q.measures.isEmpty());
                    QVERIFY(q.viewer.value("suborganization", Json())
                            == profile.claims.value("suborganization", Json()));
                    if (profile.claims.contains("metadata"))
                        QVERIFY(q.viewer["metadata"] == profile.claims["metadata"]);
                    const Json request = q.toJson();
                    QVERIFY(!request.dump().empty());
                    for (const Json &applied : w.applied) {
                        if (applied.value("kind", "") == "access_policy") {
                            ++withPolicy;
                            // The placeholder is filled from the token, never sent as written.
                            QVERIFY2(request.dump().find("${{") == std::string::npos,
                                     request.dump().c_str());
                        }
                        if (applied.value("kind", "") == "token_filter")
                            ++withFilter;
                    }
                    // Run as data: an HTTP request to the base URL (nothing listens on the
                    // discard port), never a QtSql connection. Once: each is tried three times.
                    if (structured == 1) {
                        const QueryResult result
                                = executor.submit(u"plugin"_s, w.connection, *w.plan).result();
                        QVERIFY2(result.error.startsWith(
                                         u"plugin at http://127.0.0.1:9/broker POST /query: "_s),
                                 qPrintable(result.error));
                    }
                    // The result columns are the plan's, with its types, in its order.
                    QCOMPARE(q.columns().size(), w.plan->columns.size());
                    for (qsizetype i = 0; i < q.columns().size(); ++i) {
                        QCOMPARE(q.columns().at(i).name, w.plan->columns.at(i).name);
                        QCOMPARE(q.columns().at(i).type, w.plan->columns.at(i).type);
                    }
                    QCOMPARE(q.order, w.plan->order);
                }
            }
        }
        QVERIFY(structured > 0);
        QVERIFY(withPolicy > 0);
        QVERIFY(withFilter > 0);
        // SQL accounts never carry one.
        const DashboardResolution sql = Viewer::design().resolve(m_demo.project, m_demo.projectPath,
                                                                 m_demo.project.dashboards.first());
        for (const WidgetResolution &w : sql.widgets) {
            if (w.plan)
                QVERIFY(!w.plan->structured);
        }
    }

    // A plugin is given the values the SQL binds (coerced to the column's type), not the token's
    // raw ones: 1.0 and "2" for an integer column are the integers 1 and 2, "2026-01-01" for a
    // date the date. A plugin comparing types strictly would otherwise let every row through a
    // "not in".
    void pluginGetsTheBoundValues()
    {
        Project project = m_demo.project;
        for (Account &account : project.accounts) {
            account.type = AccountType::Plugin;
            account.baseUrl = u"http://127.0.0.1:9/broker"_s;
        }
        const Dataset &sales = m_demo.dataset(u"Sales"_s);
        const auto filter = [&](const char *column, const char *expression, const Json &value) {
            return Json{{"clause", "where"},
                        {"origin", "global"},
                        {"securable_id", sales.id.toStdString()},
                        {"column_id",
                         m_demo.column(u"Sales"_s, QString::fromLatin1(column)).id.toStdString()},
                        {"expression", expression},
                        {"value", value}};
        };
        const Dashboard &chain = *project.dashboard(u"chain-overview"_s);
        const Json claims{{"securables", Json::array({chain.id.toStdString()})},
                          {"username", "strict"},
                          {"filters",
                           Json::array({filter("quantity", "? not in ?", Json::array({1.0, "2"})),
                                        filter("distributor_id", "? != ?", "7")})}};
        QString error;
        const auto viewer = Viewer::profile(project, TenantProfile{{}, {}, claims}, &error);
        QVERIFY2(viewer, qPrintable(error));
        const DashboardResolution resolution = viewer->resolve(project, m_demo.projectPath, chain);
        int checked = 0;
        for (const WidgetResolution &w : resolution.widgets) {
            if (!w.plan || !w.plan->structured)
                continue;
            for (const StructuredPredicate &p : w.plan->structured->where) {
                if (p.column == u"quantity"_s) {
                    QVERIFY2(p.value == Json::array({1, 2}), p.value.dump().c_str());
                    QVERIFY(p.value[0].is_number_integer() && p.value[1].is_number_integer());
                    ++checked;
                }
                if (p.column == u"distributor_id"_s) {
                    QVERIFY2(p.value == Json(7) && p.value.is_number_integer(),
                             p.value.dump().c_str());
                    ++checked;
                }
            }
        }
        QVERIFY(checked >= 2);
    }
};

QTEST_GUILESS_MAIN(TestViewer)
#include "tst_viewer.moc"
