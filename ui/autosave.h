// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/problem.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace Dashwright {

class ProjectDocument;

// Keeps a copy of unsaved work in a side file, so that a crash loses at most one interval of
// editing. The side file of DIR/NAME.dwproj is DIR/.NAME.dwproj.autosave (beside the project, so
// that its relative database paths still resolve); an untitled project's lives in the
// application's data folder. Saving the project or closing it on purpose removes the side file;
// one still there when the project is opened again means the last session ended without either,
// and the designer offers to recover it.
class Autosave : public QObject
{
    Q_OBJECT

public:
    explicit Autosave(ProjectDocument *document, QObject *parent = nullptr);
    ~Autosave() override;

    static QString sidePath(const QString &projectPath);
    // The side file to offer when opening projectPath (empty: untitled), if there is one newer
    // than the project itself.
    static QString recoverableFor(const QString &projectPath);

    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }

    // Writes the side file now if the document changed since the last one. False with error set
    // when writing failed (the timer tries again).
    bool saveNow(QString *error = nullptr);
    // Loads a side file into the document as unsaved changes of projectPath (empty: untitled).
    bool recover(const QString &sideFile, const QString &projectPath, Problems *problems);
    // Removes the current project's side file: the work is saved, or deliberately abandoned.
    void discard();

Q_SIGNALS:
    void failed(const QString &error);

private:
    void autosave();

    ProjectDocument *m_document;
    QTimer m_timer;
    QString m_writtenPath;    // the side file this session wrote, to remove when the path changes
    quint64 m_generation = 0; // bumped on every change of the undo stack's index
    quint64 m_savedGeneration = 0; // what the side file holds
};

} // namespace Dashwright
