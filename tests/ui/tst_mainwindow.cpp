// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"
#include "commands/projectdocument.h"
#include "commands/setproperty.h"
#include "document/projectfile.h"
#include "documentselection.h"
#include "mainwindow.h"
#include "preferences.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The designer's main window: its one document, file handling, autosave and recovery.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyWindow();
    void showsProject();
    void refusesMalformedProject_data();
    void refusesMalformedProject();
    void opensDesignInProgress();
    void modifiedSaveReopen();
    void autosaveAndRecovery();
    void standardShortcuts_data();
    void standardShortcuts();

private:
    static Project sampleProject();
    QString writeProject(const Project &project, const QString &name);

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

Project TestMainWindow::sampleProject()
{
    Project project;
    project.id = u"00000000-0000-4000-8000-000000000001"_s;
    project.name = u"Tile Shop"_s;

    Account account;
    account.id = u"00000000-0000-4000-8000-0000000000a1"_s;
    account.name = u"Main"_s;
    account.path = u"main.sqlite"_s;
    project.accounts.append(account);

    Dataset sales;
    sales.id = u"00000000-0000-4000-8000-0000000000d1"_s;
    sales.name = u"Sales"_s;
    sales.accountId = account.id;
    sales.table = u"sales"_s;
    sales.columns = {
            Column{u"00000000-0000-4000-8000-0000000000c1"_s, u"sold_on"_s, u"Sold on"_s,
                   ColumnType::Date},
            Column{u"00000000-0000-4000-8000-0000000000c2"_s, u"shop"_s, u"Shop"_s,
                   ColumnType::Text},
            Column{u"00000000-0000-4000-8000-0000000000c3"_s, u"amount"_s, u"Amount"_s,
                   ColumnType::Number},
    };
    project.datasets.append(sales);

    Dashboard dashboard;
    dashboard.id = u"00000000-0000-4000-8000-0000000000b1"_s;
    dashboard.slug = u"overview"_s;
    dashboard.title = u"Overview"_s;
    Widget kpi;
    kpi.id = u"00000000-0000-4000-8000-000000000101"_s;
    kpi.type = WidgetType::Kpi;
    kpi.title = u"Turnover"_s;
    kpi.datasetId = sales.id;
    kpi.measures = {Measure{sales.columns[2].id, Aggregation::Sum, u"Turnover"_s}};
    Widget note;
    note.id = u"00000000-0000-4000-8000-000000000102"_s;
    note.type = WidgetType::Text;
    note.title = u"Read me"_s;
    note.text = u"Hello"_s;
    note.grid = GridRect{4, 0, 4, 3};
    dashboard.widgets = {kpi, note};
    project.dashboards.append(dashboard);
    return project;
}

QString TestMainWindow::writeProject(const Project &project, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ProjectFile::save(project, path, &error))
        qWarning("could not save %s: %s", qPrintable(path), qPrintable(error));
    return path;
}

// Answers the next modal message box by clicking the button with that text (or role), once it
// shows: the window's dialogs run their own event loop.
void answerNextMessageBox(const QString &buttonText)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(u'&') == buttonText) {
                timer->deleteLater();
                button->click();
                return;
            }
        }
    });
    timer->start();
}

void TestMainWindow::emptyWindow()
{
    MainWindow window;
    QVERIFY(window.document()->filePath().isEmpty());
    QCOMPARE(window.document()->project().dashboards.size(), 1);
    QVERIFY(!window.document()->isModified());
    QCOMPARE(window.windowTitle(), u"Untitled[*] — Dashwright Designer"_s);
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::showsProject()
{
    const QString path = writeProject(sampleProject(), u"tiles.dwproj"_s);
    MainWindow window;
    Problems problems;
    QVERIFY(window.loadProject(path, &problems));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    QCOMPARE(window.document()->project(), sampleProject());
    QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(window.windowTitle(), u"Tile Shop[*] — Dashwright Designer"_s);
    QCOMPARE(window.selection()->dashboardId(), sampleProject().dashboards.first().id);

    auto *counts = window.findChild<QLabel *>(u"projectCounts"_s);
    QVERIFY(counts);
    QVERIFY2(counts->text().startsWith(u"1 dataset"_s), qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(u"2 widget"_s), qPrintable(counts->text()));
    QCOMPARE(Preferences::recentFiles.get().value(0), QFileInfo(path).absoluteFilePath());
    QCOMPARE(Preferences::lastProject.get(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::refusesMalformedProject_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{ this is not json");
    QTest::newRow("wrong format") << QByteArray("{\"format\": \"something-else\"}");
    QTest::newRow("newer schema") << QByteArray(
            "{\"format\": \"dashwright-project\", \"schema_version\": 999}");
}

void TestMainWindow::refusesMalformedProject()
{
    QFETCH(QByteArray, content);
    const QString good = writeProject(sampleProject(), u"good.dwproj"_s);
    const QString bad = m_dir.filePath(u"bad.dwproj"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();

    MainWindow window;
    QVERIFY(window.loadProject(good));
    Problems problems;
    QVERIFY(!window.loadProject(bad, &problems));
    QVERIFY(!problems.isEmpty());
    // The window keeps the project it had.
    QCOMPARE(window.document()->filePath(), QFileInfo(good).absoluteFilePath());
    QCOMPARE(window.document()->project(), sampleProject());
    QVERIFY(!window.loadProject(m_dir.filePath(u"missing.dwproj"_s)));
}

// A design in progress breaks rules (a chart without a measure); it saves and opens again, with
// the problems listed, rather than locking the analyst out of their own file.
void TestMainWindow::opensDesignInProgress()
{
    Project project = sampleProject();
    project.dashboards[0].widgets[0].type = WidgetType::Bar;
    project.dashboards[0].widgets[0].measures.clear();
    const QString path = writeProject(project, u"unfinished.dwproj"_s);
    MainWindow window;
    Problems problems;
    QVERIFY(window.loadProject(path, &problems));
    QVERIFY(!problems.isEmpty());
    QCOMPARE(window.document()->project(), project);
}

void TestMainWindow::modifiedSaveReopen()
{
    const QString path = writeProject(sampleProject(), u"edit.dwproj"_s);
    MainWindow window;
    QVERIFY(window.loadProject(path));
    const QString dashboardId = sampleProject().dashboards[0].id;
    const QString widgetId = sampleProject().dashboards[0].widgets[0].id;
    window.document()->undoStack()->push(new SetProperty(window.document(), {dashboardId, widgetId},
                                                         &Widget::title, u"Revenue"_s));
    QVERIFY(window.isWindowModified());

    const QString copy = m_dir.filePath(u"edit-copy.dwproj"_s);
    QVERIFY(window.saveAs(copy));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.document()->filePath(), copy);

    MainWindow reopened;
    QVERIFY(reopened.loadProject(copy));
    QCOMPARE(reopened.document()->project(), window.document()->project());
    QCOMPARE(reopened.document()->project().dashboards[0].widgets[0].title, u"Revenue"_s);

    // Undo goes back past the save: modified again.
    window.findChild<QAction *>(u"actionUndo"_s)->trigger();
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.document()->project(), sampleProject());
}

// Unsaved work survives a crash: the side file holds it, the next open offers it, restoring it
// gives the edited project, unsaved; saving removes the side file.
void TestMainWindow::autosaveAndRecovery()
{
    const QString path = writeProject(sampleProject(), u"crash.dwproj"_s);
    const QString side = Autosave::sidePath(path);
    QVERIFY(QFileInfo(side).fileName().startsWith(u".crash.dwproj"_s));
    QTest::qWait(20); // the side file must be newer than the project to be offered
    Project edited;
    {
        auto *window = new MainWindow;
        QVERIFY(window->loadProject(path));
        QVERIFY(window->autosave()->saveNow());
        QVERIFY2(!QFileInfo::exists(side), "nothing to autosave while unmodified");
        window->document()->undoStack()->push(new SetProperty(
                window->document(), {QString(), sampleProject().dashboards[0].id},
                &Dashboard::title, u"Overview (draft)"_s));
        QVERIFY(window->autosave()->saveNow());
        QVERIFY(QFileInfo::exists(side));
        edited = window->document()->project();
        // A crash: the window goes without closing, the side file stays.
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        delete window;
    }
    QVERIFY(QFileInfo::exists(side));
    QCOMPARE(Autosave::recoverableFor(path), side);

    MainWindow window;
    answerNextMessageBox(u"Restore"_s);
    QVERIFY(window.openProject(path));
    QCOMPARE(window.document()->project(), edited);
    QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.document()->isModified());
    QVERIFY(QFileInfo::exists(side));

    QVERIFY(window.save());
    QVERIFY(!QFileInfo::exists(side));
    QCOMPARE(ProjectFile::load(path).project.value(), edited);

    // Discarding an offered copy removes it and opens the file as saved.
    QFile::copy(path, side);
    QFile sideFile(side);
    QVERIFY(sideFile.open(QIODevice::ReadWrite));
    sideFile.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime);
    sideFile.close();
    MainWindow other;
    answerNextMessageBox(u"Discard"_s);
    QVERIFY(other.openProject(path));
    QVERIFY(!other.document()->isModified());
    QVERIFY(!QFileInfo::exists(side));
}

void TestMainWindow::standardShortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("new") << u"actionNew"_s << QKeySequence(QKeySequence::New);
    QTest::newRow("open") << u"actionOpen"_s << QKeySequence(QKeySequence::Open);
    QTest::newRow("save") << u"actionSave"_s << QKeySequence(QKeySequence::Save);
    QTest::newRow("save as") << u"actionSaveAs"_s << QKeySequence(QKeySequence::SaveAs);
    QTest::newRow("quit") << u"actionQuit"_s << QKeySequence(QKeySequence::Quit);
    QTest::newRow("undo") << u"actionUndo"_s << QKeySequence(QKeySequence::Undo);
    QTest::newRow("redo") << u"actionRedo"_s << QKeySequence(QKeySequence::Redo);
}

void TestMainWindow::standardShortcuts()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    MainWindow window;
    auto *found = window.findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    QCOMPARE(found->shortcut(), shortcut);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
