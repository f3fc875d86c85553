// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlprobe.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Dashwright {

QString PostgresqlProbe::tryConnect(const ConnectionSpec &connection, int timeoutSeconds)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"the PostgreSQL driver (QPSQL) is not installed"_s;
    static QAtomicInteger<quint64> serial;
    const QString name = u"dashwright-probe-%1"_s.arg(serial.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(connection.host);
        db.setPort(connection.port);
        db.setDatabaseName(connection.database);
        db.setUserName(connection.user);
        db.setPassword(connection.password);
        db.setConnectOptions(u"connect_timeout=%1"_s.arg(qMax(1, timeoutSeconds)));
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
        return {};
    // libpq's messages run over several lines ("…failed: Connection refused\n\tIs the server
    // running…"); a problem is one line.
    error = error.simplified();
    return u"could not connect to %1:%2/%3 as \"%4\": %5"_s.arg(
            connection.host, QString::number(connection.port), connection.database, connection.user,
            error.isEmpty() ? u"unknown error"_s : error);
}

} // namespace Dashwright
