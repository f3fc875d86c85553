// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/setproperty.h"
#include "docksfixture.h"
#include "documentselection.h"
#include "itemmodels/problemlocation.h"
#include "itemmodels/problemmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Docks;

using Kind = DocumentSelection::Kind;

// The problems list: it follows edits once they pause, and a problem's path leads the selection
// to the object it is about.
class TestProblemModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followsEditsOncePaused()
    {
        auto doc = demoDocument();
        ProblemModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDelay(50);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy revalidated(&model, &ProblemModel::revalidated);

        const ObjectRef widget{dashboard(*doc).id, dashboard(*doc).widgets.at(2).id};
        // Typing a bad colour: several edits, one check.
        for (const QString &text : {u"r"_s, u"re"_s, u"red"_s})
            doc->undoStack()->push(
                    new SetProperty(doc.get(), widget, &Widget::colors, QStringList{text}));
        QCOMPARE(revalidated.count(), 0);
        QVERIFY(revalidated.wait());
        QCOMPARE(revalidated.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ProblemModel::PathRole).toString(),
                 u"dashboards[0].widgets[2].colors[0]"_s);
        QVERIFY(model.index(0, ProblemModel::LocationColumn)
                        .data()
                        .toString()
                        .contains(dashboard(*doc).widgets.at(2).title));

        doc->undoStack()->undo();
        QVERIFY(revalidated.wait());
        QCOMPARE(model.rowCount(), 0);
    }

    void locatesAndSelects_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("dashboard");  // -1: the selection stays on the first dashboard
        QTest::addColumn<QString>("object"); // "list/index" of the expected object
        QTest::newRow("account") << u"accounts[0].path"_s << int(Kind::Account) << -1
                                 << u"accounts/0"_s;
        QTest::newRow("dataset column")
                << u"datasets[2].columns[1].type"_s << int(Kind::Dataset) << -1 << u"datasets/2"_s;
        QTest::newRow("policy") << u"access_policies[0].rows[0].value"_s << int(Kind::Dataset) << -1
                                << u"datasets/4"_s;
        QTest::newRow("widget measure") << u"dashboards[1].widgets[2].measures[0]"_s
                                        << int(Kind::Widgets) << 1 << u"widgets/2"_s;
        QTest::newRow("parameter") << u"dashboards[0].parameters[0].name"_s << int(Kind::Parameter)
                                   << 0 << u"parameters/0"_s;
        QTest::newRow("dashboard slug")
                << u"dashboards[2].slug"_s << int(Kind::None) << 2 << QString();
        QTest::newRow("tenant claims") << u"tenants[3].claims.parameter_overrides.shop"_s
                                       << int(Kind::Tenant) << -1 << u"tenants/3"_s;
    }

    void locatesAndSelects()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(int, dashboard);
        QFETCH(QString, object);
        auto doc = demoDocument();
        const Project &project = doc->project();
        DocumentSelection selection(doc.get());
        selection.selectAccount(project.accounts.first().id); // something to replace

        const ProblemLocation location = ProblemLocation::locate(project, path);
        QVERIFY(location.isValid());
        QVERIFY(!location.description.isEmpty());
        QVERIFY(location.select(&selection));
        QCOMPARE(int(selection.kind()), kind);
        QCOMPARE(selection.dashboardId(), project.dashboards.at(qMax(dashboard, 0)).id);

        const QStringList parts = object.split(u'/');
        const Dashboard &shown = project.dashboards.at(qMax(dashboard, 0));
        QString expected;
        if (parts.first() == u"accounts"_s)
            expected = project.accounts.at(parts.last().toInt()).id;
        else if (parts.first() == u"datasets"_s)
            expected = project.datasets.at(parts.last().toInt()).id;
        else if (parts.first() == u"widgets"_s)
            expected = shown.widgets.at(parts.last().toInt()).id;
        else if (parts.first() == u"parameters"_s)
            expected = shown.parameters.at(parts.last().toInt()).id;
        else if (parts.first() == u"tenants"_s)
            expected = project.tenants.at(parts.last().toInt()).id;
        if (kind == int(Kind::Widgets))
            QCOMPARE(selection.widgetIds(), QStringList{expected});
        else
            QCOMPARE(selection.objectId(), expected);
    }

    void unknownPathsSelectNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("project id") << u"id"_s;
        QTest::newRow("out of range") << u"dashboards[9].widgets[0]"_s;
        QTest::newRow("widget out of range") << u"accounts[3]"_s;
        QTest::newRow("embed origin") << u"embed_origins[0]"_s;
    }

    void unknownPathsSelectNothing()
    {
        QFETCH(QString, path);
        auto doc = demoDocument();
        DocumentSelection selection(doc.get());
        const ProblemLocation location = ProblemLocation::locate(doc->project(), path);
        QVERIFY(!location.isValid());
        QVERIFY(!location.select(&selection));
        QCOMPARE(selection.kind(), Kind::None);
    }
};

QTEST_MAIN(TestProblemModel)
#include "tst_problemmodel.moc"
