// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QStackedWidget;

namespace Dashwright {

class AccountForm;
class DashboardForm;
class DatasetForm;
class DocumentSelection;
class ParameterForm;
class ProjectDocument;
class WidgetForm;

// The properties of whatever is selected: one form per kind of selection (widgets, a parameter, a
// dataset, an account; with nothing selected, the current dashboard and its filters), each editing
// through undo commands. The account and dataset forms ask for their dialogs through
// editAccountRequested / editDatasetRequested (DataPanel::editAccount and editDataset answer them).
class PropertiesPanel : public QDockWidget
{
    Q_OBJECT

public:
    PropertiesPanel(ProjectDocument *document, DocumentSelection *selection,
                    QWidget *parent = nullptr);

    // The form on show (for tests and screenshots).
    QWidget *currentForm() const;

Q_SIGNALS:
    void editAccountRequested(const QString &accountId);
    void editDatasetRequested(const QString &datasetId);

private:
    void selectionChanged();

    DocumentSelection *m_selection;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    DashboardForm *m_dashboardForm;
    WidgetForm *m_widgetForm;
    ParameterForm *m_parameterForm;
    DatasetForm *m_datasetForm;
    AccountForm *m_accountForm;
};

} // namespace Dashwright
