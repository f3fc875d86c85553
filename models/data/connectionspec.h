// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/account.h"

#include <QString>

namespace Dashwright {

// Everything needed to open one database connection, after account overrides and with the
// password fetched from the keystore. Lives only in memory; never serialized or logged.
struct ConnectionSpec
{
    AccountType type = AccountType::Sqlite;
    QString sqlitePath; // absolute
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    bool readOnly = true;

    // Identifies equal connections so that a worker can reuse an open one. Holds a digest of the
    // password, never the password.
    QString key() const;

    // For an account of a project stored at projectFilePath (SQLite paths are relative to it).
    static ConnectionSpec forAccount(const Account &account, const QString &projectFilePath,
                                     const QString &password = {});

    bool operator==(const ConnectionSpec &) const = default;
};

} // namespace Dashwright
