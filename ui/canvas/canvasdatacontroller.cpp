// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasdatacontroller.h"

#include "access/resolver.h"
#include "access/viewer.h"
#include "data/queryexecutor.h"
#include "document/projectdocument.h"

#include <QFutureWatcher>
#include <QTimer>

#include <algorithm>

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
        if (dashboardId == m_dashboardId) {
            scheduleAll(false);
            scheduleChoices(); // its filters may have changed
        }
    });
    connect(document, &ProjectDocument::parameterRemoved, this, [this] { scheduleAll(false); });
    connect(document, &ProjectDocument::datasetRemoved, this, [this] { scheduleAll(false); });
    connect(document, &ProjectDocument::accountRemoved, this, [this] { scheduleAll(false); });
    connect(document, &ProjectDocument::datasetChanged, this, [this](const QString &datasetId) {
        schedule(widgetsOnDataset(datasetId), false);
        scheduleChoices();
    });
    connect(document, &ProjectDocument::accountChanged, this, [this](const QString &accountId) {
        schedule(widgetsOnAccount(accountId), true);
        scheduleChoices();
    });
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
    cancelChoices();
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
    m_parameters.clear();
    m_editableFilterValues.clear();
    m_choices.clear();
    Q_EMIT valuesChanged();
    scheduleAll(true);
    scheduleChoices();
}

void CanvasDataController::setSecrets(const QHash<QString, QString> &secrets)
{
    if (secrets == m_secrets)
        return;
    m_secrets = secrets;
    scheduleAll(false); // only widgets whose connection now differs run again
    scheduleChoices();
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
    // A tenant's choices are what its own resolution lets it read: none of another viewer's
    // shown meanwhile.
    m_choices.clear();
    scheduleChoices();
}

void CanvasDataController::setFilterValue(const QString &filterId, const QVariant &value)
{
    const Dashboard *dashboard = m_document->dashboard(m_dashboardId);
    if (!dashboard)
        return;
    const auto filter = std::find_if(dashboard->filters.cbegin(), dashboard->filters.cend(),
                                     [&](const Filter &f) { return f.id == filterId; });
    if (filter == dashboard->filters.cend() || !filter->viewerEditable
        || !filter->parameterId.isEmpty())
        return;
    auto &values = m_filterValues[m_dashboardId];
    if (values.contains(filterId) && values.value(filterId) == value)
        return;
    values.insert(filterId, value);
    schedule(widgetsOnDataset(filter->datasetId), false);
    Q_EMIT valuesChanged();
}

void CanvasDataController::resetFilterValue(const QString &filterId)
{
    auto &values = m_filterValues[m_dashboardId];
    if (!values.remove(filterId))
        return;
    scheduleAll(false); // only the widgets whose statement changes run again
    Q_EMIT valuesChanged();
}

void CanvasDataController::setDesignParameterValue(const QString &parameterId,
                                                   const QVariant &value)
{
    auto &values = m_parameterValues[m_dashboardId];
    if (values.contains(parameterId) && values.value(parameterId) == value)
        return;
    values.insert(parameterId, value);
    schedule(m_document->widgetsUsingParameter(m_dashboardId, parameterId), false);
    Q_EMIT valuesChanged();
}

void CanvasDataController::resetDesignParameterValue(const QString &parameterId)
{
    auto &values = m_parameterValues[m_dashboardId];
    if (!values.remove(parameterId))
        return;
    schedule(m_document->widgetsUsingParameter(m_dashboardId, parameterId), false);
    Q_EMIT valuesChanged();
}

void CanvasDataController::resetAll()
{
    const bool any = !m_filterValues.value(m_dashboardId).isEmpty()
            || !m_parameterValues.value(m_dashboardId).isEmpty();
    m_filterValues.remove(m_dashboardId);
    m_parameterValues.remove(m_dashboardId);
    if (!any)
        return;
    scheduleAll(false);
    Q_EMIT valuesChanged();
}

void CanvasDataController::pruneValues(const Dashboard &dashboard)
{
    const auto editable = [&](const QString &filterId) {
        return std::any_of(
                dashboard.filters.cbegin(), dashboard.filters.cend(), [&](const Filter &f) {
                    return f.id == filterId && f.viewerEditable && f.parameterId.isEmpty();
                });
    };
    if (auto values = m_filterValues.find(dashboard.id); values != m_filterValues.end()) {
        for (auto it = values->begin(); it != values->end();)
            it = editable(it.key()) ? std::next(it) : values->erase(it);
    }
    if (auto values = m_parameterValues.find(dashboard.id); values != m_parameterValues.end()) {
        for (auto it = values->begin(); it != values->end();)
            it = dashboard.parameter(it.key()) ? std::next(it) : values->erase(it);
    }
}

std::optional<QVariantList> CanvasDataController::filterChoices(const QString &filterId) const
{
    const auto it = m_choices.constFind(filterId);
    return it == m_choices.cend() ? std::nullopt : std::optional<QVariantList>(*it);
}

std::optional<Viewer> CanvasDataController::makeViewer(QString *error) const
{
    // The claims are the previewed profile's as they are now (QA may be editing them), so the
    // viewer is made afresh: validated once for this resolution.
    const Project &project = m_document->project();
    if (m_claims && m_claimsFromProject)
        return Viewer::profile(project, TenantProfile{{}, {}, *m_claims}, error);
    if (m_claims)
        return Viewer::claims(project, *m_claims, {}, error);
    return Viewer::design();
}

void CanvasDataController::scheduleChoices()
{
    if (m_choicesQueued)
        return;
    m_choicesQueued = true;
    QTimer::singleShot(0, this, &CanvasDataController::updateChoices);
}

void CanvasDataController::cancelChoices()
{
    for (const QString &filterId : std::as_const(m_choicesRunning))
        m_executor->cancel(key(u"choices/"_s + filterId));
    m_choicesRunning.clear();
}

void CanvasDataController::updateChoices()
{
    m_choicesQueued = false;
    cancelChoices();
    const quint64 generation = ++m_choicesGeneration;
    // The previous choices stay until the new ones are read (an edit of the dashboard's title
    // need not empty the lists); another dashboard or another viewer clears them at once.
    m_choiceDenials.clear();
    const Dashboard *dashboard = m_document->dashboard(m_dashboardId);
    QString error;
    const std::optional<Viewer> viewer = makeViewer(&error);
    if (dashboard) {
        Resolver::Options options;
        options.secrets = m_secrets;
        for (const Filter &filter : dashboard->filters) {
            if (!filter.viewerEditable || !filter.parameterId.isEmpty())
                continue;
            if (!viewer) {
                m_choices.remove(filter.id);
                m_choiceDenials.insert(filter.id, error);
                continue;
            }
            // The web component's choices (EmbedApi::layout): the same call, the same viewer.
            const WidgetResolution choices = viewer->filterChoices(
                    m_document->project(), m_document->filePath(), *dashboard, filter.id, options);
            if (!choices.denied.isEmpty() || !choices.plan) {
                m_choices.remove(filter.id);
                m_choiceDenials.insert(
                        filter.id, choices.denied.isEmpty() ? tr("no choices") : choices.denied);
                continue;
            }
            const QString id = filter.id;
            m_choicesRunning.append(id);
            QFuture<QueryResult> future = m_executor->submit(key(u"choices/"_s + id),
                                                             choices.connection, *choices.plan);
            auto *watcher = new QFutureWatcher<QueryResult>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, generation] {
                watcher->deleteLater();
                if (generation != m_choicesGeneration)
                    return;
                m_choicesRunning.removeAll(id);
                const QueryResult result = watcher->result();
                if (!result.error.isEmpty() || result.cancelled) {
                    m_choices.remove(id);
                    m_choiceDenials.insert(
                            id, result.cancelled ? tr("The query was cancelled.") : result.error);
                } else {
                    QVariantList values;
                    for (const QVariantList &row : result.rows)
                        values.append(row.value(0));
                    m_choices.insert(id, values);
                }
                Q_EMIT filterChoicesChanged();
            });
            watcher->setFuture(future);
        }
    }
    Q_EMIT filterChoicesChanged();
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
    scheduleChoices();
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
    pruneValues(*dashboard);
    options.filterValues = m_filterValues.value(m_dashboardId);
    // The resolver ignores these in a token view; they are not even handed to one.
    if (!m_claims)
        options.designParameterValues = m_parameterValues.value(m_dashboardId);
    QString error;
    const std::optional<Viewer> viewer = makeViewer(&error);
    // Claims that do not validate deny every widget, with the reason on each.
    DashboardResolution resolution = viewer
            ? viewer->resolve(project, m_document->filePath(), *dashboard, options)
            : Resolver::deniedEverywhere(*dashboard, options, error);
    if (!resolution.error.isEmpty()
        && (!options.filterValues.isEmpty() || !options.designParameterValues.isEmpty())) {
        // A session value the engine refuses now (the filter's column changed type…): dropped,
        // so that the canvas shows the dashboard as designed rather than nothing.
        m_filterValues.remove(m_dashboardId);
        m_parameterValues.remove(m_dashboardId);
        options.filterValues.clear();
        options.designParameterValues.clear();
        resolution = viewer->resolve(project, m_document->filePath(), *dashboard, options);
    }
    if (resolution.parameters != m_parameters
        || resolution.editableFilterValues != m_editableFilterValues) {
        m_parameters = resolution.parameters;
        m_editableFilterValues = resolution.editableFilterValues;
        Q_EMIT valuesChanged();
    }
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
