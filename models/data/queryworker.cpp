// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The worker threads of QueryExecutor: each keeps its own QSqlDatabase connections (a connection
// belongs to the thread that opened it) and runs one job at a time.
#include "queryexecutor_p.h"
#include "sources/datasource.h"

#include "common/printable.h"

#include <QAtomicInteger>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTime>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Connections a worker keeps open at once; the least recently used beyond it are closed (each
// tenant's account override may be its own PostgreSQL server).
constexpr qsizetype maxConnectionsPerWorker = 8;

// The same value types from every driver: integers as qlonglong, reals as double, text as
// QString, NULL as a null QVariant; dates and times as the ISO text SQLite would have given.
QVariant normalizedValue(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return {};
    QVariant value = query.value(column);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return QVariant(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QVariant(value.toDouble());
    case QMetaType::QString:
    case QMetaType::Bool:
    case QMetaType::QByteArray:
        return value;
    case QMetaType::QDate:
        return QVariant(value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return QVariant(value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDateTime:
        return QVariant(value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    default:
        return QVariant(value.toString());
    }
}

class QueryWorker
{
public:
    QueryWorker(QueryExecutorPrivate *d, int index)
        : d(d)
        , m_index(index)
    { }

    void run()
    {
        while (const QueryJobPtr job = d->take()) {
            if (job->cancelRequested || job->promise.isCanceled()) {
                QueryResult skipped;
                skipped.key = job->key;
                d->finish(job, std::move(skipped)); // marked cancelled there
                continue;
            }
            d->finish(job, execute(job));
        }
        while (!m_connections.isEmpty())
            closeConnection(m_connections.constFirst().name);
    }

private:
    struct Connection
    {
        QString specKey;
        QString name;
        QByteArray identity; // DataSource::identity when it was opened
    };

    QueryResult execute(const QueryJobPtr &job)
    {
        // A source that takes no SQL answers the widget as data (no QtSql connection at all); it
        // polls the job's cancel flag itself while it waits (an HTTP request is aborted).
        if (job->structured) {
            QElapsedTimer timer;
            timer.start();
            QueryResult result = DataSource::of(job->spec).runStructured(
                    job->spec, *job->structured, &job->cancelRequested);
            result.key = job->key;
            result.elapsedMicroseconds = timer.nsecsElapsed() / 1000;
            if (!result.error.isEmpty())
                result.rows.clear();
            return result;
        }
        QueryResult result;
        result.key = job->key;
        QString error;
        const QString name = connectionFor(job->spec, &error);
        if (name.isEmpty()) {
            result.error = error;
            return result;
        }

        QSqlDatabase db = QSqlDatabase::database(name, false);
        QElapsedTimer timer;
        timer.start();
        const DataSource &source = DataSource::of(job->spec);
        // The source's own watch on the cancel flag: an interrupt that comes before the statement
        // has started would otherwise be lost (SQLite interrupts running statements only).
        source.watchCancel(db, &job->cancelRequested);
        const auto unwatch = qScopeGuard([&] { source.watchCancel(db, nullptr); });
        if (!d->beginStatement(job, source.canceller(db)))
            return result; // finish() marks it cancelled
        {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
            const auto failed = [&] {
                return source.statementError(job->spec, query.lastError(),
                                             timer.nsecsElapsed() / 1000000);
            };
            if (!query.prepare(job->sql)) {
                result.error = failed();
            } else {
                for (const QVariant &value : std::as_const(job->bindings))
                    query.addBindValue(value);
                if (!query.exec()) {
                    result.error = failed();
                } else {
                    const QSqlRecord record = query.record();
                    for (int i = 0; i < record.count(); ++i)
                        result.columns.append(record.fieldName(i));
                    while (!job->cancelRequested && query.next()) {
                        QVariantList row;
                        row.reserve(record.count());
                        for (int i = 0; i < record.count(); ++i)
                            row.append(normalizedValue(query, i));
                        result.rows.append(std::move(row));
                    }
                    // next() returns false on an error (an interrupt, a failing cast) as at the
                    // end.
                    if (query.lastError().isValid())
                        result.error = failed();
                }
            }
            // Reset the statement before the handle is released: from then on an interrupt
            // aimed at this job can no longer reach a statement of the next one.
            query.finish();
            // And the source's watch ends before the query goes: its destructor still talks to
            // the server (PostgreSQL's DEALLOCATE), which a late cancel must not hit.
            source.watchCancel(db, nullptr);
        }
        d->endStatement(job);
        result.elapsedMicroseconds = timer.nsecsElapsed() / 1000;
        if (!result.error.isEmpty())
            result.rows.clear();
        return result;
    }

    // The name of an open connection for spec, opening one if needed; empty with *error on failure.
    QString connectionFor(const ConnectionSpec &spec, QString *error)
    {
        const QString specKey = spec.key();
        const QByteArray identity = DataSource::of(spec).identity(spec);
        for (qsizetype i = 0; i < m_connections.size(); ++i) {
            if (m_connections.at(i).specKey != specKey)
                continue;
            const Connection connection = m_connections.takeAt(i);
            if (connection.identity == identity
                && QSqlDatabase::database(connection.name, false).isOpen()) {
                m_connections.append(connection); // most recently used last
                return connection.name;
            }
            closeConnection(connection.name);
            break;
        }
        while (m_connections.size() >= maxConnectionsPerWorker)
            closeConnection(m_connections.constFirst().name);

        static QAtomicInteger<quint64> serial;
        QString name = u"dashwright-query-%1-%2"_s.arg(m_index).arg(serial.fetchAndAddRelaxed(1));
        const bool opened = DataSource::of(spec).open(spec, name, error);
        if (!opened) {
            if (QSqlDatabase::contains(name))
                QSqlDatabase::removeDatabase(name);
            return {};
        }
        m_connections.append({specKey, name, identity});
        return name;
    }

    void closeConnection(const QString &name)
    {
        m_connections.removeIf([&](const Connection &c) { return c.name == name; });
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        } // no handle to it may be left when it is removed
        QSqlDatabase::removeDatabase(name);
    }

    QueryExecutorPrivate *d;
    int m_index;
    QList<Connection> m_connections; // least recently used first
};

} // namespace

void runQueryWorker(QueryExecutorPrivate *d, int index)
{
    QueryWorker(d, index).run();
}

} // namespace Dashwright
