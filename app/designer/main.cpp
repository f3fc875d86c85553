// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasdatacontroller.h"
#include "canvas/dashboardcanvas.h"
#include "data/sqlruntime.h"
#include "demo/demoproject.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preview/previewselector.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QStandardPaths>
#include <QStringList>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

// Exit codes shared with the dashwright CLI.
constexpr int exitOk = 0;
constexpr int exitUsage = 1;
constexpr int exitInvalidInput = 2;

void installTranslators(QApplication &app)
{
    // The language chosen in Settings, else the system's.
    const QString chosen = Dashwright::Preferences::language.get();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);

    // Qt's own strings (standard buttons, file dialog) when the system has them installed.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    // Ours are files, as a distribution ships them (and a translator can drop in a newer .qm):
    // installed beside bin/ in share/dashwright/translations (the package's
    // /usr/share/dashwright/translations), else where lrelease writes them in this build tree.
    // English is a translation too: it holds the plural forms ("1 dataset", "2 datasets"), and is
    // the fallback (e.g. locale C).
    // The build tree only for the program in it: an installed one must not read UI strings from
    // wherever that path happens to exist on another machine.
    QStringList directories{QDir::cleanPath(QCoreApplication::applicationDirPath()
                                            + u"/../share/dashwright/translations"_s)};
    const QString buildTree = QStringLiteral(DASHWRIGHT_TRANSLATIONS_BUILD_DIR);
    if (QDir(QCoreApplication::applicationDirPath()) == QDir(buildTree))
        directories.append(buildTree);
    auto *translator = new QTranslator(&app);
    for (const QString &directory : directories) {
        if (translator->load(locale, u"dashwright"_s, u"_"_s, directory)
            || translator->load(u"dashwright_en"_s, directory)) {
            QCoreApplication::installTranslator(translator);
            break;
        }
    }
}

// --preview-as: false (and a message) when the project has no such profile.
bool previewAs(Dashwright::MainWindow &window, const QString &tenant)
{
    if (tenant.isEmpty() || window.previewSelector()->choose(tenant))
        return true;
    QTextStream(stderr)
            << "dashwright-designer: --preview-as: "
            << QCoreApplication::translate("main", "no tenant profile \"%1\"").arg(tenant) << '\n';
    return false;
}

int runSelfTest(QApplication &app, Dashwright::MainWindow &window, const QString &projectPath,
                const QString &screenshotPath, const QString &tenant)
{
    QTextStream err(stderr);
    if (!projectPath.isEmpty()) {
        Dashwright::Problems problems;
        if (!window.loadProject(projectPath, &problems)) {
            for (const Dashwright::Problem &problem : problems)
                err << "dashwright-designer: " << projectPath << ": " << problem.toString() << '\n';
            return exitInvalidInput;
        }
    }
    if (!previewAs(window, tenant))
        return exitInvalidInput;
    window.show();

    int code = exitOk;
    // Let the event loop lay out the window and the canvas's queries finish (at most 30 s), then
    // draw it once and leave.
    QElapsedTimer waited;
    waited.start();
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        const auto *controller = window.canvas()->dataController();
        if (controller->runningCount() > 0 && waited.elapsed() < 30000)
            return;
        poll.stop();
        if (!screenshotPath.isEmpty() && !window.grab().save(screenshotPath)) {
            err << "dashwright-designer: " << screenshotPath << ": "
                << QCoreApplication::translate("main", "could not write the screenshot") << '\n';
            code = exitInvalidInput;
        }
        app.quit();
    });
    poll.start();
    app.exec();
    if (code == exitOk)
        err << "dashwright-designer: self-test passed: " << window.windowTitle().remove(u"[*]"_s)
            << '\n';
    return code;
}

// No project named: reopen the last one; else, for a first start, the welcome page.
void startWithoutProject(Dashwright::MainWindow &window)
{
    if (window.recoverUntitled())
        return;
    const QString last = Dashwright::Preferences::lastProject.get();
    if (!last.isEmpty() && QFileInfo(last).isFile()) {
        window.openProject(last);
        return;
    }
    window.showWelcome();
}

// --help, --help-all and --version only print: they need no display, and without one (a
// terminal over ssh, a package's post-install check) Qt would abort before printing anything.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
            || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // QtSql first used here; declared before the window, so destroyed after it: every query thread
    // (also those of a compare or isolation window whose deleteLater() never ran) is joined before
    // app goes (see SqlRuntime).
    const Dashwright::SqlRuntime sqlRuntime;
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
    const QCommandLineOption previewAsOption(
            u"preview-as"_s,
            QCoreApplication::translate("main", "Preview PROJECT as this tenant profile."),
            QCoreApplication::translate("main", "tenant"));
    parser.addOption(selfTest);
    parser.addOption(screenshot);
    parser.addOption(previewAsOption);
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
        return runSelfTest(app, window, projectPath, parser.value(screenshot),
                           parser.value(previewAsOption));

    window.show();
    if (!projectPath.isEmpty()) {
        if (window.openProject(projectPath))
            previewAs(window, parser.value(previewAsOption));
    } else
        QTimer::singleShot(0, &window, [&window] { startWithoutProject(window); });
    return app.exec();
}
