// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlsource.h"

#include "sourcehelpers.h"

#include "data/sqldialect.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlDatabase>
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
    return spec;
}

namespace {

// A QPSQL connection called `name` for `spec`, not opened yet: what a query and a probe share.
QSqlDatabase addConnection(const ConnectionSpec &spec, const QString &name, int timeoutSeconds)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(spec.host);
    db.setPort(spec.port);
    db.setDatabaseName(spec.database);
    db.setUserName(spec.user);
    db.setPassword(spec.password);
    db.setConnectOptions(u"connect_timeout=%1"_s.arg(qMax(1, timeoutSeconds)));
    return db;
}

} // namespace

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
    QSqlDatabase db = addConnection(spec, name, 10);
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

std::optional<QSet<QString>> PostgresqlSource::leadingIndexColumns(const ConnectionSpec &connection,
                                                                   const QString &table) const
{
    struct Entry
    {
        QDateTime read;
        std::optional<QSet<QString>> columns;
    };
    static QMutex mutex;
    static QHash<QString, Entry> cache;
    const QString cacheKey = key(connection) + u'\n' + table;
    {
        QMutexLocker locker(&mutex);
        const auto it = cache.constFind(cacheKey);
        if (it != cache.constEnd() && it->read.secsTo(QDateTime::currentDateTimeUtc()) < 60)
            return it->columns;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return std::nullopt;
    static QAtomicInteger<quint64> serial;
    const QString name = u"dashwright-indexes-%1"_s.arg(serial.fetchAndAddRelaxed(1));
    std::optional<QSet<QString>> columns;
    {
        QSqlDatabase db = addConnection(connection, name, 5);
        if (db.open()) {
            // The table as an unquoted name resolves it (search path, case folding); a table
            // that is not there (or a view, which has no index) is nullopt: nothing to advise.
            QSqlQuery query(db);
            query.prepare(
                    u"SELECT a.attname FROM pg_index i "
                    u"JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
                    u"WHERE i.indrelid = to_regclass(quote_ident(?))"_s);
            query.addBindValue(table);
            QSqlQuery exists(db);
            exists.prepare(u"SELECT to_regclass(quote_ident(?)) IS NOT NULL"_s);
            exists.addBindValue(table);
            if (exists.exec() && exists.next() && exists.value(0).toBool() && query.exec()) {
                columns = QSet<QString>();
                while (query.next())
                    columns->insert(query.value(0).toString().toLower());
            }
        }
        db.close();
    } // no handle to it may be left when it is removed
    QSqlDatabase::removeDatabase(name);
    QMutexLocker locker(&mutex);
    cache.insert(cacheKey, {QDateTime::currentDateTimeUtc(), columns});
    return columns;
}

std::optional<QString> PostgresqlSource::probe(const ConnectionSpec &connection,
                                               int timeoutSeconds) const
{
    // Opened and closed again, to tell whether it can be reached at all (`project check`): a
    // project can be valid and still point at a server that is down, renamed or refuses its user.
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"the PostgreSQL driver (QPSQL) is not installed"_s;
    static QAtomicInteger<quint64> serial;
    const QString name = u"dashwright-probe-%1"_s.arg(serial.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = addConnection(connection, name, timeoutSeconds);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"SELECT 1"_s))
                error = query.lastError().text();
        }
        db.close();
    } // no handle to it may be left when it is removed
    QSqlDatabase::removeDatabase(name);
    if (error.isNull())
        return QString(); // it answered (an empty reason, not "not tried")
    // libpq's messages run over several lines ("…failed: Connection refused\n\tIs the server
    // running…"); a problem is one line.
    error = error.simplified();
    return u"could not connect to %1:%2/%3 as \"%4\": %5"_s.arg(
            connection.host, QString::number(connection.port), connection.database, connection.user,
            error.isEmpty() ? u"unknown error"_s : error);
}

} // namespace Dashwright
