// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvassurface.h"
#include "canvas/widgetproposal.h"
#include "commands/listcommands.h"
#include "docks/columntypedelegate.h"
#include "docks/listeditor.h"
#include "docks/propertiespanel.h"
#include "docks/widgetform.h"
#include "docksfixture.h"
#include "documentselection.h"
#include "itemmodels/datasourcemodel.h"
#include "typeicons.h"

#include <QComboBox>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Docks;

using Well = FieldWells::Well;

namespace {
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DASHWRIGHT_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

QString wellName(Well well)
{
    switch (well) {
    case Well::Dimensions:
        return u"dimensions"_s;
    case Well::Measures:
        return u"measures"_s;
    case Well::Filters:
        return u"filters"_s;
    }
    return {};
}

// Drags and drops `mime` on `target` as Qt delivers it: enter, move, drop. Returns whether the
// target took the drag and the drop.
bool dragAndDrop(QWidget *target, const QMimeData *mime, const QPoint &position)
{
    QDragEnterEvent enter(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return move.isAccepted() && drop.isAccepted();
}
} // namespace

// Field wells: columns dragged from the data panel onto a widget's Dimensions, Measures and
// Filters in the properties panel, or onto the widget on the canvas. Each drop is one undo step
// with the designer's defaults; a column of another dataset is refused with the reason. And a
// column's type is seen as an icon wherever columns are listed.
class TestFieldWells : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_doc = demoDocument();
        m_selection = std::make_unique<DocumentSelection>(m_doc.get());
        m_model = std::make_unique<DataSourceModel>(m_doc.get());
        QVERIFY(datasetNamed(u"Sales"_s));
        m_salesId = datasetNamed(u"Sales"_s)->id;
        // A chart on Sales, with room for more of everything.
        for (const Widget &widget : dashboard(*m_doc).widgets) {
            if (widget.datasetId == m_salesId && widget.type == WidgetType::Bar) {
                m_widgetId = widget.id;
                break;
            }
        }
        QVERIFY(!m_widgetId.isEmpty());
    }

    void dropOnWell_data()
    {
        QTest::addColumn<Well>("well");
        QTest::addColumn<QString>("column");
        QTest::newRow("date dimension by month") << Well::Dimensions << u"sale_date"_s;
        QTest::newRow("text dimension") << Well::Dimensions << u"promotion"_s;
        QTest::newRow("number measure, summed") << Well::Measures << u"cost"_s;
        QTest::newRow("text measure, distinct count") << Well::Measures << u"distributor"_s;
        QTest::newRow("filter") << Well::Filters << u"region"_s;
    }

    void dropOnWell()
    {
        QFETCH(Well, well);
        QFETCH(QString, column);
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        panel.resize(420, 900);
        panel.show();
        m_selection->selectWidgets({m_widgetId});
        auto *editor = panel.findChild<ListEditor *>(wellName(well));
        QVERIFY(editor);
        const Project before = m_doc->project();
        const Widget old = *widget();
        const std::optional<Column> dropped = salesColumn(column);
        QVERIFY(dropped);

        const std::unique_ptr<QMimeData> mime = dragged(m_salesId, dropped->id);
        QVERIFY(dragAndDrop(editor, mime.get(), editor->rect().center()));

        QCOMPARE(m_doc->undoStack()->count(), 1);
        const Widget &now = *widget();
        switch (well) {
        case Well::Dimensions: {
            QCOMPARE(now.dimensions.size(), old.dimensions.size() + 1);
            QCOMPARE(now.dimensions.mid(0, old.dimensions.size()), old.dimensions);
            const Dimension &added = now.dimensions.last();
            QCOMPARE(added.columnId, dropped->id);
            QCOMPARE(added.grain,
                     dropped->type == ColumnType::Date ? TimeGrain::Month : TimeGrain::None);
            QCOMPARE(now.measures, old.measures);
            break;
        }
        case Well::Measures: {
            QCOMPARE(now.measures.size(), old.measures.size() + 1);
            const Measure &added = now.measures.last();
            QCOMPARE(added.columnId, dropped->id);
            const bool numeric = dropped->type == ColumnType::Number;
            QCOMPARE(added.aggregation, numeric ? Aggregation::Sum : Aggregation::CountDistinct);
            QCOMPARE(added.label,
                     numeric ? dropped->label : u"Distinct count of %1"_s.arg(dropped->label));
            QCOMPARE(now.dimensions, old.dimensions);
            break;
        }
        case Well::Filters: {
            QCOMPARE(now.filters.size(), old.filters.size() + 1);
            const Filter &added = now.filters.last();
            QCOMPARE(added.columnId, dropped->id);
            QCOMPARE(added.expression, FilterExpression::Equals);
            QVERIFY(!added.id.isEmpty());
            // The analyst types the value next: the cursor is in it.
            QTableWidget *table = editor->table();
            QCOMPARE(panel.focusWidget(), table->cellWidget(table->rowCount() - 1, 2));
            break;
        }
        }
        // The well shows the new row, its column with its type's icon.
        auto *combo = qobject_cast<QComboBox *>(
                editor->table()->cellWidget(editor->table()->rowCount() - 1, 0));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), dropped->id);
        QCOMPARE(combo->itemIcon(combo->currentIndex()).cacheKey(),
                 columnTypeIcon(dropped->type).cacheKey());
        for (ListEditor *list : panel.findChildren<ListEditor *>())
            QVERIFY(!list->messageLabel()->isVisibleTo(&panel));
        QVERIFY(undoRedoRoundTrip(*m_doc, before));
    }

    void eachDropIsOneUndoStep()
    {
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        panel.resize(420, 900);
        panel.show();
        m_selection->selectWidgets({m_widgetId});
        auto *form = panel.findChild<WidgetForm *>();
        const Widget old = *widget();
        // Two drops on one list would merge into one step if each were a bare SetProperty.
        const auto promotion = dragged(m_salesId, salesColumn(u"promotion"_s)->id);
        const auto region = dragged(m_salesId, salesColumn(u"region"_s)->id);
        QCOMPARE(form->dropColumn(Well::Dimensions, promotion.get()), QString());
        QCOMPARE(form->dropColumn(Well::Dimensions, region.get()), QString());
        QCOMPARE(m_doc->undoStack()->count(), 2);
        QCOMPARE(widget()->dimensions.size(), old.dimensions.size() + 2);
        m_doc->undoStack()->undo();
        QCOMPARE(widget()->dimensions.size(), old.dimensions.size() + 1);
        QCOMPARE(widget()->dimensions.last().columnId, salesColumn(u"promotion"_s)->id);
        // The same column twice is no second dimension.
        QVERIFY(!form->dropColumn(Well::Dimensions, promotion.get()).isEmpty());
        QCOMPARE(m_doc->undoStack()->index(), 1);
    }

    // A chart draws one measure once a second dimension makes its series: the panel says so,
    // instead of the second measure silently not being drawn.
    void saysWhichMeasuresAreNotDrawn()
    {
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        panel.resize(420, 900);
        panel.show();
        m_selection->selectWidgets({m_widgetId});
        auto *note = panel.findChild<QLabel *>(u"measuresNote"_s);
        QVERIFY(note);
        QCOMPARE(widget()->dimensions.size(), 1);
        const auto drop = [&](Well well, const QString &column) {
            auto *editor = panel.findChild<ListEditor *>(wellName(well));
            const auto mime = dragged(m_salesId, salesColumn(column)->id);
            return dragAndDrop(editor, mime.get(), editor->rect().center());
        };
        QVERIFY(drop(Well::Measures, u"cost"_s));
        QVERIFY(!note->isVisibleTo(&panel)); // one dimension: each measure is a series
        QVERIFY(drop(Well::Dimensions, u"promotion"_s));
        QVERIFY(note->isVisibleTo(&panel));
        QVERIFY2(note->text().contains(u"first measure only"_s), qPrintable(note->text()));
    }

    void refusesAnotherDatasetsColumn_data()
    {
        QTest::addColumn<Well>("well");
        QTest::newRow("dimensions") << Well::Dimensions;
        QTest::newRow("measures") << Well::Measures;
        QTest::newRow("filters") << Well::Filters;
    }

    void refusesAnotherDatasetsColumn()
    {
        QFETCH(Well, well);
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        panel.resize(420, 900);
        panel.show();
        m_selection->selectWidgets({m_widgetId});
        auto *editor = panel.findChild<ListEditor *>(wellName(well));
        const Project before = m_doc->project();
        const Dataset *distributors = datasetNamed(u"Distributors"_s);
        const auto mime = dragged(distributors->id, distributors->columnByName(u"city"_s)->id);
        const QString reason
                = u"City is a column of Distributors, but this widget reads Sales. Drop a column "
                  u"of Sales, or change the widget's dataset first."_s;
        // While it is over the well: not taken (the forbidden cursor), not highlighted as a
        // place to drop, and the reason already under the well, where it stays after the drag.
        const QColor base = editor->table()->viewport()->palette().color(QPalette::Base);
        const QPoint at = editor->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(editor, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(editor, &move);
        QVERIFY(!move.isAccepted());
        QCOMPARE(editor->table()->viewport()->palette().color(QPalette::Base), base);
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(editor, &leave);

        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(m_doc->project() == before);
        QLabel *message = editor->messageLabel();
        QVERIFY(message->isVisibleTo(&panel));
        QCOMPARE(message->text(), reason);
        // Said right under the well it was dropped on, and there only.
        QVERIFY(message->geometry().top() >= editor->table()->geometry().bottom());
        for (ListEditor *list : panel.findChildren<ListEditor *>())
            QCOMPARE(list->messageLabel()->isVisibleTo(&panel), list == editor);
        screenshot(&panel, u"fieldwells-refused-"_s + wellName(well));

        // A column of its own dataset is taken, and the message goes.
        const auto own = dragged(m_salesId, salesColumn(u"promotion"_s)->id);
        dragAndDrop(editor, own.get(), editor->rect().center());
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QVERIFY(!message->isVisibleTo(&panel));
    }

    void widgetWithoutDatasetTakesTheColumns()
    {
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        panel.resize(420, 900);
        panel.show();
        const Widget fresh = WidgetProposal::forType(WidgetType::Bar, nullptr);
        QVERIFY(fresh.datasetId.isEmpty());
        m_doc->undoStack()->push(new AddWidget(m_doc.get(), dashboard(*m_doc).id, fresh));
        m_selection->selectWidgets({fresh.id});
        const Project before = m_doc->project();
        auto *form = panel.findChild<WidgetForm *>();
        const Dataset *distributors = datasetNamed(u"Distributors"_s);
        const QString distributorsId = distributors->id;
        const auto opened = dragged(distributorsId, distributors->columnByName(u"opened"_s)->id);
        QCOMPARE(form->dropColumn(Well::Dimensions, opened.get()), QString());

        QCOMPARE(m_doc->undoStack()->count(), 2);
        const Widget *now = m_doc->widget(dashboard(*m_doc).id, fresh.id);
        QCOMPARE(now->datasetId, distributorsId);
        QCOMPARE(now->dimensions.size(), 1);
        QCOMPARE(now->dimensions.first().grain, TimeGrain::Month);
        QCOMPARE(form->findChild<QComboBox *>(u"dataset"_s)->currentText(), u"Distributors"_s);
        // One step takes back the dataset and the dimension together.
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->project() == before);

        // A text widget takes no columns.
        const Widget text = WidgetProposal::forType(WidgetType::Text, nullptr);
        m_doc->undoStack()->push(new AddWidget(m_doc.get(), dashboard(*m_doc).id, text));
        QVERIFY(!FieldWells::drop(m_doc.get(), dashboard(*m_doc).id, text.id, Well::Measures,
                                  {m_salesId, salesColumn(u"revenue"_s)->id})
                         .isEmpty());
        QVERIFY(m_doc->widget(dashboard(*m_doc).id, text.id)->measures.isEmpty());
    }

    // The stranger's KPI: from the palette it counts rows until a measure is chosen; Revenue
    // dropped on it replaces that stand-in (it stayed first and the KPI kept showing "Count").
    void droppedMeasureReplacesThePalettesStandIn()
    {
        const Dataset *sales = datasetNamed(u"Sales"_s);
        const Widget kpi = WidgetProposal::forType(WidgetType::Kpi, sales);
        QCOMPARE(kpi.measures.size(), 1);
        m_doc->undoStack()->push(new AddWidget(m_doc.get(), dashboard(*m_doc).id, kpi));
        QCOMPARE(FieldWells::drop(m_doc.get(), dashboard(*m_doc).id, kpi.id, Well::Measures,
                                  {m_salesId, salesColumn(u"revenue"_s)->id}),
                 QString());
        const Widget *now = m_doc->widget(dashboard(*m_doc).id, kpi.id);
        QCOMPARE(now->measures.size(), 1);
        QCOMPARE(now->measures.first().columnId, salesColumn(u"revenue"_s)->id);
        QCOMPARE(now->measures.first().aggregation, Aggregation::Sum);
        QCOMPARE(now->measures.first().label, u"Revenue"_s);
        // A second one is added beside it.
        QCOMPARE(FieldWells::drop(m_doc.get(), dashboard(*m_doc).id, kpi.id, Well::Measures,
                                  {m_salesId, salesColumn(u"quantity"_s)->id}),
                 QString());
        QCOMPARE(m_doc->widget(dashboard(*m_doc).id, kpi.id)->measures.size(), 2);
    }

    void emptyWellSaysWhatToDrop()
    {
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        panel.resize(420, 900);
        panel.show();
        m_selection->selectWidgets({m_widgetId});
        QVERIFY(widget()->filters.isEmpty());
        auto *filters = panel.findChild<ListEditor *>(u"filters"_s);
        auto *placeholder = filters->findChild<QLabel *>(u"placeholder"_s);
        QVERIFY(placeholder);
        QVERIFY(placeholder->isVisibleTo(&panel));
        QCOMPARE(placeholder->text(), u"Drop a column to filter on"_s);
        QVERIFY(placeholder->height() >= placeholder->sizeHint().height());
        // A column dragged over a well is not typed into the label cells as its name.
        const auto mime = dragged(m_salesId, salesColumn(u"cost"_s)->id);
        panel.findChild<WidgetForm *>()->dropColumn(Well::Measures, mime.get());
        auto *measures = panel.findChild<ListEditor *>(u"measures"_s);
        for (QLineEdit *edit : measures->table()->findChildren<QLineEdit *>())
            QVERIFY(!edit->acceptDrops());
        panel.findChild<WidgetForm *>()->dropColumn(Well::Filters, mime.get());
        QVERIFY(!placeholder->isVisibleTo(&panel));
    }

    void wellStaysWholeWhenNarrowed()
    {
        // A refusal under a well can give the properties panel a scroll bar, which narrows the
        // form: the lists then scroll sideways, and still show their rows whole above the bar.
        ListEditor editor({{u"Column"_s, {{u"A rather long column name"_s, 1}}}, {u"Label"_s, {}}});
        editor.setRows({{1, u"A label long enough to need room"_s}});
        editor.resize(600, editor.sizeHint().height());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        for (const int width : {500, 300, 200, 600}) {
            editor.resize(width, editor.height());
            QTest::qWait(20);
            QTableWidget *table = editor.table();
            QVERIFY2(table->viewport()->height() >= table->rowHeight(0),
                     qPrintable(u"%1: %2 < %3"_s.arg(width)
                                        .arg(table->viewport()->height())
                                        .arg(table->rowHeight(0))));
            // The columns fill the table when they fit, and scroll when they do not.
            const int columns = table->horizontalHeader()->length();
            QVERIFY2(columns >= table->viewport()->width()
                             || table->horizontalScrollBar()->isVisible(),
                     qPrintable(QString::number(width)));
        }
    }

    void canvasDropAddsToWidget_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<Well>("well");
        QTest::newRow("number: a measure") << u"unit_price"_s << Well::Measures;
        QTest::newRow("text: a dimension") << u"promotion"_s << Well::Dimensions;
    }

    void canvasDropAddsToWidget()
    {
        QFETCH(QString, column);
        QFETCH(Well, well);
        CanvasSurface surface(m_doc.get(), m_selection.get());
        surface.resize(1200, 900);
        surface.rebuild();
        surface.show();
        const Widget old = *widget();
        const std::optional<Column> dropped = salesColumn(column);
        QVERIFY(dropped);
        QSignalSpy newWidget(&surface, &CanvasSurface::columnDropped);
        const auto mime = dragged(m_salesId, dropped->id);
        const QPoint centre = surface.grid().rect(old.grid).center();
        QVERIFY(dragAndDrop(&surface, mime.get(), centre));

        QCOMPARE(newWidget.count(), 0);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_selection->widgetIds(), QStringList{m_widgetId});
        if (well == Well::Measures) {
            QCOMPARE(widget()->measures.size(), old.measures.size() + 1);
            QCOMPARE(widget()->measures.last().columnId, dropped->id);
            QCOMPARE(widget()->measures.last().aggregation, Aggregation::Sum);
        } else {
            QCOMPARE(widget()->dimensions.size(), old.dimensions.size() + 1);
            QCOMPARE(widget()->dimensions.last().columnId, dropped->id);
        }

        // Another dataset's column on it makes a widget of its own, as on empty canvas.
        const Dataset *products = datasetNamed(u"Products"_s);
        const auto other = dragged(products->id, products->columnByName(u"category"_s)->id);
        QVERIFY(dragAndDrop(&surface, other.get(), centre));
        QCOMPARE(newWidget.count(), 1);
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void typeIconsDiffer()
    {
        const QList<ColumnType> types{ColumnType::Text, ColumnType::Integer,  ColumnType::Number,
                                      ColumnType::Date, ColumnType::DateTime, ColumnType::Boolean};
        for (const int size : {16, 32}) {
            QList<QImage> images;
            for (ColumnType type : types) {
                const QImage image = columnTypeIcon(type).pixmap(size).toImage();
                QCOMPARE(image.size(), QSize(size, size));
                // Something is drawn, and not everywhere.
                int inked = 0;
                for (int y = 0; y < size; ++y)
                    for (int x = 0; x < size; ++x)
                        inked += qAlpha(image.pixel(x, y)) > 0;
                QVERIFY2(inked > size && inked < size * size, qPrintable(columnTypeName(type)));
                for (qsizetype i = 0; i < images.size(); ++i)
                    QVERIFY2(images.at(i) != image, qPrintable(columnTypeName(type)));
                images.append(image);
            }
        }
        // The same icon every time, so that views and wells can tell theirs is the type's.
        QCOMPARE(columnTypeIcon(ColumnType::Date).cacheKey(),
                 columnTypeIcon(ColumnType::Date).cacheKey());
    }

    void typeIconsWhereColumnsAreListed()
    {
        // The data panel: beside each column's name.
        const QModelIndex dataset = m_model->datasetIndex(m_salesId);
        const Dataset *sales = m_doc->dataset(m_salesId);
        QCOMPARE(m_model->rowCount(dataset), sales->columns.size());
        for (int row = 0; row < m_model->rowCount(dataset); ++row) {
            const QModelIndex name = m_model->index(row, DataSourceModel::NameColumn, dataset);
            const Column *column = sales->column(name.data(DataSourceModel::IdRole).toString());
            QCOMPARE(name.data(Qt::DecorationRole).value<QIcon>().cacheKey(),
                     columnTypeIcon(column->type).cacheKey());
        }
        // Its type editor.
        QWidget parent;
        ColumnTypeDelegate delegate;
        auto *combo = qobject_cast<QComboBox *>(
                delegate.createEditor(&parent, QStyleOptionViewItem(), QModelIndex()));
        QVERIFY(combo);
        for (int i = 0; i < combo->count(); ++i)
            QCOMPARE(combo->itemIcon(i).cacheKey(),
                     columnTypeIcon(ColumnType(combo->itemData(i).toInt())).cacheKey());
    }

private:
    const Dataset *datasetNamed(const QString &name) const
    {
        for (const Dataset &dataset : m_doc->project().datasets) {
            if (dataset.name == name)
                return &dataset;
        }
        return nullptr;
    }

    std::optional<Column> salesColumn(const QString &name) const
    {
        const Column *column = m_doc->dataset(m_salesId)->columnByName(name);
        return column ? std::optional(*column) : std::nullopt;
    }

    const Widget *widget() const { return m_doc->widget(dashboard(*m_doc).id, m_widgetId); }

    // What the data panel puts on a drag of the column.
    std::unique_ptr<QMimeData> dragged(const QString &datasetId, const QString &columnId) const
    {
        const QModelIndex dataset = m_model->datasetIndex(datasetId);
        for (int row = 0; row < m_model->rowCount(dataset); ++row) {
            const QModelIndex index = m_model->index(row, DataSourceModel::NameColumn, dataset);
            if (index.data(DataSourceModel::IdRole).toString() == columnId)
                return std::unique_ptr<QMimeData>(m_model->mimeData({index}));
        }
        return nullptr;
    }

    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<DocumentSelection> m_selection;
    std::unique_ptr<DataSourceModel> m_model;
    QString m_salesId;
    QString m_widgetId;
};

QTEST_MAIN(TestFieldWells)
#include "tst_fieldwells.moc"
