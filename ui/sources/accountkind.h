// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/storedsecret.h"
#include "document/account.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QWidget>

class QLineEdit;

namespace Dashwright {

struct ConnectionSpec;
class QueryExecutor;
struct QueryResult;

// One kind of account's page in the account dialog: its own fields, what they make of an
// account, and what testing its connection runs.
class AccountPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void load(const Account &account) = 0;
    // Sets the fields of this kind on `account`, and only those: the project file holds nothing
    // stale from another kind.
    virtual void store(Account &account) const = 0;
    // Why the account cannot be kept as it is; empty when it can.
    virtual QString problem(const Account &account) const = 0;
    // The field a secret is typed into (a password, an API secret); nullptr for kinds without one.
    virtual QLineEdit *secretField() const { return nullptr; }
    virtual StoredSecret::Kind secretKind() const { return StoredSecret::Kind::Password; }
    // The statement "Test connection" runs, answering one version string; empty when this kind
    // cannot be tested yet.
    virtual QString testQuery() const { return {}; }
    // Whether "Test connection" can be offered for this kind.
    virtual bool canTest() const { return !testQuery().isEmpty(); }
    // Starts "Test connection" for `connection` (the fields with the typed or stored secret),
    // off the UI thread: by default testQuery() on `executor`; a kind that takes no SQL asks its
    // own way. The result's first value is what connectedText() shows, or its error.
    virtual QFuture<QueryResult> startTest(QueryExecutor &executor,
                                           const ConnectionSpec &connection) const;
    virtual QString connectedText(const QString &version) const;

    // The project file, which relative paths start from; empty for an unsaved project.
    void setProjectPath(const QString &path) { m_projectPath = path; }

protected:
    QString projectPath() const { return m_projectPath; }

private:
    QString m_projectPath;
};

// A field of an account override in a tenant profile's form.
struct OverrideField
{
    const char *key;     // the claims member: "database", "host", "port", …
    QString label;       // "Database file:"
    QString placeholder; // what the account itself has, or a hint
    bool isPort = false; // a number from 1 to 65535, 0 meaning "not overridden"
};

// The designer's side of one kind of account (DataSource is the core's): its name, how an account
// of it is summed up, its page in the account dialog and the fields a tenant profile may override.
// Every widget that differs by kind asks AccountKind::of(type); a new kind is a class in this
// folder and a line in of().
class AccountKind
{
public:
    virtual ~AccountKind() = default;

    static const AccountKind &of(AccountType type);
    // In the order the account dialog offers them.
    static const QList<AccountType> &all();

    virtual AccountType type() const = 0;
    // "SQLite", "PostgreSQL", "Plugin (HTTP broker)".
    virtual QString label() const = 0;
    // One line for a tooltip: "SQLite database burrito.sqlite".
    virtual QString summary(const Account &account) const = 0;
    // What the properties panel shows of it.
    virtual QString details(const Account &account) const { return summary(account); }
    virtual AccountPage *createPage(QWidget *parent) const = 0;
    virtual QList<OverrideField> overrideFields(const Account &account) const = 0;
};

} // namespace Dashwright
