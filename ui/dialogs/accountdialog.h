// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "objectdialog.h"

#include "document/account.h"

#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Dashwright {

class AccountPage;
class ProjectDocument;
class ProjectKeystore;
class QueryExecutor;
struct QueryResult;

// Adds or edits an account: the fields of its type, a connection test that runs off the UI thread
// and reports the server's version (a plugin: how many datasets it offers) or the error, and on OK
// one undo step on the document. A password or API secret goes to the project's keystore; the
// account only keeps its secretId.
class AccountDialog : public ObjectDialog
{
    Q_OBJECT

public:
    AccountDialog(ProjectDocument *document, ProjectKeystore *keystore, QWidget *parent = nullptr);
    ~AccountDialog() override;

    // Edits that account instead of adding one.
    void setAccountId(const QString &accountId);
    QString accountId() const { return m_accountId; }
    // The account as the fields describe it (a new one has a fresh id).
    Account account() const;

    void testConnection();
    bool isTesting() const;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void typeChanged();
    // The page of the kind the type box shows.
    AccountPage *page() const;
    void testDone();
    bool apply(QString *error) override;
    QString password(QString *error) const;

    ProjectDocument *m_document;
    ProjectKeystore *m_keystore;
    std::unique_ptr<QueryExecutor> m_executor;
    QFutureWatcher<QueryResult> *m_testWatcher;
    QString m_accountId;
    QString m_newId;
    QString m_secretId;

    QLineEdit *m_name;
    QComboBox *m_type;
    // One page per kind of account (AccountKind), in AccountKind::all()'s order.
    QStackedWidget *m_pages;
    QPushButton *m_testButton;
};

} // namespace Dashwright
