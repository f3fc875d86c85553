// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

// Runs the built dashwright command for the keys and token end-to-end tests: with a chosen
// environment (no inherited keystore variables, so the developer's own never leak in) and stdin.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString describe() const
    {
        return QStringLiteral("exit %1, stdout: %2, stderr: %3")
                .arg(exitCode)
                .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

inline CliRun runDashwright(const QStringList &args, const QStringList &environment = {},
                            const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DASHWRIGHT_KEYSTORE"));
    env.remove(QStringLiteral("DASHWRIGHT_KEYSTORE_PASSPHRASE"));
    env.remove(QStringLiteral("DASHWRIGHT_KEYSTORE_NEW_PASSPHRASE"));
    for (const QString &assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0),
                   assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral(DASHWRIGHT_CLI_PATH));
    process.setArguments(args);
    process.start();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("dashwright did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

inline QByteArray readWholeFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeWholeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(contents) == contents.size();
}
