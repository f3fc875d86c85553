// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Dashwright {

class ProjectDocument;

// The properties of one dataset: its name and account in place, what it reads, and a button to
// the dataset dialog for the table, the SQL and the columns.
class DatasetForm : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetForm(ProjectDocument *document, QWidget *parent = nullptr);

    void setDataset(const QString &datasetId);

Q_SIGNALS:
    void editRequested(const QString &datasetId);

private:
    void refresh();

    ProjectDocument *m_document;
    QString m_datasetId;
    QLineEdit *m_name;
    QComboBox *m_account;
    QLabel *m_source;
    QLabel *m_columns;
};

} // namespace Dashwright
