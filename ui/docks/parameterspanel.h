// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QTableView;

namespace Dashwright {

class DocumentSelection;
class ParameterModel;
class ProjectDocument;

// The parameters of the dashboard on the canvas: created, renamed, retyped, given a default and
// allowed values in place, and deleted when no filter takes them. Refused edits are explained
// under the table.
class ParametersPanel : public QDockWidget
{
    Q_OBJECT

public:
    ParametersPanel(ProjectDocument *document, DocumentSelection *selection,
                    QWidget *parent = nullptr);

    ParameterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString message() const;

    // Adds a text parameter with a fresh name and selects it; returns its id.
    QString addParameter();
    // Deletes the parameter unless a filter takes it (then says which).
    bool removeParameter(const QString &parameterId);

private:
    void followSelection();
    void showMessage(const QString &text);

    ProjectDocument *m_document;
    DocumentSelection *m_selection;
    ParameterModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    bool m_syncing = false;
};

} // namespace Dashwright
