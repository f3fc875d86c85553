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

int main(int argc, char *argv[])
{
    // Draws off-screen: no display needed, unless QT_QPA_PLATFORM names a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // One line per Qt warning, and none for the XDG_RUNTIME_DIR one an off-screen session gives.
    installMessageHandler();
    QApplication app(argc, argv);
    // QtSql first used here, every query thread joined before app goes (see SqlRuntime).
    const Dashwright::SqlRuntime sqlRuntime;
    QCoreApplication::setApplicationName(u"dashwright"_s);
    QCoreApplication::setOrganizationName(u"Dashwright"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DASHWRIGHT_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    args.prepend(u"preview"_s);
    return runCommand(runPreview, u"preview"_s, args);
}
