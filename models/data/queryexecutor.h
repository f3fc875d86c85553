// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"
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
// (an SQLite statement is interrupted), so a burst of edits runs only the latest state.
class QueryExecutor : public QObject
{
    Q_OBJECT

public:
    explicit QueryExecutor(int workerCount = 0, QObject *parent = nullptr); // 0: ideal thread count
    ~QueryExecutor() override;

    QFuture<QueryResult> submit(const QString &key, const ConnectionSpec &connection,
                                const QString &sql, const QVariantList &bindings);
    void cancel(const QString &key);
    void cancelAll();

private:
    std::unique_ptr<QueryExecutorPrivate> d;
};

} // namespace Dashwright
