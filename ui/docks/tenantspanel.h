// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QListView;

namespace Dashwright {

class ProjectDocument;
class TenantForm;
class TenantModel;

// The project's tenant profiles (DESIGN §5): created, duplicated, renamed in place and deleted,
// each undoably, with the form for the current profile's claims below the list. Activating a
// profile (double click, Enter, "Preview as") asks for the canvas to show it as that tenant.
class TenantsPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit TenantsPanel(ProjectDocument *document, QWidget *parent = nullptr);

    TenantModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    TenantForm *form() const { return m_form; }
    QString message() const;

    QString currentTenantId() const;
    void setCurrentTenantId(const QString &tenantId);

    // Each pushes one command and makes the new profile current; they return its id.
    QString addTenant();
    QString duplicateTenant(const QString &tenantId);
    bool removeTenant(const QString &tenantId);

Q_SIGNALS:
    void currentTenantChanged(const QString &tenantId);
    void previewRequested(const QString &tenantId);

private:
    QString uniqueName(const QString &base) const;
    void showMessage(const QString &text);

    ProjectDocument *m_document;
    TenantModel *m_model;
    QListView *m_view;
    QLabel *m_message;
    TenantForm *m_form;
};

} // namespace Dashwright
