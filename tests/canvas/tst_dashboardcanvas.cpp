// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasdatacontroller.h"
#include "canvas/canvassurface.h"
#include "canvas/dashboardcanvas.h"
#include "canvas/widgetview.h"
#include "canvasfixtures.h"
#include "commands/setproperty.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "mimetypes.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The canvas as the analyst uses it: palette, dropped columns, mouse, keyboard and clipboard, each
// an undo step that undo takes back; and every widget showing its data or its problem.
class TestDashboardCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryWidgetWithData();
    void addFromPalette_data();
    void addFromPalette();
    void dropColumn_data();
    void dropColumn();
    void moveSnapsToGrid_data();
    void moveSnapsToGrid();
    void resizeWithHandle();
    void clickAndControlClickSelect();
    void rubberBandSelects();
    void copyPasteDelete();
    void cutAndUndo();
    void keyboard_data();
    void keyboard();
    void errorStateNamesTheProblem();

private:
    const Dashboard &dashboard() const
    {
        return *m_document->dashboard(m_selection->dashboardId());
    }
    const Widget &widgetAt(int index) const { return dashboard().widgets.at(index); }
    QPoint centerOf(const QString &widgetId) const;
    void mouse(QEvent::Type type, const QPoint &position, Qt::KeyboardModifiers modifiers = {});
    void drag(const QPoint &from, const QPoint &to);

    std::unique_ptr<Tests::Canvas::Demo> m_demo;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<DocumentSelection> m_selection;
    std::unique_ptr<DashboardCanvas> m_canvas;
};

void TestDashboardCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = Tests::Canvas::createDemo();
    QVERIFY2(!m_demo->projectPath.isEmpty(), qPrintable(m_demo->error));
}

void TestDashboardCanvas::init()
{
    m_document = std::make_unique<ProjectDocument>();
    QVERIFY(m_document->load(m_demo->projectPath));
    m_selection = std::make_unique<DocumentSelection>(m_document.get());
    m_selection->setDashboardId(m_document->project().dashboard(u"distributor-performance"_s)->id);
    m_canvas = std::make_unique<DashboardCanvas>(m_document.get(), m_selection.get());
    m_canvas->resize(1200, 900);
    m_canvas->show();
    m_canvas->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_canvas.get()));
    m_canvas->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(m_canvas->dataController()->isIdle(), 20000);
}

void TestDashboardCanvas::cleanup()
{
    m_canvas.reset();
    m_selection.reset();
    m_document.reset();
}

QPoint TestDashboardCanvas::centerOf(const QString &widgetId) const
{
    return m_canvas->surface()->view(widgetId)->geometry().center();
}

void TestDashboardCanvas::mouse(QEvent::Type type, const QPoint &position,
                                Qt::KeyboardModifiers modifiers)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    const Qt::MouseButtons buttons
            = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
    QWidget *surface = m_canvas->surface();
    QMouseEvent event(type, position, surface->mapToGlobal(position), button, buttons, modifiers);
    QApplication::sendEvent(surface, &event);
}

void TestDashboardCanvas::drag(const QPoint &from, const QPoint &to)
{
    mouse(QEvent::MouseButtonPress, from);
    // In steps, as a hand would, so that the steps merge into one undo command.
    for (int i = 1; i <= 4; ++i)
        mouse(QEvent::MouseMove, from + (to - from) * i / 4);
    mouse(QEvent::MouseButtonRelease, to);
}

void TestDashboardCanvas::showsEveryWidgetWithData()
{
    QCOMPARE(m_canvas->surface()->views().size(), dashboard().widgets.size());
    for (const Widget &widget : dashboard().widgets) {
        const WidgetView *view = m_canvas->surface()->view(widget.id);
        QVERIFY(view);
        QCOMPARE(view->state(), WidgetView::State::Data);
        QVERIFY(m_canvas->surface()->rect().contains(view->geometry()));
    }
    // Kept beside the test executable, to look at; after the layouts the last results asked for.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(m_canvas->surface()->grab().save(u"canvas.png"_s));
}

void TestDashboardCanvas::addFromPalette_data()
{
    QTest::addColumn<WidgetType>("type");
    for (int i = 0; i <= int(WidgetType::Text); ++i)
        QTest::newRow(qPrintable(widgetTypeName(WidgetType(i)))) << WidgetType(i);
}

void TestDashboardCanvas::addFromPalette()
{
    QFETCH(WidgetType, type);
    const qsizetype before = dashboard().widgets.size();
    m_canvas->paletteActions().at(int(type))->trigger();
    QCOMPARE(dashboard().widgets.size(), before + 1);
    const Widget &added = dashboard().widgets.last();
    QCOMPARE(added.type, type);
    QCOMPARE(m_selection->widgetIds(), QStringList{added.id});
    QVERIFY(m_canvas->surface()->view(added.id));
    // Below the demo's widgets, which fill every column of their rows.
    QVERIFY(added.grid.y >= 14);
    QTRY_VERIFY(m_canvas->dataController()->isIdle());
    const WidgetView::State expected = WidgetView::State::Data;
    QCOMPARE(m_canvas->surface()->view(added.id)->state(), expected);

    const QString id = added.id;
    m_document->undoStack()->undo();
    QCOMPARE(dashboard().widgets.size(), before);
    QVERIFY(!m_canvas->surface()->view(id));
    QVERIFY(m_selection->widgetIds().isEmpty());
}

void TestDashboardCanvas::dropColumn_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<WidgetType>("type");
    QTest::addColumn<TimeGrain>("grain");
    QTest::newRow("date: line by month") << u"sale_date"_s << WidgetType::Line << TimeGrain::Month;
    QTest::newRow("text: bar chart") << u"product"_s << WidgetType::Bar << TimeGrain::None;
    QTest::newRow("number: KPI") << u"revenue"_s << WidgetType::Kpi << TimeGrain::None;
}

void TestDashboardCanvas::dropColumn()
{
    QFETCH(QString, column);
    QFETCH(WidgetType, type);
    QFETCH(TimeGrain, grain);
    const Dataset *dataset = m_document->dataset(widgetAt(0).datasetId);
    const Column *dropped = dataset->columnByName(column);
    QVERIFY(dropped);
    QMimeData mime;
    mime.setData(MimeTypes::column,
                 QJsonDocument(
                         QJsonObject{{u"dataset_id"_s, dataset->id}, {u"column_id"_s, dropped->id}})
                         .toJson(QJsonDocument::Compact));
    CanvasSurface *surface = m_canvas->surface();
    const QPoint position = surface->grid().rect({2, 15, 1, 1}).center();
    QDragEnterEvent enter(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(surface, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(surface, &drop);
    QVERIFY(drop.isAccepted());

    const Widget &added = dashboard().widgets.last();
    QCOMPARE(m_selection->widgetIds(), QStringList{added.id});
    QCOMPARE(added.type, type);
    QCOMPARE(added.datasetId, dataset->id);
    QCOMPARE(added.grid.x, 2);
    QCOMPARE(added.grid.y, 15);
    if (type == WidgetType::Kpi) {
        QCOMPARE(added.measures.size(), 1);
        QCOMPARE(added.measures.first().columnId, dropped->id);
        QCOMPARE(added.measures.first().aggregation, Aggregation::Sum);
    } else {
        QCOMPARE(added.dimensions.size(), 1);
        QCOMPARE(added.dimensions.first().columnId, dropped->id);
        QCOMPARE(added.dimensions.first().grain, grain);
        QCOMPARE(added.measures.first().aggregation, Aggregation::Count);
    }
    QTRY_VERIFY(m_canvas->dataController()->isIdle());
    QCOMPARE(m_canvas->surface()->view(added.id)->state(), WidgetView::State::Data);

    // Something that is not a column is refused.
    QMimeData text;
    text.setText(u"revenue"_s);
    QDragEnterEvent refused(position, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(surface, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestDashboardCanvas::moveSnapsToGrid_data()
{
    QTest::addColumn<double>("columns");
    QTest::addColumn<double>("rows");
    QTest::addColumn<QPoint>("expected");
    QTest::newRow("under half a cell: stays") << 0.4 << 0.3 << QPoint(0, 0);
    QTest::newRow("rounds to the nearest cell") << 1.6 << 0.6 << QPoint(2, 1);
    QTest::newRow("left of the grid: stops at the edge") << -5.0 << 0.0 << QPoint(0, 0);
    QTest::newRow("right: stops at the last column") << 20.0 << 0.0 << QPoint(9, 0);
}

void TestDashboardCanvas::moveSnapsToGrid()
{
    QFETCH(double, columns);
    QFETCH(double, rows);
    QFETCH(QPoint, expected);
    const Widget revenue = widgetAt(0); // 3 columns wide at 0, 0
    const CanvasGrid grid = m_canvas->surface()->grid();
    const QPoint from = centerOf(revenue.id);
    const QPoint to
            = from + QPoint(int(columns * grid.columnWidth()), int(rows * CanvasGrid::rowHeight));
    const int steps = m_document->undoStack()->count();
    drag(from, to);
    const GridRect moved = m_document->widget(dashboard().id, revenue.id)->grid;
    QCOMPARE(QPoint(moved.x, moved.y), expected);
    QCOMPARE(moved.width, revenue.grid.width);
    QCOMPARE(m_canvas->surface()->view(revenue.id)->geometry(), grid.rect(moved));
    // One drag, one undo step (none when nothing moved).
    QCOMPARE(m_document->undoStack()->count(), steps + (moved == revenue.grid ? 0 : 1));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->widget(dashboard().id, revenue.id)->grid, revenue.grid);
}

void TestDashboardCanvas::resizeWithHandle()
{
    const Widget revenue = widgetAt(0);
    m_selection->selectWidgets({revenue.id});
    const QRect rect = m_canvas->surface()->view(revenue.id)->geometry();
    const CanvasGrid grid = m_canvas->surface()->grid();
    const QPoint handle = rect.bottomRight() - QPoint(2, 2);
    drag(handle, handle + QPoint(int(2 * grid.columnWidth()), CanvasGrid::rowHeight));
    const GridRect resized = m_document->widget(dashboard().id, revenue.id)->grid;
    QCOMPARE(resized, (GridRect{0, 0, revenue.grid.width + 2, revenue.grid.height + 1}));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->widget(dashboard().id, revenue.id)->grid, revenue.grid);
}

void TestDashboardCanvas::clickAndControlClickSelect()
{
    const QString a = widgetAt(0).id;
    const QString b = widgetAt(3).id;
    mouse(QEvent::MouseButtonPress, centerOf(a));
    mouse(QEvent::MouseButtonRelease, centerOf(a));
    QCOMPARE(m_selection->widgetIds(), QStringList{a});
    mouse(QEvent::MouseButtonPress, centerOf(b), Qt::ControlModifier);
    mouse(QEvent::MouseButtonRelease, centerOf(b), Qt::ControlModifier);
    QCOMPARE(m_selection->widgetIds(), (QStringList{a, b}));
    // Ctrl-click again takes it out; a plain click elsewhere selects that one alone.
    mouse(QEvent::MouseButtonPress, centerOf(a), Qt::ControlModifier);
    mouse(QEvent::MouseButtonRelease, centerOf(a), Qt::ControlModifier);
    QCOMPARE(m_selection->widgetIds(), QStringList{b});
    // A selection made elsewhere (the docks) is the canvas's too.
    m_selection->selectWidgets({a});
    QVERIFY(m_canvas->copyAction()->isEnabled());
    m_selection->clear();
    QVERIFY(!m_canvas->copyAction()->isEnabled());
}

void TestDashboardCanvas::rubberBandSelects()
{
    // From the empty rows below the content up into the last row of widgets (scatter, table).
    const CanvasGrid grid = m_canvas->surface()->grid();
    const QPoint from = grid.rect({0, 15, 1, 1}).center();
    const QPoint to = grid.rect({11, 13, 1, 1}).center();
    drag(from, to);
    QStringList expected;
    for (const Widget &widget : dashboard().widgets) {
        if (widget.grid.y + widget.grid.height > 13)
            expected.append(widget.id);
    }
    QCOMPARE(expected.size(), 2);
    QStringList selected = m_selection->widgetIds();
    selected.sort();
    expected.sort();
    QCOMPARE(selected, expected);
    // A click on nothing clears it.
    mouse(QEvent::MouseButtonPress, from);
    mouse(QEvent::MouseButtonRelease, from);
    QVERIFY(m_selection->widgetIds().isEmpty());
}

void TestDashboardCanvas::copyPasteDelete()
{
    const qsizetype before = dashboard().widgets.size();
    const QStringList copied{widgetAt(0).id, widgetAt(3).id};
    m_selection->selectWidgets(copied);
    m_canvas->copyAction()->trigger();
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
            u"application/x-dashwright-widgets"_s));
    QTRY_VERIFY(m_canvas->pasteAction()->isEnabled());
    m_canvas->pasteAction()->trigger();
    QCOMPARE(dashboard().widgets.size(), before + 2);
    const QStringList pasted = m_selection->widgetIds();
    QCOMPARE(pasted.size(), 2);
    for (const QString &id : pasted) {
        QVERIFY(!copied.contains(id));
        QVERIFY(m_canvas->surface()->view(id));
    }
    QCOMPARE(m_document->widget(dashboard().id, pasted.first())->title, widgetAt(0).title);

    m_canvas->deleteAction()->trigger();
    QCOMPARE(dashboard().widgets.size(), before);
    QVERIFY(m_selection->widgetIds().isEmpty());
    m_document->undoStack()->undo(); // the delete, in one step
    QCOMPARE(dashboard().widgets.size(), before + 2);
    m_document->undoStack()->undo(); // the paste, in one step
    QCOMPARE(dashboard().widgets.size(), before);
}

void TestDashboardCanvas::cutAndUndo()
{
    const Widget first = widgetAt(0);
    m_selection->selectWidgets({first.id});
    m_canvas->cutAction()->trigger();
    QVERIFY(!m_document->widget(dashboard().id, first.id));
    QVERIFY(!m_canvas->surface()->view(first.id));
    m_document->undoStack()->undo();
    QCOMPARE(*m_document->widget(dashboard().id, first.id), first);
    QVERIFY(m_canvas->surface()->view(first.id));
    // Its data comes back as well.
    QTRY_COMPARE(m_canvas->surface()->view(first.id)->state(), WidgetView::State::Data);
}

void TestDashboardCanvas::keyboard_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<int>("widgetIndex");
    QTest::addColumn<GridRect>("expected"); // invalid width: the widget is gone
    // "Burritos sold" is at 3, 0, 3×2.
    QTest::newRow("right") << int(Qt::Key_Right) << Qt::KeyboardModifiers() << 1
                           << GridRect{4, 0, 3, 2};
    QTest::newRow("left") << int(Qt::Key_Left) << Qt::KeyboardModifiers() << 1
                          << GridRect{2, 0, 3, 2};
    QTest::newRow("down") << int(Qt::Key_Down) << Qt::KeyboardModifiers() << 1
                          << GridRect{3, 1, 3, 2};
    QTest::newRow("up at the top: stays")
            << int(Qt::Key_Up) << Qt::KeyboardModifiers() << 1 << GridRect{3, 0, 3, 2};
    QTest::newRow("shift right: wider")
            << int(Qt::Key_Right) << Qt::KeyboardModifiers(Qt::ShiftModifier) << 1
            << GridRect{3, 0, 4, 2};
    QTest::newRow("shift up: shorter")
            << int(Qt::Key_Up) << Qt::KeyboardModifiers(Qt::ShiftModifier) << 1
            << GridRect{3, 0, 3, 1};
    QTest::newRow("delete") << int(Qt::Key_Delete) << Qt::KeyboardModifiers() << 1
                            << GridRect{0, 0, 0, 0};
    QTest::newRow("backspace") << int(Qt::Key_Backspace) << Qt::KeyboardModifiers() << 1
                               << GridRect{0, 0, 0, 0};
}

void TestDashboardCanvas::keyboard()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(int, widgetIndex);
    QFETCH(GridRect, expected);
    const Widget widget = widgetAt(widgetIndex);
    m_selection->selectWidgets({widget.id});
    const int steps = m_document->undoStack()->count();
    QTest::keyClick(m_canvas.get(), Qt::Key(key), modifiers);
    const Widget *after = m_document->widget(dashboard().id, widget.id);
    if (expected.width == 0) {
        QVERIFY(!after);
    } else {
        QVERIFY(after);
        QCOMPARE(after->grid, expected);
    }
    const bool changed = !after || after->grid != widget.grid;
    QCOMPARE(m_document->undoStack()->count(), steps + (changed ? 1 : 0));
    if (changed) {
        m_document->undoStack()->undo();
        QCOMPARE(*m_document->widget(dashboard().id, widget.id), widget);
    }
}

void TestDashboardCanvas::errorStateNamesTheProblem()
{
    const Widget &first = widgetAt(0);
    m_document->undoStack()->push(new SetProperty<Dataset, QString>(
            m_document.get(), {QString(), first.datasetId}, &Dataset::table, u"no_such_table"_s));
    const WidgetView *view = m_canvas->surface()->view(first.id);
    QTRY_COMPARE(view->state(), WidgetView::State::Error);
    QVERIFY2(view->message().contains(u"no_such_table"_s), qPrintable(view->message()));
    // With two widgets selected, to look at beside canvas.png.
    m_selection->selectWidgets({first.id, widgetAt(4).id});
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(m_canvas->surface()->grab().save(u"canvas-error.png"_s));
    m_document->undoStack()->undo();
    QTRY_COMPARE(view->state(), WidgetView::State::Data);
}

QTEST_MAIN(TestDashboardCanvas)
#include "tst_dashboardcanvas.moc"
