// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/isolationcheck.h"

#include <QDialog>
#include <QString>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Dashwright {

class DocumentSelection;
class ProjectDocument;
class ProjectKeystore;
class QueryExecutor;
class TenantPreview;

// "Isolation Check": runs IsolationCheck — every tenant profile on every dashboard it grants —
// off the UI thread and lists what it found: widgets no tenant-specific rule restricted, pairs
// of different tenants that see the same rows (with the rows), and for information the same
// tenant under several profiles, denials, invalid profiles and data-source errors. Activating an
// entry shows its dashboard and widget on the canvas, previewed as its profile. Closing the
// window while the check runs leaves the run to finish on its own, unseen.
class IsolationCheckDialog : public QDialog
{
    Q_OBJECT

public:
    IsolationCheckDialog(ProjectDocument *document, DocumentSelection *selection,
                         TenantPreview *preview, ProjectKeystore *keystore,
                         QWidget *parent = nullptr);
    ~IsolationCheckDialog() override;

    bool isRunning() const { return m_running; }
    // The last finished check's report; nullopt before the first.
    const std::optional<IsolationReport> &report() const { return m_report; }
    // The one line at the top: "No findings", "3 findings", or that it has not run.
    QString verdict() const;

    // Item data on the findings' entries: where an entry points, and as whom.
    enum Role { DashboardRole = Qt::UserRole + 1, WidgetRole, ProfileRole };

public Q_SLOTS:
    // Starts the check (nothing happens while one runs).
    void run();
    // Shows an entry's dashboard and widget on the canvas, previewed as its profile.
    void activate(QTreeWidgetItem *item);

Q_SIGNALS:
    // A check finished and its report is shown.
    void finished();

private:
    struct Result;

    void setRunning(bool running);
    void showResult(const Result &result);
    void projectEdited();

    ProjectDocument *m_document;
    DocumentSelection *m_selection;
    TenantPreview *m_preview;
    ProjectKeystore *m_keystore;
    // Shared with the run in flight, which may outlive the dialog.
    std::shared_ptr<QueryExecutor> m_executor;
    bool m_running = false;
    std::optional<IsolationReport> m_report;

    QLabel *m_verdict;
    QLabel *m_details;
    QProgressBar *m_busy;
    QPushButton *m_run;
    QTreeWidget *m_findings;
};

} // namespace Dashwright
