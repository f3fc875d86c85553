// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasdatacontroller.h"

#include "access/resolver.h"
#include "access/viewer.h"
#include "data/queryexecutor.h"
#include "document/projectdocument.h"

#include <QFutureWatcher>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Dashwright {

CanvasDataController::CanvasDataController(ProjectDocument *document, QueryExecutor *executor,
                                           QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_executor(executor ? executor : new QueryExecutor(0, this))
{
    connect(document, &ProjectDocument::widgetChanged, this,
            [this](const QString &dashboardId, const QString &widgetId) {
                if (dashboardId == m_dashboardId)
                    schedule({widgetId}, false);
            });
    connect(document, &ProjectDocument::widgetAdded, this, [this](int dashboardRow, int row) {
        const Dashboard &dashboard = m_document->project().dashboards.at(dashboardRow);
        if (dashboard.id == m_dashboardId)
            schedule({dashboard.widgets.at(row).id}, true);
    });
    connect(document, &ProjectDocument::widgetAboutToBeRemoved, this,
            [this](int dashboardRow, int row) {
                const Dashboard &dashboard = m_document->project().dashboards.at(dashboardRow);
                if (dashboard.id == m_dashboardId)
                    forget(dashboard.widgets.at(row).id);
            });
    connect(document, &ProjectDocument::parameterChanged, this,
            [this](const QString &dashboardId, const QString &parameterId) {
                if (dashboardId == m_dashboardId)
                    schedule(m_document->widgetsUsingParameter(dashboardId, parameterId), false);
            });
    // Broader changes re-resolve every widget; only those whose statement changed are queried.
    connect(document, &ProjectDocument::dashboardChanged, this, [this](const QString &dashboardId) {
        if (dashboardId == m_dashboardId)
            scheduleAll(false);
    });
    connect(document, &ProjectDocument::parameterRemoved, this, [this] { scheduleAll(false); });
    connect(document, &ProjectDocument::datasetRemoved, this, [this] { scheduleAll(false); });
    connect(document, &ProjectDocument::accountRemoved, this, [this] { scheduleAll(false); });
    connect(document, &ProjectDocument::datasetChanged, this,
            [this](const QString &datasetId) { schedule(widgetsOnDataset(datasetId), false); });
    connect(document, &ProjectDocument::accountChanged, this,
            [this](const QString &accountId) { schedule(widgetsOnAccount(accountId), true); });
    connect(document, &ProjectDocument::dashboardAboutToBeRemoved, this, [this](int row) {
        if (m_document->project().dashboards.at(row).id == m_dashboardId)
            setDashboardId(QString());
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        const QString dashboardId = m_dashboardId;
        setDashboardId(QString());
        if (m_document->dashboard(dashboardId))
            setDashboardId(dashboardId);
    });
}

CanvasDataController::~CanvasDataController()
{
    // The executor may be shared: leave nothing of ours running on it.
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->generation)
            m_executor->cancel(key(it.key()));
    }
}

void CanvasDataController::setDashboardId(const QString &dashboardId)
{
    if (dashboardId == m_dashboardId && !dashboardId.isEmpty())
        return;
    cancelAll();
    m_entries.clear();
    m_pending.clear();
    m_forced.clear();
    m_dashboardId = dashboardId;
    if (!m_dashboardWarnings.isEmpty()) {
        m_dashboardWarnings.clear();
        Q_EMIT dashboardWarningsChanged(m_dashboardWarnings);
    }
    setDashboardDenial(QString());
    scheduleAll(true);
}

void CanvasDataController::setSecrets(const QHash<QString, QString> &secrets)
{
    if (secrets == m_secrets)
        return;
    m_secrets = secrets;
    scheduleAll(false); // only widgets whose connection now differs run again
}

void CanvasDataController::setClaims(const std::optional<nlohmann::ordered_json> &claims,
                                     bool fromProject)
{
    if (claims == m_claims && fromProject == m_claimsFromProject)
        return;
    m_claims = claims;
    m_claimsFromProject = fromProject;
    ++m_viewerEpoch;
    scheduleAll(false);
}

bool CanvasDataController::showsCurrentViewer() const
{
    const Dashboard *dashboard = m_document->dashboard(m_dashboardId);
    if (!dashboard || !isIdle())
        return false;
    for (const Widget &widget : dashboard->widgets) {
        const auto it = m_entries.constFind(widget.id);
        if (it == m_entries.cend() || !it->finished || it->generation != 0
            || it->finishedEpoch != m_viewerEpoch)
            return false;
    }
    return true;
}

const WidgetRun *CanvasDataController::run(const QString &widgetId) const
{
    const auto it = m_entries.constFind(widgetId);
    return it != m_entries.cend() && it->finished ? &*it->finished : nullptr;
}

bool CanvasDataController::isLoading(const QString &widgetId) const
{
    const auto it = m_entries.constFind(widgetId);
    return it != m_entries.cend() && it->generation != 0;
}

void CanvasDataController::refresh(const QStringList &widgetIds)
{
    schedule(widgetIds, false);
}

void CanvasDataController::refreshAll()
{
    scheduleAll(true);
}

void CanvasDataController::cancelAll()
{
    QStringList interrupted;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->generation)
            continue;
        m_executor->cancel(key(it.key()));
        it->generation = 0;
        // Asked again next time, whatever its statement.
        it->resolved = false;
        // A widget that still shows another viewer's run shows the cancel instead: the canvas
        // names the current viewer, and that run is not theirs.
        if (!it->finished || it->finishedEpoch != it->pendingEpoch) {
            WidgetRun run = std::move(*it->pending);
            run.error = tr("The query was cancelled.");
            it->finished = std::move(run);
            it->finishedEpoch = it->pendingEpoch;
        }
        it->pending.reset();
        interrupted.append(it.key());
    }
    setRunning(0);
    for (const QString &widgetId : std::as_const(interrupted))
        Q_EMIT widgetFinished(widgetId);
}

void CanvasDataController::schedule(const QStringList &widgetIds, bool force)
{
    if (m_dashboardId.isEmpty())
        return;
    for (const QString &widgetId : widgetIds) {
        m_pending.insert(widgetId);
        if (force)
            m_forced.insert(widgetId);
    }
    // A burst of edits in one event-loop turn (a macro, a paste, typing) resolves once.
    if (!m_flushQueued && !m_pending.isEmpty()) {
        m_flushQueued = true;
        QTimer::singleShot(0, this, &CanvasDataController::flush);
    }
}

void CanvasDataController::scheduleAll(bool force)
{
    const Dashboard *dashboard = m_document->dashboard(m_dashboardId);
    if (!dashboard)
        return;
    QStringList ids;
    for (const Widget &widget : dashboard->widgets)
        ids.append(widget.id);
    schedule(ids, force);
}

void CanvasDataController::flush()
{
    m_flushQueued = false;
    const QSet<QString> pending = std::exchange(m_pending, {});
    const QSet<QString> forced = std::exchange(m_forced, {});
    const Dashboard *dashboard = m_document->dashboard(m_dashboardId);
    if (!dashboard)
        return;
    QStringList ids;
    for (const Widget &widget : dashboard->widgets) {
        if (pending.contains(widget.id))
            ids.append(widget.id);
    }
    if (ids.isEmpty())
        return;

    const Project &project = m_document->project();
    Resolver::Options options;
    options.widgetIds = ids;
    options.secrets = m_secrets;
    // The claims are the previewed profile's as they are now (QA may be editing them), so the
    // viewer is made afresh: validated once for this resolution.
    QString error;
    std::optional<Viewer> viewer = Viewer::design();
    if (m_claims && m_claimsFromProject)
        viewer = Viewer::profile(project, TenantProfile{{}, {}, *m_claims}, &error);
    else if (m_claims)
        viewer = Viewer::claims(project, *m_claims, {}, &error);
    // Claims that do not validate deny every widget, with the reason on each.
    const DashboardResolution resolution = viewer
            ? viewer->resolve(project, m_document->filePath(), *dashboard, options)
            : Resolver::deniedEverywhere(*dashboard, options, error);
    if (resolution.warnings != m_dashboardWarnings) {
        m_dashboardWarnings = resolution.warnings;
        Q_EMIT dashboardWarningsChanged(m_dashboardWarnings);
    }
    // Decided on the whole dashboard whichever widgets were asked for. When an edit of some
    // widgets changed it, the others' text and placeholders change with it.
    const bool others = resolution.denied != m_dashboardDenial
            && resolution.widgets.size() < dashboard->widgets.size();
    m_viewer = viewer;
    setDashboardDenial(resolution.denied);
    for (const WidgetResolution &widget : std::as_const(resolution.widgets))
        start(*dashboard, widget, forced.contains(widget.widgetId));
    if (others)
        scheduleAll(false);
}

void CanvasDataController::setDashboardDenial(const QString &reason)
{
    // Told again for the same reason too: the viewer it is told to may have changed.
    if (reason == m_dashboardDenial && reason.isEmpty())
        return;
    m_dashboardDenial = reason;
    Q_EMIT dashboardDenialChanged(reason);
}

void CanvasDataController::start(const Dashboard &dashboard, const WidgetResolution &resolution,
                                 bool force)
{
    const QString &id = resolution.widgetId;
    const Widget *widget = dashboard.widget(id);
    if (!widget)
        return;
    Entry &entry = m_entries[id];
    const bool unchanged = entry.resolved && entry.denied == resolution.denied
            && entry.plan == resolution.plan && entry.connection == resolution.connection;
    if (unchanged && !force) {
        // The same statement, but maybe not the same story: another tenant's overrides, policy
        // rules and warnings can produce identical SQL. The inspector must tell this viewer's.
        // The same statement on the same connection gives the same rows: what the widget
        // shows (or is fetching) is this viewer's too.
        if (entry.pending) {
            entry.pending->resolution = resolution;
            entry.pendingEpoch = m_viewerEpoch;
        }
        if (entry.finished) {
            entry.finishedEpoch = m_viewerEpoch;
            // A text widget's text (edited, or granted again) runs no statement either.
            const bool told = entry.finished->resolution.applied != resolution.applied
                    || entry.finished->resolution.warnings != resolution.warnings
                    || entry.finished->resolution.text != resolution.text
                    || entry.finished->resolution.dashboardDenied != resolution.dashboardDenied;
            entry.finished->resolution = resolution;
            if (told)
                Q_EMIT widgetFinished(id);
        }
        return;
    }
    entry.resolved = true;
    entry.denied = resolution.denied;
    entry.plan = resolution.plan;
    entry.connection = resolution.connection;

    WidgetRun run;
    run.resolution = resolution;
    run.title = widget->title;
    run.type = widget->type;
    const bool wasRunning = entry.generation != 0;
    if (!resolution.denied.isEmpty() || !resolution.plan) {
        // Nothing to run: a denial, or a text widget.
        if (wasRunning) {
            m_executor->cancel(key(id));
            entry.generation = 0;
            entry.pending.reset();
            setRunning(m_running - 1);
        }
        entry.finished = std::move(run);
        entry.finishedEpoch = m_viewerEpoch;
        Q_EMIT widgetFinished(id);
        return;
    }

    const quint64 generation = m_nextGeneration++;
    entry.generation = generation;
    entry.started.start();
    QFuture<QueryResult> future
            = m_executor->submit(key(id), resolution.connection, *resolution.plan);
    entry.pending = std::move(run);
    entry.pendingEpoch = m_viewerEpoch;
    auto *watcher = new QFutureWatcher<QueryResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, generation] {
        finish(id, generation, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(future);
    if (!wasRunning)
        setRunning(m_running + 1);
    Q_EMIT widgetLoading(id);
}

void CanvasDataController::finish(const QString &widgetId, quint64 generation,
                                  const QueryResult &result)
{
    const auto it = m_entries.find(widgetId);
    // A newer query (or a cancel) has taken its place: this result shows nothing current.
    if (it == m_entries.end() || it->generation != generation)
        return;
    it->generation = 0;
    WidgetRun run = std::move(*it->pending);
    it->pending.reset();
    run.result = result;
    if (!result.error.isEmpty())
        run.error = result.error;
    else if (result.cancelled)
        run.error = tr("The query was cancelled.");
    const qint64 elapsed = it->started.elapsed();
    it->finished = std::move(run);
    it->finishedEpoch = it->pendingEpoch;
    setRunning(m_running - 1);
    Q_EMIT lastQueryFinished(elapsed);
    Q_EMIT widgetFinished(widgetId);
}

void CanvasDataController::forget(const QString &widgetId)
{
    const auto it = m_entries.find(widgetId);
    if (it == m_entries.end())
        return;
    const bool running = it->generation != 0;
    if (running)
        m_executor->cancel(key(widgetId));
    m_entries.erase(it);
    m_pending.remove(widgetId);
    if (running)
        setRunning(m_running - 1);
}

void CanvasDataController::setRunning(int running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT queriesRunningChanged(running);
}

QStringList CanvasDataController::widgetsOnDataset(const QString &datasetId) const
{
    QStringList ids;
    if (const Dashboard *dashboard = m_document->dashboard(m_dashboardId)) {
        for (const Widget &widget : dashboard->widgets) {
            if (widget.datasetId == datasetId)
                ids.append(widget.id);
        }
    }
    return ids;
}

QStringList CanvasDataController::widgetsOnAccount(const QString &accountId) const
{
    QStringList ids;
    if (const Dashboard *dashboard = m_document->dashboard(m_dashboardId)) {
        for (const Widget &widget : dashboard->widgets) {
            const Dataset *dataset = m_document->dataset(widget.datasetId);
            if (dataset && dataset->accountId == accountId)
                ids.append(widget.id);
        }
    }
    return ids;
}

QString CanvasDataController::key(const QString &widgetId) const
{
    // Unique per controller, so that two canvases sharing an executor never cancel each other.
    return u"canvas/%1/%2"_s.arg(quintptr(this), 0, 16).arg(widgetId);
}

} // namespace Dashwright
