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
#include <QVariant>

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

    // The designer's own values for the shown dashboard's viewer-editable filters and parameters
    // (the filter bar): session state, never saved in the project. Filter values apply in the
    // design view and in a tenant preview alike (what a tenant's viewer would pick); parameter
    // values in the design view only (Resolver::Options::designParameterValues). A null value
    // clears a filter (all rows); reset…() returns to the filter's or the parameter's default.
    // Values no longer valid (the filter or parameter changed) are dropped.
    void setFilterValue(const QString &filterId, const QVariant &value);
    void resetFilterValue(const QString &filterId);
    QHash<QString, QVariant> filterValues() const { return m_filterValues.value(m_dashboardId); }
    void setDesignParameterValue(const QString &parameterId, const QVariant &value);
    void resetDesignParameterValue(const QString &parameterId);
    QHash<QString, QVariant> designParameterValues() const
    {
        return m_parameterValues.value(m_dashboardId);
    }
    // Both of the above back to their defaults.
    void resetAll();

    // What the last resolution decided for the dashboard as a whole: each parameter's value and
    // what set it, and each viewer-editable filter's current value.
    const QList<ResolvedParameter> &parameters() const { return m_parameters; }
    const QHash<QString, QVariant> &editableFilterValues() const { return m_editableFilterValues; }
    // The values a viewer-editable filter offers the current viewer (Viewer::filterChoices, run
    // off the UI thread), or nullopt while they are computed or when the viewer may not read
    // the filter's data (then choicesDenied() says why: the web component leaves such a filter
    // out).
    std::optional<QVariantList> filterChoices(const QString &filterId) const;
    QString choicesDenied(const QString &filterId) const { return m_choiceDenials.value(filterId); }
    // Choices are being read (or about to be).
    bool choicesPending() const { return m_choicesQueued || !m_choicesRunning.isEmpty(); }

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
    // parameters(), editableFilterValues() or the session values changed.
    void valuesChanged();
    // filterChoices() of some filter changed (computed, or denied).
    void filterChoicesChanged();

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
    // The session values that still fit the dashboard (filters still viewer-editable, parameters
    // still there); the others are dropped.
    void pruneValues(const Dashboard &dashboard);
    void updateChoices();
    // The viewer the claims make now (validated afresh), or nullopt with *error.
    std::optional<Viewer> makeViewer(QString *error) const;
    void scheduleChoices();
    void cancelChoices();

    ProjectDocument *m_document;
    QueryExecutor *m_executor;
    QString m_dashboardId;
    QString m_dashboardDenial;
    std::optional<Viewer> m_viewer;
    QHash<QString, QString> m_secrets;
    std::optional<nlohmann::ordered_json> m_claims;
    bool m_claimsFromProject = false;
    QHash<QString, Entry> m_entries;
    // Session values by dashboard id, then filter or parameter id.
    QHash<QString, QHash<QString, QVariant>> m_filterValues;
    QHash<QString, QHash<QString, QVariant>> m_parameterValues;
    QList<ResolvedParameter> m_parameters;
    QHash<QString, QVariant> m_editableFilterValues;
    QHash<QString, QVariantList> m_choices;
    QHash<QString, QString> m_choiceDenials;
    quint64 m_choicesGeneration = 0;
    QStringList m_choicesRunning; // filter ids with a query in flight
    bool m_choicesQueued = false;
    QStringList m_dashboardWarnings;
    QSet<QString> m_pending;
    QSet<QString> m_forced;
    bool m_flushQueued = false;
    int m_running = 0;
    quint64 m_nextGeneration = 1;
    quint64 m_viewerEpoch = 1; // one more for each change of claims
};

} // namespace Dashwright
