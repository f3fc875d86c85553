// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTreeView;

namespace Dashwright {

class AccountDialog;
class DataSourceModel;
class DatasetDialog;
class DocumentSelection;
class ProjectDocument;
class ProjectKeystore;

// The data panel: the project's accounts, their datasets and the datasets' columns with types.
// Accounts and datasets are added, edited and removed from here (through their dialogs), labels
// and types are edited in place, and columns drag onto the canvas. Clicking an account or a
// dataset selects it for the properties panel.
class DataPanel : public QDockWidget
{
    Q_OBJECT

public:
    DataPanel(ProjectDocument *document, DocumentSelection *selection, ProjectKeystore *keystore,
              QWidget *parent = nullptr);

    DataSourceModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Each opens its dialog (window-modal, deleted on close) and returns it.
    AccountDialog *addAccount();
    AccountDialog *editAccount(const QString &accountId);
    DatasetDialog *addDataset(const QString &accountId = QString());
    DatasetDialog *editDataset(const QString &datasetId);
    // Removes the selected account or dataset, unless something still uses it (then says what).
    // Returns whether it did.
    bool removeSelected();
    // Why the account or dataset cannot go; empty when it can.
    QString removalBlocker(const QString &accountId, const QString &datasetId) const;

private:
    void currentChanged();
    void followSelection();
    void editCurrent();
    QString currentAccountId() const;

    ProjectDocument *m_document;
    DocumentSelection *m_selection;
    ProjectKeystore *m_keystore;
    DataSourceModel *m_model;
    QTreeView *m_view;
    bool m_syncing = false;
};

} // namespace Dashwright
