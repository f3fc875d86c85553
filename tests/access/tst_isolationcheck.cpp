// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/isolationcheck.h"
#include "common/demofixture.h"
#include "common/json.h"
#include "demo/democatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The isolation check on the demo: what it reports for the demo's own profiles, and that it
// catches a deliberately broken profile of each kind.
class TestIsolationCheck : public QObject
{
    Q_OBJECT

private:
    IsolationReport check() const
    {
        QueryExecutor executor(2);
        return IsolationCheck(m_demo.project, m_demo.projectPath).run(executor);
    }
    TenantProfile profile(const QString &name) const
    {
        const TenantProfile *p = m_demo.project.tenant(name);
        if (!p)
            qFatal("no profile %s", qPrintable(name));
        return *p;
    }
    // The demo with one more profile: `base`'s claims under another tenant's name, changed.
    void addProfile(const QString &base, const QString &name,
                    const std::function<void(Json &)> &change)
    {
        TenantProfile copy = profile(base);
        copy.id = Tests::DemoFixture::newId();
        copy.name = name;
        copy.claims["suborganization"] = name.toStdString();
        copy.claims["username"] = name.toStdString();
        change(copy.claims);
        m_demo.project.tenants.append(copy);
    }
    static QStringList titles(const QList<IsolationReport::WidgetRef> &widgets)
    {
        QStringList result;
        for (const auto &w : widgets)
            result.append(w.widgetTitle);
        return result;
    }
    static const IsolationReport::SharedData *pair(const QList<IsolationReport::SharedData> &list,
                                                   const QString &a, const QString &b)
    {
        for (const auto &s : list) {
            if ((s.profileA == a && s.profileB == b) || (s.profileA == b && s.profileB == a))
                return &s;
        }
        return nullptr;
    }

    Tests::DemoFixture m_demo;
    Project m_original;

    const QString farolito = u"Farolito — parameter override"_s;
    const QString broker = u"Broker plugin — metadata"_s;
    const QString forgetful = u"Forgetful tenant — no override"_s;
    const QString fiesty = u"Fiesty Fiesta — token filter"_s;
    const QString tapatio = u"El Tapatio — own database"_s;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        m_original = m_demo.project;
    }
    void init() { m_demo.project = m_original; }

    // The demo as shipped: its forgetful tenant is the one finding of kind (a); the two Farolito
    // profiles see the same rows, as the same tenant should.
    void theDemo()
    {
        const IsolationReport report = check();
        QCOMPARE(report.profiles, 6);
        QCOMPARE(report.dashboardRuns, 6);
        QVERIFY(report.errors.isEmpty());
        QVERIFY(report.invalidProfiles.isEmpty());
        QVERIFY(report.denials.isEmpty());
        QVERIFY(report.hasFindings());

        // Every data widget of "Distributor performance" shows the forgetful tenant the default.
        QCOMPARE(report.unrestricted.size(), 8);
        for (const auto &u : report.unrestricted) {
            QCOMPARE(u.widget.dashboardTitle, u"Distributor performance"_s);
            QCOMPARE(u.profiles, QStringList{forgetful});
            QCOMPARE(u.profilesRun, 3);
            QVERIFY(!u.forEveryProfile());
        }

        const auto *same = pair(report.sameTenant, farolito, broker);
        QVERIFY(same);
        QVERIFY(same->everywhere());
        QCOMPARE(same->widgetsCompared, 8);
        QVERIFY(!pair(report.sharedData, farolito, forgetful)); // the default is another shop

        // Fiesty Fiesta and El Tapatio each count one distributor on the chain overview: the
        // same single figure, listed as a coincidence, not a finding; every other widget differs.
        QVERIFY(!pair(report.sharedData, fiesty, tapatio));
        const auto *shared = pair(report.coincidences, fiesty, tapatio);
        QVERIFY(shared);
        QCOMPARE(titles(shared->widgets), QStringList{u"Distributors"_s});
        QCOMPARE(shared->widgetsCompared, 5);
        QCOMPARE(shared->singleFigures, 1);
        QVERIFY(shared->coincidence());
        QVERIFY(report.sharedData.isEmpty());
    }

    // A copy of a tenant's profile under another tenant's name, still with the first tenant's
    // filter value: it sees the same rows everywhere.
    void aCopiedProfile()
    {
        addProfile(fiesty, u"Taqueria Cancun"_s, [](Json &) {});
        const IsolationReport report = check();
        const auto *shared = pair(report.sharedData, fiesty, u"Taqueria Cancun"_s);
        QVERIFY(shared);
        QVERIFY(shared->everywhere());
        QCOMPARE(shared->widgetsCompared, 5);
        QCOMPARE(shared->tenantB, u"Taqueria Cancun"_s);
    }

    // A profile that lost its parameter override: the defaults, flagged as unrestricted, and the
    // same data as the other forgetful tenant.
    void aProfileWithoutItsOverride()
    {
        addProfile(farolito, u"Taqueria Cancun"_s,
                   [](Json &claims) { claims.erase("parameter_overrides"); });
        const IsolationReport report = check();
        QCOMPARE(report.unrestricted.size(), 8);
        for (const auto &u : report.unrestricted)
            QCOMPARE(u.profiles, (QStringList{forgetful, u"Taqueria Cancun"_s}));
        const auto *shared = pair(report.sharedData, forgetful, u"Taqueria Cancun"_s);
        QVERIFY(shared);
        QVERIFY(shared->everywhere());
    }

    // Granting a dashboard with no rule at all: every widget is chain-wide for that profile, and
    // the report says so rather than hiding it among tenant-scoped ones.
    void aDashboardGrantedWithoutRules()
    {
        addProfile(fiesty, u"Head office"_s, [](Json &claims) { claims.erase("filters"); });
        const IsolationReport report = check();
        QStringList chainWide;
        for (const auto &u : report.unrestricted) {
            if (u.widget.dashboardTitle == u"Chain overview"_s) {
                QCOMPARE(u.profiles, QStringList{u"Head office"_s});
                chainWide.append(u.widget.widgetTitle);
            }
        }
        QCOMPARE(chainWide.size(), 5);
    }

    // What counts as tenant-specific, rule by rule.
    void tenantSpecificRules_data()
    {
        QTest::addColumn<QString>("applied");
        QTest::addColumn<bool>("specific");
        QTest::newRow("default")
                << u"{\"kind\":\"parameter_default\",\"parameter\":\"distributor\"}"_s << false;
        QTest::newRow("override")
                << u"{\"kind\":\"parameter_override\",\"parameter\":\"distributor\"}"_s << true;
        QTest::newRow("token filter")
                << u"{\"kind\":\"token_filter\",\"dataset\":\"Sales\",\"column\":\"distributor\"}"_s
                << true;
        QTest::newRow("initialization") << u"{\"kind\":\"initialization_filter\"}"_s << false;
        QTest::newRow("account override")
                << u"{\"kind\":\"account_override\",\"account\":\"A\"}"_s << true;
        QTest::newRow("metadata on SQLite") << u"{\"kind\":\"metadata\"}"_s << false;
        QTest::newRow("placeholder policy")
                << u"{\"kind\":\"access_policy\",\"policy\":\"Multi-tenant restaurant policy\"}"_s
                << true;
        QTest::newRow("constant policy")
                << u"{\"kind\":\"access_policy\",\"policy\":\"Only Mondays\"}"_s << false;
    }
    void tenantSpecificRules()
    {
        QFETCH(QString, applied);
        QFETCH(bool, specific);
        // A policy of constants beside the demo's placeholder policy, on the same dataset.
        AccessPolicy constant = m_demo.project.accessPolicies.first();
        constant.id = Tests::DemoFixture::newId();
        constant.name = u"Only Mondays"_s;
        constant.rows.first().value = u"Farolito"_s;
        m_demo.project.accessPolicies.append(constant);
        const Dashboard *restaurant = m_demo.project.dashboard(u"restaurant-overview"_s);
        QVERIFY(restaurant);

        WidgetResolution resolution;
        resolution.widgetId = restaurant->widgets.first().id;
        resolution.accountId = m_demo.project.accounts.first().id;
        resolution.applied.push_back(Json::parse(applied.toStdString()));
        const IsolationCheck checker(m_demo.project, m_demo.projectPath);
        QCOMPARE(!checker.tenantSpecificRules(resolution).isEmpty(), specific);
    }

    void tenantOf()
    {
        TenantProfile p{u"id-1"_s, u"P"_s, Json::object()};
        QCOMPARE(IsolationCheck::tenantOf(p), u"id-1"_s);
        p.claims["username"] = "ana";
        QCOMPARE(IsolationCheck::tenantOf(p), u"ana"_s);
        p.claims["suborganization"] = "Farolito";
        QCOMPARE(IsolationCheck::tenantOf(p), u"Farolito"_s);
    }
};

QTEST_GUILESS_MAIN(TestIsolationCheck)
#include "tst_isolationcheck.moc"
