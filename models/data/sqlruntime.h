// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Dashwright {

// QtSql's process-wide state for one run of a program. Every main() (the dashwright CLI,
// dashwright-preview, the designer, the server) makes one right after its Q(Core)Application, so
// that it is destroyed just before it:
//
//   QCoreApplication app(argc, argv);
//   const SqlRuntime sqlRuntime;
//
// Why. QtSql registers its clean-up (cleanDriverDict, a post routine that ~QCoreApplication runs)
// the first time its driver dictionary is used, behind a plain static flag. Two threads making that
// first use at the same moment (two query workers adding their first connections) can both
// register it; at exit the first run resets the flag, so the second run registers itself again,
// and again every time it runs: ~QCoreApplication spins in qt_call_post_routines for ever (about
// one `dashwright query` in 5,000 never exited). So QtSql is first used here, on the main thread,
// before any query thread exists. And that clean-up removes every connection still listed, so by
// then no worker may hold one: the destructor stops and joins every query worker thread (each
// removes its connections as it leaves) and the global thread pool's, before QCoreApplication
// goes. A program that stops on a signal (the server on SIGTERM) quits its event loop and lets
// main() return through this destructor; it never calls exit() from the handler.
class SqlRuntime
{
public:
    SqlRuntime();
    ~SqlRuntime();
    Q_DISABLE_COPY_MOVE(SqlRuntime)

    // QtSql's first use, serialised: the constructor calls it, and so does every QueryExecutor
    // before it starts its threads (tests and tools without a SqlRuntime are safe too). It also
    // takes libpq's ambient credentials away (see environmentPassword()).
    static void initialiseDrivers();

    // The PGPASSWORD the program was started with. A PostgreSQL account's password comes from
    // the keystore and from nowhere else: libpq would otherwise add PGPASSWORD or ~/.pgpass to
    // every connection without one, so that a tenant override that drops the account's password
    // (another database, another user) would still connect in the analyst's shell, and fail under
    // the embed server. So PGPASSWORD leaves the environment and PGPASSFILE points at no file on
    // first use; `demo create --postgresql` takes the password it had, once, for the new account.
    static QByteArray environmentPassword();
};

} // namespace Dashwright
