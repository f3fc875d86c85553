// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/connectionspec.h"
#include "data/queryexecutor.h"
#include "data/sqlruntime.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

// Counts to a billion: minutes of work, so it only ends early when it is interrupted.
const QString longQuery = u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                          u"WHERE x < 1000000000) SELECT count(*) FROM c"_s;

// QtSql's registrations of clean-up functions (qAddPostRoutine), and whether each came from the
// main thread.
struct SqlRegistrations
{
    QMutex mutex;
    QList<bool> onMainThread;
};

SqlRegistrations &sqlRegistrations()
{
    static SqlRegistrations instance;
    return instance;
}

QueryResult resultOf(QFuture<QueryResult> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

#ifdef Q_OS_LINUX
// Stands in for QtCore's qAddPostRoutine (this executable exports it, ENABLE_EXPORTS, so QtSql's
// call binds here first) to see on which thread QtSql registers its clean-up, then passes the call
// on. Registered from a worker, it can be registered twice and ~QCoreApplication never returns.
void qAddPostRoutine(QtCleanUpFunction function)
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(function), &info) && info.dli_fname
        && QByteArray(info.dli_fname).contains("libQt6Sql")) {
        SqlRegistrations &registrations = sqlRegistrations();
        const QMutexLocker locker(&registrations.mutex);
        registrations.onMainThread.append(gettid() == getpid());
    }
    using AddPostRoutine = void (*)(QtCleanUpFunction);
    static const auto qtCore
            = reinterpret_cast<AddPostRoutine>(dlsym(RTLD_NEXT, "_Z15qAddPostRoutinePFvvE"));
    if (!qtCore)
        qFatal("qAddPostRoutine not found in QtCore");
    qtCore(function);
}
#endif

// SqlRuntime: QtSql first used on the main thread, every query worker joined with its connections
// removed before QCoreApplication goes (the hang at exit of issue 9).
class TestSqlRuntime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // An empty file is an empty SQLite database; made without QtSql, which this test must not
        // touch before the executor does.
        m_dbPath = m_dir.filePath(u"empty.sqlite"_s);
        QFile file(m_dbPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    // Must run first: QtSql's first use in the process is what it looks at.
    void qtSqlFirstUsedBeforeWorkersStart()
    {
#ifndef Q_OS_LINUX
        QSKIP("watches qAddPostRoutine through the Linux dynamic linker");
#else
        {
            const QMutexLocker locker(&sqlRegistrations().mutex);
            QVERIFY(sqlRegistrations().onMainThread.isEmpty());
        }
        {
            // Two workers open their first connections at about the same moment.
            QueryExecutor executor(2);
            auto first = executor.submit(u"a"_s, spec(), u"SELECT 1"_s, {});
            auto second = executor.submit(u"b"_s, spec(), u"SELECT 2"_s, {});
            QVERIFY2(resultOf(first).ok(), qPrintable(first.result().error));
            QVERIFY2(resultOf(second).ok(), qPrintable(second.result().error));
        }
        const QMutexLocker locker(&sqlRegistrations().mutex);
        // Once, from the thread that made the executor, before any of its workers ran.
        QCOMPARE(sqlRegistrations().onMainThread, QList<bool>{true});
#endif
    }

    void destructorJoinsEveryWorker()
    {
        QList<QFuture<QueryResult>> running;
        std::optional<SqlRuntime> sqlRuntime(std::in_place);
        // Executors the program never deleted (a deleteLater() after the event loop ended).
        auto busy = std::make_unique<QueryExecutor>(2);
        auto idle = std::make_unique<QueryExecutor>(2);
        running.append(busy->submit(u"long"_s, spec(), longQuery, {}));
        running.append(busy->submit(u"long2"_s, spec(), longQuery, {}));
        running.append(busy->submit(u"queued"_s, spec(), longQuery, {}));
        QVERIFY(resultOf(idle->submit(u"done"_s, spec(), u"SELECT 1"_s, {})).ok());
        // Both of busy's workers hold a connection, and so does one of idle's.
        QTRY_COMPARE(QSqlDatabase::connectionNames().size(), 3);

        QElapsedTimer timer;
        timer.start();
        sqlRuntime.reset();
        // The running statements were interrupted, not waited for (minutes of work).
        QCOMPARE_LT(timer.elapsed(), 10000);
        for (const QFuture<QueryResult> &future : running) {
            QVERIFY(future.isFinished());
            QVERIFY(future.result().cancelled);
        }
        // Every worker left its loop, which is where it removes its connections.
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
        // Stopped for good: a late submit finishes at once, cancelled.
        const QFuture<QueryResult> late = idle->submit(u"late"_s, spec(), u"SELECT 1"_s, {});
        QVERIFY(late.isFinished());
        QVERIFY(late.result().cancelled);
        busy.reset();
        idle.reset();
    }

private:
    ConnectionSpec spec() const
    {
        ConnectionSpec s;
        s.sqlitePath = m_dbPath;
        return s;
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
};

QTEST_GUILESS_MAIN(TestSqlRuntime)
#include "tst_sqlruntime.moc"
