// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "document/projectdocument.h"
#include "document/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Dashwright {

Autosave::Autosave(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::autosave);
    m_timer.start();

    // Undo, redo and new edits all move the index; undo-then-edit can return to the same index
    // with other content, so changes are counted rather than compared by index.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { ++m_generation; });
    connect(document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard(); // saved, or undone back to the saved state: the file says it all
    });
    connect(document, &ProjectDocument::filePathChanged, this, [this] {
        // Save As: the old name's side file belongs to nothing now.
        if (!m_writtenPath.isEmpty() && m_writtenPath != sidePath(m_document->filePath()))
            QFile::remove(m_writtenPath);
        m_writtenPath.clear();
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        m_writtenPath.clear();
        m_savedGeneration = m_generation;
    });
}

Autosave::~Autosave() = default;

QString Autosave::sidePath(const QString &projectPath)
{
    if (projectPath.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        return QDir(folder).filePath(u"autosave/untitled.dwproj"_s);
    }
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(u"."_s + info.fileName() + u".autosave"_s);
}

QString Autosave::recoverableFor(const QString &projectPath)
{
    const QString side = sidePath(projectPath);
    const QFileInfo sideInfo(side);
    if (!sideInfo.isFile())
        return {};
    if (!projectPath.isEmpty()) {
        const QFileInfo projectInfo(projectPath);
        if (projectInfo.exists() && projectInfo.lastModified() > sideInfo.lastModified())
            return {}; // saved after the side file was written, e.g. by another program
    }
    return side;
}

void Autosave::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

bool Autosave::saveNow(QString *error)
{
    if (!m_document->isModified() || m_generation == m_savedGeneration)
        return true;
    const QString path = sidePath(m_document->filePath());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString why;
    if (!ProjectFile::save(m_document->project(), path, &why)) {
        if (error)
            *error = why;
        Q_EMIT failed(why);
        return false;
    }
    m_writtenPath = path;
    m_savedGeneration = m_generation;
    return true;
}

bool Autosave::recover(const QString &sideFile, const QString &projectPath, Problems *problems)
{
    ProjectFile::LoadResult result = ProjectFile::load(sideFile, ProjectFile::Check::Readable);
    if (problems)
        *problems = result.problems;
    if (!result.project)
        return false;
    m_document->reset(std::move(*result.project), projectPath);
    // Unsaved work: modified until saved, and never "clean" by undoing.
    m_document->undoStack()->resetClean();
    // The reset may have taken the side file with it (a document going clean discards its side
    // file): write it again at once, so the recovered work is safe before the first edit.
    ++m_generation;
    // A side file that cannot be written again is reported (failed()); the work is restored.
    saveNow();
    return true;
}

void Autosave::discard()
{
    const QString path = sidePath(m_document->filePath());
    QFile::remove(path);
    if (!m_writtenPath.isEmpty() && m_writtenPath != path)
        QFile::remove(m_writtenPath);
    m_writtenPath.clear();
    m_savedGeneration = m_generation;
}

void Autosave::autosave()
{
    saveNow();
}

} // namespace Dashwright
