// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTreeView;

namespace Dashwright {

class DocumentSelection;
class ProblemModel;
class ProjectDocument;

// What is wrong with the project, kept current as it is edited; activating a problem shows its
// dashboard and selects the widget, parameter, dataset or account it is about.
class ProblemsPanel : public QDockWidget
{
    Q_OBJECT

public:
    ProblemsPanel(ProjectDocument *document, DocumentSelection *selection,
                  QWidget *parent = nullptr);

    ProblemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Selects what the problem in that row is about; false when it names nothing selectable.
    bool activate(int row);

private:
    ProjectDocument *m_document;
    DocumentSelection *m_selection;
    ProblemModel *m_model;
    QTreeView *m_view;
};

} // namespace Dashwright
