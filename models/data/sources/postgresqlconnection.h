// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the PostgreSQL source: how a connection is opened, by a query worker and by the
// short-lived connections that read the schema.

#include "data/connectionspec.h"

#include <QSqlDatabase>
#include <QString>

#include <libpq-fe.h>

namespace Dashwright::PostgresqlConnection {

// Opens a QPSQL connection called `name` for `spec`: read-only sessions when the spec says so,
// and the account's statement timeout. False with a one-line *error (host and user, never the
// password); the caller removes the connection either way.
bool open(const ConnectionSpec &spec, const QString &name, int connectTimeoutSeconds,
          QString *error);

// libpq's connection under a QPSQL connection; null for any other.
PGconn *handle(const QSqlDatabase &db);

// A connection of its own for one read of the schema, closed and removed with the object. Never
// shared between threads: made, used and destroyed on the caller's.
class Session
{
public:
    Session(const ConnectionSpec &spec, int connectTimeoutSeconds);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Empty when it is open; else why not, on one line.
    QString error() const { return m_error; }
    QSqlDatabase database() const;

private:
    QString m_name;
    QString m_error;
};

} // namespace Dashwright::PostgresqlConnection
