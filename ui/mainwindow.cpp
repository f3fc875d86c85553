// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "autosave.h"
#include "canvas/canvasdatacontroller.h"
#include "canvas/dashboardcanvas.h"
#include "dashboardselector.h"
#include "data/queryexecutor.h"
#include "demo/demoproject.h"
#include "dialogs/embedsnippetdialog.h"
#include "dialogs/projectkeystore.h"
#include "dialogs/projectsettingsdialog.h"
#include "dialogs/welcomedialog.h"
#include "docks/datapanel.h"
#include "docks/parameterspanel.h"
#include "docks/problemspanel.h"
#include "docks/propertiespanel.h"
#include "docks/tenantspanel.h"
#include "document/projectdocument.h"
#include "document/projectfile.h"
#include "documentselection.h"
#include "embed/webbundleintegrity.h"
#include "itemmodels/problemmodel.h"
#include "preferences.h"
#include "preview/accessinspector.h"
#include "preview/backgroundruns.h"
#include "preview/comparedialog.h"
#include "preview/isolationcheckdialog.h"
#include "preview/pastetokendialog.h"
#include "preview/previewbanner.h"
#include "preview/previewselector.h"
#include "preview/tenantpreview.h"
#include "projectfiles.h"
#include "querystatuswidget.h"
#include "windowsize.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <QToolBar>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// The Preview menu's non-modal windows: one of each kind, kept for the main window's life, made on
// first use and brought forward after.
template<typename Window, typename... Args>
Window *raiseWindow(QWidget *owner, Args... args)
{
    auto *window = owner->findChild<Window *>();
    if (!window)
        window = new Window(args..., owner);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(ProjectFiles::emptyProject(), this))
    , m_selection(new DocumentSelection(m_document, this))
    , m_executor(new QueryExecutor(0, this))
    , m_autosave(new Autosave(m_document, this))
    , m_files(new ProjectFiles(m_document, m_autosave, this, this))
    , m_keystore(new ProjectKeystore(m_document, this))
    , m_canvas(new DashboardCanvas(m_document, m_selection, m_executor, this))
    , m_preview(new TenantPreview(m_document, this))
{
    setObjectName(u"MainWindow"_s);
    m_autosave->setInterval(Preferences::autosaveSeconds.get() * 1000);
    m_keystore->setDialogParent(this);

    // The banner sits on top of the canvas, so it is in every screenshot and export of the window.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(new PreviewBanner(m_preview, centre));
    centreLayout->addWidget(m_canvas, 1);
    setCentralWidget(centre);
    // Switching tenant re-resolves every widget; the controller cancels the previous tenant's
    // queries still in flight.
    connect(m_preview, &TenantPreview::changed, this, [this] {
        m_canvas->dataController()->setClaims(m_preview->claims(),
                                              m_preview->mode() == TenantPreview::Mode::Profile);
        // The exports say whose view they show, and are named after it.
        m_canvas->setViewer(m_preview->label(), m_preview->isTokenView());
    });
    m_canvas->setViewer(m_preview->label(), m_preview->isTokenView());

    createDocks();
    // What the preview says of the dashboard as a whole is listed once, with the problems,
    // rather than on each of its widgets.
    connect(m_canvas->dataController(), &CanvasDataController::dashboardWarningsChanged, this,
            [this](const QStringList &warnings) {
                m_problemsPanel->model()->setPreviewWarnings(
                        m_canvas->dataController()->dashboardId(), warnings);
            });
    createActions();
    createStatusBar();

    // Passwords reach the canvas's queries from the keystore, never from the project.
    connect(m_document, &ProjectDocument::projectReset, this, &MainWindow::updateSecrets);
    connect(m_document, &ProjectDocument::accountAdded, this, &MainWindow::updateSecrets);
    connect(m_document, &ProjectDocument::accountChanged, this, &MainWindow::updateSecrets);
    connect(m_keystore, &ProjectKeystore::secretChanged, this, &MainWindow::updateSecrets);
    connect(m_keystore, &ProjectKeystore::saveFailed, this, [this](const QString &error) {
        QMessageBox::warning(this, tr("Keystore Not Saved"), error);
    });
    connect(m_canvas, &DashboardCanvas::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_files, &ProjectFiles::message, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });

    connect(m_document, &ProjectDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::projectReset, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::projectChanged, this, &MainWindow::updateTitle);
    // The status bar's counts follow the project's lists.
    for (auto signal : {&ProjectDocument::datasetAdded, &ProjectDocument::datasetRemoved,
                        &ProjectDocument::dashboardAdded, &ProjectDocument::dashboardRemoved})
        connect(m_document, signal, this, &MainWindow::updateTitle);
    for (auto signal : {&ProjectDocument::widgetAdded, &ProjectDocument::widgetRemoved})
        connect(m_document, signal, this, &MainWindow::updateTitle);
    connect(m_autosave, &Autosave::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    });

    resizeWithinScreen(this, {1280, 800});
    restoreWindowState();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_executor->cancelAll();
    // Children go in the order they were made, and the executor came before the canvas, whose
    // data controller still cancels its queries on the way out: the canvas goes first.
    delete m_canvas;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));

    QAction *newAction = fileMenu->addAction(tr("&New Project"));
    newAction->setObjectName(u"actionNew"_s);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            newProject();
    });

    QAction *open = fileMenu->addAction(tr("&Open…"));
    open->setObjectName(u"actionOpen"_s);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a Dashwright project"));
    connect(open, &QAction::triggered, m_files, &ProjectFiles::chooseAndOpen);

    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"menuRecent"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this,
            [this] { m_files->fillRecentMenu(m_recentMenu); });

    fileMenu->addSeparator();
    QAction *saveAction = fileMenu->addAction(tr("&Save"));
    saveAction->setObjectName(u"actionSave"_s);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &MainWindow::save);

    QAction *saveAsAction = fileMenu->addAction(tr("Save &As…"));
    saveAsAction->setObjectName(u"actionSaveAs"_s);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(saveAsAction, &QAction::triggered, m_files, &ProjectFiles::chooseAndSaveAs);

    fileMenu->addSeparator();
    QAction *settings = fileMenu->addAction(tr("Project Se&ttings…"));
    settings->setObjectName(u"actionProjectSettings"_s);
    settings->setStatusTip(tr("The project's name, and the web pages allowed to show its "
                              "dashboards (embed origins)"));
    // Not the application's preferences: without this, macOS would move it to the app menu.
    settings->setMenuRole(QAction::NoRole);
    connect(settings, &QAction::triggered, this, &MainWindow::showProjectSettings);

    fileMenu->addSeparator();
    fileMenu->addAction(m_canvas->exportDashboardAction());
    fileMenu->addAction(m_canvas->exportWidgetDataAction());
    QAction *snippet = fileMenu->addAction(tr("Export Embed &Snippet…"));
    snippet->setObjectName(u"actionEmbedSnippet"_s);
    snippet->setStatusTip(tr("The code that embeds this dashboard in a page, and the back-end "
                             "code that mints its tokens"));
    connect(snippet, &QAction::triggered, this, &MainWindow::showEmbedSnippet);
    const auto updateSnippet = [this, snippet] {
        snippet->setEnabled(m_document->dashboard(m_selection->dashboardId()) != nullptr);
    };
    connect(m_selection, &DocumentSelection::dashboardChanged, snippet, updateSnippet);
    connect(m_document, &ProjectDocument::projectReset, snippet, updateSnippet);
    updateSnippet();

    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(u"menuEdit"_s);
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addActions({m_canvas->cutAction(), m_canvas->copyAction(), m_canvas->pasteAction(),
                          m_canvas->deleteAction()});
    editMenu->addSeparator();
    editMenu->addAction(m_canvas->selectAllAction());

    QMenu *insertMenu = menuBar()->addMenu(tr("&Insert"));
    insertMenu->setObjectName(u"menuInsert"_s);
    insertMenu->addActions(m_canvas->paletteActions());
    QAction *addParameter = insertMenu->addAction(tr("&Parameter"));
    addParameter->setObjectName(u"actionAddParameter"_s);
    connect(addParameter, &QAction::triggered, this, [this] {
        m_parametersPanel->show();
        m_parametersPanel->raise();
        m_parametersPanel->addParameter();
    });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"menuView"_s);
    viewMenu->addActions({m_canvas->refreshAction(), m_canvas->cancelQueriesAction()});
    viewMenu->addSeparator();
    for (QDockWidget *dock :
         std::initializer_list<QDockWidget *>{m_dataPanel, m_tenantsPanel, m_propertiesPanel,
                                              m_parametersPanel, m_problemsPanel, m_inspector})
        viewMenu->addAction(dock->toggleViewAction());

    QMenu *previewMenu = menuBar()->addMenu(tr("&Preview"));
    previewMenu->setObjectName(u"menuPreview"_s);
    QAction *paste = previewMenu->addAction(tr("Paste &Token…"));
    paste->setObjectName(u"actionPasteToken"_s);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(paste, &QAction::triggered, this, [this] { pasteToken(); });
    QAction *design = previewMenu->addAction(tr("Back to &Design View"));
    design->setObjectName(u"actionDesignView"_s);
    connect(design, &QAction::triggered, m_preview, &TenantPreview::showDesign);
    QAction *inspect = previewMenu->addAction(tr("Effective &Access…"));
    connect(inspect, &QAction::triggered, this, [this] {
        m_inspector->show();
        m_inspector->raise();
    });
    previewMenu->addSeparator();
    QAction *compare = previewMenu->addAction(tr("&Compare Tenants…"));
    compare->setObjectName(u"actionCompareTenants"_s);
    connect(compare, &QAction::triggered, this,
            [this] { raiseWindow<CompareDialog>(this, m_document, m_selection, m_keystore); });
    QAction *isolation = previewMenu->addAction(tr("&Isolation Check…"));
    isolation->setObjectName(u"actionIsolationCheck"_s);
    connect(isolation, &QAction::triggered, this, [this] {
        raiseWindow<IsolationCheckDialog>(this, m_document, m_selection, m_preview, m_keystore)
                ->run();
    });

    QToolBar *previewBar = addToolBar(tr("Preview"));
    previewBar->setObjectName(u"previewToolBar"_s);
    previewBar->addWidget(new QLabel(tr("Preview as:") + u' ', previewBar));
    m_previewSelector = new PreviewSelector(m_document, m_preview, previewBar);
    previewBar->addWidget(m_previewSelector);
    previewBar->addAction(paste);

    QToolBar *dashboards = addToolBar(tr("Dashboards"));
    dashboards->setObjectName(u"dashboardToolBar"_s);
    auto *selector = new DashboardSelector(m_document, m_selection, dashboards);
    dashboards->addWidget(selector);
    dashboards->addAction(selector->addAction());
    insertMenu->addSeparator();
    insertMenu->addAction(selector->addAction());
    editMenu->addSeparator();
    editMenu->addActions({selector->renameAction(), selector->removeAction()});

    // The palette on a row of its own, so every widget type stays in sight.
    addToolBarBreak();
    QToolBar *palette = addToolBar(tr("Widgets"));
    palette->setObjectName(u"paletteToolBar"_s);
    palette->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    palette->addActions(m_canvas->paletteActions());

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_languageMenu = settingsMenu->addMenu(tr("&Language"));
    m_languageMenu->setObjectName(u"menuLanguage"_s);
    fillLanguageMenu();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *welcome = helpMenu->addAction(tr("&Welcome…"), this, &MainWindow::showWelcome);
    welcome->setObjectName(u"actionWelcome"_s);
}

void MainWindow::showWelcome()
{
    WelcomeDialog dialog(Preferences::recentFiles.get(), WelcomeDialog::documentationFolder(),
                         this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.choice()) {
    case WelcomeDialog::Choice::Demo: {
        QString error;
        if (!openDemo(&error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Demo Project"),
                                 tr("The demo project could not be created: %1").arg(error));
        break;
    }
    case WelcomeDialog::Choice::NewProject:
        if (maybeSave())
            newProject();
        break;
    case WelcomeDialog::Choice::Open:
        m_files->chooseAndOpen();
        break;
    case WelcomeDialog::Choice::Recent:
        openProject(dialog.recentPath());
        break;
    case WelcomeDialog::Choice::None:
        break;
    }
}

bool MainWindow::openDemo(QString *error)
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                   .filePath(u"demo"_s);
    const QString project = QDir(folder).filePath(u"burrito.dwproj"_s);
    if (!QFileInfo(project).isFile()) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const bool created = DemoProject::create(folder, DemoOptions{}, error);
        QGuiApplication::restoreOverrideCursor();
        if (!created)
            return false;
    }
    return openProject(project);
}

void MainWindow::showEmbedSnippet()
{
    EmbedSnippetDialog dialog(m_document, m_keystore, this);
    // Where `dashwright serve` finds the web runtime.
    dialog.setWebRoots(defaultWebRoots());
    dialog.setDashboardId(m_selection->dashboardId());
    // The tenant QA is looking at is the one whose code they most likely want.
    if (m_preview->mode() == TenantPreview::Mode::Profile)
        dialog.setTenantId(m_preview->tenantId());
    dialog.exec();
}

void MainWindow::showProjectSettings()
{
    ProjectSettingsDialog dialog(m_document, this);
    dialog.exec();
}

bool MainWindow::pasteToken(const QString &token)
{
    PasteTokenDialog dialog(m_document, m_keystore, this);
    if (!token.isEmpty())
        dialog.setToken(token);
    if (dialog.exec() != QDialog::Accepted || !dialog.claims())
        return false;
    m_preview->showToken(*dialog.claims(), dialog.description(), dialog.expires());
    return true;
}

void MainWindow::createDocks()
{
    m_dataPanel = new DataPanel(m_document, m_selection, m_keystore, this);
    m_propertiesPanel = new PropertiesPanel(m_document, m_selection, this);
    m_parametersPanel = new ParametersPanel(m_document, m_selection, this);
    m_problemsPanel = new ProblemsPanel(m_document, m_selection, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_dataPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_parametersPanel);
    // Problems under the data, not under everything: the canvas and the right-hand docks keep
    // the window's whole height.
    splitDockWidget(m_dataPanel, m_problemsPanel, Qt::Vertical);
    m_tenantsPanel = new TenantsPanel(m_document, this);
    // QA's panel shares the right side with the analyst's properties, a tab away.
    addDockWidget(Qt::RightDockWidgetArea, m_tenantsPanel);
    tabifyDockWidget(m_propertiesPanel, m_tenantsPanel);
    m_propertiesPanel->raise();
    connect(m_tenantsPanel, &TenantsPanel::previewRequested, m_preview, &TenantPreview::showTenant);
    // The profile being previewed is the one the panel's form shows, however it was picked.
    connect(m_preview, &TenantPreview::changed, this, [this] {
        if (m_preview->mode() == TenantPreview::Mode::Profile)
            m_tenantsPanel->setCurrentTenantId(m_preview->tenantId());
    });
    // A tenant profile selected elsewhere (a problem about it) opens in its panel.
    connect(m_selection, &DocumentSelection::selectionChanged, this, [this] {
        if (m_selection->kind() != DocumentSelection::Kind::Tenant)
            return;
        m_tenantsPanel->setCurrentTenantId(m_selection->objectId());
        m_tenantsPanel->show();
        m_tenantsPanel->raise();
    });
    m_inspector = new AccessInspector(m_document, m_selection, m_canvas->dataController(),
                                      m_preview, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    tabifyDockWidget(m_parametersPanel, m_inspector);
    m_parametersPanel->raise();

    connect(m_propertiesPanel, &PropertiesPanel::editAccountRequested, m_dataPanel,
            &DataPanel::editAccount);
    connect(m_propertiesPanel, &PropertiesPanel::editDatasetRequested, m_dataPanel,
            &DataPanel::editDataset);
}

void MainWindow::createStatusBar()
{
    m_queryStatus = new QueryStatusWidget(this);
    statusBar()->addPermanentWidget(m_queryStatus);
    CanvasDataController *controller = m_canvas->dataController();
    connect(controller, &CanvasDataController::queriesRunningChanged, m_queryStatus,
            &QueryStatusWidget::setRunning);
    connect(controller, &CanvasDataController::lastQueryFinished, m_queryStatus,
            &QueryStatusWidget::setLastQueryTime);
    connect(m_queryStatus, &QueryStatusWidget::cancelRequested, controller,
            &CanvasDataController::cancelAll);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"projectCounts"_s);
    statusBar()->addPermanentWidget(m_counts);
}

void MainWindow::updateSecrets()
{
    QStringList errors;
    m_canvas->setSecrets(accountSecrets(m_document->project(), m_keystore, &errors));
    if (!errors.isEmpty())
        statusBar()->showMessage(errors.constFirst(), 8000);
}

void MainWindow::fillLanguageMenu()
{
    // Language names in their own language, so that anyone can find theirs.
    const QList<std::pair<QString, QString>> languages{
            {QString(), tr("System language")}, {u"en"_s, u"English"_s}, {u"nl"_s, u"Nederlands"_s},
            {u"fr"_s, u"Français"_s},           {u"de"_s, u"Deutsch"_s},
    };
    auto *group = new QActionGroup(this);
    const QString current = Preferences::language.get();
    for (const auto &[code, name] : languages) {
        QAction *action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code == Preferences::language.get())
                return;
            Preferences::language.set(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language is used the next time Dashwright "
                                        "Designer starts."));
        });
    }
}

bool MainWindow::loadProject(const QString &path, Problems *problems)
{
    return m_files->load(path, problems);
}

bool MainWindow::openProject(const QString &path)
{
    return m_files->open(path);
}

void MainWindow::newProject()
{
    m_files->newProject();
}

bool MainWindow::save()
{
    return m_files->save();
}

bool MainWindow::saveAs(const QString &path)
{
    return m_files->saveAs(path);
}

bool MainWindow::recoverUntitled()
{
    return m_files->recoverUntitled();
}

bool MainWindow::maybeSave()
{
    return m_files->maybeSave();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_executor->cancelAll();
    Preferences::windowGeometry.set(saveGeometry());
    Preferences::windowState.set(saveState());
    event->accept();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = Preferences::windowGeometry.get();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = Preferences::windowState.get();
    m_layoutRestored = !state.isEmpty() && restoreState(state);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutRestored)
        return;
    // A first layout that leaves the canvas most of the room; docks only take sizes once the
    // window has its own. The user's layout comes back from the settings after that.
    m_layoutRestored = true;
    QTimer::singleShot(0, this, [this] {
        // Shares of the window's width: at 1600 px the right-hand docks get about 450 px, enough
        // for the widget form's lists, the tenant form and the SQL of the effective access.
        const int left = std::clamp(width() * 16 / 100, 220, 300);
        const int right = std::clamp(width() * 28 / 100, 300, 480);
        resizeDocks({m_dataPanel, m_propertiesPanel}, {left, right}, Qt::Horizontal);
        resizeDocks({m_dataPanel, m_problemsPanel}, {height() * 65 / 100, height() * 20 / 100},
                    Qt::Vertical);
        if (height() < 800) {
            // Too short for two docks above each other: one tab each, the whole height, the
            // tabs down the window's edge where their titles have room.
            setTabPosition(Qt::RightDockWidgetArea, QTabWidget::East);
            tabifyDockWidget(m_propertiesPanel, m_parametersPanel);
            tabifyDockWidget(m_propertiesPanel, m_inspector);
            m_propertiesPanel->raise();
        } else {
            resizeDocks({m_propertiesPanel, m_parametersPanel},
                        {height() * 55 / 100, height() * 35 / 100}, Qt::Vertical);
        }
    });
}

void MainWindow::updateTitle()
{
    const Project &project = m_document->project();
    const QString path = m_document->filePath();
    QString name = project.name;
    if (name.isEmpty())
        name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).completeBaseName();
    // [*] shows the modified mark where the platform puts it.
    setWindowTitle(tr("%1[*] — Dashwright Designer").arg(name));
    setWindowModified(m_document->isModified());

    qsizetype widgets = 0;
    for (const Dashboard &dashboard : project.dashboards)
        widgets += dashboard.widgets.size();
    m_counts->setText(tr("%n dataset(s)", nullptr, int(project.datasets.size())) + u" · "_s
                      + tr("%n dashboard(s)", nullptr, int(project.dashboards.size())) + u" · "_s
                      + tr("%n widget(s)", nullptr, int(widgets)));
}

} // namespace Dashwright
