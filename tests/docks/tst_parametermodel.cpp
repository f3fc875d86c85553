// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/listcommands.h"
#include "commands/parameteredits.h"
#include "docksfixture.h"
#include "itemmodels/parametermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Docks;

// The parameters table: each column's edit is one undo command that undo reverses exactly; edits
// that break a rule (a bad name, a default of the wrong type or outside the allowed values) change
// nothing and say why.
class TestParameterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheDashboardsParameters()
    {
        auto doc = demoDocument();
        ParameterModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDashboardId(dashboard(*doc).id);
        const Parameter &parameter = dashboard(*doc).parameters.first();
        QCOMPARE(model.rowCount(), dashboard(*doc).parameters.size());
        QCOMPARE(model.index(0, ParameterModel::NameColumn).data().toString(), parameter.name);
        QCOMPARE(model.index(0, ParameterModel::TypeColumn).data().toString(), u"Text"_s);
        QCOMPARE(model.index(0, ParameterModel::DefaultColumn).data().toString(),
                 parameter.defaultValue.toString());
        QCOMPARE(model.index(0, ParameterModel::AllowedColumn).data().toString(), u"any"_s);
        QCOMPARE(model.parameterId(0), parameter.id);
        QCOMPARE(model.rowOf(parameter.id), 0);
    }

    void edits_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("shown");
        const auto row = [](const char *name, int column, QVariant value, bool accepted,
                            const QString &shown) {
            QTest::newRow(name) << column << value << accepted << shown;
        };
        row("rename", ParameterModel::NameColumn, u"shop"_s, true, u"shop"_s);
        row("rename to a non-identifier", ParameterModel::NameColumn, u"the shop"_s, false, {});
        row("label", ParameterModel::LabelColumn, u"Shop"_s, true, u"Shop"_s);
        row("type integer", ParameterModel::TypeColumn, int(ColumnType::Integer), true,
            u"Integer"_s);
        row("type out of range", ParameterModel::TypeColumn, 42, false, {});
        row("default", ParameterModel::DefaultColumn, u"El Farolito"_s, true, u"El Farolito"_s);
        row("allowed values with the default", ParameterModel::AllowedColumn,
            u"Demo Burrito Shop, El Farolito"_s, true, u"Demo Burrito Shop, El Farolito"_s);
        row("allowed values without the default", ParameterModel::AllowedColumn, u"Nowhere"_s,
            false, {});
    }

    void edits()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(QString, shown);
        auto doc = demoDocument();
        ParameterModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDashboardId(dashboard(*doc).id);
        QSignalSpy refused(&model, &ParameterModel::editRefused);
        const Project before = doc->project();
        const QModelIndex index = model.index(0, column);

        QCOMPARE(model.setData(index, value), accepted);
        if (!accepted) {
            QCOMPARE(refused.count(), 1);
            QCOMPARE(doc->undoStack()->count(), 0);
            QVERIFY(doc->project() == before);
            return;
        }
        QCOMPARE(refused.count(), 0);
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(index.data().toString(), shown);
        QVERIFY(undoRedoRoundTrip(*doc, before));
    }

    // An integer parameter keeps its default and allowed values through a change to number, and a
    // text default that is no integer falls back to 0.
    void typeChangeConvertsValues()
    {
        auto doc = demoDocument();
        const QString dashboardId = dashboard(*doc).id;
        const QString id = dashboard(*doc).parameters.first().id;
        const Project before = doc->project();
        QString error;
        QVERIFY(ParameterEdits::setType(doc.get(), dashboardId, id, ColumnType::Integer, &error));
        QCOMPARE(doc->parameter(dashboardId, id)->defaultValue, QVariant(qint64(0)));
        QVERIFY(ParameterEdits::setAllowedValues(doc.get(), dashboardId, id, u"0, 5"_s, &error));
        QVERIFY(!ParameterEdits::setDefault(doc.get(), dashboardId, id, u"7"_s, &error));
        QVERIFY(error.contains(u"allowed"_s));
        QVERIFY(ParameterEdits::setDefault(doc.get(), dashboardId, id, u"5"_s, &error));
        QVERIFY(ParameterEdits::setType(doc.get(), dashboardId, id, ColumnType::Text, &error));
        const Parameter *parameter = doc->parameter(dashboardId, id);
        QCOMPARE(parameter->defaultValue, QVariant(u"5"_s));
        QCOMPARE(parameter->allowedValues, (QVariantList{u"0"_s, u"5"_s}));
        QCOMPARE(doc->undoStack()->count(), 4); // the type change is one step
        QVERIFY(undoRedoRoundTrip(*doc, before));
    }

    void typingMerges()
    {
        auto doc = demoDocument();
        ParameterModel model(doc.get());
        model.setDashboardId(dashboard(*doc).id);
        for (const QString &text : {u"s"_s, u"sh"_s, u"shop"_s})
            QVERIFY(model.setData(model.index(0, ParameterModel::NameColumn), text));
        for (const QString &text : {u"F"_s, u"Fa"_s, u"Far"_s})
            QVERIFY(model.setData(model.index(0, ParameterModel::DefaultColumn), text));
        QCOMPARE(doc->undoStack()->count(), 2);
    }

    void followsAddRemoveAndDashboards()
    {
        auto doc = demoDocument();
        ParameterModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString dashboardId = dashboard(*doc).id;
        model.setDashboardId(dashboardId);
        const Project before = doc->project();
        const Parameter added = ParameterEdits::newParameter(dashboard(*doc));
        QVERIFY(!dashboard(*doc).parameterByName(added.name));

        doc->undoStack()->push(new AddParameter(doc.get(), dashboardId, added));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.parameterId(1), added.id);
        // A parameter added to another dashboard is not this table's.
        Parameter elsewhere = ParameterEdits::newParameter(dashboard(*doc, 1));
        doc->undoStack()->push(new AddParameter(doc.get(), dashboard(*doc, 1).id, elsewhere));
        QCOMPARE(model.rowCount(), 2);
        doc->undoStack()->push(new RemoveParameter(
                doc.get(), dashboardId, before.dashboards.first().parameters.first().id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.parameterId(0), added.id);

        model.setDashboardId(dashboard(*doc, 1).id);
        QCOMPARE(model.rowCount(), dashboard(*doc, 1).parameters.size());
        QVERIFY(undoRedoRoundTrip(*doc, before));
        QCOMPARE(model.rowCount(), before.dashboards.at(1).parameters.size());
    }
};

QTEST_MAIN(TestParameterModel)
#include "tst_parametermodel.moc"
