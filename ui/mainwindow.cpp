// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "document/projectfile.h"
#include "typelabels.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStringList>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Shown in the message box; the rest go to its details.
constexpr int maxProblemsShown = 10;

QTreeWidget *createTree(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString displayValue(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_datasetTree
            = createTree(u"datasetTree"_s, {tr("Dataset"), tr("Type"), tr("Source")}, splitter);
    m_dashboardTree = createTree(u"dashboardTree"_s, {tr("Dashboard"), tr("Type"), tr("Details")},
                                 splitter);
    splitter->addWidget(m_datasetTree);
    splitter->addWidget(m_dashboardTree);
    setCentralWidget(splitter);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"projectCounts"_s);
    statusBar()->addPermanentWidget(m_counts);

    createActions();
    showProject();
    resize(1000, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));

    QAction *open = fileMenu->addAction(tr("&Open…"));
    open->setObjectName(u"actionOpen"_s);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a Dashwright project"));
    connect(open, &QAction::triggered, this, &MainWindow::chooseProject);

    fileMenu->addSeparator();

    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::chooseProject()
{
    const QString dir
            = m_projectPath.isEmpty() ? QString() : QFileInfo(m_projectPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), dir,
                                                      tr("Dashwright projects (*.dwproj)"));
    if (!path.isEmpty())
        openProject(path);
}

Problems MainWindow::loadProject(const QString &path)
{
    ProjectFile::LoadResult result = ProjectFile::load(path);
    if (!result.problems.isEmpty() || !result.project)
        return result.problems.isEmpty()
                ? Problems{Problem{QString(), tr("The project could not be read.")}}
                : result.problems;

    m_project = std::move(result.project);
    m_projectPath = QFileInfo(path).absoluteFilePath();
    showProject();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_projectPath)), 5000);
    return {};
}

bool MainWindow::openProject(const QString &path)
{
    const Problems problems = loadProject(path);
    if (problems.isEmpty())
        return true;

    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());

    QMessageBox box(QMessageBox::Warning, tr("Could Not Open Project"),
                    tr("%1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    const QStringList shown = lines.mid(0, maxProblemsShown);
    QString informative
            = tr("%n problem(s):", nullptr, int(lines.size())) + u"\n• "_s + shown.join(u"\n• "_s);
    if (lines.size() > shown.size())
        informative += u"\n"_s + tr("… and %n more.", nullptr, int(lines.size() - shown.size()));
    box.setInformativeText(informative);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
    return false;
}

void MainWindow::showProject()
{
    m_datasetTree->clear();
    m_dashboardTree->clear();

    // Items are built detached, then added in one call per tree.
    qsizetype widgetCount = 0;
    if (m_project) {
        QList<QTreeWidgetItem *> datasetItems;
        for (const Dataset &dataset : m_project->datasets) {
            const Account *account = m_project->account(dataset.accountId);
            const bool isTable = dataset.kind == Dataset::Kind::Table;
            QString source = isTable ? dataset.table : tr("SQL query");
            if (account)
                source = tr("%1 on %2").arg(source, account->name);

            auto *item = new QTreeWidgetItem(
                    QStringList{dataset.name, isTable ? tr("Table") : tr("Query"), source});
            item->setToolTip(2, isTable ? dataset.table : dataset.sql);
            for (const Column &column : dataset.columns) {
                const QString label = column.label.isEmpty() ? column.name : column.label;
                auto *child = new QTreeWidgetItem(
                        QStringList{label, columnTypeLabel(column.type), column.name});
                child->setToolTip(0, column.id);
                item->addChild(child);
            }
            datasetItems.append(item);
        }
        m_datasetTree->addTopLevelItems(datasetItems);

        QList<QTreeWidgetItem *> dashboardItems;

        for (const Dashboard &dashboard : m_project->dashboards) {
            auto *item = new QTreeWidgetItem(
                    QStringList{dashboard.title, tr("Dashboard"), dashboard.slug});
            item->setToolTip(0, dashboard.description);
            for (const Parameter &parameter : dashboard.parameters) {
                const QString label = parameter.label.isEmpty() ? parameter.name : parameter.label;
                auto *child = new QTreeWidgetItem(QStringList{
                        label, tr("Parameter (%1)").arg(columnTypeLabel(parameter.type)),
                        tr("default: %1").arg(displayValue(parameter.defaultValue))});
                child->setToolTip(0, parameter.name);
                item->addChild(child);
            }
            for (const Widget &widget : dashboard.widgets) {
                const Dataset *dataset = m_project->dataset(widget.datasetId);
                auto *child = new QTreeWidgetItem(
                        QStringList{widget.title, widgetTypeLabel(widget.type),
                                    dataset ? tr("dataset: %1").arg(dataset->name) : QString()});
                child->setToolTip(0, widget.id);
                item->addChild(child);
            }
            widgetCount += dashboard.widgets.size();
            dashboardItems.append(item);
        }
        m_dashboardTree->addTopLevelItems(dashboardItems);
        m_datasetTree->expandAll();
        m_dashboardTree->expandAll();
        for (QTreeWidget *tree : {m_datasetTree, m_dashboardTree}) {
            for (int column = 0; column < tree->columnCount() - 1; ++column)
                tree->resizeColumnToContents(column);
        }
    }

    const qsizetype datasets = m_project ? m_project->datasets.size() : 0;
    const qsizetype dashboards = m_project ? m_project->dashboards.size() : 0;
    m_counts->setText(tr("%n dataset(s)", nullptr, int(datasets)) + u" · "_s
                      + tr("%n dashboard(s)", nullptr, int(dashboards)) + u" · "_s
                      + tr("%n widget(s)", nullptr, int(widgetCount)));
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (m_project) {
        const QString name = m_project->name.isEmpty() ? QFileInfo(m_projectPath).completeBaseName()
                                                       : m_project->name;
        setWindowTitle(tr("%1 — Dashwright Designer").arg(name));
    } else {
        setWindowTitle(tr("Dashwright Designer"));
    }
}

} // namespace Dashwright
