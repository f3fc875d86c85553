// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvassurface.h"

#include "canvastheme.h"
#include "commands/movewidgets.h"
#include "docks/fieldwells.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "widgetproposal.h"
#include "widgetview.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
constexpr int handleSize = 10;

std::optional<std::pair<QString, QString>> droppedColumn(const QMimeData *mime)
{
    const auto column = FieldWells::fromMime(mime);
    if (!column)
        return std::nullopt;
    return std::pair(column->datasetId, column->columnId);
}
} // namespace

// Paints what lies over the widgets: selection outlines, resize handles, the rubber band and
// where a dropped column would land. A child above the views, blind to the mouse.
class CanvasSurface::Overlay : public QWidget
{
public:
    explicit Overlay(CanvasSurface *surface)
        : QWidget(surface)
        , m_surface(surface)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QColor highlight = palette().color(QPalette::Highlight);
        painter.setRenderHint(QPainter::Antialiasing, false);
        for (const QString &id : m_surface->m_selection->widgetIds()) {
            const WidgetView *view = m_surface->view(id);
            if (!view)
                continue;
            const QRect rect = view->geometry();
            painter.setPen(QPen(highlight, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(-1, -1, 0, 0));
            painter.setPen(Qt::NoPen);
            painter.setBrush(highlight);
            painter.drawRect(m_surface->handleRect(rect));
        }
        if (m_surface->m_dropPreview) {
            QColor fill = highlight;
            fill.setAlpha(40);
            painter.setPen(QPen(highlight, 1, Qt::DashLine));
            painter.setBrush(fill);
            painter.drawRect(m_surface->grid().rect(*m_surface->m_dropPreview));
        }
        if (m_surface->m_drag == Drag::RubberBand) {
            QColor fill = highlight;
            fill.setAlpha(50);
            painter.setPen(QPen(highlight, 1));
            painter.setBrush(fill);
            painter.drawRect(m_surface->m_rubberBand);
        }
    }

private:
    CanvasSurface *m_surface;
};

CanvasSurface::CanvasSurface(ProjectDocument *document, DocumentSelection *selection,
                             QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_overlay(new Overlay(this))
{
    setObjectName(u"canvasSurface"_s);
    setAcceptDrops(true);
    setAutoFillBackground(true);
    connect(selection, &DocumentSelection::selectionChanged, m_overlay,
            qOverload<>(&QWidget::update));
    connect(document, &ProjectDocument::projectChanged, this, &CanvasSurface::applyTheme);
    connect(document, &ProjectDocument::projectReset, this, &CanvasSurface::applyTheme);
    applyTheme();
}

void CanvasSurface::applyTheme()
{
    const Theme &theme = m_document->project().theme;
    setPalette(CanvasTheme::canvasPalette(QApplication::palette(), theme));
    setFont(CanvasTheme::font(QApplication::font(), theme));
    for (WidgetView *view : std::as_const(m_views))
        view->setTheme(theme);
}

void CanvasSurface::rebuild()
{
    qDeleteAll(m_views);
    m_views.clear();
    m_drag = Drag::None;
    if (const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId())) {
        for (const Widget &widget : dashboard->widgets)
            addView(widget.id);
    }
    updateMinimumHeight();
    m_overlay->update();
}

void CanvasSurface::addView(const QString &widgetId)
{
    const Widget *widget = m_document->widget(m_selection->dashboardId(), widgetId);
    if (!widget || m_views.contains(widgetId))
        return;
    auto *view = new WidgetView(*widget, this);
    view->setTheme(m_document->project().theme);
    view->setAttribute(Qt::WA_TransparentForMouseEvents);
    view->setGeometry(grid().rect(widget->grid));
    m_views.insert(widgetId, view);
    // Queued: a view reports its fit while it lays itself out.
    connect(view, &WidgetView::kpiFitChanged, this, &CanvasSurface::alignKpis,
            Qt::QueuedConnection);
    // Later widgets are drawn over earlier ones, as in the document's order; the overlay on top.
    view->show();
    m_overlay->raise();
    updateMinimumHeight();
}

void CanvasSurface::alignKpis()
{
    alignKpiViews(m_views.values());
}

void CanvasSurface::alignKpiViews(const QList<WidgetView *> &views)
{
    // KPIs on the same grid row show their numbers at one size: the largest all of them can
    // take (98,599.25 beside 9,011 read as different magnitudes when each filled its box).
    QHash<int, int> smallestByRow;
    for (const WidgetView *view : views) {
        if (const int fitted = view->kpiFittedPixelSize(); fitted > 0) {
            const int row = view->widget().grid.y;
            smallestByRow[row] = smallestByRow.contains(row)
                    ? std::min(smallestByRow.value(row), fitted)
                    : fitted;
        }
    }
    for (WidgetView *view : views) {
        if (view->kpiFittedPixelSize() > 0)
            view->setKpiPixelLimit(smallestByRow.value(view->widget().grid.y));
    }
}

void CanvasSurface::removeView(const QString &widgetId)
{
    delete m_views.take(widgetId);
    alignKpis();
    updateMinimumHeight();
    m_overlay->update();
}

void CanvasSurface::updateView(const QString &widgetId)
{
    WidgetView *view = m_views.value(widgetId);
    const Widget *widget = m_document->widget(m_selection->dashboardId(), widgetId);
    if (!view || !widget)
        return;
    view->setWidget(*widget);
    view->setGeometry(grid().rect(widget->grid));
    updateMinimumHeight();
    m_overlay->update();
}

void CanvasSurface::setDropPreview(const std::optional<GridRect> &place)
{
    if (place == m_dropPreview)
        return;
    m_dropPreview = place;
    m_overlay->update();
}

void CanvasSurface::layoutViews()
{
    const CanvasGrid g = grid();
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
        it.value()->setGeometry(g.rect(it.value()->widget().grid));
    m_overlay->setGeometry(rect());
}

void CanvasSurface::updateMinimumHeight()
{
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    // Two spare rows below the content, to drop and drag into.
    const int rows = (dashboard ? CanvasGrid::rowsUsed(dashboard->widgets) : 0) + 2;
    setMinimumHeight(grid().height(rows));
}

void CanvasSurface::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    const CanvasGrid g = grid();
    QColor dot = palette().color(QPalette::WindowText);
    dot.setAlpha(60);
    painter.setPen(QPen(dot, 2));
    const int rows = (height() - 2 * CanvasGrid::margin) / CanvasGrid::rowHeight;
    // Dots at the cell corners: enough to see the snapping without a busy mesh of lines.
    for (int y = 0; y <= rows; ++y) {
        for (int x = 0; x <= CanvasGrid::columns; ++x) {
            const QPoint corner(CanvasGrid::margin + int(x * g.columnWidth()),
                                CanvasGrid::margin + y * CanvasGrid::rowHeight);
            if (event->rect().contains(corner))
                painter.drawPoint(corner);
        }
    }
}

void CanvasSurface::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutViews();
}

QString CanvasSurface::widgetAt(const QPoint &position) const
{
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    if (!dashboard)
        return {};
    // The last in document order is drawn on top, so it is the one hit.
    for (auto it = dashboard->widgets.crbegin(); it != dashboard->widgets.crend(); ++it) {
        if (const WidgetView *view = m_views.value(it->id);
            view && view->geometry().contains(position))
            return it->id;
    }
    return {};
}

QRect CanvasSurface::handleRect(const QRect &viewRect) const
{
    return QRect(viewRect.bottomRight() - QPoint(handleSize - 2, handleSize - 2),
                 QSize(handleSize, handleSize));
}

QString CanvasSurface::resizeHandleAt(const QPoint &position) const
{
    for (const QString &id : m_selection->widgetIds()) {
        if (const WidgetView *view = m_views.value(id);
            view && handleRect(view->geometry()).adjusted(-2, -2, 2, 2).contains(position))
            return id;
    }
    return {};
}

void CanvasSurface::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint position = event->position().toPoint();
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    m_pressPosition = position;
    m_dragPushed = false;
    m_dragOrigin.clear();

    m_pressedWidget = toggle ? QString() : resizeHandleAt(position);
    if (!m_pressedWidget.isEmpty()) {
        m_drag = Drag::Resize;
        m_dragOrigin.insert(m_pressedWidget, m_views.value(m_pressedWidget)->widget().grid);
        return;
    }
    m_pressedWidget = widgetAt(position);
    QStringList selected = m_selection->widgetIds();
    if (m_pressedWidget.isEmpty()) {
        m_drag = Drag::RubberBand;
        m_selectionBeforeBand = toggle ? selected : QStringList();
        m_rubberBand = QRect(position, QSize());
        if (!toggle)
            m_selection->selectWidgets({});
        return;
    }
    if (toggle) {
        if (!selected.removeOne(m_pressedWidget))
            selected.append(m_pressedWidget);
        m_selection->selectWidgets(selected);
        m_drag = Drag::None;
        return;
    }
    if (!selected.contains(m_pressedWidget))
        m_selection->selectWidgets({m_pressedWidget});
    m_drag = Drag::Pending;
}

void CanvasSurface::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    switch (m_drag) {
    case Drag::None:
        setCursor(resizeHandleAt(position).isEmpty() ? Qt::ArrowCursor : Qt::SizeFDiagCursor);
        return;
    case Drag::Pending:
        if ((position - m_pressPosition).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = Drag::Move;
        for (const QString &id : m_selection->widgetIds()) {
            if (const WidgetView *view = m_views.value(id))
                m_dragOrigin.insert(id, view->widget().grid);
        }
        dragTo(position, false);
        return;
    case Drag::Move:
    case Drag::Resize:
        dragTo(position, false);
        return;
    case Drag::RubberBand:
        m_rubberBand = QRect(m_pressPosition, position).normalized();
        selectInRubberBand();
        m_overlay->update();
        return;
    }
}

void CanvasSurface::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_drag == Drag::Move || m_drag == Drag::Resize)
        dragTo(event->position().toPoint(), true);
    m_drag = Drag::None;
    m_overlay->update();
}

void CanvasSurface::dragTo(const QPoint &position, bool commit)
{
    const QPoint delta = grid().snappedDelta(position - m_pressPosition);
    // The whole selection moves by the same cells, so it is stopped as a block at the edges.
    int dx = delta.x();
    int dy = delta.y();
    for (auto it = m_dragOrigin.cbegin(); it != m_dragOrigin.cend(); ++it) {
        const GridRect &origin = it.value();
        if (m_drag == Drag::Move) {
            dx = std::clamp(dx, -origin.x, CanvasGrid::columns - origin.x - origin.width);
            dy = std::max(dy, -origin.y);
        }
    }
    QList<MoveWidgets::Placement> placements;
    bool changed = false;
    for (auto it = m_dragOrigin.cbegin(); it != m_dragOrigin.cend(); ++it) {
        GridRect rect = it.value();
        if (m_drag == Drag::Move) {
            rect.x += dx;
            rect.y += dy;
        } else {
            rect.width += dx;
            rect.height += dy;
            rect.width = std::clamp(rect.width, 1, CanvasGrid::columns - rect.x);
            rect.height = std::max(rect.height, 1);
        }
        const Widget *widget = m_document->widget(m_selection->dashboardId(), it.key());
        if (!widget)
            return;
        changed |= widget->grid != rect;
        placements.append({it.key(), rect});
    }
    // While dragging, only real steps are pushed; on release a commit ends the merging, and is
    // needed only when something was pushed (a click moves nothing).
    if (commit ? !m_dragPushed && !changed : !changed)
        return;
    m_document->undoStack()->push(
            new MoveWidgets(m_document, m_selection->dashboardId(), placements, commit));
    m_dragPushed = true;
}

void CanvasSurface::selectInRubberBand()
{
    QStringList ids = m_selectionBeforeBand;
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    if (!dashboard)
        return;
    for (const Widget &widget : dashboard->widgets) {
        const WidgetView *view = m_views.value(widget.id);
        if (view && m_rubberBand.intersects(view->geometry()) && !ids.contains(widget.id))
            ids.append(widget.id);
    }
    m_selection->selectWidgets(ids);
}

void CanvasSurface::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedColumn(event->mimeData()))
        event->acceptProposedAction();
}

void CanvasSurface::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedColumn(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const auto [datasetId, columnId] = *droppedColumn(event->mimeData());
    // Over a widget that takes the column, the widget is where it goes.
    const QString target = columnTarget(event->position().toPoint(), datasetId, columnId);
    if (const Widget *widget = m_document->widget(m_selection->dashboardId(), target)) {
        setDropPreview(widget->grid);
        return;
    }
    const QPoint cell = grid().cellAt(event->position().toPoint());
    GridRect place{cell.x(), cell.y(), 4, 3};
    if (const Dataset *dataset = m_document->dataset(datasetId)) {
        if (const Column *column = dataset->column(columnId)) {
            const GridRect size = WidgetProposal::forColumn(*dataset, *column).grid;
            place.width = size.width;
            place.height = size.height;
        }
    }
    setDropPreview(CanvasGrid::clamped(place));
}

void CanvasSurface::dragLeaveEvent(QDragLeaveEvent *)
{
    setDropPreview(std::nullopt);
}

QString CanvasSurface::columnTarget(const QPoint &position, const QString &datasetId,
                                    const QString &columnId) const
{
    const QString widgetId = widgetAt(position);
    const Dataset *dataset = m_document->dataset(datasetId);
    const Column *column = dataset ? dataset->column(columnId) : nullptr;
    if (widgetId.isEmpty() || !column)
        return {};
    const QString why = FieldWells::refusal(*m_document, m_selection->dashboardId(), widgetId,
                                            FieldWells::wellFor(*column), {datasetId, columnId});
    return why.isEmpty() ? widgetId : QString();
}

void CanvasSurface::dropEvent(QDropEvent *event)
{
    setDropPreview(std::nullopt);
    const auto column = droppedColumn(event->mimeData());
    if (!column) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const QPoint position = event->position().toPoint();
    // Dropped on a widget that can take it, the column is added to that widget (a number as a
    // measure, anything else as a dimension); elsewhere, or on a widget of another dataset, it
    // makes a widget of its own.
    const QString target = columnTarget(position, column->first, column->second);
    if (!target.isEmpty()) {
        const Column *dropped = m_document->dataset(column->first)->column(column->second);
        FieldWells::drop(m_document, m_selection->dashboardId(), target,
                         FieldWells::wellFor(*dropped), {column->first, column->second});
        m_selection->selectWidgets({target});
        return;
    }
    Q_EMIT columnDropped(column->first, column->second, grid().cellAt(position));
}

} // namespace Dashwright
