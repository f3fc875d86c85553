// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlsource.h"

#include "postgresqlcancel.h"
#include "postgresqlconnection.h"
#include "postgresqlintrospection.h"
#include "sourcehelpers.h"

#include "data/sqldialect.h"

#include <QSqlError>
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
    spec.statementTimeout = account.statementTimeout;
    return spec;
}

QString PostgresqlSource::applyOverride(ConnectionSpec &connection, const Json &o, const QString &,
                                        Json &) const
{
    const auto text = [&](const char *name) { return QString::fromStdString(o[name]); };
    SourceHelpers::dropSecretOnRedirect(connection, o);
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
    // The timeout is set when the connection opens: another timeout is another connection.
    return u"postgresql:%1:%2@%3:%4/%5#%6~%7"_s.arg(c.readOnly ? u"ro"_s : u"rw"_s, keyPart(c.user),
                                                    keyPart(c.host), QString::number(c.port),
                                                    keyPart(c.database), secretDigest(c.password),
                                                    QString::number(c.statementTimeout));
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
    return PostgresqlConnection::open(spec, name, 10, error);
}

std::function<void()> PostgresqlSource::canceller(const QSqlDatabase &db) const
{
    return PostgresqlCancel::canceller(db);
}

void PostgresqlSource::watchCancel(const QSqlDatabase &db, const std::atomic<bool> *cancelled) const
{
    if (cancelled)
        PostgresqlCancel::watch(db, cancelled);
    else
        PostgresqlCancel::unwatch(db);
}

QString PostgresqlSource::statementError(const ConnectionSpec &connection, const QSqlError &error,
                                         qint64 elapsedMilliseconds) const
{
    // 57014 is query_canceled: a cancel the executor asked for never gets here (the job is
    // reported cancelled), so one after the timeout's time is the server's timer. Told by the
    // code and the clock, not by the server's message, which follows its lc_messages.
    const qint64 limit = qint64(connection.statementTimeout) * 1000;
    if (error.nativeErrorCode() == u"57014"_s && limit > 0 && elapsedMilliseconds >= limit)
        return u"the statement exceeded the account's statement timeout of %1 s"_s.arg(
                connection.statementTimeout);
    return DataSource::statementError(connection, error, elapsedMilliseconds);
}

std::variant<QList<TableInfo>, QString>
PostgresqlSource::tables(const ConnectionSpec &connection) const
{
    return PostgresqlIntrospection::tables(connection);
}

std::variant<QList<Column>, QString>
PostgresqlSource::queryColumns(const ConnectionSpec &connection, const QString &sql) const
{
    return PostgresqlIntrospection::queryColumns(connection, sql);
}

QString PostgresqlSource::missingColumn(const ConnectionSpec &connection,
                                        const QString &datasetName, const QString &from,
                                        const QStringList &columns) const
{
    return PostgresqlIntrospection::missingColumn(connection, datasetName, from, columns);
}

std::optional<QSet<QString>> PostgresqlSource::leadingIndexColumns(const ConnectionSpec &connection,
                                                                   const QString &table) const
{
    return PostgresqlIntrospection::leadingIndexColumns(connection, dialect().quoteTable(table));
}

std::optional<QString> PostgresqlSource::probe(const ConnectionSpec &connection,
                                               int timeoutSeconds) const
{
    // Opened and closed again, to tell whether it can be reached at all (`project check`): a
    // project can be valid and still point at a server that is down, renamed or refuses its user.
    PostgresqlConnection::Session session(connection, timeoutSeconds);
    if (!session.error().isEmpty())
        return session.error(); // "could not connect to HOST:PORT/DB as "USER": …"
    QSqlQuery query(session.database());
    if (!query.exec(u"SELECT 1"_s))
        return u"could not connect to %1:%2/%3 as \"%4\": %5"_s.arg(
                printable(connection.host), QString::number(connection.port),
                printable(connection.database), printable(connection.user),
                SourceHelpers::sqlError(query.lastError()));
    return QString(); // it answered (an empty reason, not "not tried")
}

} // namespace Dashwright
