// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Dashwright::Tests {

// The reference broker plugin (tools/reference-plugin/burrito_plugin.py) as a process of a test:
// started on a free loopback port with `--port 0`, its URL read from the first line it prints, and
// stopped (by its own pid) on destruction. Each wait is bounded.
struct PluginProcess
{
    QProcess process;
    QString url; // http://127.0.0.1:PORT

    static QString script()
    {
        return QStringLiteral(DASHWRIGHT_SOURCE_DIR "/tools/reference-plugin/burrito_plugin.py");
    }

    // Serves the demo database `data`; with a `secret`, only requests whose X-Secret is it.
    // Empty when it listens, else why not.
    QString start(const QString &data, const QStringList &arguments, const QByteArray &secret)
    {
        using namespace Qt::StringLiterals;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"BURRITO_PLUGIN_SECRET"_s);
        if (!secret.isEmpty())
            env.insert(u"BURRITO_PLUGIN_SECRET"_s, QString::fromLatin1(secret));
        process.setProcessEnvironment(env);
        process.start(u"python3"_s,
                      QStringList{script(), u"--data"_s, data, u"--port"_s, u"0"_s} + arguments);
        if (!process.waitForStarted(10000))
            return u"python3 did not start: "_s + process.errorString();
        QElapsedTimer timer;
        timer.start();
        while (!process.canReadLine() && timer.elapsed() < 10000
               && process.state() == QProcess::Running)
            process.waitForReadyRead(200);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        if (!line.startsWith(u"listening on "_s))
            return u"the reference plugin did not start: "_s
                    + QString::fromUtf8(process.readAllStandardError());
        url = line.mid(13);
        return {};
    }

    ~PluginProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};

// The two reference plugins the plugin tests use, on `data` (the demo's SQLite file), each logging
// to its file: A at the account's base URL asks for `secret` and serves FAR-001 as Farolito; B,
// a tenant's own instance, asks for none and serves FAR-001 as El Tapatio. Empty when both run.
inline QString startPluginPair(PluginProcess &a, PluginProcess &b, const QString &data,
                               const QString &logA, const QString &logB, const QByteArray &secret)
{
    using namespace Qt::StringLiterals;
    const QString error = a.start(data, {u"--log"_s, logA}, secret);
    if (!error.isEmpty())
        return error;
    return b.start(data, {u"--log"_s, logB, u"--tenant"_s, u"FAR-001=El Tapatio"_s}, {});
}

} // namespace Dashwright::Tests
