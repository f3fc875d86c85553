// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardcanvas.h"

#include "canvasdatacontroller.h"
#include "canvassurface.h"
#include "commands/listcommands.h"
#include "commands/movewidgets.h"
#include "commands/undomacroguard.h"
#include "commands/widgetclipboard.h"
#include "dashboardexporter.h"
#include "denialnotice.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "filterbar.h"
#include "preferences.h"
#include "typelabels.h"
#include "widgeticons.h"
#include "widgetproposal.h"
#include "widgetview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace Dashwright {

DashboardCanvas::DashboardCanvas(ProjectDocument *document, DocumentSelection *selection,
                                 QueryExecutor *executor, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_selection(selection)
    , m_surface(new CanvasSurface(document, selection, this))
    , m_controller(new CanvasDataController(document, executor, this))
    , m_denialNotice(DenialNotice::label(this))
    , m_filterBar(new FilterBar(document, m_controller, this))
{
    setObjectName(u"dashboardCanvas"_s);
    // Above the widgets, outside the scrolled area: said once for the dashboard, and in view
    // however far down the canvas is scrolled.
    m_denialNotice->hide();
    // Above the widgets too, so that the values stay in view while the charts are scrolled.
    connect(m_filterBar, &FilterBar::controlsChanged, this, &DashboardCanvas::placeHeader);
    setWidget(m_surface);
    setWidgetResizable(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // The views do not take the mouse (a click selects the widget); what is theirs — a table's
    // wheel, its pager's buttons — is handed to them here, before the surface or the scroll area
    // acts on it.
    m_surface->installEventFilter(this);
    viewport()->installEventFilter(this);
    createActions();

    connect(selection, &DocumentSelection::dashboardChanged, this, &DashboardCanvas::showDashboard);
    connect(selection, &DocumentSelection::selectionChanged, this, &DashboardCanvas::updateActions);
    connect(document, &ProjectDocument::projectReset, this, &DashboardCanvas::showDashboard);
    connect(document, &ProjectDocument::widgetAdded, this, [this](int dashboardRow, int row) {
        const Dashboard &dashboard = m_document->project().dashboards.at(dashboardRow);
        if (dashboard.id == m_selection->dashboardId())
            m_surface->addView(dashboard.widgets.at(row).id);
    });
    connect(document, &ProjectDocument::widgetAboutToBeRemoved, this,
            [this](int dashboardRow, int row) {
                const Dashboard &dashboard = m_document->project().dashboards.at(dashboardRow);
                if (dashboard.id == m_selection->dashboardId())
                    m_surface->removeView(dashboard.widgets.at(row).id);
            });
    connect(document, &ProjectDocument::widgetChanged, this,
            [this](const QString &dashboardId, const QString &widgetId) {
                if (dashboardId == m_selection->dashboardId())
                    m_surface->updateView(widgetId);
            });

    connect(m_controller, &CanvasDataController::widgetLoading, this, [this](const QString &id) {
        if (WidgetView *view = m_surface->view(id))
            view->setLoading();
    });
    connect(m_controller, &CanvasDataController::widgetFinished, this, [this](const QString &id) {
        WidgetView *view = m_surface->view(id);
        const WidgetRun *run = m_controller->run(id);
        if (view && run)
            view->setRun(*run);
        updateActions();
    });
    connect(m_controller, &CanvasDataController::dashboardDenialChanged, this,
            &DashboardCanvas::updateDenialNotice);
    connect(m_controller, &CanvasDataController::queriesRunningChanged, m_cancelQueries,
            [this](int running) { m_cancelQueries->setEnabled(running > 0); });
    connect(m_surface, &CanvasSurface::columnDropped, this,
            [this](const QString &datasetId, const QString &columnId, const QPoint &cell) {
                addWidgetForColumn(datasetId, columnId, cell);
                setFocus();
            });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &DashboardCanvas::updateActions);

    showDashboard();
}

DashboardCanvas::~DashboardCanvas()
{
    // A field of the filter bar commits its text when it loses the focus, and it would lose it
    // while the children are deleted, reaching this canvas when it is one no more (UBSan saw
    // it). It gives the focus up now, while everything is whole.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
}

void DashboardCanvas::createActions()
{
    for (int i = 0; i <= int(WidgetType::Text); ++i) {
        const auto type = WidgetType(i);
        auto *action = new QAction(widgetTypeIcon(type), widgetTypeLabel(type), this);
        action->setObjectName(u"addWidget_"_s + widgetTypeName(type));
        action->setToolTip(tr("Add a %1 to the dashboard").arg(widgetTypeLabel(type)));
        connect(action, &QAction::triggered, this, [this, type] { addWidget(type); });
        m_paletteActions.append(action);
    }
    const auto make = [this](const QString &name, const QString &text, QList<QKeySequence> keys,
                             void (DashboardCanvas::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        // Copy, paste and Delete mean the canvas's widgets only while the canvas has the focus;
        // other views keep their own.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_cut = make(u"canvasCut"_s, tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut),
                 &DashboardCanvas::cut);
    m_copy = make(u"canvasCopy"_s, tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy),
                  &DashboardCanvas::copy);
    m_paste = make(u"canvasPaste"_s, tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste),
                   &DashboardCanvas::paste);
    QList<QKeySequence> deleteKeys = QKeySequence::keyBindings(QKeySequence::Delete);
    if (!deleteKeys.contains(QKeySequence(Qt::Key_Backspace)))
        deleteKeys.append(QKeySequence(Qt::Key_Backspace));
    m_delete
            = make(u"canvasDelete"_s, tr("&Delete"), deleteKeys, &DashboardCanvas::deleteSelection);
    m_selectAll
            = make(u"canvasSelectAll"_s, tr("Select &All"),
                   QKeySequence::keyBindings(QKeySequence::SelectAll), &DashboardCanvas::selectAll);
    m_refresh = make(u"canvasRefresh"_s, tr("&Refresh Data"),
                     QKeySequence::keyBindings(QKeySequence::Refresh), nullptr);
    connect(m_refresh, &QAction::triggered, m_controller, &CanvasDataController::refreshAll);
    m_cancelQueries = make(u"canvasCancelQueries"_s, tr("&Stop Queries"), {}, nullptr);
    m_cancelQueries->setEnabled(false);
    connect(m_cancelQueries, &QAction::triggered, m_controller, &CanvasDataController::cancelAll);
    m_exportDashboard = make(u"canvasExportDashboard"_s, tr("&Export Dashboard…"), {},
                             &DashboardCanvas::chooseExportFile);
    m_exportData = make(u"canvasExportData"_s, tr("Export Widget &Data as CSV…"), {},
                        &DashboardCanvas::chooseCsvFile);
}

void DashboardCanvas::updateActions()
{
    const QStringList selected = m_selection->widgetIds();
    const bool hasDashboard = m_document->dashboard(m_selection->dashboardId()) != nullptr;
    m_cut->setEnabled(!selected.isEmpty());
    m_copy->setEnabled(!selected.isEmpty());
    m_delete->setEnabled(!selected.isEmpty());
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    m_paste->setEnabled(hasDashboard && mime && mime->hasFormat(WidgetClipboard::mimeType()));
    m_selectAll->setEnabled(hasDashboard);
    m_exportDashboard->setEnabled(hasDashboard);
    for (QAction *action : std::as_const(m_paletteActions))
        action->setEnabled(hasDashboard);
    const WidgetRun *run = selected.size() == 1 ? m_controller->run(selected.first()) : nullptr;
    m_exportData->setEnabled(run && run->resolution.plan && run->error.isEmpty()
                             && run->resolution.denied.isEmpty());
}

void DashboardCanvas::showDashboard()
{
    m_surface->rebuild();
    m_controller->setDashboardId(m_selection->dashboardId());
    verticalScrollBar()->setValue(0);
    updateActions();
}

QString DashboardCanvas::denialNotice() const
{
    return m_denialNotice->isHidden() ? QString() : m_denialNotice->text();
}

void DashboardCanvas::updateDenialNotice()
{
    const QString reason = m_controller->dashboardDenial();
    const Dashboard *dashboard = m_document->dashboard(m_controller->dashboardId());
    if (reason.isEmpty() || !dashboard) {
        m_denialNotice->hide();
        placeHeader();
        return;
    }
    const Viewer *viewer = m_controller->viewer();
    // No viewer: the claims themselves did not validate, and that is the reason.
    m_denialNotice->setText(
            viewer ? DenialNotice::text(m_document->project(), *dashboard, *viewer, reason)
                   : tr("These claims show nothing of “%1”: %2.").arg(dashboard->title, reason));
    m_denialNotice->show();
    placeHeader();
}

void DashboardCanvas::placeHeader()
{
    int top = 0;
    if (!m_denialNotice->isHidden()) {
        const int height = m_denialNotice->heightForWidth(width());
        m_denialNotice->setGeometry(0, top, width(), height);
        top += height;
    }
    // Nothing to pick on a dashboard the viewer may not see (FilterBar has no controls then).
    m_filterBar->setVisible(m_filterBar->hasControls());
    if (m_filterBar->hasControls()) {
        // Its controls wrap onto more lines on a narrow canvas.
        const int height = m_filterBar->heightForWidth(width());
        m_filterBar->setGeometry(0, top, width(), height);
        top += height;
    }
    setViewportMargins(0, top, 0, 0);
}

void DashboardCanvas::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    placeHeader();
}

void DashboardCanvas::setSecrets(const QHash<QString, QString> &secrets)
{
    m_controller->setSecrets(secrets);
}

QString DashboardCanvas::defaultDatasetId() const
{
    // The dataset the analyst is looking at, else the one the dashboard uses, else the first.
    if (m_selection->kind() == DocumentSelection::Kind::Dataset)
        return m_selection->objectId();
    if (const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId())) {
        for (const Widget &widget : dashboard->widgets) {
            if (!widget.datasetId.isEmpty())
                return widget.datasetId;
        }
    }
    const auto &datasets = m_document->project().datasets;
    return datasets.isEmpty() ? QString() : datasets.first().id;
}

QString DashboardCanvas::addWidget(WidgetType type)
{
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    if (!dashboard)
        return {};
    Widget widget = WidgetProposal::forType(type, m_document->dataset(defaultDatasetId()));
    widget.grid = CanvasGrid::freePlace(dashboard->widgets, widget.grid.width, widget.grid.height);
    const QString id = widget.id;
    m_document->undoStack()->push(new AddWidget(m_document, dashboard->id, std::move(widget)));
    m_selection->selectWidgets({id});
    if (WidgetView *view = m_surface->view(id))
        ensureWidgetVisible(view);
    return id;
}

QString DashboardCanvas::addWidgetForColumn(const QString &datasetId, const QString &columnId,
                                            const QPoint &cell)
{
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    const Dataset *dataset = m_document->dataset(datasetId);
    const Column *column = dataset ? dataset->column(columnId) : nullptr;
    if (!dashboard || !column)
        return {};
    Widget widget = WidgetProposal::forColumn(*dataset, *column);
    widget.grid.x = cell.x();
    widget.grid.y = cell.y();
    widget.grid = CanvasGrid::clamped(widget.grid);
    const QString id = widget.id;
    m_document->undoStack()->push(new AddWidget(m_document, dashboard->id, std::move(widget)));
    m_selection->selectWidgets({id});
    return id;
}

void DashboardCanvas::copy()
{
    const QStringList selected = m_selection->widgetIds();
    if (selected.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setData(
            WidgetClipboard::mimeType(),
            WidgetClipboard::copy(m_document->project(), m_selection->dashboardId(), selected));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void DashboardCanvas::cut()
{
    const QStringList selected = m_selection->widgetIds();
    if (selected.isEmpty())
        return;
    copy();
    UndoMacroGuard macro(m_document->undoStack(),
                         selected.size() > 1 ? tr("Cut widgets") : tr("Cut widget"));
    for (const QString &id : selected)
        m_document->undoStack()->push(new RemoveWidget(m_document, m_selection->dashboardId(), id));
}

void DashboardCanvas::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(WidgetClipboard::mimeType())
        || m_selection->dashboardId().isEmpty())
        return;
    QString error;
    const QStringList ids = WidgetClipboard::paste(m_document, m_selection->dashboardId(),
                                                   mime->data(WidgetClipboard::mimeType()), &error);
    if (!error.isEmpty())
        Q_EMIT message(error);
    if (!ids.isEmpty()) {
        m_selection->selectWidgets(ids);
        if (WidgetView *view = m_surface->view(ids.first()))
            ensureWidgetVisible(view);
    }
}

void DashboardCanvas::deleteSelection()
{
    const QStringList selected = m_selection->widgetIds();
    if (selected.isEmpty())
        return;
    UndoMacroGuard macro(m_document->undoStack(),
                         selected.size() > 1 ? tr("Delete widgets") : tr("Delete widget"));
    for (const QString &id : selected)
        m_document->undoStack()->push(new RemoveWidget(m_document, m_selection->dashboardId(), id));
}

void DashboardCanvas::selectAll()
{
    QStringList ids;
    if (const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId())) {
        for (const Widget &widget : dashboard->widgets)
            ids.append(widget.id);
    }
    m_selection->selectWidgets(ids);
}

void DashboardCanvas::nudge(int dx, int dy)
{
    adjustSelection(dx, dy, 0, 0);
}

void DashboardCanvas::resizeSelection(int dWidth, int dHeight)
{
    adjustSelection(0, 0, dWidth, dHeight);
}

void DashboardCanvas::adjustSelection(int dx, int dy, int dWidth, int dHeight)
{
    const QString dashboardId = m_selection->dashboardId();
    QList<MoveWidgets::Placement> placements;
    bool changed = false;
    for (const QString &id : m_selection->widgetIds()) {
        const Widget *widget = m_document->widget(dashboardId, id);
        if (!widget)
            continue;
        GridRect rect = widget->grid;
        rect.width += dWidth;
        rect.height += dHeight;
        rect = CanvasGrid::clamped(rect);
        rect.x = std::clamp(widget->grid.x + dx, 0, CanvasGrid::columns - rect.width);
        rect.y = std::max(widget->grid.y + dy, 0);
        changed |= rect != widget->grid;
        placements.append({id, rect});
    }
    // At the edge nothing moves, and nothing lands on the undo stack either.
    if (changed)
        m_document->undoStack()->push(new MoveWidgets(m_document, dashboardId, placements, true));
}

void DashboardCanvas::setViewer(const QString &name, bool tokenView)
{
    m_viewerName = name;
    m_tokenView = tokenView;
}

QString DashboardCanvas::viewerStamp() const
{
    return m_tokenView ? tr("Previewed as %1").arg(m_viewerName) : tr("Default — no token");
}

QString DashboardCanvas::proposedExportName(const QString &suffix) const
{
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    QString name = dashboard ? dashboard->title : QString();
    if (m_tokenView && !m_viewerName.isEmpty())
        name = name.isEmpty() ? m_viewerName : tr("%1 — %2").arg(name, m_viewerName);
    // Characters some file system refuses, and control characters, become spaces; the name
    // never starts with a dot (hidden) nor ends with a dot or a space (Windows).
    QString clean;
    for (const QChar c : std::as_const(name))
        clean.append(c.category() == QChar::Other_Control || u"/\\:*?\"<>|"_s.contains(c) ? u' '
                                                                                          : c);
    clean = clean.simplified();
    while (clean.startsWith(u'.'))
        clean.remove(0, 1);
    while (clean.endsWith(u'.') || clean.endsWith(u' '))
        clean.chop(1);
    if (clean.isEmpty())
        clean = dashboard && !dashboard->slug.isEmpty() ? dashboard->slug : tr("dashboard");
    return clean.left(120) + u'.' + suffix;
}

bool DashboardCanvas::exportDashboard(const QString &path, QString *error)
{
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    if (!dashboard) {
        if (error)
            *error = tr("No dashboard to export");
        return false;
    }
    // The header names the viewer: every widget must show that viewer's run, not one left from
    // the previous viewer while the new one loads (or after its queries were stopped).
    if (!m_controller->showsCurrentViewer()) {
        if (error)
            *error = tr("Some widgets have not loaded for this viewer yet: export when they "
                        "have");
        return false;
    }
    QList<WidgetRun> runs;
    for (const Widget &widget : dashboard->widgets) {
        if (const WidgetRun *run = m_controller->run(widget.id))
            runs.append(*run);
    }
    // At the page width the CLI's preview uses, not the canvas's: a narrow window made files
    // of cut titles, "…" for every category and a table without its last columns.
    const DashboardExporter exporter(
            *dashboard, runs, exportWidth,
            {dashboard->title, viewerStamp(), QDateTime::currentDateTime(), denialNotice()},
            m_document->project().theme);
    if (!exporter.write(path, error))
        return false;
    Q_EMIT message(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DashboardCanvas::exportWidgetData(const QString &widgetId, const QString &path,
                                       QString *error) const
{
    const WidgetRun *run = m_controller->run(widgetId);
    if (!run) {
        if (error)
            *error = tr("The widget has no data yet");
        return false;
    }
    return DashboardExporter::writeCsv(*run, path, error);
}

void DashboardCanvas::chooseExportFile()
{
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    if (!dashboard)
        return;
    // Where and as what the last export went; the file named after the dashboard and its viewer.
    QString folder = Preferences::exportFolder.get();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString suffix = Preferences::exportSuffix.get();
    const QStringList filters{tr("PDF document (*.pdf)"), tr("PNG image (*.png)"),
                              tr("SVG image (*.svg)")};
    const QStringList suffixes{u"pdf"_s, u"png"_s, u"svg"_s};
    if (!suffixes.contains(suffix))
        suffix = suffixes.first();
    QString filter = filters.at(suffixes.indexOf(suffix));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Dashboard"),
                                                QDir(folder).filePath(proposedExportName(suffix)),
                                                filters.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    // A name typed without a known suffix takes the chosen type's.
    if (!DashboardExporter::formatForPath(path))
        path += u'.' + suffixes.value(filters.indexOf(filter), suffix);
    QString error;
    if (!exportDashboard(path, &error)) {
        QMessageBox::warning(this, tr("Export Dashboard"), error);
        return;
    }
    Preferences::exportFolder.set(QFileInfo(path).absolutePath());
    Preferences::exportSuffix.set(QFileInfo(path).suffix().toLower());
}

void DashboardCanvas::chooseCsvFile()
{
    const QStringList selected = m_selection->widgetIds();
    if (selected.size() != 1)
        return;
    const Widget *widget = m_document->widget(m_selection->dashboardId(), selected.first());
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Widget Data"), (widget ? widget->title : QString()) + u".csv"_s,
            tr("CSV file (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportWidgetData(selected.first(), path, &error))
        QMessageBox::warning(this, tr("Export Widget Data"), error);
}

bool DashboardCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && (watched == m_surface || watched == viewport())) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        const QPoint position = m_surface->mapFromGlobal(wheel->globalPosition().toPoint());
        for (WidgetView *view : m_surface->views()) {
            if (view->geometry().contains(position) && view->scrollContent(wheel))
                return true;
        }
    } else if (event->type() == QEvent::MouseButtonPress && watched == m_surface) {
        auto *press = static_cast<QMouseEvent *>(event);
        const QPoint position = press->position().toPoint();
        if (press->button() == Qt::LeftButton && press->modifiers() == Qt::NoModifier) {
            for (WidgetView *view : m_surface->views()) {
                if (view->geometry().contains(position)
                    && view->pressControlAt(position - view->pos()))
                    return true;
            }
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

void DashboardCanvas::keyPressEvent(QKeyEvent *event)
{
    int dx = 0;
    int dy = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        dx = -1;
        break;
    case Qt::Key_Right:
        dx = 1;
        break;
    case Qt::Key_Up:
        dy = -1;
        break;
    case Qt::Key_Down:
        dy = 1;
        break;
    case Qt::Key_Escape:
        m_selection->selectWidgets({});
        return;
    default:
        QScrollArea::keyPressEvent(event);
        return;
    }
    if (m_selection->widgetIds().isEmpty()) {
        QScrollArea::keyPressEvent(event); // nothing to nudge: scroll
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier)
        resizeSelection(dx, dy);
    else
        nudge(dx, dy);
}

} // namespace Dashwright
