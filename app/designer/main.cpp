// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QStringList>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Exit codes shared with the dashwright CLI.
constexpr int exitOk = 0;
constexpr int exitUsage = 1;
constexpr int exitInvalidInput = 2;

void installTranslators(QApplication &app)
{
    // Qt's own strings (standard buttons, file dialog) when the system has them installed.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    // Ours are compiled into the executable by qt_add_translations. English is a translation too:
    // it holds the plural forms ("1 dataset", "2 datasets"), and is the fallback (e.g. locale C).
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"dashwright"_s, u"_"_s, u":/i18n"_s)
        || translator->load(u"dashwright_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
}

int runSelfTest(QApplication &app, Dashwright::MainWindow &window, const QString &projectPath,
                const QString &screenshotPath)
{
    QTextStream err(stderr);
    if (!projectPath.isEmpty()) {
        const Dashwright::Problems problems = window.loadProject(projectPath);
        if (!problems.isEmpty()) {
            for (const Dashwright::Problem &problem : problems)
                err << "dashwright-designer: " << projectPath << ": " << problem.toString() << '\n';
            return exitInvalidInput;
        }
    }
    window.show();

    int code = exitOk;
    // Let the event loop lay out and paint the window once, then leave.
    QTimer::singleShot(0, &window, [&] {
        if (!screenshotPath.isEmpty() && !window.grab().save(screenshotPath)) {
            err << "dashwright-designer: " << screenshotPath << ": "
                << QCoreApplication::translate("main", "could not write the screenshot") << '\n';
            code = exitInvalidInput;
        }
        app.quit();
    });
    app.exec();
    if (code == exitOk)
        err << "dashwright-designer: self-test passed: " << window.windowTitle() << '\n';
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Dashwright"_s);
    QApplication::setOrganizationDomain(u"dashwright.example"_s);
    QApplication::setApplicationName(u"Dashwright Designer"_s);
    QApplication::setApplicationVersion(QStringLiteral(DASHWRIGHT_VERSION));
    QGuiApplication::setDesktopFileName(u"dashwright-designer"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/dashwright.svg"_s));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Design dashboards for multi-tenant embedded analytics."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"project"_s,
                                 QCoreApplication::translate("main", "The .dwproj file to open."),
                                 u"[PROJECT]"_s);
    const QCommandLineOption selfTest(
            u"self-test"_s,
            QCoreApplication::translate(
                    "main", "Create the window, load PROJECT if given, and exit (0: it worked)."));
    const QCommandLineOption screenshot(
            u"screenshot"_s,
            QCoreApplication::translate("main", "With --self-test: save the window as an image."),
            QCoreApplication::translate("main", "file"));
    parser.addOption(selfTest);
    parser.addOption(screenshot);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        QTextStream(stderr) << "dashwright-designer: "
                            << QCoreApplication::translate("main", "usage: at most one project")
                            << '\n';
        return exitUsage;
    }
    const QString projectPath = positional.value(0);

    Dashwright::MainWindow window;
    if (parser.isSet(selfTest))
        return runSelfTest(app, window, projectPath, parser.value(screenshot));

    window.show();
    if (!projectPath.isEmpty())
        window.openProject(projectPath);
    return app.exec();
}
