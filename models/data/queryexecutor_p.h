// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the query executor: the jobs and the state its worker threads share.

#include "connectionspec.h"
#include "queryresult.h"
#include "structuredquery.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QPromise>
#include <QString>
#include <QThread>
#include <QVariantList>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Dashwright {

struct QueryJob
{
    QString key;
    ConnectionSpec spec;
    QString sql;
    QVariantList bindings;
    std::optional<StructuredQuery> structured; // set: run as data, never as SQL
    QPromise<QueryResult> promise;

    // Read by the worker between rows without taking the lock.
    std::atomic<bool> cancelRequested = false;

    // Guarded by QueryExecutorPrivate::mutex.
    enum class State { Queued, Running, Done };
    State state = State::Queued;
    // The connection the job's statement runs on, set only from just before its statement starts
    // until just after it has been reset, so that an interrupt can never reach another job's.
    // Stops it: the data source's canceller for the connection (empty when it has none).
    std::function<void()> interrupt;
};

using QueryJobPtr = std::shared_ptr<QueryJob>;

class QueryExecutorPrivate
{
public:
    QMutex mutex;
    QWaitCondition wake;
    std::deque<QueryJobPtr> queue;
    QHash<QString, QueryJobPtr> latest; // by submit key: the job queued or running under it
    bool stopping = false;
    std::vector<std::unique_ptr<QThread>> threads;

    // With the mutex held. Queued jobs leave the queue and are appended to `toFinish`, to be
    // finished (finishCancelled) once the mutex is released: a future's continuations may run
    // synchronously and call back into the executor.
    void cancelLocked(const QueryJobPtr &job, QList<QueryJobPtr> &toFinish);
    static void finishCancelled(const QueryJobPtr &job);

    // Cancels every job, refuses new ones and joins the threads; any thread may call it, any
    // number of times.
    void stop();

    // For the workers. take() blocks until there is a job, or returns null when stopping.
    QueryJobPtr take();
    // false when the job was cancelled before its statement could start.
    bool beginStatement(const QueryJobPtr &job, std::function<void()> interrupt);
    void endStatement(const QueryJobPtr &job);
    void finish(const QueryJobPtr &job, QueryResult result);
};

// The loop of one worker thread; owns the thread's database connections.
void runQueryWorker(QueryExecutorPrivate *d, int index);

} // namespace Dashwright
