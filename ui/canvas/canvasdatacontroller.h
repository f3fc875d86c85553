// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/dashboardrunner.h"
#include "access/viewer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace Dashwright {

class ProjectDocument;
class QueryExecutor;

// Keeps the data of one dashboard's widgets current while the document is edited: it resolves the
// widgets (the design view, or a token view once claims are set) and runs their statements on a
// QueryExecutor, never on the UI thread. Each widget has one executor key, so a newer query
// cancels its predecessor; edits within one event-loop turn are resolved once; and a widget whose
// statement, bindings and connection did not change is not queried again — changing a parameter's
// default re-queries exactly the widgets that take it.
class CanvasDataController : public QObject
{
    Q_OBJECT

public:
    // executor: shared with others, or nullptr for one of its own.
    explicit CanvasDataController(ProjectDocument *document, QueryExecutor *executor = nullptr,
                                  QObject *parent = nullptr);
    ~CanvasDataController() override;

    QString dashboardId() const { return m_dashboardId; }
    // Shows another dashboard: its widgets' queries start; the previous one's are cancelled.
    void setDashboardId(const QString &dashboardId);

    // Account passwords by keystore secret id, as Resolver::Options::secrets takes them.
    void setSecrets(const QHash<QString, QString> &secrets);
    // A tenant's claims (issue 5's preview), or nullopt for the design view.
    // fromProject: the claims are a tenant profile's, which lives in the project file and so may
    // carry no credentials (validated as Viewer::profile does); otherwise a token's or a claims
    // object's.
    void setClaims(const std::optional<nlohmann::ordered_json> &claims, bool fromProject = false);
    const std::optional<nlohmann::ordered_json> &claims() const { return m_claims; }

    // The warnings about the shown dashboard as a whole, for this viewer (an override of a
    // parameter it does not have…): told once, not on each widget.
    const QStringList &dashboardWarnings() const { return m_dashboardWarnings; }
    // Why the current viewer may see nothing of the dashboard at all (DashboardResolution::denied),
    // or empty: the canvas says it once, above the widgets.
    QString dashboardDenial() const { return m_dashboardDenial; }
    // Whom the last resolution was for; nullptr before one, or when the claims did not validate.
    const Viewer *viewer() const { return m_viewer ? &*m_viewer : nullptr; }

    // The last finished run of a widget, or nullptr while it has none.
    const WidgetRun *run(const QString &widgetId) const;
    bool isLoading(const QString &widgetId) const;
    int runningCount() const { return m_running; }
    // Nothing queued to resolve and no query in flight: every widget shows its current state.
    bool isIdle() const { return m_running == 0 && !m_flushQueued; }
    // Every widget of the shown dashboard has a finished run for the current viewer (claims):
    // none loading, none still showing what the previous viewer got. An export names the viewer
    // it shows, so it waits for this (another tenant's rows under this tenant's name would be a
    // leak in a PDF sent to them).
    bool showsCurrentViewer() const;

public Q_SLOTS:
    // Re-resolves these widgets; those whose statement changed are queried again.
    void refresh(const QStringList &widgetIds);
    // Queries every widget again, changed or not (the "Refresh" action).
    void refreshAll();
    // Stops every query in flight; their widgets keep what they showed.
    void cancelAll();

Q_SIGNALS:
    void widgetLoading(const QString &widgetId);
    // run(widgetId) has the result: data, an error or a denial.
    void widgetFinished(const QString &widgetId);
    void queriesRunningChanged(int count);
    void dashboardWarningsChanged(const QStringList &warnings);
    void dashboardDenialChanged(const QString &reason);
    // Wall time of the query just finished, from submission to result.
    void lastQueryFinished(qint64 elapsedMs);

private:
    // What the controller knows of one widget: the statement it last resolved to (to tell
    // whether an edit changed it), the run in flight and the last finished one.
    struct Entry
    {
        bool resolved = false;
        QString denied;
        std::optional<QueryPlan> plan;
        ConnectionSpec connection;
        quint64 generation = 0; // of the query in flight; 0: none
        std::optional<WidgetRun> pending;
        QElapsedTimer started;
        std::optional<WidgetRun> finished;
        // The viewer (m_viewerEpoch) the pending and the finished run are for.
        quint64 pendingEpoch = 0;
        quint64 finishedEpoch = 0;
    };

    void start(const Dashboard &dashboard, const WidgetResolution &resolution, bool force);

    void schedule(const QStringList &widgetIds, bool force);
    void scheduleAll(bool force);
    void flush();
    void forget(const QString &widgetId);
    void finish(const QString &widgetId, quint64 generation, const QueryResult &result);
    void setRunning(int running);
    void setDashboardDenial(const QString &reason);
    QStringList widgetsOnDataset(const QString &datasetId) const;
    QStringList widgetsOnAccount(const QString &accountId) const;
    QString key(const QString &widgetId) const;

    ProjectDocument *m_document;
    QueryExecutor *m_executor;
    QString m_dashboardId;
    QString m_dashboardDenial;
    std::optional<Viewer> m_viewer;
    QHash<QString, QString> m_secrets;
    std::optional<nlohmann::ordered_json> m_claims;
    bool m_claimsFromProject = false;
    QHash<QString, Entry> m_entries;
    QStringList m_dashboardWarnings;
    QSet<QString> m_pending;
    QSet<QString> m_forced;
    bool m_flushQueued = false;
    int m_running = 0;
    quint64 m_nextGeneration = 1;
    quint64 m_viewerEpoch = 1; // one more for each change of claims
};

} // namespace Dashwright
