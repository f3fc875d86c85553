// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasdatacontroller.h"
#include "canvas/dashboardcanvas.h"
#include "demo/demoproject.h"
#include "dialogs/accountdialog.h"
#include "dialogs/datasetdialog.h"
#include "docks/datapanel.h"
#include "docks/listeditor.h"
#include "docks/parameterspanel.h"
#include "docks/propertiespanel.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "itemmodels/parametermodel.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// A new analyst's first dashboard, through the window's own panels and dialogs: connect the demo
// database, add a dataset, add a chart, give the dashboard a parameter with a default and filter
// the chart by it, save, reopen, and find the same dashboard with the same data. With
// DASHWRIGHT_SCREENSHOTS=DIR, each step is also saved there as a PNG to look at.
class TestFirstDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(DemoProject::create(m_dir.filePath(u"demo"_s), DemoOptions{3000, 1}, &error),
                 qPrintable(error));
    }

    void firstDashboard()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = m_dir.filePath(u"mine/shop.dwproj"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(window.saveAs(path));
        shot(window, u"1-new-project"_s);

        // Connect the demo database.
        AccountDialog *account = window.dataPanel()->addAccount();
        QVERIFY(account);
        account->findChild<QLineEdit *>(u"name"_s)->setText(u"Burritos"_s);
        account->findChild<QLineEdit *>(u"path"_s)->setText(
                m_dir.filePath(u"demo/burrito.sqlite"_s));
        QSignalSpy tested(account, &AccountDialog::testFinished);
        account->testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        shot(*account, u"2-account"_s);
        account->accept();
        QCOMPARE(window.document()->project().accounts.size(), 1);

        // A dataset on its sales table.
        DatasetDialog *dataset = window.dataPanel()->addDataset();
        QVERIFY(dataset);
        QSignalSpy loaded(dataset, &DatasetDialog::tablesLoaded);
        if (dataset->tableNames().isEmpty())
            QVERIFY(loaded.wait(20000));
        QVERIFY(dataset->tableNames().contains(u"sales"_s));
        QSignalSpy previewed(dataset, &DatasetDialog::previewFinished);
        dataset->selectTable(u"sales"_s);
        if (dataset->isBusy() || previewed.isEmpty())
            QVERIFY(previewed.wait(20000));
        QVERIFY(dataset->previewRowCount() > 0);
        shot(*dataset, u"3-dataset"_s);
        dataset->accept();
        QCOMPARE(window.document()->project().datasets.size(), 1);
        const Dataset sales = window.document()->project().datasets.first();

        // A bar chart from the palette, on the only dataset.
        const QString dashboardId = window.selection()->dashboardId();
        window.canvas()->paletteActions().at(int(WidgetType::Bar))->trigger();
        const QString widgetId = window.document()->dashboard(dashboardId)->widgets.last().id;
        QCOMPARE(window.document()->widget(dashboardId, widgetId)->datasetId, sales.id);
        // Proposed broken down by the first text column, so it shows bars at once.
        QCOMPARE(window.document()->widget(dashboardId, widgetId)->dimensions.size(), 1);
        QCOMPARE(sales.column(window.document()
                                      ->widget(dashboardId, widgetId)
                                      ->dimensions.first()
                                      .columnId)
                         ->type,
                 ColumnType::Text);

        // A parameter with a default, then a filter of the chart taking its value.
        const QString parameterId = window.parametersPanel()->addParameter();
        QAbstractItemModel *parameters
                = window.parametersPanel()->findChild<QTableView *>(u"parameterTable"_s)->model();
        const int row = parameters->rowCount() - 1;
        QVERIFY(parameters->setData(parameters->index(row, ParameterModel::NameColumn), u"shop"_s));
        QVERIFY(parameters->setData(parameters->index(row, ParameterModel::DefaultColumn),
                                    u"Demo Burrito Shop"_s));
        QCOMPARE(window.document()->parameter(dashboardId, parameterId)->defaultValue.toString(),
                 u"Demo Burrito Shop"_s);

        window.selection()->selectWidgets({widgetId});
        auto *filters = window.propertiesPanel()->findChild<ListEditor *>(u"filters"_s);
        QVERIFY(filters);
        const Column *distributor = sales.columnByName(u"distributor"_s);
        QVERIFY(distributor);
        filters->setRows(
                {{distributor->id, int(FilterExpression::Equals), QString(), parameterId}});
        Q_EMIT filters->edited();
        const QList<Filter> applied = window.document()->widget(dashboardId, widgetId)->filters;
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().columnId, distributor->id);
        QCOMPARE(applied.first().parameterId, parameterId);

        CanvasDataController *controller = window.canvas()->dataController();
        QTRY_VERIFY_WITH_TIMEOUT(controller->run(widgetId) && !controller->isLoading(widgetId),
                                 20000);
        const WidgetRun designed = *controller->run(widgetId);
        QVERIFY2(designed.error.isEmpty(), qPrintable(designed.error));
        QVERIFY(!designed.result.rows.isEmpty());
        QVERIFY(designed.resolution.plan->bindings.contains(u"Demo Burrito Shop"_s));
        shot(window, u"4-designed"_s);

        QVERIFY(window.save());
        const Project saved = window.document()->project();

        MainWindow reopened;
        reopened.resize(1280, 800);
        reopened.show();
        QVERIFY(reopened.openProject(path));
        QCOMPARE(reopened.document()->project(), saved);
        CanvasDataController *again = reopened.canvas()->dataController();
        QTRY_VERIFY_WITH_TIMEOUT(again->run(widgetId) && !again->isLoading(widgetId), 20000);
        QCOMPARE(again->run(widgetId)->result.rows, designed.result.rows);
        shot(reopened, u"5-reopened"_s);
    }

private:
    static void shot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DASHWRIGHT_SCREENSHOTS");
        if (!dir.isEmpty())
            widget.grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFirstDashboard)
#include "tst_firstdashboard.moc"
