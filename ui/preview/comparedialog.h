// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/tenantcomparison.h"

#include <QDialog>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

class QComboBox;
class QLabel;
class QScrollArea;
class QTimer;
class QTreeWidget;

namespace Dashwright {

class DocumentSelection;
class ProjectDocument;
class ProjectKeystore;
class QueryExecutor;

// "Compare Tenants": one dashboard as two viewers see it — each side a tenant profile, a pasted
// token or the design view — drawn side by side as the canvas draws it (DashboardExporter, each
// with a banner naming its viewer), above a per-widget summary of what differs. Both sides are
// resolved and run off the UI thread on an executor of its own; a run that a newer choice or an
// edit of the project made stale is discarded.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(ProjectDocument *document, DocumentSelection *selection,
                  ProjectKeystore *keystore, QWidget *parent = nullptr);
    ~CompareDialog() override;

    QString dashboardId() const;
    // A side's profile id; empty for the design view.
    QString tenantA() const;
    QString tenantB() const;
    // False (and nothing changes) for an unknown dashboard or profile. Profiles by id or name;
    // an empty one is the design view.
    bool setDashboard(const QString &dashboardId);
    bool setTenants(const QString &tenantA, const QString &tenantB);
    // A side (0 is A, 1 is B) shows a pasted token, verified as Paste Token verifies it ("Bearer
    // <token>" accepted). False, with the reason in *error, when it does not verify; the side
    // then keeps what it showed.
    bool setPastedToken(int side, const QString &token, QString *error = nullptr);
    // The sentence painted over a side whose viewer may see nothing of the dashboard, or empty.
    QString denialNotice(int side) const { return m_denialNotice[side]; }

    bool isRunning() const { return m_running; }
    // The last finished run's comparison, one entry per widget in dashboard order.
    const QList<WidgetComparison> &comparison() const { return m_comparison; }
    // A side as drawn (banner included), full size: 0 is A, 1 is B.
    QImage image(int side) const { return m_images[side]; }

public Q_SLOTS:
    // Runs both sides again (the choice or the project changed).
    void rerun();
    void swapSides();

Q_SIGNALS:
    // A run finished and is shown.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Result;

    void fillDashboards();
    void fillTenants();
    void scheduleRerun();
    void showResult(const Result &result);
    void fillSummary(const Result &result);
    void showImages();
    QString viewerName(int side) const;
    void choosePastedToken(int side);
    bool usePastedToken(int side, const QString &token,
                        const std::optional<nlohmann::ordered_json> &claims,
                        const QString &description);

    ProjectDocument *m_document;
    DocumentSelection *m_selection;
    ProjectKeystore *m_keystore;
    // Shared with the runs still in flight, which may outlive the dialog.
    std::shared_ptr<QueryExecutor> m_executor;
    quint64 m_generation = 0;
    bool m_running = false;
    QTimer *m_rerunTimer;

    QComboBox *m_dashboard;
    QComboBox *m_tenant[2];
    QLabel *m_status;
    QScrollArea *m_scroll[2];
    QLabel *m_picture[2];
    QTreeWidget *m_summary;

    QList<WidgetComparison> m_comparison;
    QImage m_images[2];
    QString m_sideError[2]; // claims that do not resolve
    QString m_denialNotice[2];
    // A side's pasted token that verified: its claims and whose it is.
    // A pasted token is kept as pasted and verified again at each run: it may expire or be
    // revoked while the dialog is open.
    struct Pasted
    {
        QString token;
        QString description;
    };
    std::optional<Pasted> m_pasted[2];
    QString m_chosen[2]; // each side's choice before "Paste token…" was picked
    QHash<QString, QRect> m_widgetRects[2];
};

} // namespace Dashwright
