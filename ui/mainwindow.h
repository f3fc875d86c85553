// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/problem.h"

#include <QMainWindow>
#include <QString>

class QAction;
class QLabel;
class QMenu;

namespace Dashwright {

class Autosave;
class DashboardCanvas;
class DataPanel;
class DocumentSelection;
class ParametersPanel;
class ProblemsPanel;
class ProjectDocument;
class ProjectFiles;
class ProjectKeystore;
class PropertiesPanel;
class QueryExecutor;
class AccessInspector;
class PreviewSelector;
class QueryStatusWidget;
class TenantPreview;
class TenantsPanel;

// The designer's main window: it owns the document, the selection and the query executor, and
// wires the canvas, docks, dialogs and the file handling (ProjectFiles) together; each of those is
// its own class. The file functions below are the File menu's, kept here for callers that drive
// the window (tests, main()).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document; }
    DocumentSelection *selection() const { return m_selection; }
    Autosave *autosave() const { return m_autosave; }
    ProjectKeystore *keystore() const { return m_keystore; }
    ProjectFiles *files() const { return m_files; }
    DashboardCanvas *canvas() const { return m_canvas; }
    DataPanel *dataPanel() const { return m_dataPanel; }
    PropertiesPanel *propertiesPanel() const { return m_propertiesPanel; }
    ParametersPanel *parametersPanel() const { return m_parametersPanel; }
    ProblemsPanel *problemsPanel() const { return m_problemsPanel; }
    TenantsPanel *tenantsPanel() const { return m_tenantsPanel; }
    TenantPreview *preview() const { return m_preview; }
    PreviewSelector *previewSelector() const { return m_previewSelector; }
    AccessInspector *accessInspector() const { return m_inspector; }

    // "Paste Token…": verifies the token and previews it; false (previewing nothing new) when the
    // person cancels. With a token given, the dialog opens with it filled in.
    bool pasteToken(const QString &token = QString());
    // File › Export Embed Snippet…: the code that embeds the current dashboard.
    void showEmbedSnippet();
    // File › Project Settings…: the project's name and embed origins, applied as one undo step.
    void showProjectSettings();

    // Loads the project at path into the document, without asking anything: a project that
    // breaks validation rules opens (they are returned as problems and listed in the problems
    // panel); one that cannot be read leaves the document as it was and is returned as problems
    // with the project left out. Returns whether it opened.
    bool loadProject(const QString &path, Problems *problems = nullptr);

    // As the File menu does: asks to save unsaved changes first, offers a newer autosave, and
    // reports a file that cannot be opened in a message box.
    bool openProject(const QString &path);
    void newProject();
    bool save();
    bool saveAs(const QString &path);

    // At a start without a project: offers an untitled project's unsaved work that a crash left.
    bool recoverUntitled();

    // Help › Welcome, and the first start: the demo, a new project, one to open, the recent ones.
    void showWelcome();
    // Opens the Burrito Factory demo kept in the user's data folder, making it first if it is not
    // there; false with *error saying why when it could be neither made nor opened.
    bool openDemo(QString *error = nullptr);

    // Asks whether to save unsaved changes. False: the user cancelled (or saving failed).
    bool maybeSave();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createStatusBar();
    void updateSecrets();
    void fillLanguageMenu();
    void updateTitle();
    void restoreWindowState();

    ProjectDocument *m_document;
    DocumentSelection *m_selection;
    QueryExecutor *m_executor;
    Autosave *m_autosave;
    ProjectFiles *m_files;
    ProjectKeystore *m_keystore;
    DashboardCanvas *m_canvas;
    DataPanel *m_dataPanel = nullptr;
    PropertiesPanel *m_propertiesPanel = nullptr;
    ParametersPanel *m_parametersPanel = nullptr;
    ProblemsPanel *m_problemsPanel = nullptr;
    TenantsPanel *m_tenantsPanel = nullptr;
    QueryStatusWidget *m_queryStatus = nullptr;
    TenantPreview *m_preview;
    PreviewSelector *m_previewSelector = nullptr;
    AccessInspector *m_inspector = nullptr;

    bool m_layoutRestored = false;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace Dashwright
