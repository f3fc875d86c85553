// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

namespace Dashwright::Tests {

// A throw-away PostgreSQL 15 cluster for a test: initdb in a temporary folder, the server on a free
// loopback port (and a Unix socket in that folder), trust authentication for the one superuser
// "dashwright", stopped and removed with the object. Under root the server runs as the "postgres"
// user Debian's package creates, as PostgreSQL refuses to run as root.
class PgCluster
{
public:
    static QString binary(const QString &name)
    {
        const QString debian = QStringLiteral("/usr/lib/postgresql/15/bin/") + name;
        return QFile::exists(debian) ? debian : QStandardPaths::findExecutable(name);
    }

    // Empty when the cluster runs; else why not (binaries missing, initdb or start failed).
    QString start()
    {
        if (binary(QStringLiteral("initdb")).isEmpty() || binary(QStringLiteral("pg_ctl")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty())
            return QStringLiteral("PostgreSQL 15 (initdb, pg_ctl, psql) is not installed");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free loopback port");
        m_port = probe.serverPort();
        probe.close();
        m_asPostgres = ::geteuid() == 0;
        if (m_asPostgres
            && !run(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()}, false))
            return QStringLiteral("cannot hand the cluster's folder to the postgres user: ")
                    + m_error;
        if (!run(binary(QStringLiteral("initdb")),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-U"), QStringLiteral("dashwright"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync")}))
            return QStringLiteral("initdb failed: ") + m_error;
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -F")
                                        .arg(m_dir.path(), QString::number(m_port));
        if (!run(binary(QStringLiteral("pg_ctl")),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("log")), QStringLiteral("-o"), options,
                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
                  QStringLiteral("start")}))
            return QStringLiteral("pg_ctl start failed: ") + m_error;
        m_running = true;
        return {};
    }

    ~PgCluster()
    {
        if (m_running)
            run(binary(QStringLiteral("pg_ctl")),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("-w"), QStringLiteral("stop")});
    }

    quint16 port() const { return m_port; }

    // psql as the superuser on `database`, the script on standard input; true when it ran
    // without error (ON_ERROR_STOP).
    bool psql(const QString &database, const QByteArray &script, QByteArray *out = nullptr)
    {
        QProcess process;
        process.start(QStandardPaths::findExecutable(QStringLiteral("psql")),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                       QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                       QString::number(m_port), QStringLiteral("-U"), QStringLiteral("dashwright"),
                       QStringLiteral("-d"), database});
        process.write(script);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            m_error = QStringLiteral("psql timed out");
            return false;
        }
        if (out)
            *out = process.readAllStandardOutput();
        m_error = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QString error() const { return m_error; }

    // From now on `user` must give its password over TCP (SCRAM), as on a real server: the
    // cluster otherwise trusts every loopback connection, and a test could not tell a password
    // that reached the server from one that did not.
    bool requirePassword(const QString &user)
    {
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadOnly))
            return false;
        const QByteArray rules
                = "host all \"" + user.toUtf8() + "\" 127.0.0.1/32 scram-sha-256\n" + hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || hba.write(rules) != rules.size())
            return false;
        hba.close();
        return run(binary(QStringLiteral("pg_ctl")),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("reload")});
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool run(const QString &program, const QStringList &args, bool asPostgres = true)
    {
        QProcess process;
        if (asPostgres && m_asPostgres)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                      QStringLiteral("--"), program}
                                  + args);
        else
            process.start(program, args);
        if (!process.waitForFinished(60000)) {
            process.kill();
            m_error = program + QStringLiteral(" timed out");
            return false;
        }
        m_error = QString::fromUtf8(process.readAllStandardError()
                                    + process.readAllStandardOutput())
                          .left(2000);
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_asPostgres = false;
    bool m_running = false;
    QString m_error;
};

} // namespace Dashwright::Tests

// Starts `cluster` in a test's initTestCase: a cluster that cannot start fails the test when CI is
// set (the PostgreSQL tests must run there), and skips it with the reason otherwise. A macro, as
// QFAIL and QSKIP return from the test function itself.
#define DASHWRIGHT_START_PG_CLUSTER(cluster)                                                       \
    do {                                                                                           \
        if (const QString why = (cluster).start(); !why.isEmpty()) {                               \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(qPrintable(why                                                               \
                                 + QStringLiteral(" (CI is set: the PostgreSQL test must run)"))); \
            QSKIP(qPrintable(why + QStringLiteral(": skipped outside CI")));                       \
        }                                                                                          \
    } while (false)
