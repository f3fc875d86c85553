// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

int runPreviewProgram(const QStringList &args)
{
    // Only the one installed beside this program (the build tree, /usr/bin): it receives the
    // claims or token on stdin, so never whichever dashwright-preview PATH finds first.
    const QString program
            = QDir(QCoreApplication::applicationDirPath()).filePath(u"dashwright-preview"_s);
    if (!QFileInfo(program).isExecutable())
        throw Failure(RuntimeError, u"preview"_s,
                      u"the dashwright-preview program is not installed beside dashwright"_s);

    QProcess process;
    // The same terminal, pipes and files: --claims - and --token - read this program's stdin.
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(program, args.mid(1));
    if (!process.waitForStarted(-1))
        throw Failure(RuntimeError, u"preview"_s,
                      u"cannot start %1: %2"_s.arg(program, process.errorString()));
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit)
        throw Failure(RuntimeError, u"preview"_s, u"%1 crashed"_s.arg(program));
    return process.exitCode();
}

} // namespace Dashwright::Cli
