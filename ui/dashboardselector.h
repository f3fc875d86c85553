// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

class QAction;

namespace Dashwright {

class DocumentSelection;
class ProjectDocument;

// Which of the project's dashboards the canvas shows, with the actions that add, rename and
// delete dashboards (each one undo step). Follows the selection both ways.
class DashboardSelector : public QComboBox
{
    Q_OBJECT

public:
    DashboardSelector(ProjectDocument *document, DocumentSelection *selection,
                      QWidget *parent = nullptr);

    QAction *addAction() const { return m_add; }
    QAction *renameAction() const { return m_rename; }
    QAction *removeAction() const { return m_remove; }

    // Adds "Dashboard N" with a unique slug, shows it and returns its id.
    QString addDashboard();
    // Renames the shown dashboard (its title; the slug stays, tokens and snippets name it).
    bool renameDashboard(const QString &title);
    // Deletes the shown dashboard unless it is the last one.
    bool removeDashboard();

private:
    void rebuild();
    void askRename();
    void askRemove();

    ProjectDocument *m_document;
    DocumentSelection *m_selection;
    QAction *m_add;
    QAction *m_rename;
    QAction *m_remove;
    bool m_rebuilding = false;
};

} // namespace Dashwright
