// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"
#include "queryplan.h"
#include "queryresult.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QVariantList>

#include <memory>

namespace Dashwright {

class QueryExecutorPrivate;

// Runs queries off the calling thread on a fixed set of worker threads, each with its own
// connections. Submitting under a key that already has a query queued or running cancels that one
// (its statement is stopped on the database), so a burst of edits runs only the latest state.
// The destructor cancels what is left and joins the threads; so does SqlRuntime's, for every
// executor still alive at the end of main() (one whose deleteLater() never ran).
class QueryExecutor : public QObject
{
    Q_OBJECT

public:
    explicit QueryExecutor(int workerCount = 0, QObject *parent = nullptr); // 0: ideal thread count
    ~QueryExecutor() override;

    QFuture<QueryResult> submit(const QString &key, const ConnectionSpec &connection,
                                const QString &sql, const QVariantList &bindings);
    // A widget's plan: its SQL, or, for a source that takes no SQL, its structured query
    // (DataSource::runStructured, on a worker thread as any query).
    QFuture<QueryResult> submit(const QString &key, const ConnectionSpec &connection,
                                const QueryPlan &plan);
    void cancel(const QString &key);
    void cancelAll();

    // Stops every executor in the process: cancels their jobs, lets their workers remove their
    // connections and joins them. Later submits finish cancelled at once. For SqlRuntime.
    static void shutdownAll();

private:
    // Shared with shutdownAll(), which may stop an executor while its owner destroys it.
    std::shared_ptr<QueryExecutorPrivate> d;
};

} // namespace Dashwright
