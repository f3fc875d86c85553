// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>

#include <csignal>

namespace Dashwright::Tests {

// `dashwright serve` as a child process on a free loopback port, for the end-to-end tests: started
// with --port 0, ready once it prints the port it listens on, stopped with SIGTERM (and killed if
// that takes more than the shutdown deadline).
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    bool start(const QStringList &arguments, QString *error)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DASHWRIGHT_KEYSTORE"));
        env.remove(QStringLiteral("DASHWRIGHT_KEYSTORE_PASSPHRASE"));
        m_process.setProcessEnvironment(env);
        m_process.setProgram(QStringLiteral(DASHWRIGHT_CLI_PATH));
        m_process.setArguments(QStringList{QStringLiteral("serve")} + arguments
                               + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("dashwright serve did not start");
            return false;
        }
        static const QRegularExpression listening(
                QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            m_process.waitForReadyRead(100);
            m_stderr += m_process.readAllStandardError();
            const auto match = listening.match(QString::fromUtf8(m_stderr));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        *error = QStringLiteral("dashwright serve is not listening: ")
                + QString::fromUtf8(m_stderr + m_process.readAllStandardError());
        return false;
    }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    void signal(int sig) const { ::kill(pid_t(m_process.processId()), sig); }

    // SIGTERM, then waits; true when it exited 0 within `timeoutMs`.
    bool stop(int timeoutMs = 15000)
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
        signal(SIGTERM);
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return false;
        }
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    // What it printed on stderr and stdout so far (stdout: the access log unless redirected).
    QByteArray errorOutput()
    {
        m_stderr += m_process.readAllStandardError();
        return m_stderr;
    }
    QByteArray output()
    {
        m_stdout += m_process.readAllStandardOutput();
        return m_stdout;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_stderr;
    QByteArray m_stdout;
    quint16 m_port = 0;
};

} // namespace Dashwright::Tests
