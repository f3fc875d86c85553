// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace Dashwright {

class ProjectDocument;

// What the designer is looking at and what is selected, shared by the canvas, the docks and the
// main window so that none of them has to know the others: the dashboard on the canvas, and either
// a set of its widgets or one other object (a parameter of that dashboard, a dataset, an account,
// a tenant profile)
// whose properties the properties panel shows. Ids that the document drops (undo of an add, a
// delete) leave the selection by themselves.
class DocumentSelection : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, Widgets, Parameter, Dataset, Account, Tenant };
    Q_ENUM(Kind)

    explicit DocumentSelection(ProjectDocument *document, QObject *parent = nullptr);

    ProjectDocument *document() const { return m_document; }

    QString dashboardId() const { return m_dashboardId; }
    // Shows another dashboard; clears the selection.
    void setDashboardId(const QString &dashboardId);

    Kind kind() const { return m_kind; }
    // Kind::Widgets: the selected widgets of dashboardId(), in selection order.
    QStringList widgetIds() const { return m_kind == Kind::Widgets ? m_ids : QStringList(); }
    // Kind::Parameter, Dataset, Account or Tenant: that object's id; empty otherwise.
    QString objectId() const;

    void selectWidgets(const QStringList &widgetIds); // empty: clear
    void selectParameter(const QString &parameterId);
    void selectDataset(const QString &datasetId);
    void selectAccount(const QString &accountId);
    void selectTenant(const QString &tenantId);
    void clear();

Q_SIGNALS:
    void dashboardChanged(const QString &dashboardId);
    void selectionChanged();

private:
    void select(Kind kind, const QStringList &ids);
    // Drops ids that no longer exist; a dashboard that is gone gives way to the first one.
    void prune();

    ProjectDocument *m_document;
    QString m_dashboardId;
    Kind m_kind = Kind::None;
    QStringList m_ids;
};

} // namespace Dashwright
