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
    int statementTimeout = Account::defaultStatementTimeout; // seconds, 0: none (PostgreSQL)
    bool readOnly = true;

    // Identifies equal connections so that a worker can reuse an open one. Holds a digest of the
    // password, never the password.
    QString key() const;

    // For an account of a project stored at projectFilePath (SQLite paths are relative to it).
    static ConnectionSpec forAccount(const Account &account, const QString &projectFilePath,
                                     const QString &password = {});

    // The database file that an SQLite account override's "database" names, as a canonical path;
    // empty, with the reason in *refused, when it is refused. The override comes from a token, so
    // it may only name a file inside the project's folder: refused are an absolute path, a path
    // that leaves the folder as written ("../x"), a symbolic link out of it, a file that does not
    // exist (its canonical path cannot be known), and a file with more than one hard link (a hard
    // link inside the folder may be the same file as one anywhere else on the file system, and
    // nothing tells which name is the original).
    static QString sqliteOverridePath(const QString &projectFilePath, const QString &database,
                                      QString *refused);

    bool operator==(const ConnectionSpec &) const = default;
};

} // namespace Dashwright
