// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlruntime.h"

#include "queryexecutor.h"

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QThreadPool>

namespace Dashwright {

SqlRuntime::SqlRuntime()
{
    initialiseDrivers();
}

SqlRuntime::~SqlRuntime()
{
    // Workers leave their loops, removing their connections, and are joined.
    QueryExecutor::shutdownAll();
    // Runs on the global pool (the designer's compare and isolation windows) wait on executors,
    // which now refuse their jobs; QCoreApplication would only join them after its clean-up.
    QThreadPool::globalInstance()->waitForDone();
}

QByteArray SqlRuntime::environmentPassword()
{
    // Read and removed once, before any connection (thread-safe static initialisation).
    static const QByteArray password = [] {
        QByteArray value = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        // A service (pg_service.conf) may carry a password too; accounts name their server.
        qunsetenv("PGSERVICE");
        // A file that is not there: libpq skips it silently (/dev/null draws a warning).
        qputenv("PGPASSFILE", "/nonexistent/dashwright-reads-no-password-file");
        return value;
    }();
    return password;
}

void SqlRuntime::initialiseDrivers()
{
    environmentPassword();
    // A lock rather than a once-flag: QtSql's clean-up resets its own flag at exit, so a later
    // QCoreApplication in the same process (a test) initialises it again, on one thread at a time.
    static QMutex mutex;
    const QMutexLocker locker(&mutex);
    QSqlDatabase::drivers();
}

} // namespace Dashwright
