// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvasgrid.h"

#include <QHash>
#include <QPoint>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace Dashwright {

class DocumentSelection;
class ProjectDocument;
class WidgetView;

// The drawing surface inside the canvas's scroll area: the grid, one WidgetView per widget of the
// shown dashboard, and the mouse — click and Ctrl-click to select, rubber band, drag to move, the
// corner handle to resize, all snapped to the grid and pushed as MoveWidgets commands that merge
// while the drag lasts and commit on release. Views do not take the mouse: in the designer a
// click on a chart selects it. A data panel column dropped on a widget that can take it is added
// to that widget (FieldWells); dropped elsewhere it asks for a widget of its own (columnDropped).
class CanvasSurface : public QWidget
{
    Q_OBJECT

public:
    CanvasSurface(ProjectDocument *document, DocumentSelection *selection,
                  QWidget *parent = nullptr);

    CanvasGrid grid() const { return CanvasGrid(width()); }
    WidgetView *view(const QString &widgetId) const { return m_views.value(widgetId); }
    QList<WidgetView *> views() const { return m_views.values(); }

    // Views for every widget of the selection's dashboard, anew.
    void rebuild();
    void addView(const QString &widgetId);
    void removeView(const QString &widgetId);
    // KPIs on one grid row get one number size (WidgetView::setKpiPixelLimit).
    void alignKpis();
    static void alignKpiViews(const QList<WidgetView *> &views);
    void updateView(const QString &widgetId);
    // The project's theme on the canvas and every view (the document's projectChanged and
    // projectReset call it).
    void applyTheme();

    // Where a dropped column's widget would go; nullopt hides the preview.
    void setDropPreview(const std::optional<GridRect> &place);

Q_SIGNALS:
    // A dataset column from the data panel was dropped on this cell, not on a widget that took it.
    void columnDropped(const QString &datasetId, const QString &columnId, const QPoint &cell);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    class Overlay;
    enum class Drag { None, Pending, Move, Resize, RubberBand };

    QString widgetAt(const QPoint &position) const;
    // The widget under `position` that would take the column dropped there, or empty.
    QString columnTarget(const QPoint &position, const QString &datasetId,
                         const QString &columnId) const;
    QString resizeHandleAt(const QPoint &position) const;
    QRect handleRect(const QRect &viewRect) const;
    void layoutViews();
    void updateMinimumHeight();
    void dragTo(const QPoint &position, bool commit);
    void selectInRubberBand();

    ProjectDocument *m_document;
    DocumentSelection *m_selection;
    QHash<QString, WidgetView *> m_views;
    Overlay *m_overlay;
    std::optional<GridRect> m_dropPreview;

    Drag m_drag = Drag::None;
    QPoint m_pressPosition;
    QString m_pressedWidget;
    QHash<QString, GridRect> m_dragOrigin; // where each dragged widget was when the drag began
    bool m_dragPushed = false;             // a step of this drag is on the undo stack
    QStringList m_selectionBeforeBand;
    QRect m_rubberBand;
};

} // namespace Dashwright
