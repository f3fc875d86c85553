// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// dashwright-preview: the `dashwright preview` command, in a program of its own because it needs
// QtWidgets and QtCharts, which the other commands should not load (see CMakeLists.txt).
// `dashwright preview …` starts it; run directly, it takes the same arguments.
#include "cli.h"
#include "data/sqlruntime.h"

#include <QApplication>

using namespace Qt::StringLiterals;
using namespace Dashwright::Cli;

namespace {
QtMessageHandler defaultHandler = nullptr;

// Errors are one line on stderr (DESIGN §3). Without a desktop session (CI, a container) Qt warns
// that XDG_RUNTIME_DIR is unset and picks a folder itself, which is all the off-screen platform
// needs: that warning says nothing about the preview, so it is not passed on.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR"_s))
        return;
    defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    // Draws off-screen: no display needed, unless QT_QPA_PLATFORM names a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    defaultHandler = qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);
    // QtSql first used here, every query thread joined before app goes (see SqlRuntime).
    const Dashwright::SqlRuntime sqlRuntime;
    QCoreApplication::setApplicationName(u"dashwright"_s);
    QCoreApplication::setOrganizationName(u"Dashwright"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DASHWRIGHT_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    args.prepend(u"dashwright preview"_s);
    return runCommand(runPreview, u"preview"_s, args);
}
