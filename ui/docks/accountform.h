// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Dashwright {

class ProjectDocument;

// The properties of one account: its name in place, where it connects, and a button to the
// account dialog for the connection fields, the password and the connection test.
class AccountForm : public QWidget
{
    Q_OBJECT

public:
    explicit AccountForm(ProjectDocument *document, QWidget *parent = nullptr);

    void setAccount(const QString &accountId);

Q_SIGNALS:
    void editRequested(const QString &accountId);

private:
    void refresh();

    ProjectDocument *m_document;
    QString m_accountId;
    QLineEdit *m_name;
    QLabel *m_details;
};

} // namespace Dashwright
