// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/listcommands.h"
#include "commands/setproperty.h"
#include "docksfixture.h"
#include "itemmodels/datasourcemodel.h"
#include "mimetypes.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Docks;

using Kind = DataSourceModel::ItemKind;

// The data panel's tree: accounts → datasets → columns, edits through undo commands, structure
// following every command, and column drags.
class TestDataSourceModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsAccountsDatasetsColumns()
    {
        auto doc = demoDocument();
        DataSourceModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Project &project = doc->project();
        QCOMPARE(model.rowCount(), project.accounts.size());
        const QModelIndex account = model.index(0, 0);
        QCOMPARE(model.kind(account), Kind::Account);
        QCOMPARE(account.data().toString(), project.accounts.first().name);
        QVERIFY(account.siblingAtColumn(DataSourceModel::TypeColumn)
                        .data()
                        .toString()
                        .contains(u"default"_s));
        QCOMPARE(model.rowCount(account), project.datasets.size());
        const QModelIndex sales = model.index(0, 0, account);
        QCOMPARE(model.kind(sales), Kind::Dataset);
        QCOMPARE(sales.data().toString(), project.datasets.first().name);
        QCOMPARE(model.rowCount(sales), project.datasets.first().columns.size());
        const QModelIndex revenue = model.index(9, 0, sales);
        QCOMPARE(model.kind(revenue), Kind::Column);
        QCOMPARE(revenue.data().toString(), u"Revenue"_s);
        QCOMPARE(revenue.siblingAtColumn(DataSourceModel::TypeColumn).data().toString(),
                 u"Number"_s);
        QCOMPARE(model.parent(revenue), sales);
        QCOMPARE(model.datasetIndex(project.datasets.first().id), sales);
    }

    void setDataPushesCommand_data()
    {
        QTest::addColumn<int>("datasetRow"); // -1: the account itself
        QTest::addColumn<int>("columnRow");  // -1: the dataset itself
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("account name")
                << -1 << -1 << 0 << QVariant(u"Warehouse"_s) << u"Warehouse"_s;
        QTest::newRow("dataset name") << 1 << -1 << 0 << QVariant(u"Shops"_s) << u"Shops"_s;
        QTest::newRow("column label") << 0 << 2 << 0 << QVariant(u"Shop"_s) << u"Shop"_s;
        QTest::newRow("column type")
                << 0 << 1 << 1 << QVariant(int(ColumnType::DateTime)) << u"Date and time"_s;
    }

    void setDataPushesCommand()
    {
        QFETCH(int, datasetRow);
        QFETCH(int, columnRow);
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, shown);
        auto doc = demoDocument();
        DataSourceModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Project before = doc->project();

        QModelIndex index = model.index(0, 0);
        if (datasetRow >= 0)
            index = model.index(datasetRow, 0, index);
        if (columnRow >= 0)
            index = model.index(columnRow, 0, index);
        index = index.siblingAtColumn(column);
        QVERIFY(model.flags(index) & Qt::ItemIsEditable);
        QVERIFY(model.setData(index, value));
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->project() != before);
        QCOMPARE(index.data().toString(), shown);
        QVERIFY(undoRedoRoundTrip(*doc, before));
        QVERIFY(index.data().toString() != shown);
    }

    void refusesEmptyNames()
    {
        auto doc = demoDocument();
        DataSourceModel model(doc.get());
        const QModelIndex dataset = model.index(0, 0, model.index(0, 0));
        QVERIFY(!model.setData(dataset, u"  "_s));
        QVERIFY(!model.setData(model.index(0, 0, dataset), QString()));
        QVERIFY(!model.setData(model.index(0, 1, dataset), 99));
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void followsStructuralCommands()
    {
        auto doc = demoDocument();
        DataSourceModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Project before = doc->project();
        QUndoStack *stack = doc->undoStack();

        Account warehouse;
        warehouse.id = u"3f0d2a9c-0000-4000-8000-000000000001"_s;
        warehouse.name = u"Warehouse"_s;
        warehouse.type = AccountType::Postgresql;
        warehouse.host = u"db.example"_s;
        stack->push(new AddAccount(doc.get(), warehouse, 0));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"Warehouse"_s);
        QVERIFY(model.index(0, 1).data().toString().contains(u"default"_s));
        QVERIFY(!model.index(1, 1).data().toString().contains(u"default"_s));

        // A dataset moved to the new account moves in the tree.
        const QString salesId = before.datasets.first().id;
        stack->push(new SetProperty(doc.get(), {QString(), salesId}, &Dataset::accountId,
                                    warehouse.id));
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.rowCount(model.index(1, 0)), before.datasets.size() - 1);
        QCOMPARE(model.datasetIndex(salesId).parent(), model.index(0, 0));

        // Fewer columns: the rows go.
        QList<Column> columns = before.datasets.first().columns.mid(0, 3);
        stack->push(new SetProperty(doc.get(), {QString(), salesId}, &Dataset::columns, columns));
        QCOMPARE(model.rowCount(model.datasetIndex(salesId)), 3);

        stack->push(new RemoveDataset(doc.get(), before.datasets.last().id));
        QCOMPARE(model.rowCount(model.index(1, 0)), before.datasets.size() - 2);
        Dataset copy = before.datasets.at(1);
        copy.id = u"3f0d2a9c-0000-4000-8000-000000000002"_s;
        stack->push(new AddDataset(doc.get(), copy, 0));
        QCOMPARE(model.rowCount(model.index(1, 0)), before.datasets.size() - 1);
        QCOMPARE(model.index(0, 0, model.index(1, 0)).data(DataSourceModel::IdRole).toString(),
                 copy.id);

        // Datasets of a removed account leave with it and come back on undo.
        stack->push(new RemoveAccount(doc.get(), before.accounts.first().id));
        QCOMPARE(model.rowCount(), 1);
        stack->undo();
        QCOMPARE(model.rowCount(model.index(1, 0)), before.datasets.size() - 1);

        // The undone removal waits on the redo side; undo the rest back to the start.
        while (stack->canUndo())
            stack->undo();
        QVERIFY(doc->project() == before);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), before.datasets.size());
        QCOMPARE(model.rowCount(model.datasetIndex(salesId)),
                 before.datasets.first().columns.size());
    }

    void followsReset()
    {
        auto doc = demoDocument();
        DataSourceModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc->reset(Project());
        QCOMPARE(model.rowCount(), 0);
        doc->reset(DemoDocument::build());
        QCOMPARE(model.rowCount(), 1);
    }

    void dragsColumns()
    {
        auto doc = demoDocument();
        DataSourceModel model(doc.get());
        const QModelIndex sales = model.index(0, 0, model.index(0, 0));
        const QModelIndex revenue = model.index(9, 0, sales);
        QVERIFY(model.flags(revenue) & Qt::ItemIsDragEnabled);
        QVERIFY(!(model.flags(sales) & Qt::ItemIsDragEnabled));
        QVERIFY(model.mimeTypes().contains(QString(MimeTypes::column)));
        QVERIFY(!model.mimeData({sales}));

        std::unique_ptr<QMimeData> mime(model.mimeData({sales, revenue}));
        QVERIFY(mime);
        const QJsonObject payload
                = QJsonDocument::fromJson(mime->data(QString(MimeTypes::column))).object();
        const Dataset &dataset = doc->project().datasets.first();
        QCOMPARE(payload.value(u"dataset_id"_s).toString(), dataset.id);
        QCOMPARE(payload.value(u"column_id"_s).toString(), dataset.columnByName(u"revenue"_s)->id);
    }
};

QTEST_MAIN(TestDataSourceModel)
#include "tst_datasourcemodel.moc"
