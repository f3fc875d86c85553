// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/viewer.h"
#include "common/json.h"
#include "demo/democatalog.h"

#include "common/demofixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The designer's parameter values (Resolver::Options::designParameterValues): the design view
// uses them in place of the defaults; a token view never does, whatever they hold, so a value the
// analyst tried on the canvas cannot reach a tenant.
class TestDesignParameters : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo;

    const Dashboard &performance() const
    {
        return *m_demo.project.dashboard(u"distributor-performance"_s);
    }
    Viewer viewerFor(const QString &profile) const
    {
        if (profile.isEmpty())
            return Viewer::design();
        QString error;
        std::optional<Viewer> viewer = Viewer::profile(m_demo.project, profile, &error);
        if (!viewer)
            qFatal("no viewer %s: %s", qPrintable(profile), qPrintable(error));
        return *viewer;
    }
    static Resolver::Options designValue(const Dashboard &d, const QVariant &value)
    {
        Resolver::Options options;
        options.designParameterValues.insert(d.parameters.constFirst().id, value);
        return options;
    }
    // Every value bound into the dashboard's statements.
    static QVariantList bindings(const DashboardResolution &resolution)
    {
        QVariantList all;
        for (const WidgetResolution &w : resolution.widgets) {
            if (w.plan)
                all += w.plan->bindings;
        }
        return all;
    }
    static QStringList appliedKinds(const DashboardResolution &resolution)
    {
        QStringList kinds;
        for (const WidgetResolution &w : resolution.widgets) {
            for (const Json &entry : w.applied) {
                const QString kind = QString::fromStdString(entry.value("kind", std::string()));
                if (kind.startsWith(u"parameter_"_s) && !kinds.contains(kind))
                    kinds.append(kind);
            }
        }
        return kinds;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        QCOMPARE(performance().parameters.size(), 1);
    }

    void designViewUsesTheDesignValue()
    {
        const Dashboard &d = performance();
        const QString picked = DemoCatalog::fiestyFiesta.toString();
        const DashboardResolution before
                = Viewer::design().resolve(m_demo.project, m_demo.projectPath, d);
        const DashboardResolution after = Viewer::design().resolve(
                m_demo.project, m_demo.projectPath, d, designValue(d, picked));
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QVERIFY(bindings(before).contains(DemoCatalog::demoShop.toString()));
        QVERIFY(!bindings(before).contains(picked));
        QVERIFY(bindings(after).contains(picked));
        QVERIFY(!bindings(after).contains(DemoCatalog::demoShop.toString()));
        // What set the value is told: in the resolution and in each widget's "applied".
        QCOMPARE(after.parameters.size(), 1);
        QCOMPARE(after.parameters[0].value, QVariant(picked));
        QCOMPARE(after.parameters[0].source, ResolvedParameter::Source::DesignValue);
        QCOMPARE(before.parameters[0].source, ResolvedParameter::Source::Default);
        QCOMPARE(before.parameters[0].value, QVariant(DemoCatalog::demoShop.toString()));
        QCOMPARE(appliedKinds(after), QStringList{u"parameter_design_value"_s});
    }

    void designValueThatDoesNotFitIsAnError()
    {
        Dashboard d = performance();
        d.parameters[0].allowedValues
                = {DemoCatalog::demoShop.toString(), DemoCatalog::farolito.toString()};
        const DashboardResolution refused
                = Viewer::design().resolve(m_demo.project, m_demo.projectPath, d,
                                           designValue(d, DemoCatalog::fiestyFiesta.toString()));
        QVERIFY(refused.error.contains(u"allowed values"_s));
        QVERIFY(refused.widgets.isEmpty());
        Resolver::Options unknown;
        unknown.designParameterValues.insert(u"no-such-parameter"_s, 1);
        QVERIFY(Viewer::design()
                        .resolve(m_demo.project, m_demo.projectPath, d, unknown)
                        .error.contains(u"no parameter"_s));
    }

    void neverInATokenView_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expected"); // the value the token view uses
        QTest::addColumn<int>("source");
        QTest::newRow("override") << u"Farolito — parameter override"_s
                                  << DemoCatalog::farolito.toString()
                                  << int(ResolvedParameter::Source::Token);
        QTest::newRow("no override: the default")
                << u"Forgetful tenant — no override"_s << DemoCatalog::demoShop.toString()
                << int(ResolvedParameter::Source::Default);
    }

    void neverInATokenView()
    {
        QFETCH(QString, profile);
        QFETCH(QString, expected);
        QFETCH(int, source);
        const Dashboard &d = performance();
        const QString designed = DemoCatalog::fiestyFiesta.toString();
        const Viewer viewer = viewerFor(profile);
        const DashboardResolution plain = viewer.resolve(m_demo.project, m_demo.projectPath, d);
        const DashboardResolution withDesign
                = viewer.resolve(m_demo.project, m_demo.projectPath, d, designValue(d, designed));
        QVERIFY2(withDesign.error.isEmpty(), qPrintable(withDesign.error));
        QVERIFY(withDesign.tokenView);
        QCOMPARE(withDesign.widgets.size(), plain.widgets.size());
        for (qsizetype i = 0; i < plain.widgets.size(); ++i) {
            QCOMPARE(withDesign.widgets[i].denied, plain.widgets[i].denied);
            QCOMPARE(withDesign.widgets[i].plan, plain.widgets[i].plan);
        }
        QVERIFY(!bindings(withDesign).contains(designed));
        QVERIFY(bindings(withDesign).contains(expected));
        QVERIFY(!appliedKinds(withDesign).contains(u"parameter_design_value"_s));
        QCOMPARE(withDesign.parameters.size(), 1);
        QCOMPARE(withDesign.parameters[0].value, QVariant(expected));
        QCOMPARE(int(withDesign.parameters[0].source), source);

        // Not even a value the design view would refuse disturbs a token view.
        Dashboard strict = d;
        strict.parameters[0].allowedValues
                = {DemoCatalog::demoShop.toString(), DemoCatalog::farolito.toString()};
        const DashboardResolution refusedDesign = viewer.resolve(
                m_demo.project, m_demo.projectPath, strict, designValue(strict, designed));
        QVERIFY2(refusedDesign.error.isEmpty(), qPrintable(refusedDesign.error));
        QVERIFY(!bindings(refusedDesign).contains(designed));
    }

    void requiredParameterStillDenies()
    {
        // A forgotten override of a required parameter denies the token view; a design value
        // cannot stand in for it.
        Dashboard d = performance();
        d.parameters[0].requiredInToken = true;
        const DashboardResolution resolution
                = viewerFor(u"Forgetful tenant — no override"_s)
                          .resolve(m_demo.project, m_demo.projectPath, d,
                                   designValue(d, DemoCatalog::fiestyFiesta.toString()));
        QVERIFY(!resolution.denied.isEmpty());
        QVERIFY(bindings(resolution).isEmpty());
        QCOMPARE(resolution.parameters.size(), 1);
        QCOMPARE(resolution.parameters[0].source, ResolvedParameter::Source::Default);
    }
};

QTEST_GUILESS_MAIN(TestDesignParameters)
#include "tst_designparameters.moc"
