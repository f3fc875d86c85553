// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Dashwright {

enum class AccountType { Sqlite, Postgresql, Plugin };

QString accountTypeName(AccountType type);
std::optional<AccountType> accountTypeFromName(QStringView name);

// A connection to a data source (a "default account"). It never holds a secret: a password or API
// key is referred to by secretId and lives in the keystore.
struct Account
{
    QString id;
    QString name;
    AccountType type = AccountType::Sqlite;

    // sqlite: database file, relative to the project file unless absolute.
    QString path;

    // postgresql
    QString host;
    int port = 5432;
    QString database;
    QString user;
    // Seconds a statement may run before the server stops it (PostgreSQL's statement_timeout,
    // set on every connection); 0 for no limit. A dashboard that waits minutes is a broken one,
    // and a runaway query holds a server connection for everyone.
    int statementTimeout = defaultStatementTimeout;
    static constexpr int defaultStatementTimeout = 30;
    static constexpr int maximumStatementTimeout = 86400;

    // plugin
    QString baseUrl;

    // postgresql password or plugin API secret, by keystore id; empty when none.
    QString secretId;

    bool operator==(const Account &) const = default;
};

} // namespace Dashwright
