// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlsource.h"

#include "postgresqlprobe.h"
#include "sourcehelpers.h"

#include "data/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Dashwright {

ConnectionSpec PostgresqlSource::connection(const Account &account, const QString &,
                                            const QString &secret) const
{
    ConnectionSpec spec;
    spec.type = AccountType::Postgresql;
    spec.host = account.host;
    spec.port = account.port;
    spec.database = account.database;
    spec.user = account.user;
    spec.password = secret;
    return spec;
}

QString PostgresqlSource::applyOverride(ConnectionSpec &connection, const Json &o, const QString &,
                                        Json &) const
{
    const auto text = [&](const char *name) { return QString::fromStdString(o[name]); };
    // The keystore's password belongs to the server as designed: a token that sends the
    // connection elsewhere must bring its own, or it would hand the analyst's credential to that
    // host.
    for (const char *redirect : {"host", "port", "user", "database", "base_url"}) {
        if (o.contains(redirect))
            connection.password.clear();
    }
    if (o.contains("host"))
        connection.host = text("host");
    if (o.contains("port"))
        connection.port = o["port"].get<int>();
    if (o.contains("database"))
        connection.database = text("database");
    if (o.contains("user"))
        connection.user = text("user");
    if (o.contains("password"))
        connection.password = text("password");
    return {};
}

QString PostgresqlSource::key(const ConnectionSpec &c) const
{
    using namespace SourceHelpers;
    return u"postgresql:%1:%2@%3:%4/%5#%6"_s.arg(c.readOnly ? u"ro"_s : u"rw"_s, keyPart(c.user),
                                                 keyPart(c.host), QString::number(c.port),
                                                 keyPart(c.database), secretDigest(c.password));
}

QString PostgresqlSource::describe(const ConnectionSpec &c) const
{
    return u"%1:%2/%3"_s.arg(printable(c.host), QString::number(c.port), printable(c.database));
}

const SqlDialect &PostgresqlSource::dialect() const
{
    static const PostgresDialect dialect;
    return dialect;
}

bool PostgresqlSource::open(const ConnectionSpec &spec, const QString &name, QString *error) const
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = u"the PostgreSQL driver (QPSQL) is not installed"_s;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(spec.host);
    db.setPort(spec.port);
    db.setDatabaseName(spec.database);
    db.setUserName(spec.user);
    db.setPassword(spec.password);
    db.setConnectOptions(u"connect_timeout=10"_s);
    if (!db.open()) {
        // The error text names host and user, never the password.
        *error = u"cannot connect to %1: %2"_s.arg(describe(spec),
                                                   SourceHelpers::sqlError(db.lastError()));
        return false;
    }
    if (spec.readOnly) {
        QSqlQuery readOnly(db);
        if (!readOnly.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s)) {
            *error = u"cannot make the connection read-only: %1"_s.arg(
                    SourceHelpers::sqlError(readOnly.lastError()));
            return false;
        }
    }
    return true;
}

std::optional<QString> PostgresqlSource::probe(const ConnectionSpec &connection,
                                               int timeoutSeconds) const
{
    return PostgresqlProbe::tryConnect(connection, timeoutSeconds);
}

} // namespace Dashwright
