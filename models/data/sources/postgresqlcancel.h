// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the PostgreSQL source: stopping a running statement through libpq's cancel request
// (PQcancel, which opens a connection of its own to the server and is safe from any thread).

#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace Dashwright::PostgresqlCancel {

// On the worker's thread, before the statement: from now until unwatch(), a cancel reaches it.
void watch(const QSqlDatabase &db, const std::atomic<bool> *cancelled);
// On the worker's thread, after the statement has been reset: once this returns, no cancel
// request for it is on its way or will be sent, so none can stop the connection's next statement.
void unwatch(const QSqlDatabase &db);
// Cancels the watched statement on `db`; empty when it is not watched. Never blocks: the request
// is sent from a thread of its own. The server ignores one that arrives before the statement has
// started (the executor may cancel a job just before the worker sends it), so it is sent again, at
// growing intervals, for as long as the statement runs.
std::function<void()> canceller(const QSqlDatabase &db);

} // namespace Dashwright::PostgresqlCancel
