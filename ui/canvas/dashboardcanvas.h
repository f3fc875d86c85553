// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/widget.h"

#include <QHash>
#include <QList>
#include <QPoint>
#include <QScrollArea>
#include <QString>
#include <QStringList>

class QAction;
class QLabel;

namespace Dashwright {

class CanvasDataController;
class CanvasSurface;
class DocumentSelection;
class FilterBar;
class ProjectDocument;
class QueryExecutor;

// The dashboard canvas: the selection's dashboard on a snapping grid, with live data in every
// widget. It edits only through undo commands and selects only through DocumentSelection, so the
// docks follow it and it follows them. The main window places its actions (palette, clipboard,
// delete, refresh, exports) in menus and toolbars; their shortcuts are the platform's standard
// keys and act while the canvas has the focus, where the arrow keys also nudge the selection
// (with Shift: resize it).
class DashboardCanvas : public QScrollArea
{
    Q_OBJECT

public:
    // executor: shared, or nullptr for one of the canvas's own.
    DashboardCanvas(ProjectDocument *document, DocumentSelection *selection,
                    QueryExecutor *executor = nullptr, QWidget *parent = nullptr);
    ~DashboardCanvas() override;

    CanvasDataController *dataController() const { return m_controller; }
    CanvasSurface *surface() const { return m_surface; }
    // The row of filter and parameter controls above the widgets; hidden when there are none.
    FilterBar *filterBar() const { return m_filterBar; }

    // One "add widget" action per widget type, in WidgetType order (the palette).
    QList<QAction *> paletteActions() const { return m_paletteActions; }
    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *deleteAction() const { return m_delete; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *cancelQueriesAction() const { return m_cancelQueries; }
    QAction *exportDashboardAction() const { return m_exportDashboard; }
    QAction *exportWidgetDataAction() const { return m_exportData; }

    // Account passwords from the keystore, by secret id (passed to the resolution engine).
    void setSecrets(const QHash<QString, QString> &secrets);

    // Adds a widget of a type on the first free place, selects it and returns its id.
    QString addWidget(WidgetType type);
    // Adds the widget proposed for a dataset column at a grid cell; empty when the column is gone.
    QString addWidgetForColumn(const QString &datasetId, const QString &columnId,
                               const QPoint &cell);

    // Whose data the canvas shows, for the exports' header and file name: a tenant profile's or
    // a token's name (tokenView), or the design view's.
    void setViewer(const QString &name, bool tokenView);
    // What an export's header says of the viewer: "Previewed as Farolito", "Default — no token".
    QString viewerStamp() const;
    // The file name an export proposes: the dashboard's title, and the tenant's name in a token
    // view, as a name any file system takes ("Distributor performance — Farolito.pdf").
    QString proposedExportName(const QString &suffix) const;

    // PNG, SVG or PDF by the file's suffix; the dashboard as it is drawn now, without selection,
    // under a header: its title, whose view it is and when. On success, message() says where.
    // The width exports are drawn at, whatever the window's.
    static constexpr int exportWidth = 1280;
    bool exportDashboard(const QString &path, QString *error = nullptr);
    // The data a widget shows, as CSV.
    bool exportWidgetData(const QString &widgetId, const QString &path,
                          QString *error = nullptr) const;

public Q_SLOTS:
    void copy();
    void cut();
    void paste();
    void deleteSelection();
    void selectAll();
    // Moves the selection by whole cells, as one undo step; stops at the grid's edges.
    void nudge(int dx, int dy);
    // Grows or shrinks the selection by whole cells, as one undo step.
    void resizeSelection(int dWidth, int dHeight);

    // What the strip above the widgets says when the viewer may see nothing of the dashboard
    // (DenialNotice); empty while it is hidden.
    QString denialNotice() const;

Q_SIGNALS:
    // Something the user should read in the status bar (a paste that left widgets out…).
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void updateActions();
    void showDashboard();
    void chooseExportFile();
    void chooseCsvFile();
    QString defaultDatasetId() const;
    void adjustSelection(int dx, int dy, int dWidth, int dHeight);
    void updateDenialNotice();
    // The denial notice and the filter bar, above the scrolled widgets.
    void placeHeader();

    ProjectDocument *m_document;
    DocumentSelection *m_selection;
    CanvasSurface *m_surface;
    CanvasDataController *m_controller;
    QLabel *m_denialNotice;
    FilterBar *m_filterBar;

    QList<QAction *> m_paletteActions;
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_cancelQueries = nullptr;
    QAction *m_exportDashboard = nullptr;
    QAction *m_exportData = nullptr;
    QString m_viewerName;
    bool m_tokenView = false;
};

} // namespace Dashwright
