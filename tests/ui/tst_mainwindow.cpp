// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/projectfile.h"
#include "mainwindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The designer's main window: it opens a project and outlines its datasets and dashboards.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyWindow();
    void showsProject();
    void refusesMalformedProject_data();
    void refusesMalformedProject();
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

void TestMainWindow::emptyWindow()
{
    MainWindow window;
    auto *datasets = window.findChild<QTreeWidget *>(u"datasetTree"_s);
    auto *dashboards = window.findChild<QTreeWidget *>(u"dashboardTree"_s);
    QVERIFY(datasets);
    QVERIFY(dashboards);
    QCOMPARE(datasets->topLevelItemCount(), 0);
    QCOMPARE(dashboards->topLevelItemCount(), 0);
    QVERIFY(!window.project());
    QCOMPARE(window.windowTitle(), u"Dashwright Designer"_s);
}

void TestMainWindow::showsProject()
{
    const QString path = writeProject(sampleProject(), u"tiles.dwproj"_s);
    MainWindow window;
    const Problems problems = window.loadProject(path);
    for (const Problem &problem : problems)
        qWarning("%s", qPrintable(problem.toString()));
    QVERIFY(problems.isEmpty());
    QVERIFY(window.project());
    QCOMPARE(window.windowTitle(), u"Tile Shop — Dashwright Designer"_s);

    auto *datasets = window.findChild<QTreeWidget *>(u"datasetTree"_s);
    QCOMPARE(datasets->topLevelItemCount(), 1);
    QTreeWidgetItem *sales = datasets->topLevelItem(0);
    QCOMPARE(sales->text(0), u"Sales"_s);
    QCOMPARE(sales->childCount(), 3);
    QCOMPARE(sales->child(0)->text(0), u"Sold on"_s);
    QCOMPARE(sales->child(0)->text(1), u"Date"_s);
    QCOMPARE(sales->child(2)->text(1), u"Number"_s);

    auto *dashboards = window.findChild<QTreeWidget *>(u"dashboardTree"_s);
    QCOMPARE(dashboards->topLevelItemCount(), 1);
    QTreeWidgetItem *overview = dashboards->topLevelItem(0);
    QCOMPARE(overview->text(0), u"Overview"_s);
    QCOMPARE(overview->childCount(), 2);
    QCOMPARE(overview->child(0)->text(0), u"Turnover"_s);
    QCOMPARE(overview->child(0)->text(1), u"KPI"_s);
    QCOMPARE(overview->child(1)->text(1), u"Text"_s);

    auto *counts = window.findChild<QLabel *>(u"projectCounts"_s);
    QVERIFY(counts);
    QVERIFY2(counts->text().startsWith(u"1 dataset"_s), qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(u"2 widget"_s), qPrintable(counts->text()));
}

void TestMainWindow::refusesMalformedProject_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{ this is not json");
    QTest::newRow("wrong format") << QByteArray(R"({"format": "something-else"})");
    QTest::newRow("newer schema") << QByteArray(
            R"({"format": "dashwright-project", "schema_version": 999})");
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
    QVERIFY(window.loadProject(good).isEmpty());
    const Problems problems = window.loadProject(bad);
    QVERIFY(!problems.isEmpty());
    // The window keeps showing the project it had.
    QCOMPARE(window.projectPath(), QFileInfo(good).absoluteFilePath());
    QCOMPARE(window.findChild<QTreeWidget *>(u"datasetTree"_s)->topLevelItemCount(), 1);

    QVERIFY(!window.loadProject(m_dir.filePath(u"missing.dwproj"_s)).isEmpty());
}

void TestMainWindow::standardShortcuts()
{
    MainWindow window;
    auto *open = window.findChild<QAction *>(u"actionOpen"_s);
    auto *quit = window.findChild<QAction *>(u"actionQuit"_s);
    QVERIFY(open);
    QVERIFY(quit);
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
