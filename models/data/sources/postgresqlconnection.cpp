// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlconnection.h"

#include "sourcehelpers.h"

#include "common/printable.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Dashwright::PostgresqlConnection {

bool open(const ConnectionSpec &spec, const QString &name, int connectTimeoutSeconds,
          QString *error)
{
    const QString where = u"%1:%2/%3"_s.arg(printable(spec.host), QString::number(spec.port),
                                            printable(spec.database));
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
    db.setConnectOptions(u"connect_timeout=%1"_s.arg(qMax(1, connectTimeoutSeconds)));
    if (!db.open()) {
        // The error text names host and user, never the password; the server's or libpq's own
        // words, without the driver's "QPSQL: Unable to connect" after them.
        const QString said = printable(db.lastError().databaseText().simplified(), 1000);
        *error = u"could not connect to %1 as \"%2\": %3"_s.arg(
                where, printable(spec.user),
                said.isEmpty() ? SourceHelpers::sqlError(db.lastError()) : said);
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
    // set_config takes the value bound, where SET would need it spliced into the statement; in
    // milliseconds, PostgreSQL's unit for a bare number. 0 turns the limit off, as in PostgreSQL.
    QSqlQuery timeout(db);
    timeout.prepare(u"SELECT set_config('statement_timeout', ?, false)"_s);
    timeout.addBindValue(QString::number(qint64(qMax(0, spec.statementTimeout)) * 1000));
    if (!timeout.exec()) {
        *error = u"cannot set the statement timeout: %1"_s.arg(
                SourceHelpers::sqlError(timeout.lastError()));
        return false;
    }
    return true;
}

PGconn *handle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt registers it under the struct's own name ("pg_conn*" in Qt 6.4), the typedef's in some
    // builds.
    if (handle.isValid()
        && (qstrcmp(handle.typeName(), "pg_conn*") == 0
            || qstrcmp(handle.typeName(), "PGconn*") == 0))
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}

Session::Session(const ConnectionSpec &spec, int connectTimeoutSeconds)
{
    static QAtomicInteger<quint64> serial;
    m_name = u"dashwright-pg-session-%1"_s.arg(serial.fetchAndAddRelaxed(1));
    ConnectionSpec readOnly = spec;
    readOnly.readOnly = true; // reading the schema never writes
    open(readOnly, m_name, connectTimeoutSeconds, &m_error);
}

Session::~Session()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    } // no handle to it may be left when it is removed
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Session::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Dashwright::PostgresqlConnection
