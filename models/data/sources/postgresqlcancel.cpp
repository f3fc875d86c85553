// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlcancel.h"

#include "postgresqlconnection.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>
#include <QWaitCondition>

#include <memory>

namespace Dashwright::PostgresqlCancel {

namespace {

// One statement being watched.
struct Watch
{
    // Held while a cancel request is on its way, so that unwatch() waits for it to be delivered.
    QMutex mutex;
    QWaitCondition ended;
    PGcancel *cancel = nullptr; // made on the worker's thread (PQgetCancel reads the connection)
    const std::atomic<bool> *cancelled = nullptr;
    bool active = true;                // guarded by mutex
    std::atomic<bool> sending = false; // a sender was started

    ~Watch()
    {
        if (cancel)
            PQfreeCancel(cancel);
    }
};

struct Registry
{
    QMutex mutex;
    QHash<PGconn *, std::shared_ptr<Watch>> watches;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

// The senders' threads: a cancel request waits on the network (PQcancel has no timeout of its own
// in PostgreSQL 15), never on the thread that asked for it, which may be the designer's.
QThreadPool &senders()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        // Each sender lasts as long as its statement: enough of them that one slow server does not
        // hold up another's cancels.
        p->setMaxThreadCount(16);
        p->setExpiryTimeout(2000);
        return p;
    }();
    return *pool;
}

void send(const std::shared_ptr<Watch> &watch)
{
    QMutexLocker locker(&watch->mutex);
    int pause = 200;
    while (watch->active && (!watch->cancelled || watch->cancelled->load())) {
        char error[256];
        PQcancel(watch->cancel, error, int(sizeof error)); // a failure is tried again below
        // Answered at once when the statement stops (unwatch wakes us); otherwise it had not
        // started when the request came, or the server is slow to act on it: send it again.
        watch->ended.wait(&watch->mutex, pause);
        pause = qMin(pause * 2, 5000);
    }
}

} // namespace

void watch(const QSqlDatabase &db, const std::atomic<bool> *cancelled)
{
    PGconn *connection = PostgresqlConnection::handle(db);
    if (!connection)
        return;
    auto entry = std::make_shared<Watch>();
    entry->cancel = PQgetCancel(connection);
    entry->cancelled = cancelled;
    if (!entry->cancel)
        return;
    QMutexLocker locker(&registry().mutex);
    registry().watches.insert(connection, entry);
}

void unwatch(const QSqlDatabase &db)
{
    PGconn *connection = PostgresqlConnection::handle(db);
    if (!connection)
        return;
    std::shared_ptr<Watch> entry;
    {
        QMutexLocker locker(&registry().mutex);
        entry = registry().watches.take(connection);
    }
    if (!entry)
        return;
    QMutexLocker locker(&entry->mutex); // waits for a request on its way
    entry->active = false;
    entry->ended.wakeAll();
}

std::function<void()> canceller(const QSqlDatabase &db)
{
    PGconn *connection = PostgresqlConnection::handle(db);
    if (!connection)
        return {};
    std::shared_ptr<Watch> entry;
    {
        QMutexLocker locker(&registry().mutex);
        entry = registry().watches.value(connection);
    }
    // Unwatched, a request could outlive the statement and stop the next one.
    if (!entry)
        return {};
    return [entry] {
        if (!entry->sending.exchange(true))
            senders().start([entry] { send(entry); });
    };
}

} // namespace Dashwright::PostgresqlCancel
