// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfiles.h"

#include "autosave.h"
#include "document/projectdocument.h"
#include "preferences.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Shown in the message box; the rest go to its details.
constexpr int maxProblemsShown = 10;

QString problemList(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

} // namespace

ProjectFiles::ProjectFiles(ProjectDocument *document, Autosave *autosave, QWidget *dialogParent,
                           QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_autosave(autosave)
    , m_dialogParent(dialogParent)
{ }

Project ProjectFiles::emptyProject()
{
    Project project;
    project.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    project.name = tr("Untitled");
    Dashboard dashboard;
    dashboard.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    dashboard.slug = u"dashboard"_s;
    dashboard.title = tr("Dashboard");
    project.dashboards.append(dashboard);
    return project;
}

void ProjectFiles::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList files = Preferences::recentFiles.get();
    for (const QString &path : files) {
        QAction *action = menu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { open(path); });
    }
    if (files.isEmpty()) {
        menu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Clear List")), &QAction::triggered, this,
            [] { Preferences::recentFiles.reset(); });
}

void ProjectFiles::chooseAndOpen()
{
    // openProject asks about unsaved changes, once the file is chosen.
    const QString current = m_document->filePath();
    const QString dir = current.isEmpty() ? QString() : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open Project"), dir,
                                                      tr("Dashwright projects (*.dwproj)"));
    if (!path.isEmpty())
        open(path);
}

bool ProjectFiles::load(const QString &path, Problems *problems)
{
    Problems found;
    const bool opened = m_document->load(QFileInfo(path).absoluteFilePath(), &found);
    if (opened)
        Preferences::noteOpened(path);
    if (problems)
        *problems = found;
    return opened;
}

bool ProjectFiles::open(const QString &path)
{
    const bool current = QFileInfo(path).absoluteFilePath() == m_document->filePath();
    // Opening the file that is open (Open Recent's first entry) reloads it from disk: unsaved
    // changes are asked about first, like any other open.
    if (m_document->isModified() && !maybeSave())
        return false;
    // A side file is only this session's own unsaved work when the file is the current one, and
    // that work was just saved or discarded: never offer it as a crash's leftover.
    if (!current && offerRecovery(path))
        return true;

    Problems problems;
    if (load(path, &problems)) {
        const QString where = QDir::toNativeSeparators(m_document->filePath());
        Q_EMIT message(problems.isEmpty() ? tr("Opened %1").arg(where)
                                          : tr("Opened %1 with %n problem(s) to fix", nullptr,
                                               int(problems.size()))
                                                    .arg(where),
                       5000);
        return true;
    }
    if (!QFileInfo::exists(path))
        Preferences::forget(path);

    QStringList lines = problemList(problems).split(u'\n', Qt::SkipEmptyParts);
    QMessageBox box(QMessageBox::Warning, tr("Could Not Open Project"),
                    tr("%1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, m_dialogParent);
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

bool ProjectFiles::recoverUntitled()
{
    return offerRecovery(QString());
}

// Returns true when the autosave was restored (the project is then open, with unsaved changes).
bool ProjectFiles::offerRecovery(const QString &projectPath)
{
    const QString side = Autosave::recoverableFor(projectPath);
    if (side.isEmpty())
        return false;
    const QString when = QLocale().toString(QFileInfo(side).lastModified(), QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes?"),
                    tr("Dashwright Designer did not close normally while %1 had unsaved changes.")
                            .arg(projectPath.isEmpty() ? tr("an untitled project")
                                                       : QDir::toNativeSeparators(
                                                               QFileInfo(projectPath).fileName())),
                    QMessageBox::NoButton, m_dialogParent);
    box.setObjectName(u"recoveryBox"_s);
    box.setInformativeText(tr("A copy saved automatically at %1 can be restored.").arg(when));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore) {
        QFile::remove(side);
        return false;
    }
    Problems problems;
    const QString absolute
            = projectPath.isEmpty() ? QString() : QFileInfo(projectPath).absoluteFilePath();
    if (!m_autosave->recover(side, absolute, &problems)) {
        QMessageBox::warning(
                m_dialogParent, tr("Could Not Recover"),
                tr("The automatic copy could not be read:\n%1").arg(problemList(problems)));
        return false;
    }
    if (!absolute.isEmpty())
        Preferences::noteOpened(absolute);
    Q_EMIT message(tr("Recovered unsaved changes; save to keep them"), 10000);
    return true;
}

void ProjectFiles::newProject()
{
    m_autosave->discard();
    m_document->reset(emptyProject());
}

bool ProjectFiles::save()
{
    if (m_document->filePath().isEmpty())
        return chooseAndSaveAs();
    return saveAs(m_document->filePath());
}

bool ProjectFiles::chooseAndSaveAs()
{
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save Project As"),
                                                m_document->filePath(),
                                                tr("Dashwright projects (*.dwproj)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".dwproj"_s;
    return saveAs(path);
}

bool ProjectFiles::saveAs(const QString &path)
{
    QString error;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_document->save(absolute, &error)) {
        QMessageBox::warning(
                m_dialogParent, tr("Could Not Save"),
                tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(absolute), error));
        return false;
    }
    Preferences::noteOpened(absolute);
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)), 5000);
    return true;
}

bool ProjectFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->filePath().isEmpty()
            ? tr("The untitled project")
            : QFileInfo(m_document->filePath()).fileName();
    const auto answer = QMessageBox::warning(
            m_dialogParent, tr("Unsaved Changes"),
            tr("%1 has unsaved changes. Save them?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_autosave->discard();
        return true;
    }
    return false;
}

} // namespace Dashwright
