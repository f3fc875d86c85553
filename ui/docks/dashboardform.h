// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Dashwright {

class ProjectDocument;

// The properties of a dashboard when nothing on it is selected: its own filters, which apply to
// every widget on their dataset. Each can be marked "Viewer can change" (viewer-editable): an
// embedded dashboard then offers it to the viewer, with choices computed under the viewer's own
// access. Every edit goes through DashboardFilterEdits, one undo step each.
class DashboardForm : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardForm(ProjectDocument *document, QWidget *parent = nullptr);

    void setDashboard(const QString &dashboardId);
    // The reason the last edit was refused; empty after one that was made.
    QString message() const;

private:
    void refresh();
    void refreshEditor();
    QString currentFilterId() const;
    void report(bool ok, const QString &error);

    ProjectDocument *m_document;
    QString m_dashboardId;
    bool m_refreshing = false;
    QLabel *m_heading;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QWidget *m_editor;
    QLineEdit *m_label;
    QComboBox *m_dataset;
    QComboBox *m_column;
    QComboBox *m_expression;
    QLineEdit *m_value;
    QComboBox *m_parameter;
    QCheckBox *m_viewerEditable;
    QLabel *m_message;
};

} // namespace Dashwright
