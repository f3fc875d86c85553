// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace Dashwright::Tests {

using namespace Qt::StringLiterals;

// A read-only QtSql connection to one SQLite file, removed again when the test is done with it.
class SqliteReader
{
public:
    explicit SqliteReader(const QString &path)
        : m_name(u"demo_test_reader_%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_ok = db.open();
    }
    ~SqliteReader() { QSqlDatabase::removeDatabase(m_name); }

    bool isOpen() const { return m_ok; }
    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_name)); }

    QVariant value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            qWarning() << sql << query.lastError().text();
        return query.value(0);
    }

    QStringList column(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        QStringList result;
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        while (query.next())
            result.append(query.value(0).toString());
        return result;
    }

    // A digest of every value of every row, in order: equal digests mean identical contents.
    QByteArray digest(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.setForwardOnly(true);
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                hash.addData(value.isNull() ? QByteArrayView("\x01NULL")
                                            : QByteArrayView(value.toString().toUtf8()));
                hash.addData(QByteArrayView("\x00", 1));
            }
        }
        return hash.result();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_ok = false;
};

} // namespace Dashwright::Tests
