// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/problem.h"
#include "document/project.h"

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace Dashwright {

class Autosave;
class ProjectDocument;

// The designer's file handling for its one document: new, open (with the offer to restore an
// autosave a crash left), save, save as, the unsaved-changes question and the recent files. It
// asks and reports through message boxes on `dialogParent` and tells the status bar by message().
// The main window owns one and wires its File menu to it.
class ProjectFiles : public QObject
{
    Q_OBJECT

public:
    ProjectFiles(ProjectDocument *document, Autosave *autosave, QWidget *dialogParent,
                 QObject *parent = nullptr);

    // A project to start from: one empty dashboard, no account yet (the data panel adds one).
    static Project emptyProject();

    // Loads the project at path, without asking anything: a project that breaks validation rules
    // opens (they are returned as problems and listed in the problems panel); one that cannot be
    // read leaves the document as it was and is returned as problems. Returns whether it opened.
    bool load(const QString &path, Problems *problems = nullptr);
    // As the File menu does: asks to save unsaved changes first, offers a newer autosave, and
    // reports a file that cannot be opened in a message box.
    bool open(const QString &path);
    // The file dialog, then open().
    void chooseAndOpen();
    void newProject();
    bool save();
    bool chooseAndSaveAs();
    bool saveAs(const QString &path);
    // At a start without a project: offers an untitled project's unsaved work that a crash left.
    bool recoverUntitled();
    // Asks whether to save unsaved changes. False: the user cancelled (or saving failed).
    bool maybeSave();

    // Fills File › Open Recent (connected to its aboutToShow).
    void fillRecentMenu(QMenu *menu);

Q_SIGNALS:
    // For the status bar: what happened, and for how long to show it (ms).
    void message(const QString &text, int timeout);

private:
    // Returns true when the autosave was restored (the project is then open, unsaved).
    bool offerRecovery(const QString &projectPath);

    ProjectDocument *m_document;
    Autosave *m_autosave;
    QWidget *m_dialogParent;
};

} // namespace Dashwright
