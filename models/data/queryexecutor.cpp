// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryexecutor.h"
#include "queryexecutor_p.h"
#include "sqlruntime.h"

#include <QMutexLocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Every executor alive, for QueryExecutor::shutdownAll().
struct Registry
{
    QMutex mutex;
    std::vector<std::weak_ptr<QueryExecutorPrivate>> executors;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void QueryExecutorPrivate::cancelLocked(const QueryJobPtr &job, QList<QueryJobPtr> &toFinish)
{
    job->cancelRequested = true;
    switch (job->state) {
    case QueryJob::State::Queued: {
        const auto it = std::find(queue.begin(), queue.end(), job);
        if (it != queue.end())
            queue.erase(it);
        job->state = QueryJob::State::Done;
        toFinish.append(job);
        break;
    }
    case QueryJob::State::Running:
        // The source stops it (SQLite: sqlite3_interrupt; PostgreSQL: a cancel request). A
        // source without a canceller runs it to its end and the worker drops its rows.
        if (job->interrupt)
            job->interrupt();
        break;
    case QueryJob::State::Done:
        break;
    }
}

void QueryExecutorPrivate::finishCancelled(const QueryJobPtr &job)
{
    QueryResult result;
    result.key = job->key;
    result.cancelled = true;
    job->promise.addResult(std::move(result));
    job->promise.finish();
}

QueryJobPtr QueryExecutorPrivate::take()
{
    QMutexLocker locker(&mutex);
    while (queue.empty() && !stopping)
        wake.wait(&mutex);
    if (stopping)
        return {};
    QueryJobPtr job = std::move(queue.front());
    queue.pop_front();
    job->state = QueryJob::State::Running;
    return job;
}

bool QueryExecutorPrivate::beginStatement(const QueryJobPtr &job, std::function<void()> interrupt)
{
    QMutexLocker locker(&mutex);
    if (job->cancelRequested || job->promise.isCanceled())
        return false;
    job->interrupt = std::move(interrupt);
    return true;
}

void QueryExecutorPrivate::endStatement(const QueryJobPtr &job)
{
    QMutexLocker locker(&mutex);
    job->interrupt = nullptr;
}

void QueryExecutorPrivate::finish(const QueryJobPtr &job, QueryResult result)
{
    {
        QMutexLocker locker(&mutex);
        job->state = QueryJob::State::Done;
        const auto it = latest.constFind(job->key);
        if (it != latest.cend() && *it == job)
            latest.erase(it);
        if (job->cancelRequested) {
            result.cancelled = true;
            result.error.clear();
            result.rows.clear();
        }
    }
    job->promise.addResult(std::move(result));
    job->promise.finish();
}

void QueryExecutorPrivate::stop()
{
    QList<QueryJobPtr> toFinish;
    {
        QMutexLocker locker(&mutex);
        if (!stopping) {
            stopping = true;
            for (const QueryJobPtr &job : std::as_const(latest))
                cancelLocked(job, toFinish);
            latest.clear();
            for (const QueryJobPtr &job : queue) {
                job->cancelRequested = true;
                toFinish.append(job);
            }
            queue.clear();
            wake.wakeAll();
        }
    }
    for (const QueryJobPtr &job : std::as_const(toFinish))
        finishCancelled(job);
    for (const auto &thread : threads)
        thread->wait();
}

QueryExecutor::QueryExecutor(int workerCount, QObject *parent)
    : QObject(parent)
    , d(std::make_shared<QueryExecutorPrivate>())
{
    // QtSql's first use must not happen on two workers at once (see SqlRuntime).
    SqlRuntime::initialiseDrivers();
    if (workerCount <= 0)
        workerCount = QThread::idealThreadCount();
    // At least two, so that one slow statement never holds up every other widget.
    workerCount = std::max(workerCount, 2);
    for (int i = 0; i < workerCount; ++i) {
        QueryExecutorPrivate *shared = d.get();
        std::unique_ptr<QThread> thread(
                QThread::create([shared, i] { runQueryWorker(shared, i); }));
        thread->setObjectName(u"dashwright-query-%1"_s.arg(i));
        thread->start();
        d->threads.push_back(std::move(thread));
    }
    Registry &r = registry();
    const QMutexLocker locker(&r.mutex);
    std::erase_if(r.executors, [](const auto &executor) { return executor.expired(); });
    r.executors.push_back(d);
}

QueryExecutor::~QueryExecutor()
{
    d->stop();
}

void QueryExecutor::shutdownAll()
{
    // Stopped outside the registry's lock: a cancelled job's continuation may destroy an executor.
    std::vector<std::shared_ptr<QueryExecutorPrivate>> executors;
    {
        Registry &r = registry();
        const QMutexLocker locker(&r.mutex);
        for (const auto &executor : r.executors) {
            if (auto alive = executor.lock())
                executors.push_back(std::move(alive));
        }
    }
    for (const auto &executor : executors)
        executor->stop();
}

QFuture<QueryResult> QueryExecutor::submit(const QString &key, const ConnectionSpec &connection,
                                           const QString &sql, const QVariantList &bindings)
{
    QueryPlan plan;
    plan.sql = sql;
    plan.bindings = bindings;
    return submit(key, connection, plan);
}

QFuture<QueryResult> QueryExecutor::submit(const QString &key, const ConnectionSpec &connection,
                                           const QueryPlan &plan)
{
    auto job = std::make_shared<QueryJob>();
    job->key = key;
    job->spec = connection;
    job->sql = plan.sql;
    job->bindings = plan.bindings;
    job->structured = plan.structured;
    job->promise.start();
    QFuture<QueryResult> future = job->promise.future();

    QList<QueryJobPtr> toFinish;
    {
        QMutexLocker locker(&d->mutex);
        if (d->stopping) {
            toFinish.append(job);
        } else {
            if (const QueryJobPtr previous = d->latest.value(key))
                d->cancelLocked(previous, toFinish);
            d->latest.insert(key, job);
            d->queue.push_back(job);
            d->wake.wakeOne();
        }
    }
    for (const QueryJobPtr &cancelled : std::as_const(toFinish))
        QueryExecutorPrivate::finishCancelled(cancelled);
    return future;
}

void QueryExecutor::cancel(const QString &key)
{
    QList<QueryJobPtr> toFinish;
    {
        QMutexLocker locker(&d->mutex);
        if (const QueryJobPtr job = d->latest.take(key))
            d->cancelLocked(job, toFinish);
    }
    for (const QueryJobPtr &job : std::as_const(toFinish))
        QueryExecutorPrivate::finishCancelled(job);
}

void QueryExecutor::cancelAll()
{
    QList<QueryJobPtr> toFinish;
    {
        QMutexLocker locker(&d->mutex);
        for (const QueryJobPtr &job : std::as_const(d->latest))
            d->cancelLocked(job, toFinish);
        d->latest.clear();
    }
    for (const QueryJobPtr &job : std::as_const(toFinish))
        QueryExecutorPrivate::finishCancelled(job);
}

} // namespace Dashwright
