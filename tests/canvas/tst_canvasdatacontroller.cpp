// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasdatacontroller.h"
#include "canvasfixtures.h"
#include "commands/changeparameterdefault.h"
#include "commands/listcommands.h"
#include "commands/movewidgets.h"
#include "commands/setproperty.h"
#include "document/projectdocument.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The canvas's data: every widget queried off the UI thread, re-queried only when its statement
// changes, a burst of edits queried once, and problems and denials named.
class TestCanvasDataController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void loadsEveryWidget();
    void requeriesOnlyAffectedWidgets();
    void burstQueriesLatestStateOnly();
    void laterEditsWinOverEarlierResults();
    void errorNamesTheProblem();
    void invalidClaimsDenyEveryWidget();
    void removedWidgetIsForgotten();
    void anotherViewersRowsAreNeverTheCurrentOnes();

private:
    QString widgetId(const QString &key) const;
    bool settled() const;
    QStringList loadedIds(const QSignalSpy &spy) const;

    std::unique_ptr<Tests::Canvas::Demo> m_demo;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<CanvasDataController> m_controller;
    QString m_dashboardId;
};

void TestCanvasDataController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = Tests::Canvas::createDemo();
    QVERIFY2(!m_demo->projectPath.isEmpty(), qPrintable(m_demo->error));
}

void TestCanvasDataController::init()
{
    m_controller.reset();
    m_document = std::make_unique<ProjectDocument>();
    QVERIFY(m_document->load(m_demo->projectPath));
    m_dashboardId = m_document->project().dashboard(u"chain-overview"_s)->id;
    m_controller = std::make_unique<CanvasDataController>(m_document.get());
    m_controller->setDashboardId(m_dashboardId);
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
}

QString TestCanvasDataController::widgetId(const QString &key) const
{
    for (const Widget &widget : m_document->dashboard(m_dashboardId)->widgets) {
        if (widget.id.isEmpty() || !widget.title.contains(key, Qt::CaseInsensitive))
            continue;
        return widget.id;
    }
    return {};
}

bool TestCanvasDataController::settled() const
{
    if (!m_controller->isIdle())
        return false;
    for (const Widget &widget : m_document->dashboard(m_dashboardId)->widgets) {
        if (!m_controller->run(widget.id))
            return false;
    }
    return true;
}

QStringList TestCanvasDataController::loadedIds(const QSignalSpy &spy) const
{
    QStringList ids;
    for (const QList<QVariant> &arguments : spy)
        ids.append(arguments.at(0).toString());
    ids.sort();
    return ids;
}

void TestCanvasDataController::loadsEveryWidget()
{
    for (const Widget &widget : m_document->dashboard(m_dashboardId)->widgets) {
        const WidgetRun *run = m_controller->run(widget.id);
        QVERIFY(run);
        QVERIFY2(run->error.isEmpty(), qPrintable(run->error));
        QVERIFY(run->resolution.denied.isEmpty());
        QVERIFY2(!run->result.rows.isEmpty(), qPrintable(widget.title));
        QCOMPARE(run->title, widget.title);
    }
    QCOMPARE(m_controller->runningCount(), 0);
}

void TestCanvasDataController::requeriesOnlyAffectedWidgets()
{
    const QString top = widgetId(u"Top 10"_s);
    const QString byMonth = widgetId(u"by month"_s);
    QVERIFY(!top.isEmpty() && !byMonth.isEmpty());
    QSignalSpy loading(m_controller.get(), &CanvasDataController::widgetLoading);
    QUndoStack *stack = m_document->undoStack();

    // A parameter, and a filter on one widget that takes it: that widget alone is queried.
    Parameter excluded;
    excluded.id = u"5b0f5f7e-3d1e-4c55-9d0e-7a0d7b7a1a01"_s;
    excluded.name = u"excluded"_s;
    excluded.label = u"Excluded distributor"_s;
    excluded.type = ColumnType::Text;
    excluded.defaultValue = u"Nobody"_s;
    stack->push(new AddParameter(m_document.get(), m_dashboardId, excluded));
    const Widget *widget = m_document->widget(m_dashboardId, top);
    const Dataset *sales = m_document->dataset(widget->datasetId);
    Filter filter;
    filter.id = u"5b0f5f7e-3d1e-4c55-9d0e-7a0d7b7a1a02"_s;
    filter.columnId = sales->columnByName(u"distributor"_s)->id;
    filter.expression = FilterExpression::NotEquals;
    filter.parameterId = excluded.id;
    stack->push(new SetWidgetProperty<QList<Filter>>(m_document.get(), {m_dashboardId, top},
                                                     &Widget::filters, {filter}));
    QTRY_VERIFY(settled());
    QCOMPARE(loadedIds(loading), QStringList{top});
    const QString firstDistributor = m_controller->run(top)->result.rows.first().first().toString();

    // Changing the default re-queries exactly the widgets that take the parameter.
    loading.clear();
    QString error;
    auto change = ChangeParameterDefault::create(m_document.get(), m_dashboardId, excluded.id,
                                                 firstDistributor, &error);
    QVERIFY2(change, qPrintable(error));
    stack->push(change.release());
    QTRY_VERIFY(settled());
    QCOMPARE(loadedIds(loading), QStringList{top});
    QVERIFY(m_controller->run(top)->result.rows.first().first().toString() != firstDistributor);

    // A new title, a move: the statement is the same, nothing is queried.
    loading.clear();
    stack->push(new SetWidgetProperty<QString>(m_document.get(), {m_dashboardId, byMonth},
                                               &Widget::title, u"Monthly revenue"_s));
    stack->push(new MoveWidgets(m_document.get(), m_dashboardId, byMonth, {0, 8, 6, 4}, true));
    QVERIFY(!loading.wait(200));

    // Undo brings the old statement back, which is queried again.
    stack->undo(); // move
    stack->undo(); // title
    stack->undo(); // default
    QTRY_VERIFY(settled());
    QCOMPARE(loadedIds(loading), QStringList{top});
    QCOMPARE(m_controller->run(top)->result.rows.first().first().toString(), firstDistributor);
}

void TestCanvasDataController::burstQueriesLatestStateOnly()
{
    const QString top = widgetId(u"Top 10"_s);
    QSignalSpy loading(m_controller.get(), &CanvasDataController::widgetLoading);
    QSignalSpy finished(m_controller.get(), &CanvasDataController::widgetFinished);
    // Typing a limit: 9, 8, … 3, within one turn of the event loop.
    for (int limit = 9; limit >= 3; --limit)
        m_document->undoStack()->push(new SetWidgetProperty<int>(
                m_document.get(), {m_dashboardId, top}, &Widget::limit, limit));
    QTRY_VERIFY(settled());
    QCOMPARE(loadedIds(loading), QStringList{top});
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_controller->run(top)->result.rows.size(), 3);
}

void TestCanvasDataController::laterEditsWinOverEarlierResults()
{
    const QString top = widgetId(u"Top 10"_s);
    QSignalSpy finished(m_controller.get(), &CanvasDataController::widgetFinished);
    // Each edit in its own turn: earlier queries may be cancelled or may finish first, but
    // whatever arrives last on screen is the last state, and nothing arrives after it.
    for (int limit = 9; limit >= 3; --limit) {
        m_document->undoStack()->push(new SetWidgetProperty<int>(
                m_document.get(), {m_dashboardId, top}, &Widget::limit, limit));
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY(settled());
    QVERIFY(!finished.isEmpty());
    QVERIFY(finished.size() <= 7);
    QCOMPARE(m_controller->run(top)->result.rows.size(), 3);
    QVERIFY(!finished.wait(200));
    QCOMPARE(m_controller->run(top)->result.rows.size(), 3);
}

void TestCanvasDataController::errorNamesTheProblem()
{
    const QString top = widgetId(u"Top 10"_s);
    const QString datasetId = m_document->widget(m_dashboardId, top)->datasetId;
    m_document->undoStack()->push(new SetProperty<Dataset, QString>(
            m_document.get(), {QString(), datasetId}, &Dataset::table, u"no_such_table"_s));
    QTRY_VERIFY(settled() && !m_controller->run(top)->error.isEmpty());
    QVERIFY2(m_controller->run(top)->error.contains(u"no_such_table"_s),
             qPrintable(m_controller->run(top)->error));
    QVERIFY(m_controller->run(top)->result.rows.isEmpty());
}

void TestCanvasDataController::invalidClaimsDenyEveryWidget()
{
    m_controller->setClaims(
            nlohmann::ordered_json{{"securables", nlohmann::ordered_json::array()}});
    QTRY_VERIFY(settled()
                && !m_controller->run(widgetId(u"Top 10"_s))->resolution.denied.isEmpty());
    for (const Widget &widget : m_document->dashboard(m_dashboardId)->widgets)
        QVERIFY(!m_controller->run(widget.id)->resolution.denied.isEmpty());

    // Back to the design view: data again.
    m_controller->setClaims(std::nullopt);
    QTRY_VERIFY(settled() && m_controller->run(widgetId(u"Top 10"_s))->resolution.denied.isEmpty());
}

void TestCanvasDataController::removedWidgetIsForgotten()
{
    const QString top = widgetId(u"Top 10"_s);
    const int row = m_document->widgetIndex(m_dashboardId, top);
    const int dashboardRow = m_document->dashboardIndex(m_dashboardId);
    m_document->takeWidget(dashboardRow, row);
    QVERIFY(!m_controller->run(top));
    QCOMPARE(m_controller->runningCount(), 0);
}

// The security review's case: QA switches to a tenant and stops the queries while they run.
// The widgets must not keep the design view's rows as if they were the tenant's (an export names
// the tenant in its header); until every widget has the tenant's run, nothing counts as the
// tenant's view.
void TestCanvasDataController::anotherViewersRowsAreNeverTheCurrentOnes()
{
    const QString top = widgetId(u"Top 10"_s);
    QVERIFY(!top.isEmpty());
    QVERIFY(m_controller->showsCurrentViewer());
    const QList<QVariantList> designRows = m_controller->run(top)->result.rows;
    QVERIFY(designRows.size() > 1);

    const TenantProfile *tenant = m_document->project().tenant(u"Fiesty Fiesta — token filter"_s);
    QVERIFY(tenant);
    m_controller->setClaims(tenant->claims, true);
    QVERIFY(!m_controller->showsCurrentViewer());
    QTRY_VERIFY(m_controller->isLoading(top));
    QVERIFY(!m_controller->showsCurrentViewer()); // the design view's rows are still on show
    m_controller->cancelAll();
    const WidgetRun *run = m_controller->run(top);
    QVERIFY(run);
    QVERIFY(run->result.rows != designRows);
    QVERIFY(!run->error.isEmpty()); // cancelled, said so
    QVERIFY(m_controller->showsCurrentViewer());

    // Loaded for the tenant: its own rows, and its view.
    m_controller->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
    QVERIFY(m_controller->showsCurrentViewer());
    QVERIFY(m_controller->run(top)->error.isEmpty());
    QVERIFY(m_controller->run(top)->result.rows != designRows);
}

QTEST_GUILESS_MAIN(TestCanvasDataController)
#include "tst_canvasdatacontroller.moc"
